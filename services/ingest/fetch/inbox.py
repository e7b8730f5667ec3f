"""The watched inbox: finding complete files, claiming them, and filing them afterwards.

Life of a dropped file::

    inbox/a.txt --(closed by its writer, renamed in, or unchanged for settle_seconds;
                   the pipeline's backlog under its bound)--> inbox/.processing/<token>__a.txt
        --(published)--> inbox/.processed/a.txt
        --(unreadable)--> inbox/.quarantine/a.txt + a.txt.reason.txt
        --(still being written)--> back to inbox/a.txt, to settle again

Claiming is an atomic rename inside the inbox, so several fetch workers can share one
inbox and each file is taken by exactly one of them. A claim left behind by a worker
that died is taken over after ``stale_claim_seconds``. A file is only moved to
``.processed`` after its article was published, so a crash in between publishes it
again on restart; the article id makes that harmless downstream.

Files whose names start with ``.`` or end like a download in progress (``~``,
``.part``, ``.tmp``, ``.crdownload``, ``.swp``, ``.partial``) are left alone until
renamed: writing under such a name and renaming when done is the one way a writer can
say for certain that a file is complete.

Whoever may drop files may also plant anything else in the inbox, so nothing here
trusts a name:

* the three state folders are opened once (``O_DIRECTORY|O_NOFOLLOW``) and every
  operation is relative to those descriptors; a symbolic link or a file in their
  place stops the worker with a clear error instead of being followed;
* a claimed entry is only opened if ``lstat`` says it is a regular file, with
  ``O_NOFOLLOW|O_NONBLOCK`` (a FIFO, socket or device never blocks), checked again
  with ``fstat`` on the descriptor (regular, one link: a hard link to someone else's
  file is refused) and read through that descriptor up to the size cap plus one byte;
* a file is not published if it changed between the settle check and the read, if it
  changed while read, or (Linux, where a read lease can be probed) if another program
  still has it open for writing: it goes back to the inbox to settle again, or to
  quarantine after :data:`MAX_PUT_BACKS` attempts; one that changes after it was
  published is quarantined with a reason (the published article may be incomplete);
* names too long to carry the claim prefix are claimed under a shortened name;
  destinations never overwrite a file of the same name (``renameat2(RENAME_NOREPLACE)``,
  or, where the file system lacks it, a name made unique by the claim's random token);
* a file that cannot be moved at all (not the worker's to move) is reported once and
  left alone until it changes, never retried in a loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import errno
import fcntl
import hashlib
import os
import secrets
import signal
import stat
import threading
import time
from _ctypes import CFuncPtr  # the type of a foreign function (ctypes does not export it)
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wirestream import limits
from wirestream.contracts import FetchedArticle
from wirestream.logging import get_logger
from wirestream.services.ingest.fetch.formats import Unreadable, read_article
from wirestream.services.ingest.fetch.notify import InotifyWatch, ObserverWatch, inotify_available

PROCESSING, PROCESSED, QUARANTINE = ".processing", ".processed", ".quarantine"
STATE_FOLDERS = (PROCESSING, PROCESSED, QUARANTINE)
IN_PROGRESS_SUFFIXES = ("~", ".part", ".tmp", ".crdownload", ".swp", ".partial")
REASON_SUFFIX = ".reason.txt"
MAX_PUT_BACKS = 5  # a file still being written this many times in a row is quarantined
_SEP = "__"
_TOKEN_BYTES = 6

log = get_logger("wirestream.fetch.inbox")


class InboxError(RuntimeError):
    """The inbox cannot be used safely; the message says what to fix."""


class NotSettled(Exception):
    """The claimed file is still being written; it goes back to the inbox to settle."""

    def __init__(self, reason: str, st: os.stat_result) -> None:
        super().__init__(reason)
        self.st = st


def is_candidate(name: str) -> bool:
    return not name.startswith(".") and not name.endswith(IN_PROGRESS_SUFFIXES)


def readable_name(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def fit_name(name: str, limit: int) -> str:
    """``name`` if it fits in ``limit`` bytes on disk, else a shortened form that keeps its extension.

    A hash of the whole name keeps two long names with the same beginning apart."""
    raw = os.fsencode(name)
    if len(raw) <= limit:
        return name
    stem, dot, ext = raw.rpartition(b".")
    if not dot or not stem or len(ext) > 16:
        stem, ext = raw, b""
    else:
        ext = b"." + ext
    tag = b"~" + hashlib.blake2b(raw, digest_size=4).hexdigest().encode()
    keep = max(0, limit - len(tag) - len(ext))
    cut = stem[:keep]
    for k in range(keep, max(keep - 4, 0), -1):  # end on a character boundary when the name is UTF-8
        try:
            stem[:k].decode("utf-8")
        except UnicodeDecodeError:
            continue
        cut = stem[:k]
        break
    return os.fsdecode(cut + tag + ext)


def _numbered(name: str, n: int) -> str:
    stem, dot, ext = name.partition(".")
    return f"{stem}-{n}{dot}{ext}"


# --- renaming without overwriting -------------------------------------------------
_RENAME_NOREPLACE = 1
_libc = None
_renameat2: CFuncPtr | None
try:
    _libc = ctypes.CDLL(None, use_errno=True)
    _renameat2 = _libc.renameat2
    _renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    _renameat2.restype = ctypes.c_int
except (OSError, AttributeError):  # not glibc >= 2.28 / not Linux
    _renameat2 = None


def rename_noreplace(src_fd: int, src: str, dst_fd: int, dst: str) -> bool | None:
    """Atomically rename unless ``dst`` exists: True if moved, False if ``dst`` exists,
    None where the system or file system cannot promise not to overwrite."""
    if _renameat2 is None:
        return None
    if _renameat2(src_fd, os.fsencode(src), dst_fd, os.fsencode(dst), _RENAME_NOREPLACE) == 0:
        return True
    err = ctypes.get_errno()
    if err == errno.EEXIST:
        return False
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return None
    raise OSError(err, os.strerror(err), src)


_KINDS = (
    (stat.S_ISLNK, "symbolic links are not followed; drop the file itself"),
    (stat.S_ISDIR, "a folder was dropped; drop the files inside it instead"),
    (stat.S_ISFIFO, "a named pipe (FIFO), not a file: only regular files are read"),
    (stat.S_ISSOCK, "a socket, not a file: only regular files are read"),
    (stat.S_ISCHR, "a device, not a file: only regular files are read"),
    (stat.S_ISBLK, "a device, not a file: only regular files are read"),
)


def refuse_kind(mode: int) -> str | None:
    """Why an entry of this kind is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, reason in _KINDS:
        if test(mode):
            return reason
    return "not a regular file: only regular files are read"


def _too_big(size: int, cap: int) -> Unreadable:
    return Unreadable(
        f"the file is {size / 1e6:.1f} MB, over the limit of {cap / 1e6:.1f} MB (WIRESTREAM_MAX_FILE_BYTES)"
    )


def read_capped(fd: int, cap: int) -> bytes:
    """At most ``cap + 1`` bytes from ``fd``: one more than allowed is enough to know it is too big."""
    chunks, got = [], 0
    while got <= cap:
        chunk = os.read(fd, min(1 << 20, cap + 1 - got))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def read_file(
    path: Path, *, name: str, uri: str, max_file_bytes: int, max_chars: int, max_html_chars: int
) -> FetchedArticle:
    """Read one file (outside the inbox: ``wirestream ingest``) into an article within the size limits.

    The path is the caller's choice, so a symbolic link it names is followed; what it
    points at must still be a regular file, opened without blocking and read up to the cap.
    :class:`Unreadable` says why not."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    try:
        st = os.fstat(fd)
        why = refuse_kind(st.st_mode)
        if why:
            raise Unreadable(why)
        if st.st_size > max_file_bytes:
            raise _too_big(st.st_size, max_file_bytes)
        raw = read_capped(fd, max_file_bytes)
    finally:
        os.close(fd)
    if len(raw) > max_file_bytes:
        raise _too_big(len(raw), max_file_bytes)
    return read_article(
        raw,
        name=name,
        uri=uri,
        received_at=datetime.now(UTC),
        max_chars=max_chars,
        max_html_chars=max_html_chars,
    )


async def _parse_here(raw: bytes, **options: Any) -> FetchedArticle:
    return read_article(raw, **options)


class PublishFailed(Exception):
    """The article could not be published; the claimed file waits for a retry."""

    def __init__(self, claimed: Path, cause: BaseException) -> None:
        super().__init__(f"{claimed.name}: {type(cause).__name__}: {cause}")
        self.claimed = claimed


@dataclass
class Outcome:
    path: str
    status: str  # "published", "quarantined", "skipped", "waiting" (put back to settle)
    detail: str = ""
    article_id: str | None = None
    reason: str | None = None  # quarantined: why, in one word (the failed counter's label)


def _ignore_sigio() -> bool:
    """Probing for writers takes a read lease for an instant; a lease break signals SIGIO, whose
    default action ends the process. Ignore it (possible only from the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return signal.getsignal(signal.SIGIO) == signal.SIG_IGN
    signal.signal(signal.SIGIO, signal.SIG_IGN)
    return True


class Inbox:
    """File operations of the inbox; :meth:`watch` runs the notification loop."""

    def __init__(
        self,
        root: Path,
        publish: Callable[[FetchedArticle], Awaitable[None]],
        *,
        settle_seconds: float = 5.0,
        rescan_seconds: float = 30.0,
        max_file_bytes: int = limits.MAX_FILE_BYTES,
        max_chars: int = limits.MAX_ARTICLE_CHARS,
        max_html_chars: int = limits.MAX_HTML_CHARS,
        stale_claim_seconds: float = 300.0,
        heartbeat: Callable[[], Awaitable[None]] | None = None,
        heartbeat_seconds: float = 5.0,
        parser: Callable[..., Awaitable[FetchedArticle]] | None = None,
        gate: Callable[[], Awaitable[bool]] | None = None,
        max_waiting: int = 1000,
        gate_poll_seconds: float = 0.5,
        observe: Callable[[Outcome, float], None] | None = None,
    ) -> None:
        self.root = root.resolve()
        self.publish = publish
        self.settle_seconds = settle_seconds
        self.rescan_seconds = rescan_seconds
        self.max_file_bytes = max_file_bytes
        self.max_chars = max_chars
        self.max_html_chars = max_html_chars
        self.retries: dict[str, tuple[float, float]] = {}  # claim name -> (next attempt, backoff)
        self.stale_claim_seconds = stale_claim_seconds
        self.heartbeat = heartbeat
        self.heartbeat_seconds = heartbeat_seconds
        # the fetch worker parses in a work process with a time and memory budget (wirestream.executor)
        self.parse = parser or _parse_here
        # may a new file be claimed now? (the fetch worker: the pipeline's backlog is under its bound)
        self.gate = gate
        self.gate_poll_seconds = gate_poll_seconds
        # told each file's outcome and the seconds it took, claim to filing (the fetch worker's metrics)
        self.observe = observe
        self.max_waiting = max_waiting
        # name -> (noted at, (size, mtime) then, the writer said it is done); at most max_waiting names
        self.waiting: dict[Path, tuple[float, tuple[int, int], bool]] = {}
        self.paused = False  # the gate said no: files wait in the inbox
        self._original: dict[str, str] = {}  # claim name -> dropped name, where the claim had to shorten it
        self._put_backs: dict[tuple[int, int], int] = {}  # (device, inode) -> times put back in a row
        self._unmovable: dict[str, tuple[int, int]] = {}  # name -> (inode, mtime) of a file that could not be moved
        self._fds: dict[str, int] = {}
        self._root_fd = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            self._open_state_folders()
        except BaseException:
            self.close()
            raise
        try:
            self.name_max = os.fpathconf(self._root_fd, "PC_NAME_MAX")
        except (OSError, ValueError):
            self.name_max = 255
        self._probe_writers = hasattr(fcntl, "F_SETLEASE") and _ignore_sigio()

    # --- the state folders ----------------------------------------------------
    def _open_state_folders(self) -> None:
        root_dev = os.fstat(self._root_fd).st_dev
        self._identity: dict[str, tuple[int, int]] = {}
        for sub in STATE_FOLDERS:
            with_path = self.root / sub
            with contextlib.suppress(FileExistsError):
                os.mkdir(sub, 0o755, dir_fd=self._root_fd)
            try:
                fd = os.open(sub, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=self._root_fd)
            except OSError as exc:
                if exc.errno not in (errno.ENOTDIR, errno.ELOOP):
                    raise
                st = os.stat(sub, dir_fd=self._root_fd, follow_symlinks=False)
                what = "a symbolic link" if stat.S_ISLNK(st.st_mode) else "not a folder"
                raise InboxError(
                    f"{with_path} is {what}; fetch keeps its state there and will not follow or replace it: "
                    "remove it (fetch creates the folder) and restart"
                ) from None
            self._fds[sub] = fd
            st = os.fstat(fd)
            if st.st_dev != root_dev:
                raise InboxError(
                    f"{with_path} is on another file system than {self.root}; files are moved by atomic renames, "
                    "so the state folders must live on the inbox's own file system"
                )
            self._identity[sub] = (st.st_dev, st.st_ino)
        for folder in (self.root, *(self.root / sub for sub in STATE_FOLDERS)):
            if not os.access(folder, os.W_OK | os.X_OK):
                raise PermissionError(
                    f"the fetch worker (uid {os.getuid()}) cannot move files in {folder}: "
                    "run it as the owner of the inbox (in compose: WIRESTREAM_UID/WIRESTREAM_GID)"
                )

    def verify(self) -> None:
        """Raise :class:`InboxError` if a state folder's name no longer leads to the folder opened at start
        (replaced by a link or another folder); the worker then stops instead of working elsewhere."""
        for sub, identity in self._identity.items():
            try:
                st = os.stat(sub, dir_fd=self._root_fd, follow_symlinks=False)
            except FileNotFoundError:
                st = None
            if st is None or not stat.S_ISDIR(st.st_mode) or (st.st_dev, st.st_ino) != identity:
                raise InboxError(
                    f"{self.root / sub} was removed or replaced while fetch was running; "
                    "restore the folder (or remove what is in its place) and restart fetch"
                )

    def close(self) -> None:
        for fd in [*self._fds.values(), getattr(self, "_root_fd", -1)]:
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._fds.clear()
        self._root_fd = -1

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    # --- moving ---------------------------------------------------------------
    def _move(self, src_fd: int, src: str, dst_fd: int, name: str, token: str, reserve: int = 0) -> str:
        """Move ``src`` to ``name`` in the destination folder without overwriting anything there;
        returns the name it got (``name``, ``name-1``, … or, without RENAME_NOREPLACE, a token-unique name).
        ``reserve`` bytes of the name length are kept free (for a ``.reason.txt`` note beside it)."""
        limit = self.name_max - reserve
        for n in range(1000):
            candidate = fit_name(name if n == 0 else _numbered(name, n), limit)
            moved = rename_noreplace(src_fd, src, dst_fd, candidate)
            if moved:
                return candidate
            if moved is None:
                break
        # No promise against overwriting here: a name made unique by this claim's random token.
        stem, dot, ext = name.partition(".")
        unique = fit_name(f"{stem}-{token}{dot}{ext}", limit)
        os.rename(src, unique, src_dir_fd=src_fd, dst_dir_fd=dst_fd)
        return unique

    def _claim_name(self, name: str, token: str) -> str:
        claim = f"{token}{_SEP}{name}"
        if len(os.fsencode(claim)) > self.name_max:
            claim = f"{token}{_SEP}{fit_name(name, self.name_max - len(token) - len(_SEP))}"
            self._original[claim] = name
        return claim

    def _claim(self, path: Path) -> Path | None:
        """Take ``path`` (a name in the inbox) into ``.processing``; None if another worker took it first."""
        name = path.name
        processing = self._fds[PROCESSING]
        for _ in range(3):
            token = secrets.token_hex(_TOKEN_BYTES)
            claim = self._claim_name(name, token)
            try:
                moved = rename_noreplace(self._root_fd, name, processing, claim)
                if moved is None:
                    os.rename(name, claim, src_dir_fd=self._root_fd, dst_dir_fd=processing)
                    moved = True
            except FileNotFoundError:
                self._original.pop(claim, None)
                return None  # another worker took it, or it was removed
            except OSError:
                self._original.pop(claim, None)
                raise
            if moved:
                return self.root / PROCESSING / claim
        raise OSError(errno.EEXIST, "no free claim name", name)

    def _write_reason(self, placed: str, name: str, reason: str, token: str) -> None:
        quarantine = self._fds[QUARANTINE]
        text = (
            f"file: {readable_name(name)!r}\n"
            f"quarantined: {datetime.now(UTC).isoformat(timespec='seconds')}\n"
            f"reason: {readable_name(reason)}\n"
        ).encode("utf-8", "replace")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        for note in (placed + REASON_SUFFIX, fit_name(f"{placed}.{token}", self.name_max - 16) + REASON_SUFFIX):
            try:
                fd = os.open(note, flags, 0o644, dir_fd=quarantine)
            except FileExistsError:
                continue
            try:
                os.write(fd, text)
            finally:
                os.close(fd)
            return
        log.error("could not write the reason of a quarantined file", file=readable_name(placed), reason=reason)

    def _quarantine(
        self, claim: str, name: str, reason: str, article_id: str | None = None, *, why: str = "unreadable"
    ) -> Outcome:
        token = claim.split(_SEP, 1)[0]
        placed = self._move(
            self._fds[PROCESSING], claim, self._fds[QUARANTINE], name, token, reserve=len(REASON_SUFFIX)
        )
        self._write_reason(placed, name, reason, token)
        log.warning(
            "file quarantined",
            file=readable_name(name),
            reason=readable_name(reason),
            moved_to=readable_name(str(self.root / QUARANTINE / placed)),
        )
        return Outcome(name, "quarantined", reason, article_id=article_id, reason=why)

    def _put_back(self, claim: str, name: str, st: os.stat_result, reason: str) -> Outcome:
        """The file is still being written: back into the inbox to settle again (quarantined after
        :data:`MAX_PUT_BACKS` attempts, so a file that never settles is not retried forever)."""
        key = (st.st_dev, st.st_ino)
        times = self._put_backs.get(key, 0) + 1
        if times > MAX_PUT_BACKS:
            self._put_backs.pop(key, None)
            return self._quarantine(
                claim,
                name,
                f"{reason}, {MAX_PUT_BACKS} times in a row; write the file under a name ending in .part "
                "and rename it when it is complete",
                why="unsettled",
            )
        self._put_backs[key] = times
        token = claim.split(_SEP, 1)[0]
        placed = self._move(self._fds[PROCESSING], claim, self._root_fd, name, token)
        log.info("file still being written; put back to settle", file=readable_name(placed), reason=reason)
        return Outcome(name, "waiting", reason)

    # --- one file -----------------------------------------------------------
    def _read_claimed(self, claim: str, observed: tuple[int, int] | None) -> tuple[bytes, os.stat_result]:
        """The bytes of a claimed regular file, read through one descriptor that cannot block.

        :class:`Unreadable` for what is never an article; :class:`NotSettled` for a file still changing."""
        processing = self._fds[PROCESSING]
        before = os.stat(claim, dir_fd=processing, follow_symlinks=False)
        why = refuse_kind(before.st_mode)
        if why:
            raise Unreadable(why)
        if observed is not None and (before.st_size, before.st_mtime_ns) != observed:
            raise NotSettled("it changed between the settle check and its claim", before)
        try:
            fd = os.open(
                claim, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY, dir_fd=processing
            )
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENXIO):
                raise Unreadable("it was replaced by something that is not a regular file as it was opened") from None
            raise
        try:
            st = os.fstat(fd)
            why = refuse_kind(st.st_mode)
            if why:
                raise Unreadable(why)
            if (st.st_dev, st.st_ino) != (before.st_dev, before.st_ino):
                raise Unreadable("it was replaced by another file as it was opened")
            if st.st_nlink != 1:
                raise Unreadable(
                    f"the file has {st.st_nlink} hard links: a file linked from elsewhere may be someone else's, "
                    "so it is not read; copy it into the inbox instead"
                )
            if st.st_size > self.max_file_bytes:
                raise _too_big(st.st_size, self.max_file_bytes)
            if self._open_for_writing(fd):
                raise NotSettled("another program still has it open for writing", st)
            raw = read_capped(fd, self.max_file_bytes)
            if len(raw) > self.max_file_bytes:
                raise _too_big(len(raw), self.max_file_bytes)
            after = os.fstat(fd)
            if (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns) or len(raw) != after.st_size:
                raise NotSettled("it changed while it was read", after)
            return raw, after
        finally:
            os.close(fd)

    def _open_for_writing(self, fd: int) -> bool | None:
        """Whether another program has the file open for writing (a paused scp or SMB copy): a read
        lease is refused then. None where that cannot be known (not Linux, a file system without leases,
        or a file of another owner)."""
        if not self._probe_writers:
            return None
        try:
            fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_RDLCK)
        except OSError as exc:
            return True if exc.errno == errno.EAGAIN else None
        fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
        return False

    async def handle(self, path: Path, *, claimed: bool = False, observed: tuple[int, int] | None = None) -> Outcome:
        """Claim, read, publish and file one inbox entry.

        ``observed`` is the (size, mtime) the settle check saw; a file that differs from it once
        claimed is put back to settle again."""
        if claimed:
            claim = path.name
            name = self._original.pop(claim, None) or claim.split(_SEP, 1)[-1]
        else:
            name = path.name
            try:
                got = self._claim(path)
            except OSError as exc:
                return self._cannot_move(name, exc)
            if got is None:
                return Outcome(name, "skipped", "already taken")
            claim = got.name
            name = self._original.pop(claim, name)
        try:
            raw, st = self._read_claimed(claim, observed)
            article = await self.parse(
                raw,
                name=readable_name(name),
                uri=(self.root / name).as_uri(),
                received_at=datetime.now(UTC),
                max_chars=self.max_chars,
                max_html_chars=self.max_html_chars,
            )
        except FileNotFoundError:
            return Outcome(name, "skipped", "removed before it could be read")
        except NotSettled as exc:
            return self._put_back(claim, name, exc.st, str(exc))
        except Unreadable as exc:
            return self._quarantine(claim, name, str(exc), why=exc.reason)
        except OSError as exc:
            return self._quarantine(claim, name, f"could not be read: {exc.strerror or exc}")
        except Exception as exc:  # a reader bug must not leave the file cycling through claims forever
            log.exception("unexpected error reading a file", file=readable_name(name))
            return self._quarantine(
                claim,
                name,
                f"unexpected error while reading ({type(exc).__name__}: {exc}); please report it",
                why="error",
            )
        self._put_backs.pop((st.st_dev, st.st_ino), None)
        try:
            await self.publish(article)
        except (ValueError, TypeError) as exc:  # the message itself cannot be sent: retrying cannot help
            log.exception("article could not be published", file=article.source.name)
            return self._quarantine(
                claim, name, f"the article could not be published ({type(exc).__name__}: {exc})", why="invalid"
            )
        except Exception as exc:
            if name != claim.split(_SEP, 1)[-1]:
                self._original[claim] = name
            raise PublishFailed(self.root / PROCESSING / claim, exc) from exc
        try:
            now = os.stat(claim, dir_fd=self._fds[PROCESSING], follow_symlinks=False)
        except FileNotFoundError:  # removed from .processing meanwhile: published, nothing left to file
            return Outcome(name, "published", "removed before it could be filed", article_id=article.id)
        if (now.st_ino, now.st_size, now.st_mtime_ns) != (st.st_ino, st.st_size, st.st_mtime_ns):
            return self._quarantine(
                claim,
                name,
                f"it changed after it was read and published as article {article.id}, which may be incomplete; "
                "drop the complete file again (written under a name ending in .part, renamed when complete)",
                article_id=article.id,
                why="changed",
            )
        placed = self._move(self._fds[PROCESSING], claim, self._fds[PROCESSED], name, claim.split(_SEP, 1)[0])
        log.info(
            "file ingested",
            file=article.source.name,
            article_id=article.id,
            format=article.source.format,
            **({"filed_as": readable_name(placed)} if placed != name else {}),
        )
        return Outcome(name, "published", article_id=article.id)

    def _cannot_move(self, name: str, exc: OSError) -> Outcome:
        """A file fetch may not move (another owner in a sticky folder, a mount point…): said once, then left
        alone until it changes."""
        try:
            st = os.stat(name, dir_fd=self._root_fd, follow_symlinks=False)
            self._unmovable[name] = (st.st_ino, st.st_mtime_ns)
        except OSError:
            pass
        reason = f"cannot be moved out of the inbox ({exc.strerror or exc}); it is left where it is"
        log.error("file cannot be claimed", file=readable_name(name), reason=reason)
        return Outcome(name, "skipped", reason)

    def _is_unmovable(self, name: str, st: os.stat_result) -> bool:
        known = self._unmovable.get(name)
        if known is None:
            return False
        if known == (st.st_ino, st.st_mtime_ns):
            return True
        del self._unmovable[name]  # it changed: worth another try
        return False

    # --- discovery ----------------------------------------------------------
    def stale_claims(self) -> list[Path]:
        now = time.time()
        out = []
        with os.scandir(self._fds[PROCESSING]) as it:
            for e in it:
                try:
                    if now - e.stat(follow_symlinks=False).st_ctime > self.stale_claim_seconds:
                        out.append(self.root / PROCESSING / e.name)
                except FileNotFoundError:
                    pass
        return out

    async def _retake(self, path: Path) -> None:
        """Take over a claim a dead worker left: re-claim it under a new token, then handle it."""
        name = path.name.split(_SEP, 1)[-1]
        processing = self._fds[PROCESSING]
        fresh = self._claim_name(name, secrets.token_hex(_TOKEN_BYTES))
        try:
            os.rename(path.name, fresh, src_dir_fd=processing, dst_dir_fd=processing)
        except FileNotFoundError:
            self._original.pop(fresh, None)
            return
        self.retries.pop(path.name, None)
        log.info("retaking abandoned claim", file=readable_name(name))
        await self._safe_handle(self.root / PROCESSING / fresh, claimed=True)

    async def _safe_handle(self, path: Path, *, claimed: bool = False, observed: tuple[int, int] | None = None) -> None:
        started = time.perf_counter()
        try:
            outcome = await self.handle(path, claimed=claimed, observed=observed)
            if self.observe is not None:
                self.observe(outcome, time.perf_counter() - started)
        except PublishFailed as exc:
            _, backoff = self.retries.get(exc.claimed.name, (0.0, 0.5))
            self.retries[exc.claimed.name] = (time.monotonic() + backoff, min(backoff * 2, 30.0))
            log.warning(
                "publish failed; will retry",
                file=readable_name(exc.claimed.name),
                retry_in_s=backoff,
                error=str(exc.__cause__),
            )
        except InboxError:
            raise
        except Exception:
            log.exception("file could not be handled; it will be retried", file=readable_name(path.name))
        else:
            self.retries.pop(path.name, None)

    async def _retry_due(self) -> None:
        now = time.monotonic()
        for claim, (due, _) in list(self.retries.items()):
            if due <= now:
                try:
                    os.stat(claim, dir_fd=self._fds[PROCESSING], follow_symlinks=False)
                except FileNotFoundError:
                    self.retries.pop(claim, None)
                    continue
                await self._safe_handle(self.root / PROCESSING / claim, claimed=True)

    def _lstat(self, name: str) -> os.stat_result | None:
        try:
            return os.stat(name, dir_fd=self._root_fd, follow_symlinks=False)
        except FileNotFoundError:
            return None

    async def watch(self, stop: asyncio.Event) -> None:
        """Handle files present now and every file that arrives, until ``stop`` is set.

        A file is handled once it has stayed unchanged for ``settle_seconds``, or at once when
        its writer said it is done (closed after writing, or renamed into the inbox; see
        :mod:`wirestream.services.ingest.fetch.notify`). At most ``max_waiting`` names are held: a
        notice beyond that is dropped and the folder swept again once there is room, so a
        flood waits in the inbox, not in this process. While ``gate`` says no (the pipeline's
        backlog is over its bound) nothing new is claimed."""
        changed = asyncio.Event()
        self.verify()
        self.waiting.clear()
        overflow = False

        def notice(name: str | None, done: bool) -> None:
            nonlocal overflow
            # None: notices were lost (a full kernel queue); no room for the name: sweep later
            lost = name is None or (is_candidate(name) and not self._note(self.root / name, done))
            overflow = overflow or lost
            changed.set()

        watcher: Any
        if inotify_available():
            watcher = InotifyWatch(self._root_fd, self._fds[PROCESSING], notice)
        else:
            watcher = ObserverWatch(self.root, notice)
        watcher.start()
        self.paused = False
        try:
            for p in self.stale_claims():
                await self._retake(p)
            overflow = not self._sweep()
            next_sweep = time.monotonic() + self.rescan_seconds
            next_beat = 0.0
            while not stop.is_set():
                changed.clear()
                now = time.monotonic()
                if self.heartbeat and now >= next_beat:
                    try:
                        await self.heartbeat()
                    except Exception as exc:  # a missed beat shows as unhealthy; it must not stop the watcher
                        log.warning("heartbeat failed", error=str(exc))
                    next_beat = now + self.heartbeat_seconds
                due = [p for p, (t, _, done) in self.waiting.items() if done or now - t >= self.settle_seconds]
                for p in due:
                    if stop.is_set():
                        break
                    if p not in self.waiting:  # gone meanwhile (removed, or taken by another worker)
                        continue
                    if self.gate is not None:
                        self.paused = not await self.gate()
                        if self.paused:  # the pipeline is full: the files wait in the inbox
                            break
                    _, before, _ = self.waiting.pop(p)
                    st = self._lstat(p.name)
                    if st is None:
                        continue
                    if (st.st_size, st.st_mtime_ns) != before:
                        self._note(p)  # still being written
                        continue
                    await self._safe_handle(p, observed=before)
                await self._retry_due()
                now = time.monotonic()
                if now >= next_sweep or (overflow and len(self.waiting) <= self.max_waiting // 2):
                    self.verify()
                    overflow = not self._sweep()
                    for p in self.stale_claims():
                        await self._retake(p)
                    next_sweep = now + self.rescan_seconds
                soonest = min(
                    (now if done else t + self.settle_seconds for t, _, done in self.waiting.values()),
                    default=next_sweep,
                )
                if self.paused and due:
                    soonest = now + self.gate_poll_seconds
                next_retry = min((due for due, _ in self.retries.values()), default=next_sweep)
                wake = min(soonest, next_sweep, next_retry, next_beat if self.heartbeat else next_sweep)
                timeout = max(0.01, wake - time.monotonic())
                if self.paused and due:  # notices still arrive meanwhile; only the gate is polled
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), timeout)
                elif not changed.is_set():
                    stop_wait = asyncio.ensure_future(stop.wait())
                    change_wait = asyncio.ensure_future(changed.wait())
                    await asyncio.wait({stop_wait, change_wait}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
                    stop_wait.cancel()
                    change_wait.cancel()
        finally:
            watcher.close()

    def _note(self, p: Path, done: bool = False) -> bool:
        """Remember a name to handle once settled (or at once, ``done``); False if there is no room."""
        st = self._lstat(p.name)
        if st is None or self._is_unmovable(p.name, st):
            self.waiting.pop(p, None)
            return True
        observed = (st.st_size, st.st_mtime_ns)
        known = self.waiting.get(p)
        if known is None and len(self.waiting) >= self.max_waiting:
            return False
        if not done and known is not None and known[2] and known[1] == observed:
            return True  # a notice that changed nothing (attributes) after the writer said it is done
        noted = time.monotonic()
        if not done:  # unchanged since its ctime (which no writer can set back): that long already settled
            noted -= min(max(0.0, time.time() - st.st_ctime), self.settle_seconds)
        self.waiting[p] = (noted, observed, done)
        return True

    def _sweep(self) -> bool:
        """Note the names in the inbox not yet noted, up to ``max_waiting``; False if some were left."""
        with os.scandir(self._root_fd) as it:
            for e in it:
                if not is_candidate(e.name):
                    continue
                p = self.root / e.name
                if p not in self.waiting and not self._note(p):
                    return False
        return True
