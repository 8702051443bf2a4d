"""Build the standalone app folder: ``dist/kotter-workshop/`` (PyInstaller, one-folder).

Run from anywhere, with the environment that has the app and the ``bundle``
extra installed::

    .venv/bin/pip install -e '.[bundle]'
    .venv/bin/python packaging/build_bundle.py

The folder runs on machines of the same kind (OS, CPU, and a glibc no older
than the build machine's) without Python: ``dist/kotter-workshop/kotter-workshop``.
The script says how long the build took and how big the folder is, then
checks that the bundle starts (``--version``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "kotter-workshop.spec"
NAME = "kotter-workshop"
# The desktop files travel in the folder, so a facilitator who has only the
# bundle can add it to the menu: ./install-desktop-integration.sh
DESKTOP_FILES = (
    "kotter-workshop.desktop",
    "kotter-workshop.svg",
    "kotter-workshop-mime.xml",
    "io.github.kotterworkshop.KotterWorkshop.metainfo.xml",
)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the folder goes")
    parser.add_argument(
        "--work", type=Path, default=REPO / "build" / "pyinstaller", help="PyInstaller's cache"
    )
    args = parser.parse_args(argv)

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            "build_bundle: PyInstaller is missing; install the extra: pip install -e '.[bundle]'",
            file=sys.stderr,
        )
        return 1

    started = time.monotonic()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(args.dist),
        "--workpath",
        str(args.work),
        str(SPEC),
    ]
    subprocess.run(command, cwd=REPO, check=True)
    seconds = time.monotonic() - started

    bundle = args.dist / NAME
    if sys.platform.startswith("linux"):
        share = bundle / "share"
        share.mkdir(exist_ok=True)
        for name in DESKTOP_FILES:
            shutil.copy2(REPO / "packaging" / name, share / name)
        shutil.copy2(REPO / "packaging" / "install-desktop-integration.sh", bundle)
    executable = bundle / (NAME + (".exe" if os.name == "nt" else ""))
    version = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
    size_mib = folder_size(bundle) / 2**20
    print(f"build_bundle: {bundle} ({version}): {size_mib:.0f} MiB, built in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
