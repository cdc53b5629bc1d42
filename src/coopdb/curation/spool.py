"""The validated articles, spooled to a temporary file as each is checked.

A folder's articles held as objects to the end of a load grow its memory with the corpus (a
text and every resolved fact per article). Once an article is checked, its text and facts are
pickled, one section at a time, to an unnamed temporary file (the process's own, unlinked when
it is opened), and only what the load compares for every article stays in memory: its key, its
file name and its fingerprints. A section is read back when it is asked for, so a load step
that walks one section of every article reads that section only.
"""

from __future__ import annotations

import contextlib
import pickle
import tempfile
from array import array
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, Generic, TypeVar, overload

from coopdb.errors import CoopdbError

if TYPE_CHECKING:
    from coopdb.curation import corpus as c

T = TypeVar("T")

SPOOLED = (
    "title",
    "publisher",
    "dateline",
    "published",
    "body",
    "official_mentions",
    "enterprise_mentions",
    "meetings",
    "proposals",
    "trade_figures",
    "trade_goods",
    "twinning",
    "quantities",
    "attestations",
    "statements",
    "source_dates",
)
"""The fields of a source kept in the file, in the order of each article's offsets."""

_EMPTY = -1
"""The offset of an empty section: nothing written, nothing read."""


class SpoolError(CoopdbError):
    """The temporary folder could not hold (or give back) the checked articles."""


@contextlib.contextmanager
def _spool_io() -> Iterator[None]:
    """An OS error on the spool (a full or failing temporary folder) as one line that names
    the folder; nothing is written to the database before the spool is complete."""
    try:
        yield
    except OSError as error:
        folder = tempfile.gettempdir()
        reason = error.strerror or type(error).__name__
        raise SpoolError(
            f"cannot keep the checked articles in the temporary folder {folder}: {reason}"
            " (it needs about 15 KB per article; free space there or set TMPDIR to a folder"
            " with room)"
        ) from None


class _Spooled(Generic[T]):
    """A field of ``SpooledSource`` read back from the spool when it is asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = SPOOLED.index(name)

    @overload
    def __get__(self, obj: None, owner: type) -> _Spooled[T]: ...
    @overload
    def __get__(self, obj: SpooledSource, owner: type) -> T: ...
    def __get__(self, obj: SpooledSource | None, owner: type) -> _Spooled[T] | T:
        if obj is None:
            return self
        value: T = obj.spool.read(obj.number, self.slot)
        return value


class SpooledSource:
    """A validated article: ``corpus.Source``'s fields, its text and facts in the spool."""

    __slots__ = ("facts_sha256", "file_name", "input_sha256", "key", "number", "sha256", "spool")

    title = _Spooled[str | None]()
    publisher = _Spooled[str | None]()
    dateline = _Spooled[str | None]()
    published = _Spooled["c.DatedAs"]()
    body = _Spooled[str]()
    official_mentions = _Spooled[tuple["c.OfficialMention", ...]]()
    enterprise_mentions = _Spooled[tuple["c.EnterpriseMention", ...]]()
    meetings = _Spooled[tuple["c.Meeting", ...]]()
    proposals = _Spooled[tuple["c.Proposal", ...]]()
    trade_figures = _Spooled[tuple["c.TradeFigure", ...]]()
    trade_goods = _Spooled[tuple["c.TradeGood", ...]]()
    twinning = _Spooled[tuple["c.Twinning", ...]]()
    quantities = _Spooled[tuple["c.Quantity", ...]]()
    attestations = _Spooled[tuple["c.Attestation", ...]]()
    statements = _Spooled[tuple["c.Statement", ...]]()
    source_dates = _Spooled[tuple["c.SourceDate", ...]]()

    def __init__(self, spool: SourceSpool, number: int, source: c.Source) -> None:
        self.spool = spool
        self.number = number
        self.key = source.key
        self.file_name = source.file_name
        self.sha256 = source.sha256
        self.facts_sha256 = source.facts_sha256
        self.input_sha256 = source.input_sha256


class SourceSpool:
    """The articles a validation checked, in the folder's order (``Corpus.sources``)."""

    def __init__(self, *, keep: bool = True) -> None:
        self.keep = keep
        """False when only counts are wanted (``coopdb check``): nothing is written or read."""
        self.facts = 0
        """Fact rows of every article appended, counted as each is appended."""
        self._file: IO[bytes] | None = None
        self._offsets = array("q")
        self._sources: list[SpooledSource] = []

    def append(self, source: c.Source, rows: int) -> None:
        """Write the article's text and facts to the spool (unless only counts are kept) and
        keep what every load compares; ``rows`` is its number of fact rows."""
        self.facts += rows
        if not self.keep:
            self._sources.append(SpooledSource(self, len(self._sources), source))
            return
        with _spool_io():
            if self._file is None:
                # Kept open across calls, closed by ``close`` or with the spool.
                self._file = tempfile.TemporaryFile()  # noqa: SIM115
            spool = self._file
            spool.seek(0, 2)
            for name in SPOOLED:
                value = getattr(source, name)
                if value == ():
                    self._offsets.append(_EMPTY)
                    continue
                self._offsets.append(spool.tell())
                pickle.dump(value, spool, protocol=pickle.HIGHEST_PROTOCOL)
        self._sources.append(SpooledSource(self, len(self._sources), source))

    def read(self, number: int, slot: int) -> Any:
        """Field ``slot`` of article ``number``, read back from the file."""
        if not self.keep:
            raise RuntimeError("a spool that keeps only counts has no facts to read back")
        offset = self._offsets[number * len(SPOOLED) + slot]
        if offset == _EMPTY:
            return ()
        assert self._file is not None
        with _spool_io():
            self._file.seek(offset)
            return pickle.load(self._file)

    def __iter__(self) -> Iterator[SpooledSource]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def close(self) -> None:
        """Remove the spool now rather than when the corpus is collected."""
        if self._file is not None:
            self._file.close()
            self._file = None
