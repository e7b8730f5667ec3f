"""The executor on its own: per-input outcomes of a batch, kills on a deadline, replacement children."""

from __future__ import annotations

import asyncio
import functools

import pytest

from tests.factories import fetched_article
from tests.stagefns import load_batcher, numbers, relay
from wirestream.contracts import FetchedArticle
from wirestream.executor import (
    Budget,
    Executor,
    ModelJSON,
    StageCrash,
    StageFailed,
    StageSkipped,
    StageTimeout,
    encode,
    returning,
)

pytestmark = pytest.mark.integration
BUDGET = Budget(floor_seconds=2, seconds_per_100kb=0, ceiling_seconds=2, memory_mb=256)


@pytest.fixture(params=["forkserver", "spawn"])
async def executor(request):
    ex = Executor("test", functools.partial(returning, numbers), BUDGET, start_method=request.param)
    await ex.start()
    yield ex
    await ex.close()


async def test_a_batch_gets_one_outcome_per_input_and_the_child_is_replaced(executor):
    outcomes = await executor.run_many([(1, 10), (-1, 10), (13, 10), (4, 10)])
    assert outcomes[0].value == 2
    assert isinstance(outcomes[1].error, StageFailed) and outcomes[1].error.permanent
    assert outcomes[1].error.error_type == "PermanentError"
    assert isinstance(outcomes[2].error, StageTimeout) and outcomes[2].error.reason == "timeout"
    assert isinstance(outcomes[3].error, StageSkipped)  # not run: retry it
    assert await executor.run(5, 10) == 10  # a new child took over
    assert executor.starts == 2


async def test_a_child_that_dies_on_an_input_is_a_crash_for_that_input_only(executor):
    with pytest.raises(StageCrash, match="exited with status 9"):
        await executor.run(99, 10)
    assert await executor.run(21, 10) == 42


async def test_a_batching_tool_reports_each_result_as_it_comes():
    ex = Executor("batch", load_batcher, BUDGET)
    await ex.start()
    try:
        outcomes = await ex.run_many([(1, 10), (2, 10), (13, 10), (3, 10)])
        assert [o.value for o in outcomes[:2]] == [2, 4]
        assert isinstance(outcomes[2].error, StageTimeout) and isinstance(outcomes[3].error, StageSkipped)
    finally:
        await ex.close()


async def test_a_stopping_worker_kills_the_child_it_waits_for():
    ex = Executor("stop", functools.partial(returning, numbers), Budget(floor_seconds=600, ceiling_seconds=600))
    await ex.start()
    task = asyncio.create_task(ex.run(13, 10))
    await asyncio.sleep(0.5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await ex.close()
    assert ex._child is None


async def test_a_model_crosses_the_pipe_as_its_json_and_comes_back_equal(executor):
    article = fetched_article("plain", "Officials in Moscow said on Wednesday that two drones were shot down.")
    assert isinstance(encode(article), ModelJSON)  # not its pickle
    odd = fetched_article("odd", "A lone surrogate \ud800 that JSON cannot hold.")
    assert encode(odd) is odd  # pickled as before
    relaying = Executor("relay", functools.partial(returning, relay), BUDGET, start_method=executor.start_method)
    await relaying.start()
    try:
        outcomes = await relaying.run_many([(article, 100), (odd, 100)])
        assert [o.value for o in outcomes] == [
            article.model_copy(update={"title": "relayed"}),
            odd.model_copy(update={"title": "relayed"}),
        ]
        assert all(type(o.value) is FetchedArticle for o in outcomes)
    finally:
        await relaying.close()


async def test_a_result_that_does_not_validate_again_fails_for_good_and_the_child_goes_on():
    ex = Executor("relay", functools.partial(returning, relay), BUDGET)
    await ex.start()
    try:
        bad, good = await ex.run_many([(fetched_article("unsound-1"), 100), (fetched_article("fine"), 100)])
        assert isinstance(bad.error, StageFailed) and bad.error.permanent
        assert bad.error.error_type == "ValidationError"
        assert good.value.title == "relayed" and ex.starts == 1
    finally:
        await ex.close()


def test_the_budget_grows_with_the_input_between_floor_and_ceiling():
    budget = Budget(floor_seconds=10, seconds_per_100kb=60, ceiling_seconds=300)
    assert budget.seconds(1_000) == 10
    assert budget.seconds(200_000) == 120
    assert budget.seconds(100_000_000) == 300


def test_a_replacement_child_starts_with_the_tool_the_fork_server_loaded_once():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tests.stagefns import template_probe\nif __name__ == '__main__': template_probe()",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next(x for x in out.stdout.splitlines() if x.startswith("PROBE")), out.stderr[-2000:]
    (loaded_1, ran_1), (loaded_2, ran_2), starts = eval(line[0].removeprefix("PROBE "))
    assert starts == 2 and ran_1 != ran_2  # two work processes
    assert loaded_1 == loaded_2 and loaded_1 not in (ran_1, ran_2)  # one load, in the fork server
