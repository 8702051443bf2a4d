"""The installed app finds its resources: build the wheel, install it, run it.

In a checkout, resources/ sits beside the package; in a wheel it travels
inside it (pyproject: ``force-include``). These tests build the wheel from
this checkout, install it (without dependencies: the commands below need only
the standard library) into a fresh virtual environment that cannot see the
checkout or the outer environment, and run it from a folder outside the repo.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import kotter_workshop

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120


def _run(argv: list, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert done.returncode == 0, f"{argv} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _clean_env() -> dict[str, str]:
    """The environment without anything that could point Python at the checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.pop("VIRTUAL_ENV", None)
    return env


def _python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", out]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-isolation")  # no need to fetch the build backend
    _run(command, cwd=REPO)
    (built,) = out.glob("kotter_workshop-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv (no system site-packages) with the wheel installed in it."""
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=venv)
    python = _python(venv)
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            "--quiet",
            wheel,
        ],
        cwd=venv,
    )
    return venv


def test_the_wheel_carries_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())

    assert "kotter_workshop/resources/framework/en.toml" in names
    assert "kotter_workshop/resources/styles/theme.qss" in names
    for shipped in (
        "framework/de.toml",
        "styles/dark.toml",
        "styles/high-contrast.toml",
        "i18n/kotter_workshop_de.qm",
        "i18n/session.de.toml",
    ):
        assert f"kotter_workshop/resources/{shipped}" in names
    assert not any(name.startswith("resources/") for name in names)


def test_the_installed_package_reads_the_framework_from_its_own_resources(installed, tmp_path):
    script = (
        "import kotter_workshop\n"
        "from kotter_workshop.domain import builtin_framework\n"
        "from kotter_workshop.domain.resources import resource, resources_dir\n"
        "print(kotter_workshop.__file__)\n"
        "print(resources_dir())\n"
        "print(resource('styles', 'theme.qss').is_file())\n"
        "print(builtin_framework().title)\n"
    )
    # -I: no PYTHON* variables, no user site-packages, no current folder on sys.path.
    out = _run([_python(installed), "-I", "-c", script], cwd=tmp_path, env=_clean_env())
    package_file, resources, qss_found, title = out.splitlines()

    expected = tomllib.loads((REPO / "resources/framework/en.toml").read_text("utf-8"))
    assert title == expected["framework"]["title"] == "What Leaders Really Do"
    assert Path(package_file).resolve().is_relative_to(installed.resolve())
    assert not Path(package_file).resolve().is_relative_to(REPO)
    assert Path(resources) == Path(package_file).parent / "resources"
    assert qss_found == "True"


def test_the_installed_app_reports_its_version(installed, tmp_path):
    expected = f"kotter-workshop {kotter_workshop.__version__}"
    env = _clean_env()

    from_module = _run(
        [_python(installed), "-I", "-m", "kotter_workshop", "--version"], cwd=tmp_path, env=env
    )
    script = installed / (
        "Scripts/kotter-workshop.exe" if os.name == "nt" else "bin/kotter-workshop"
    )
    from_script = _run([script, "--version"], cwd=tmp_path, env=env)

    assert from_module.strip() == expected
    assert from_script.strip() == expected
