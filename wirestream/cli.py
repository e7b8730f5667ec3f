"""The ``wirestream`` command.

The stages are not imported here: the composition root (:mod:`wirestream.services.registry`)
calls :func:`main` with its :class:`~wirestream.stages.Pipeline`, which the commands
find in their context (``ctx.obj``; tests pass it as ``CliRunner().invoke(app, args, obj=PIPELINE)``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import redis
import typer

from wirestream import contracts, replies
from wirestream.render import one_line
from wirestream.settings import get_settings
from wirestream.stages import HOUSEKEEPER, IngestReport, Pipeline

app = typer.Typer(
    help="Event-driven ingestion of news articles.",  # main() adds the pipeline's flow
    no_args_is_help=True,
    add_completion=False,
)


def _redis() -> redis.Redis:
    try:
        url = get_settings().resolved_redis_url
    except RuntimeError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    return redis.Redis.from_url(url)


@contextlib.contextmanager
def progress_bar(what: str, show: bool) -> Iterator[Callable[[int, int | None], None]]:
    """``update(done, total)`` of a progress bar on stderr, shown only when ``show`` (a terminal): never
    on a pipe, where the command's output is for programs."""
    if not show:
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _terminal() -> bool:
    return sys.stderr.isatty()


def _pipeline(ctx: typer.Context) -> Pipeline:
    pipeline = ctx.find_object(Pipeline)
    if pipeline is None:
        typer.echo(
            "no stages given: run `wirestream` (wirestream.services.registry:main), not wirestream.cli itself", err=True
        )
        raise typer.Exit(2)
    return pipeline


@app.command()
def up(
    ctx: typer.Context,
    ingest: Annotated[
        list[Path] | None, typer.Option("--ingest", help="files or folders to ingest once the workers run")
    ] = None,
) -> None:
    """Run everything locally: Redis (embedded unless configured), the workers (CPU-bound stages once per core), the inbox."""
    from wirestream.supervisor import Supervisor

    settings = get_settings()
    settings.home.mkdir(parents=True, exist_ok=True)

    def say(line: str) -> None:
        print(line, flush=True)

    raise typer.Exit(asyncio.run(Supervisor(settings, _pipeline(ctx), say).run(ingest or [])))


@app.command()
def worker(
    ctx: typer.Context,
    stage: Annotated[str, typer.Argument(help=f"one of: {', '.join(contracts.STAGE_NAMES)}, {HOUSEKEEPER}")],
) -> None:
    """Run one stage worker, or the housekeeper, in the foreground (what `up` and docker compose start)."""
    pipeline = _pipeline(ctx)
    if stage == HOUSEKEEPER:
        from wirestream.housekeeping import main as housekeep

        housekeep(pipeline)
        return
    if stage not in pipeline.names:
        typer.echo(f"unknown stage {stage!r}; choose one of: {', '.join(pipeline.processes)}", err=True)
        raise typer.Exit(2)
    from wirestream.lifecycle import run_worker

    run_worker(pipeline.stage(stage).worker())


@app.command()
def ingest(
    ctx: typer.Context, paths: Annotated[list[Path], typer.Argument(help="files or folders", exists=True)]
) -> None:
    """Publish files straight into the pipeline (they are read, not moved)."""
    pipeline = _pipeline(ctx)
    settings = get_settings()
    _redis().ping()
    with progress_bar("ingest", _terminal()) as update:
        report: IngestReport = asyncio.run(pipeline.ingest(settings.resolved_redis_url, paths, settings, update))
    for path, article_id in report.published:
        typer.echo(f"published  {path}  id={article_id}")
    for path, why in report.failed:
        typer.echo(f"unreadable {path}: {why}", err=True)
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def tail(
    as_json: Annotated[bool, typer.Option("--json", help="one JSON document per line")] = False,
    from_start: Annotated[bool, typer.Option("--from-start", help="replay the whole stream first")] = False,
    count: Annotated[int | None, typer.Option(help="stop after this many articles")] = None,
) -> None:
    """Follow wirestream:enriched: each article as it is stored."""
    client = _redis()
    last: bytes | str = "0" if from_start else "$"
    seen = 0
    try:
        while count is None or seen < count:
            for _, entries in replies.xread(client.xread({contracts.ENRICHED: last}, block=5000, count=100)):
                for entry_id, fields in entries:
                    last = entry_id
                    raw = fields[b"data"].decode()
                    print(raw if as_json else one_line(json.loads(raw)), flush=True)
                    seen += 1
                    if count is not None and seen >= count:
                        return
    except KeyboardInterrupt:
        pass


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="jsonl is the one format so far")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="file to write; default stdout")] = None,
) -> None:
    """Every stored article, one JSON document per line."""
    pipeline = _pipeline(ctx)
    if fmt != "jsonl":
        typer.echo(f"unknown format {fmt!r}; supported: jsonl", err=True)
        raise typer.Exit(2)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    show = _terminal() and (output is not None or not sys.stdout.isatty())  # not amid documents on a terminal
    try:
        with progress_bar("export", show) as update:
            total = pipeline.count_stored(get_settings().resolved_database_url) if show else None
            for n, doc in enumerate(pipeline.export(get_settings().resolved_database_url), 1):
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                update(n, max(total or 0, n))
    finally:
        if output:
            out.close()


@app.command("health")
def health_check(
    ctx: typer.Context,
    stage: Annotated[str | None, typer.Argument(help="the stage to check; default: any worker on this host")] = None,
    any_host: Annotated[bool, typer.Option("--any-host", help="any host's worker of the stage will do")] = False,
) -> None:
    """Exit 0 while a worker on this host is consuming (a fresh heartbeat); the container healthcheck."""
    import socket

    from wirestream.health import live_workers

    try:
        beats = live_workers(_redis(), (stage,) if stage else _pipeline(ctx).processes)
    except redis.RedisError as exc:
        typer.echo(f"unhealthy: Redis unreachable ({type(exc).__name__})", err=True)
        raise typer.Exit(1) from None
    host = socket.gethostname()
    mine = [b for b in beats if any_host or b["host"] == host]
    if not mine:
        typer.echo(
            f"unhealthy: no recent heartbeat of a {stage} worker" + ("" if any_host else f" on {host}"), err=True
        )
        raise typer.Exit(1)
    for b in mine:
        typer.echo(f"healthy: {b['consumer']} processed {b['processed']}, failed {b['failed']}")


def collect_status(pipeline: Pipeline, client: redis.Redis | None = None) -> dict[str, Any]:
    """Per stage: backlog (entries not yet read by its group), pending, consumers, dead letters."""
    settings = get_settings()
    client = client if client is not None else _redis()
    from wirestream.deadletters import iter_letters

    dead = Counter(letter.stage for _, letter in iter_letters(client))
    stages = []
    for spec in (s.streams for s in pipeline.stages):
        row: dict[str, Any] = {
            "stage": spec.stage,
            "input": spec.input or str(settings.inbox),
            "dead_letters": dead[spec.stage],
        }
        if spec.input and spec.group:
            groups = (
                {g["name"].decode(): g for g in client.xinfo_groups(spec.input)} if client.exists(spec.input) else {}
            )
            group = groups.get(spec.group)
            oldest = replies.pending(
                client.xpending_range(spec.input, spec.group, "-", "+", 1) if group and group["pending"] else []
            )
            row |= {
                "backlog": (group.get("lag") if group else client.xlen(spec.input)) or 0,
                "pending": group["pending"] if group else 0,
                "oldest_pending_s": round(oldest[0]["time_since_delivered"] / 1000, 1) if oldest else None,
                "consumers": group["consumers"] if group else 0,
            }
        else:
            waiting = (
                [p for p in settings.inbox.glob("*") if not p.name.startswith(".")] if settings.inbox.exists() else []
            )
            row |= {"backlog": len(waiting), "pending": 0, "oldest_pending_s": None, "consumers": None}
        stages.append(row)
    from wirestream.health import live_workers

    beats = live_workers(client, pipeline.names)
    for row in stages:
        row["workers"] = [
            {k: b[k] for k in ("consumer", "host", "pid", "processed", "failed", "last_processed_at")}
            for b in beats
            if b["stage"] == row["stage"]
        ]
    info = client.info("memory")
    used, limit = int(info.get("used_memory", 0)), int(info.get("maxmemory", 0))
    return {
        "stages": stages,
        "stored": pipeline.count_stored(settings.resolved_database_url),
        "published": client.xlen(contracts.ENRICHED),
        "dead_letters": sum(dead.values()),
        HOUSEKEEPER: [
            {k: b[k] for k in ("consumer", "host", "pid", "processed", "failed")}
            for b in live_workers(client, (HOUSEKEEPER,))
        ],
        "redis_memory": {
            "used_bytes": used,
            "max_bytes": limit,
            "policy": info.get("maxmemory_policy"),
            "share": round(used / limit, 3) if limit else None,
            "high_water": settings.redis_high_water,
        },
    }


@app.command()
def status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    watch: Annotated[bool, typer.Option("--watch", help="a live view with each stage's rate, until Ctrl-C")] = False,
    interval: Annotated[float, typer.Option(help="seconds between refreshes of --watch", min=0.1)] = 2.0,
    refreshes: Annotated[int | None, typer.Option(help="--watch: stop after this many refreshes", hidden=True)] = None,
) -> None:
    """Backlog, pending and dead letters per stage; how many articles are stored."""
    pipeline = _pipeline(ctx)
    if watch:
        if as_json:
            typer.echo("--watch is a live view; --json prints the status once", err=True)
            raise typer.Exit(2)
        _watch(pipeline, interval, refreshes)
        return
    report = collect_status(pipeline)
    if as_json:
        print(json.dumps(report, indent=2))
        return
    from rich.console import Console

    from wirestream.watch import status_view

    # on a pipe: no colours, and as wide as the rows are (rich would otherwise fit them into 80 columns)
    Console(highlight=False, width=None if sys.stdout.isatty() else 200).print(status_view(report))


def _watch(pipeline: Pipeline, interval: float, refreshes: int | None) -> None:
    from wirestream.watch import completed, watch

    client = _redis()
    watch(lambda: collect_status(pipeline, client), lambda: completed(client), interval, refreshes)


dlq = typer.Typer(help="Dead letters: entries a stage gave up on, with their errors.", no_args_is_help=True)
app.add_typer(dlq, name="dlq")


@dlq.command("list")
def dlq_list(
    stage: Annotated[str | None, typer.Option(help="only this stage's letters")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Every dead letter: id, stage, article, error."""
    from wirestream.deadletters import list_letters, summary

    letters = list_letters(_redis(), stage)
    if as_json:
        print(json.dumps([{"id": i} | summary(d) for i, d in letters], indent=2))
        return
    if not letters:
        print("no dead letters")
    for entry_id, letter in letters:
        s = summary(letter)
        cut = " (body cut)" if s["body_truncated"] else ""
        print(
            f"{entry_id}  {s['stage']:<13} {s['article_id'] or '-':<32}  {s['reason']:<9} {s['error_type']}: {s['error']}{cut}"
        )


@dlq.command("show")
def dlq_show(entry_id: str) -> None:
    """One dead letter, whole: the error, the deliveries and the original payload."""
    from wirestream.deadletters import get_letter

    letter = get_letter(_redis(), entry_id)
    if letter is None:
        typer.echo(f"no dead letter {entry_id}", err=True)
        raise typer.Exit(1)
    print(letter.model_dump_json(indent=2))


@dlq.command("replay")
def dlq_replay(
    entry_ids: Annotated[list[str] | None, typer.Argument(help="dead letter ids")] = None,
    replay_all: Annotated[bool, typer.Option("--all", help="every dead letter")] = False,
) -> None:
    """Put dead letters back on their stage's input stream (e.g. once a bug is fixed).

    Each letter goes to the input of the stage that parked it, and is added and
    deleted in one step: a letter another replay took first is skipped."""
    from wirestream.deadletters import NotReplayable, iter_letters, replay

    client = _redis()
    if replay_all == bool(entry_ids):
        typer.echo("give dead letter ids, or --all", err=True)
        raise typer.Exit(2)
    ids = [i for i, _ in iter_letters(client)] if replay_all else list(entry_ids or [])
    failed = False
    with progress_bar("replay", replay_all and _terminal()) as update:
        for n, entry_id in enumerate(ids, 1):
            progress = f"[{n}/{len(ids)}] " if replay_all else ""
            try:
                new_id = replay(client, entry_id)
            except (KeyError, NotReplayable) as exc:
                typer.echo(f"{progress}not replayed {entry_id}: {exc.args[0]}", err=True)
                failed = True
                continue
            finally:
                update(n, len(ids))
            if new_id is None:
                typer.echo(f"{progress}skipped {entry_id}: another replay took it first", err=True)
            else:
                print(f"{progress}replayed {entry_id} as {new_id}", flush=True)
    raise typer.Exit(1 if failed else 0)


@app.command("acl")
def acl_command(
    ctx: typer.Context,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="file to write; default stdout")] = None,
    list_users: Annotated[
        bool, typer.Option("--users", help="print each user and the variable its password is read from, and exit")
    ] = False,
) -> None:
    """Write the Redis ACL file: one user per service. Passwords come from
    WIRESTREAM_ACL_<USER>_PASSWORD or the file named by WIRESTREAM_ACL_<USER>_PASSWORD_FILE;
    the users are the operator (DEFAULT), one per stage of the pipeline, the housekeeper and
    the subscriber: --users lists them."""
    import os

    from wirestream.acl import acl_file, password_variable, users

    pipeline = _pipeline(ctx)
    if list_users:
        for user in users(pipeline):
            print(f"{user}\t{password_variable(user)}")
        raise typer.Exit(0)
    passwords = {}
    for user in users(pipeline):
        var = password_variable(user)
        if os.environ.get(var + "_FILE"):
            passwords[user] = Path(os.environ[var + "_FILE"]).read_text().strip()
        elif os.environ.get(var):
            passwords[user] = os.environ[var]
    if "default" not in passwords:
        typer.echo("refusing to write an ACL without a password for the default (operator) user", err=True)
        raise typer.Exit(2)
    text = acl_file(passwords, pipeline)
    if output:
        output.write_text(text)
        output.chmod(0o644)  # hashes only; the server's own user must read it
    else:
        print(text, end="")


@app.command("generate")
def generate_command(
    ctx: typer.Context,
    root: Annotated[Path, typer.Option("--root", help="the project's folder")] = Path("."),
    check: Annotated[bool, typer.Option("--check", help="change nothing; exit 1 if a file is out of date")] = False,
) -> None:
    """Rewrite the parts of docker-compose.yml and the Makefile that name the stages and the Redis users
    (between their GENERATED markers) from the stage registry."""
    from wirestream.generate import StaleMarkers, generate

    try:
        changed = generate(_pipeline(ctx), root, check=check)
    except (OSError, StaleMarkers) as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    for path in changed:
        print(f"{'out of date' if check else 'wrote'}: {path}")
    raise typer.Exit(1 if check and changed else 0)


def main(pipeline: Pipeline | None = None) -> None:
    """Run the command with the stages of ``pipeline`` (the entry point is :func:`wirestream.services.registry.main`)."""
    if pipeline is None:  # an entry-point script from before the registry: its target moved
        sys.exit(
            "the `wirestream` entry point is wirestream.services.registry:main now; reinstall: pip install -e '.[dev]'"
        )
    app.info.help = f"Event-driven ingestion of news articles: {pipeline.flow}."
    app(obj=pipeline)


if __name__ == "__main__":
    sys.exit("run `python -m wirestream` (or `wirestream`): the stages come from wirestream.services.registry")
