"""Facts files parsed in worker processes while this one validates them, in file order.

Parsing a facts file (libyaml, the value screens) is about two fifths of validating it and
needs nothing but its bytes; the rest reads and writes the folder-wide state (keys, figures,
problems in file order), so one process keeps it. Workers are forked, so they start in
milliseconds with everything imported; on platforms other than Linux, for a small folder or
with one job, the files are parsed here. Either way the results come in file order and are
the same.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from coopdb.curation.problems import Problem
from coopdb.curation.yamlread import CuratedFile, read_yaml

MIN_FILES = 64
"""Facts files parsed here before workers start: fewer cost less than starting a worker."""
BATCH = 16
"""Files per task: a task's round trip costs about a tenth of a millisecond."""
BATCH_ITEMS = 256
"""Items per batch at most, files to parse or not: what is held ahead stays bounded."""
AHEAD = 8
"""Batches sent ahead of the one being validated: enough to keep a worker busy, and the
bytes held for them stay a few megabytes whatever the folder's size."""

FORKS = sys.platform.startswith("linux")
"""Where workers are forked: on macOS fork is no longer the default (system frameworks are not
fork-safe), and a spawned worker would import coopdb again (a second) before parsing."""

Parsed = tuple[CuratedFile | None, list[Problem]]


def default_jobs() -> int:
    """The processors this process may run on (``coopdb check --jobs`` and COOPDB_JOBS
    choose otherwise)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def parse_batch(files: list[tuple[Path, bytes]]) -> list[Parsed]:
    """Parse facts files as ``read_yaml`` does; their texts are kept (and sent) compressed."""
    parsed: list[Parsed] = []
    for path, raw in files:
        problems: list[Problem] = []
        file = read_yaml(path, raw, problems)
        if file is not None:
            file.compress()
        parsed.append((file, problems))
    return parsed


class ToParse(Protocol):
    """A folder entry read for validation: the facts file to parse, if it must be parsed."""

    @property
    def to_parse(self) -> tuple[Path, bytes] | None: ...


Item = TypeVar("Item", bound=ToParse)


def parsed_in_order(items: Iterable[Item], *, jobs: int) -> Iterator[tuple[Item, Parsed | None]]:
    """Each item with the parse of its facts file (None when it has none to parse), in the
    items' order. The first ``MIN_FILES`` files are parsed here, so a load that reads a few
    changed articles among many unchanged ones starts no worker; after them, workers parse
    batches ahead, and a batch closes at ``BATCH`` files or ``BATCH_ITEMS`` items, so the items
    held ahead stay few whatever share of the folder needs a parse."""
    items = iter(items)
    seen = 0
    for item in items:
        yield item, (parse_batch([item.to_parse])[0] if item.to_parse else None)
        seen += item.to_parse is not None
        if seen >= MIN_FILES and jobs > 1 and FORKS:
            yield from _pooled(items, jobs - 1)
            return


def _pooled(items: Iterator[Item], workers: int) -> Iterator[tuple[Item, Parsed | None]]:
    # What exists now is moved out of the collector's reach before the fork: a worker's
    # collections would otherwise write to every object's header and copy the parent's pages.
    gc.freeze()
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_ignore_interrupts,
    )
    sent: deque[_Batch[Item]] = deque()
    batch = _Batch[Item]()
    try:
        for item in items:
            batch.items.append(item)
            if item.to_parse is not None:
                batch.files.append(item.to_parse)
            if len(batch.files) == BATCH or len(batch.items) == BATCH_ITEMS:
                sent.append(batch.send(pool))
                batch = _Batch[Item]()
            while len(sent) > AHEAD:
                yield from sent.popleft().results()
        sent.append(batch.send(pool))
        while sent:
            yield from sent.popleft().results()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


class _Batch(Generic[Item]):
    """Items read in a row, and the parse of the facts files among them (sent as one task)."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.files: list[tuple[Path, bytes]] = []
        self.future: Future[list[Parsed]] | None = None

    def send(self, pool: ProcessPoolExecutor) -> _Batch[Item]:
        if self.files:
            # A worker that died earlier broke the pool: this batch is parsed here then.
            with contextlib.suppress(BrokenProcessPool):
                self.future = pool.submit(parse_batch, self.files)
        return self

    def results(self) -> Iterator[tuple[Item, Parsed | None]]:
        """The items with their parses; a worker that died (killed, out of memory) is no
        failure: the batch is parsed here instead."""
        parsed: list[Parsed] = []
        if self.future is not None:
            try:
                parsed = self.future.result()
            except BrokenProcessPool:
                parsed = parse_batch(self.files)
        elif self.files:
            parsed = parse_batch(self.files)
        results = iter(parsed)
        for item in self.items:
            yield item, (next(results) if item.to_parse is not None else None)


def _ignore_interrupts() -> None:
    """Ctrl-C is the parent's to handle: it stops the workers, without their tracebacks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
