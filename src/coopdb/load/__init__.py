"""Make the database mirror a validated corpus, in one transaction, writing only what changed.

Each table is synced the same way: the desired rows are COPYed into a temporary stage, then
one UPDATE touches rows whose values differ (``IS DISTINCT FROM``), one INSERT adds rows whose
natural key is new, and, after every table has been upserted, one DELETE per table (children
first) removes rows no longer curated. Unchanged rows are never written, so ids stay stable
and a repeated load creates no row versions. Sources whose text and resolved facts hash the
same as in the database are skipped entirely, unless the load is *full*: then every source and
every fact is staged and compared, so rows changed, deleted or added by hand are repaired too.
A *rehearsal* is a full load whose caller rolls it back (``coopdb db verify``): its counts are
the drift, and its new rows take temporary negative ids so no identity sequence moves.
"""

from coopdb.load.engine import Row, Syncer, Table
from coopdb.load.folder import FolderLoad, load_folder
from coopdb.load.lock import LoadLockTimeoutError, acquire_load_lock, loaded_fingerprints
from coopdb.load.mirror import ProgressHook, load_corpus
from coopdb.load.result import LoadResult, TableCounts

__all__ = [
    "FolderLoad",
    "LoadLockTimeoutError",
    "LoadResult",
    "ProgressHook",
    "Row",
    "Syncer",
    "Table",
    "TableCounts",
    "acquire_load_lock",
    "load_corpus",
    "load_folder",
    "loaded_fingerprints",
]
