"""Broken and hostile inputs, one test each: stored, or quarantined with a reason a person understands.

Each file goes through the real inbox (real file system) and, when fetch publishes it,
through the stage functions after it: every one ends as a stored article or a clear
refusal, never an exception that would stop a worker or cycle forever. Outcomes are
asserted, never times: an input that made a stage super-linear would hang the test.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from wirestream import contracts
from wirestream.contracts import FetchedArticle
from wirestream.errors import PermanentError
from wirestream.services.enrich.clean.logic import clean
from wirestream.services.enrich.dates.logic import date_parse
from wirestream.services.enrich.entities.logic import Toolkit, enrich
from wirestream.services.ingest.fetch.inbox import PROCESSED, QUARANTINE, Inbox

pytestmark = pytest.mark.integration

GOOD = "Two drones were shot down over the Kremlin overnight, officials in Moscow said on Wednesday."
Maker = Callable[[Path], Path]


def file(name: str, data: bytes | str) -> Maker:
    def make(root: Path) -> Path:
        path = root / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    return make


def big_file(name: str, size: int) -> Maker:
    def make(root: Path) -> Path:
        path = root / name
        with open(path, "wb") as f:
            chunk = (GOOD + "\n").encode() * 1000
            while f.tell() < size:
                f.write(chunk)
        return path

    return make


def symlink_outside(root: Path) -> Path:
    target = root.parent / "outside-secret.txt"
    target.write_text("private")
    (root / "link.txt").symlink_to(target)
    return root / "link.txt"


def folder(root: Path) -> Path:
    (root / "a-folder").mkdir()
    (root / "a-folder" / "inside.txt").write_text(GOOD)
    return root / "a-folder"


def fifo(root: Path) -> Path:
    os.mkfifo(root / "pipe.txt")
    return root / "pipe.txt"


def unix_socket(root: Path) -> Path:
    import socket

    here = os.getcwd()
    os.chdir(root)  # a socket's path is limited to about 100 bytes: bind it by its short relative name
    try:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind("socket.txt")
        sock.close()
    finally:
        os.chdir(here)
    return root / "socket.txt"


def hard_link(root: Path) -> Path:
    outside = root.parent / "someone-elses.txt"
    outside.write_text(GOOD)
    os.link(outside, root / "linked.txt")
    return root / "linked.txt"


def name_of_bytes(size: int, letter: str = "x") -> Maker:
    """A name of exactly ``size`` bytes (255 is the most a Linux file system allows; the claim adds 14)."""
    unit = len(letter.encode())
    stem = letter * ((size - 4) // unit)
    stem += "y" * (size - 4 - len(stem.encode()))
    return file(stem + ".txt", GOOD)


def odd_name(root: Path) -> Path:
    raw = os.path.join(os.fsencode(root), b"news\nwith\xffodd name.txt")
    with open(raw, "wb") as f:
        f.write(GOOD.encode())
    return Path(os.fsdecode(raw))


CASES: dict[str, tuple[Maker, str]] = {
    # what is dropped                       expected: "stored", or "quarantined: <reason>", or "refused: <reason>"
    "empty file": (file("empty.txt", b""), "quarantined: the file is empty"),
    "whitespace only": (file("blank.txt", " \n\t\r\n   \n"), "quarantined: only whitespace"),
    "binary (PNG)": (
        file("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        "quarantined: binary",
    ),
    "NUL bytes in text": (file("nul.txt", GOOD.encode() + b"\x00\x00" + GOOD.encode()), "quarantined: NUL bytes"),
    "invalid UTF-8": (file("bad-utf8.txt", GOOD.encode() + b" \xc3\x28 \xa0\xa1 " + GOOD.encode()), "stored"),
    "UTF-16 with BOM": (file("utf16.txt", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le")), "stored"),
    "Latin-1": (file("latin1.txt", ("Moskau, Präsident Putin sagte: « ça » " + GOOD).encode("latin-1")), "stored"),
    "mojibake": (file("mojibake.txt", "The Kremlinâ€™s statement: " + GOOD), "stored"),
    "50 MB file over the cap": (big_file("huge.txt", 50 * 1024 * 1024), "quarantined: over the limit"),
    "1 million short lines": (file("lines.txt", "x\n" * 1_000_000), "quarantined: more than the limit"),
    "deeply nested HTML": (
        file("nested.html", "<html><body>" + "<div>" * 50_000 + GOOD + "</div>" * 50_000 + "</body></html>"),
        "refused: no article text",
    ),
    "unterminated HTML": (file("open.html", f"<html><body><article><p>{GOOD}<p>{GOOD} And more"), "stored"),
    "HTML bomb over the size cap": (
        file("bomb.html", "<html><body>" + "<b>" * 2_000_000 + "</body></html>"),
        "quarantined: more than the limit",
    ),
    "HTML with only scripts": (
        file("script.html", "<html><script>alert(1)</script></html>"),
        "refused: no article text",
    ),
    "invalid JSON": (file("broken.json", '{"title": "x", "text": '), "quarantined: invalid JSON"),
    "JSON of the wrong shape": (file("list.json", json.dumps([GOOD])), "quarantined: must be an object"),
    "JSON nested too deeply": (file("deep.json", "[" * 100_000 + "]" * 100_000), "quarantined: nested too deeply"),
    "JSON with a non-string text": (file("num.json", json.dumps({"text": 42})), "quarantined: no non-empty 'text'"),
    "impossible header date": (file("feb30.txt", f" date 2023-02-30 {GOOD}\n\n{GOOD} Later."), "stored"),
    "header without text": (file("header.txt", " date 2023-05-03 "), "quarantined: no article text"),
    "symlink outside the inbox": (symlink_outside, "quarantined: symbolic links are not followed"),
    "a folder": (folder, "quarantined: a folder was dropped"),
    "name with newline and bad bytes": (odd_name, "stored"),
    "control and zero-width characters": (file("ctl.txt", f"\u202e{GOOD}\u200b\x07 {GOOD}"), "stored"),
    "one very long line": (file("line.txt", (GOOD + " ") * 3000), "stored"),
    "path-like name": (file("%2E%2E%2F%2E%2E%2Fetc%2Fpasswd.txt", GOOD), "stored"),
    "markdown with headings only": (file("empty.md", "# Title\n\n## Subtitle\n"), "refused: nothing is left"),
    # special files and links: never opened in a way that blocks, never followed
    "a FIFO": (fifo, "quarantined: a named pipe (FIFO)"),
    "a UNIX socket": (unix_socket, "quarantined: a socket"),
    "a hard link to a file outside": (hard_link, "quarantined: 2 hard links"),
    # names up to the file system's limit, though the claim prefix makes them longer
    "255-byte name": (name_of_bytes(255), "stored"),
    "255-byte name of two-byte letters": (name_of_bytes(255, "д"), "stored"),
    "242-byte name of four-byte letters": (name_of_bytes(242, "\U0001f4f0"), "stored"),
    # JSON metadata: lone surrogates become U+FFFD; oversized fields are refused
    "lone surrogates in JSON": (
        file(
            "surrogates.json",
            '{"title": "Kremlin \\ud800 drones", "url": "https://example.org/\\udfff", '
            '"published_at": "2023-05-03\\ud83d", "text": "' + GOOD + ' \\udc00 More."}',
        ),
        "stored",
    ),
    "a 1 MB JSON title": (
        file("title.json", json.dumps({"title": "T" * 1_000_000, "text": GOOD})),
        "quarantined: JSON field 'title' has 1,000,000 characters",
    ),
    "a 10 KB JSON url": (
        file("url.json", json.dumps({"url": "https://e.org/" + "u" * 10_000, "text": GOOD})),
        "quarantined: JSON field 'url'",
    ),
    "a 4 KB JSON date": (
        file("date.json", json.dumps({"published_at": "2023" * 1000, "text": GOOD})),
        "quarantined: JSON field 'published_at'",
    ),
    "a JSON number of 5,000 digits": (
        file("digits.json", '{"text": "' + GOOD + '", "n": ' + "7" * 5000 + "}"),
        "quarantined: invalid JSON",
    ),
    # the Markdown title pattern fetch used was cubic on this (13 KB: about an hour)
    "cubic Markdown title, 13 KB": (file("cubic.md", "# a" + " " * 13_000 + "b\n\n" + GOOD), "fetched"),
    "cubic Markdown title at the size cap": (file("cubic-cap.md", "# a" + " " * (500_000 - 4) + "b"), "fetched"),
    "cubic Markdown title over the size cap": (
        file("cubic-over.md", "# a" + " " * 500_000 + "b"),
        "quarantined: more than the limit",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_hostile_input(case: str, tmp_path: Path, toolkit: Toolkit) -> None:
    make, expected = CASES[case]
    root = tmp_path / "inbox"
    root.mkdir()
    published: list[FetchedArticle] = []

    async def publish(article: FetchedArticle) -> None:
        article.model_dump_json()  # it must serialise, as the real publish does
        published.append(article)

    inbox = Inbox(root, publish)
    path = make(root)
    outcome = await inbox.handle(path)

    kind, _, reason = expected.partition(": ")
    if kind == "quarantined":
        assert outcome.status == "quarantined", f"{case}: {outcome}"
        notes = list((root / QUARANTINE).glob("*.reason.txt"))
        assert len(notes) == 1 and reason in notes[0].read_text(), f"{case}: {outcome.detail}"
        assert published == []
        return
    assert outcome.status == "published", f"{case}: {outcome}"
    assert len(os.listdir(root / PROCESSED)) == 1
    (article,) = published
    if kind == "fetched":  # what later stages make of it is their own suites' concern
        assert article.content and article.title is None
        return
    if kind == "refused":
        with pytest.raises(PermanentError, match=reason):
            clean(article)
        return
    enriched = enrich(date_parse(clean(article)), toolkit)
    assert enriched.text.strip()
    assert "drones" in enriched.text.lower() or "x" in enriched.text


def test_there_are_at_least_25_kinds():
    assert len(CASES) >= 40


async def test_a_device_is_not_opened(tmp_path: Path) -> None:
    import stat

    root = tmp_path / "inbox"
    root.mkdir()
    try:
        os.mknod(root / "null.txt", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs CAP_MKNOD")

    async def publish(article: FetchedArticle) -> None:
        raise AssertionError("a device must not be published")

    outcome = await Inbox(root, publish).handle(root / "null.txt")
    assert outcome.status == "quarantined" and "a device, not a file" in outcome.detail


async def test_ten_thousand_files_at_once(tmp_path: Path) -> None:
    import asyncio

    root = tmp_path / "inbox"
    root.mkdir()
    seen: list[str] = []

    async def publish(article: FetchedArticle) -> None:
        seen.append(article.source.name)

    for i in range(10_000):
        (root / f"n{i:05}.txt").write_text(f"{GOOD} Number {i}.")
    inbox = Inbox(root, publish, settle_seconds=0.05, rescan_seconds=60)
    stop = asyncio.Event()
    task = asyncio.create_task(inbox.watch(stop))
    for _ in range(600):
        if len(seen) >= 10_000:
            break
        await asyncio.sleep(0.1)
    stop.set()
    await task
    assert len(seen) == len(set(seen)) == 10_000
    assert len(os.listdir(root / PROCESSED)) == 10_000


async def test_a_file_renamed_as_it_is_picked_up_is_taken_once(tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    root.mkdir()
    seen: list[str] = []

    async def publish(article: FetchedArticle) -> None:
        seen.append(article.source.name)

    inbox = Inbox(root, publish)
    (root / "draft.txt").write_text(GOOD)
    os.rename(root / "draft.txt", root / "final.txt")  # renamed between the event and the claim
    assert (await inbox.handle(root / "draft.txt")).status == "skipped"
    assert (await inbox.handle(root / "final.txt")).status == "published"
    # once claimed, a later rename by the user finds nothing to move: the claim is atomic
    (root / "other.txt").write_text(GOOD + " Other.")
    claimed = inbox._claim(root / "other.txt")
    assert claimed is not None and not (root / "other.txt").exists()
    assert (await inbox.handle(claimed, claimed=True)).status == "published"
    assert seen == ["final.txt", "other.txt"]


async def test_surrogates_and_odd_names_are_safe_from_fetch_to_the_published_json(tmp_path: Path, toolkit: Toolkit):
    """A lone surrogate (JSON escape) and a name that is not UTF-8 end as a stored row that is published."""
    from wirestream.services.store.persist.repository import upsert
    from wirestream.services.store.schema import create_schema, make_engine

    root = tmp_path / "inbox"
    root.mkdir()
    raw_name = b"kreml\xffn \xed\xa0\x80 news.json"  # invalid UTF-8, and the UTF-8 form of a surrogate
    with open(os.path.join(os.fsencode(root), raw_name), "wb") as f:
        f.write(('{"title": "Drones \\ud800 over the Kremlin", "text": "' + GOOD + ' \\udfff"}').encode())
    published: list[FetchedArticle] = []

    async def publish(article: FetchedArticle) -> None:
        article.model_dump_json().encode("utf-8")  # as FastStream serialises it
        published.append(article)

    outcome = await Inbox(root, publish).handle(Path(os.fsdecode(os.path.join(os.fsencode(root), raw_name))))
    assert outcome.status == "published", outcome
    (article,) = published
    assert article.title == "Drones \ufffd over the Kremlin"
    assert article.source.name == "kreml\ufffdn \ufffd\ufffd\ufffd news.json"
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    create_schema(engine)
    stored = upsert(engine, enrich(date_parse(clean(article)), toolkit))
    document = json.loads(contracts.dumps(stored.article).encode("utf-8"))  # what persist publishes, as bytes
    assert document["title"] == "Drones \ufffd over the Kremlin"
    assert document["source"]["name"] == article.source.name
    assert document["source"]["uri"].endswith("kreml%FFn%20%ED%A0%80%20news.json")
    engine.dispose()


async def test_ingest_gives_every_file_of_a_batch_its_own_outcome(tmp_path: Path, redis_url: str, monkeypatch) -> None:
    """`wirestream ingest` on a folder: the readable files are published, each of the others fails with its reason,
    and a reader error on one file (the ValueError that used to end the batch) does not stop the rest."""
    import redis

    from wirestream import contracts
    from wirestream.services.ingest.fetch import ingest
    from wirestream.settings import Settings

    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b-breaks-the-reader.txt").write_text(GOOD + " B.")
    os.mkfifo(folder / "c-pipe.txt")
    (folder / "d.json").write_text('{"title": "x", "text": ')
    (folder / "e-link.txt").symlink_to(folder / "a.txt")
    (folder / "f.txt").write_text(GOOD + " F.")
    real = ingest.read_file

    def flaky(path: Path, **kw):
        if path.name.startswith("b-"):
            raise ValueError("a reader bug")
        return real(path, **kw)

    monkeypatch.setattr(ingest, "read_file", flaky)
    report = await ingest.ingest_paths(redis_url, [folder], Settings(redis_url=redis_url))
    assert sorted(Path(p).name for p, _ in report.published) == ["a.txt", "f.txt"]
    failed = {Path(p).name: why for p, why in report.failed}
    assert "a reader bug" in failed["b-breaks-the-reader.txt"]
    assert "named pipe" in failed["c-pipe.txt"]
    assert "invalid JSON" in failed["d.json"]
    assert "symbolic links inside a folder are not followed" in failed["e-link.txt"]
    client = redis.Redis.from_url(redis_url)
    assert client.xlen(contracts.FETCHED) == 2
    client.close()
