"""The code's own rules: the layers of DESIGN.md and the project's lint."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_layer_contracts_hold():
    """import-linter checks DESIGN.md's layers (contracts in pyproject.toml)."""
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_ruff_finds_nothing():
    result = subprocess.run(
        [_tool("ruff"), "check", "kotter_workshop", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_code_is_formatted():
    """One format for everyone (ruff format), so diffs show real changes only."""
    result = subprocess.run(
        [_tool("ruff"), "format", "--check", "kotter_workshop", "tests", "benchmarks", "tools"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_modules_stay_small():
    """DESIGN.md: modules under about 500 lines; the big ones are where bugs live."""
    too_long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / "kotter_workshop").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 550
    }
    assert not too_long


def test_the_command_line_contract_covers_every_part_of_the_package():
    """ "Nothing imports the command line" lists its sources by name: a new top-level module
    or package must join the list, or it could import cli.py unseen."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (contract,) = [c for c in contracts if c["name"] == "Nothing imports the command line"]
    package = ROOT / "kotter_workshop"
    parts = {
        f"kotter_workshop.{p.stem}"
        for p in package.iterdir()
        if (p.suffix == ".py" or (p / "__init__.py").exists())
        and p.stem not in ("__init__", "__main__", "cli")
    }
    assert parts == set(contract["source_modules"])
