"""The curation package's cached verdicts: the code they depend on is found, not listed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from coopdb.curation import fingerprints


def _modules_loaded_by_check() -> set[Path]:
    """Every coopdb module a fresh interpreter loads to validate a seeds folder."""
    script = (
        "import json, sys\n"
        "from coopdb.curation import validate_folder\n"
        "from coopdb.resources import seeds_dir\n"
        "validate_folder(seeds_dir())\n"
        "print(json.dumps([m.__file__ for n, m in sys.modules.items()"
        " if n.startswith('coopdb') and getattr(m, '__file__', None)]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return {Path(name) for name in json.loads(result.stdout)}


def test_every_module_validation_runs_is_in_the_fingerprint() -> None:
    files = set(fingerprints.validator_files())
    loaded = _modules_loaded_by_check()
    # The top package holds the version, resources finds the shipped folder: no verdict rests
    # on either.
    exempt = {fingerprints.PACKAGE.parent / name for name in ("__init__.py", "resources.py")}
    assert loaded - exempt <= files, sorted(map(str, loaded - exempt - files))
    assert set(fingerprints.PACKAGE.glob("*.py")) <= files


def test_a_new_module_of_the_package_changes_the_fingerprint(tmp_path: Path) -> None:
    """A module added to the package is hashed without being named anywhere."""
    before = fingerprints.validator_files()
    added = fingerprints.PACKAGE / "zz_probe_module.py"
    try:
        added.write_text('"""probe"""\n', encoding="utf-8")
        after = fingerprints.validator_files()
    finally:
        added.unlink()
    assert set(after) - set(before) == {added}
