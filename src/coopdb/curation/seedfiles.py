"""Reading a seeds folder as a sandbox: regular files directly inside it, each read up to a cap.

A curated file must be a regular file in the folder. A symbolic link (to ``/etc/passwd``, to
``/dev/zero``), a FIFO (opening one blocks until a writer comes), a device, a socket or a
directory with a curated file's name is refused by what ``lstat`` says, before anything is
opened. Files are opened relative to the folder's descriptor with ``O_NOFOLLOW`` (a link
swapped in meanwhile fails to open) and ``O_NONBLOCK`` (a FIFO swapped in cannot block),
checked again with ``fstat``, and read for at most their cap plus one byte: a huge or endless
file costs one small read, never its size.

The folder itself may be a symbolic link: its path is what the user typed, and it is resolved
once, when the folder is opened; everything inside is then read through that one descriptor.
Hard links are regular files and are read (the kernel's ``protected_hardlinks`` rule stops a
user from linking files they do not own, and installers such as uv link packaged files).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

SHARED_FILES = ("regions.yaml", "officials.yaml", "enterprises.yaml")

MAX_ARTICLE_BYTES = 128 * 1024
"""Largest article text (real articles are 2-20 KB). PostgreSQL refuses a tsvector whose
lexemes and positions pass 1 MB (1,048,575 bytes); the worst text for it (hyphenated compounds
of unique parts, with a title as long as the article) needs about 3.1 bytes of it per byte of
text, so 128 KiB stays under 420 KB, and about 20,000 unique 5-letter words fit in 128 KiB."""
MAX_FACTS_BYTES = 1024 * 1024
"""Largest facts file (``NNN_<hash>.yaml``): real ones are 1-20 KB."""
READ_CHUNK = 64 * 1024
"""Bytes read at a time past a file's size (one that grows while it is read)."""
MAX_SHARED_BYTES = 8 * 1024 * 1024
"""Largest shared file (``regions.yaml``, ``officials.yaml``, ``enterprises.yaml``): they grow
with the corpus (officials.yaml is about 300 bytes per person), so their cap is larger."""
MAX_FOLDER_ENTRIES = 250_000
"""Most entries a seeds folder may hold (two files per article: 125,000 articles)."""

_KINDS = {
    stat.S_IFLNK: "a symbolic link",
    stat.S_IFDIR: "a directory",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}
_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC

Refuse = Callable[[str, str], None]
"""Called with a file name and one line saying why the file is not read."""


def is_curated_name(name: str) -> bool:
    """Names the layout gives meaning to (hidden files are never curated)."""
    return name.endswith((".yaml", ".txt")) and not name.startswith(".")


def size_cap(name: str) -> tuple[int, str]:
    """The most bytes a curated file may hold, and what it is called in messages."""
    if name in SHARED_FILES:
        return MAX_SHARED_BYTES, "a shared file"
    if name.endswith(".txt"):
        return MAX_ARTICLE_BYTES, "an article text"
    return MAX_FACTS_BYTES, "a facts file"


def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _not_regular(kind: str) -> str:
    return f"is {kind}; coopdb reads only regular files inside the seeds folder"


class TooManyEntriesError(Exception):
    """The folder holds more entries than ``MAX_FOLDER_ENTRIES``."""


class SeedsFolder:
    """The curated files of one folder; every refusal goes to ``refuse``, one line per file."""

    def __init__(self, path: Path, refuse: Refuse) -> None:
        """Open the folder and list it; raises ``OSError`` when it is no folder and
        ``TooManyEntriesError`` when it holds too many entries."""
        self.path = path
        self._refuse = refuse
        self._fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | os.O_NONBLOCK)
        self.files: set[str] = set()
        """Curated names that are regular files."""
        self.refused: set[str] = set()
        """Curated names refused, and already reported."""
        try:
            self._list()
        except BaseException:
            os.close(self._fd)
            raise

    def _list(self) -> None:
        refusals = []
        with os.scandir(self._fd) as entries:
            for count, entry in enumerate(entries, 1):
                if count > MAX_FOLDER_ENTRIES:
                    raise TooManyEntriesError
                if not is_curated_name(entry.name):
                    continue
                if entry.is_file(follow_symlinks=False):  # from the directory entry: lstat
                    self.files.add(entry.name)
                    continue
                try:
                    kind = self._kind(entry.name, entry.stat(follow_symlinks=False).st_mode)
                except FileNotFoundError:
                    continue
                refusals.append((entry.name, _not_regular(kind)))
        for name, message in sorted(refusals):
            self.refused.add(name)
            self._refuse(name, message)

    def close(self) -> None:
        os.close(self._fd)

    def __enter__(self) -> SeedsFolder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def refusals_held(self) -> Iterator[list[tuple[str, str]]]:
        """Refusals while files are read ahead of their validation, held (name, message)
        to be reported with ``report`` when the file's turn comes: the problems keep the
        order of the files whichever way they were read."""
        held: list[tuple[str, str]] = []
        reporting = self._refuse
        self._refuse = lambda name, message: held.append((name, message))
        try:
            yield held
        finally:
            self._refuse = reporting

    def reread(self, name: str) -> bytes | None:
        """A file's bytes read again (for a problem's line), as safely as the first time;
        None, and nothing reported, when it is refused now."""
        with self.refusals_held():
            raw = self.read(name)
        self.refused.discard(name)  # it was read before: a refusal now is no problem of the folder
        return raw

    def report(self, refusals: list[tuple[str, str]]) -> None:
        for name, message in refusals:
            self._refuse(name, message)

    def names(self, suffix: str) -> list[str]:
        """Sorted names ending in ``suffix`` that the folder lists as regular files."""
        return sorted(name for name in self.files if name.endswith(suffix))

    def read(self, name: str) -> bytes | None:
        """The bytes of a curated file, or None when it is refused (reported once) or gone."""
        if name in self.refused:
            return None
        cap, what = size_cap(name)
        try:
            info = os.stat(name, dir_fd=self._fd, follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                return self._refused(name, _not_regular(self._kind(name, info.st_mode)))
            if info.st_size > cap:
                return self._refused(name, _too_large(info.st_size, cap, what))
            fd = os.open(name, _OPEN_FLAGS, dir_fd=self._fd)
        except OSError as error:
            if error.errno == errno.ELOOP:
                return self._refused(name, _not_regular("a symbolic link"))
            return self._refused(name, f"cannot read: {error.strerror}")
        try:
            return self._read_open(name, fd, cap, what)
        finally:
            os.close(fd)

    def _read_open(self, name: str, fd: int, cap: int, what: str) -> bytes | None:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # replaced between lstat and open
            return self._refused(name, _not_regular(_kind(info.st_mode)))
        data = bytearray()
        while len(data) <= cap:
            # As much as the file holds (and a byte more, to see it grow), not the cap: a read
            # of the cap allocates it (a megabyte for each facts file) before it is shrunk.
            wanted = max(info.st_size + 1 - len(data), READ_CHUNK)
            chunk = os.read(fd, min(cap + 1 - len(data), wanted))
            if not chunk:
                return bytes(data)
            data += chunk
        return self._refused(name, f"grew past the {cap:,}-byte limit for {what} while read")

    def _kind(self, name: str, mode: int) -> str:
        """What a directory entry is, in words; a link says where it points."""
        kind = _kind(mode)
        if stat.S_ISLNK(mode):
            try:
                target = os.readlink(name, dir_fd=self._fd)
            except OSError:
                return kind
            return f"{kind} (to {target if len(target) <= 200 else target[:199] + '…'})"
        return kind

    def _refused(self, name: str, message: str) -> bytes | None:
        """Report why ``name`` is not read (once); what ``read`` then returns: None."""
        self.refused.add(name)
        self._refuse(name, message)
        return None


def _too_large(size: int, cap: int, what: str) -> str:
    return f"is {size:,} bytes, over the {cap:,}-byte limit for {what}"
