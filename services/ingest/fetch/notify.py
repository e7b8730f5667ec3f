"""File notifications for the inbox: which names changed, and whether the writer said it is done.

On Linux the inbox reads inotify itself (one descriptor, read from the event loop):
watchdog reports a rename between two watched folders as two unrelated events, and
fetch must tell a file renamed into the inbox by its writer (read at once) from one
fetch put back to settle (it came from ``.processing``; reading it at once would
retry a file still being written in a tight loop). With both folders on one
descriptor the kernel pairs the two halves of a rename by their cookie.

A notice is *done* when the writer says so:

* ``IN_CLOSE_WRITE``: a program that had the file open for writing closed it;
* ``IN_MOVED_TO`` from anywhere but ``.processing``: renamed into the inbox (the
  ``.part`` protocol, or ``mv`` from another folder of the same file system).

Everything else (created, written, attributes changed, removed) is a plain notice:
the file settles first. A full kernel queue (``IN_Q_OVERFLOW``) is reported so the
inbox sweeps the folder. The watches are added through ``/proc/self/fd`` on the
state folders' descriptors the inbox opened and checked, never by name.

Elsewhere watchdog's observer gives plain notices only (the settle time applies to
every file). watchfiles is not used for the same reason as watchdog on Linux: it reports
added, modified and deleted paths, neither a writer's close nor the two halves of a rename.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import errno
import os
import struct
from _ctypes import CFuncPtr  # the type of a foreign function (ctypes does not export it)
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

IN_MODIFY = 0x00000002
IN_ATTRIB = 0x00000004
IN_CLOSE_WRITE = 0x00000008
IN_MOVED_FROM = 0x00000040
IN_MOVED_TO = 0x00000080
IN_CREATE = 0x00000100
IN_DELETE = 0x00000200
IN_Q_OVERFLOW = 0x00004000
IN_ONLYDIR = 0x01000000
IN_NONBLOCK = os.O_NONBLOCK
IN_CLOEXEC = os.O_CLOEXEC

_MASK = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_ONLYDIR
_HEADER = struct.Struct("iIII")
_COOKIES = 256  # rename halves remembered for pairing (the kernel queues the two together)

# (name in the inbox root, done) ; a None name means "notifications were lost: sweep"
Notice = Callable[[str | None, bool], None]

_init1: CFuncPtr | None
try:
    _libc = ctypes.CDLL(None, use_errno=True)
    _init1 = _libc.inotify_init1
    _add_watch = _libc.inotify_add_watch
    _add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
except (OSError, AttributeError):
    _init1 = None


def inotify_available() -> bool:
    return _init1 is not None and os.path.isdir("/proc/self/fd")


class InotifyWatch:
    """Notices for names in the inbox root, read on the running event loop."""

    def __init__(self, root_fd: int, processing_fd: int, notice: Notice) -> None:
        self.notice = notice
        if _init1 is None:  # made only where inotify_available()
            raise OSError(errno.ENOSYS, "inotify_init1 is not available")
        self._fd = _init1(IN_NONBLOCK | IN_CLOEXEC)
        if self._fd < 0:
            err = ctypes.get_errno()
            raise OSError(err, f"inotify_init1: {os.strerror(err)}")
        try:
            self._root_wd = self._watch(root_fd)
            self._processing_wd = self._watch(processing_fd)
        except BaseException:
            os.close(self._fd)
            raise
        self._moved_from: OrderedDict[int, int] = OrderedDict()  # cookie -> watch it left
        self._loop: asyncio.AbstractEventLoop | None = None

    def _watch(self, dir_fd: int) -> int:
        wd = _add_watch(self._fd, os.fsencode(f"/proc/self/fd/{dir_fd}"), _MASK)
        if wd < 0:
            err = ctypes.get_errno()
            raise OSError(err, f"inotify_add_watch: {os.strerror(err)}")
        return wd

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._loop.add_reader(self._fd, self._read)

    def close(self) -> None:
        if self._fd < 0:
            return
        if self._loop is not None:
            with contextlib.suppress(Exception):
                self._loop.remove_reader(self._fd)
        os.close(self._fd)
        self._fd = -1

    def _read(self) -> None:
        try:
            data = os.read(self._fd, 1 << 16)
        except BlockingIOError:
            return
        except OSError as exc:
            if exc.errno == errno.EINTR:
                return
            raise
        self.parse(data)

    def parse(self, data: bytes) -> None:
        offset = 0
        while offset + _HEADER.size <= len(data):
            wd, mask, cookie, length = _HEADER.unpack_from(data, offset)
            raw = data[offset + _HEADER.size : offset + _HEADER.size + length].split(b"\0", 1)[0]
            offset += _HEADER.size + length
            if mask & IN_Q_OVERFLOW:
                self.notice(None, False)
                continue
            if mask & IN_MOVED_FROM:
                self._moved_from[cookie] = wd
                while len(self._moved_from) > _COOKIES:
                    self._moved_from.popitem(last=False)
            if wd != self._root_wd or not raw:
                continue
            name = os.fsdecode(raw)
            if mask & IN_CLOSE_WRITE:
                self.notice(name, True)
            elif mask & IN_MOVED_TO:
                came_from = self._moved_from.pop(cookie, None)
                self.notice(name, came_from != self._processing_wd)  # from .processing: put back to settle
            else:
                self.notice(name, False)


class ObserverWatch:
    """watchdog's observer (no inotify): plain notices, from its thread onto the loop."""

    def __init__(self, root: Path, notice: Notice) -> None:
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer

        self.root = root
        self.notice = notice
        outer = self

        class _Handler(FileSystemEventHandler):
            def on_any_event(self, event: FileSystemEvent) -> None:
                target = getattr(event, "dest_path", "") or event.src_path
                if isinstance(target, bytes):
                    target = os.fsdecode(target)
                p = Path(target)
                if p.parent == outer.root and outer._loop is not None:
                    outer._loop.call_soon_threadsafe(outer.notice, p.name, False)

        self._observer = Observer()
        self._observer.schedule(_Handler(), str(root), recursive=False)
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._observer.start()

    def close(self) -> None:
        self._observer.stop()
        self._observer.join(timeout=5)
