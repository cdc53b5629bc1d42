"""The code stays ruff-clean and mypy-strict-clean, and the README keeps its two commands."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

import pytest

from conftest import REPOSITORY


def _tool(name: str) -> list[str]:
    if importlib.util.find_spec(name) is None:
        pytest.fail(f"{name} is not installed; install the test extras: pip install '.[test]'")
    return [sys.executable, "-m", name]


def test_ruff_is_clean() -> None:
    for args in (["check"], ["format", "--check"]):
        result = subprocess.run(
            [*_tool("ruff"), *args, "src", "tests", "migrations", "bench"],
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_is_clean() -> None:
    result = subprocess.run(
        [*_tool("mypy"), "src", "tests", "bench"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_has_the_run_and_test_commands() -> None:
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"<!-- (run|test)-command -->\n```sh\n(.+)\n```", readme)
    assert [kind for kind, _ in commands] == ["run", "test"]
    assert commands[0][1].endswith("pip install . && coopdb report kursk")
    assert "pip install '.[test]'" in commands[1][1] and "pytest" in commands[1][1]
