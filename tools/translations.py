"""Keep the app's translations in step with the code: one command for each step.

    python tools/translations.py update   # re-extract every tr() string into resources/i18n/*.ts
    python tools/translations.py build    # compile each .ts into the .qm the app loads
    python tools/translations.py check    # fail when a string is missing or unfinished

``update`` runs pyside6-lupdate (it ships with PySide6-Essentials) over
``kotter_workshop/ui`` and the exporters' table (``kotter_workshop/exporters.py``):
new strings arrive in each ``.ts`` marked unfinished, strings that left the code
are dropped, and finished translations stay. Then
translate the new entries with Qt Linguist (``pyside6-linguist
resources/i18n/kotter_workshop_de.ts``) or in any XML editor, and ``build``.
Commit both the ``.ts`` and the ``.qm``: the wheel ships the ``.qm`` with the
rest of ``resources/``. The session texts outside Qt (agenda, the PDF) are in
``resources/i18n/session.<language>.toml`` and the framework content in
``resources/framework/<language>.toml``; they are edited by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "kotter_workshop" / "ui"
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("de",)  # English is the source language: it needs no catalogue


def catalogue(language: str) -> Path:
    return CATALOGUES / f"kotter_workshop_{language}.ts"


def _tool(name: str) -> str:
    """A Qt tool of the running Python's PySide6, else from PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here)) or shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"translations: pyside6-{name} is missing; install PySide6-Essentials.")
    return found


#: The window's words kept outside ui/: the exporters' table (marked with QT_TRANSLATE_NOOP).
EXTRA_SOURCES = (ROOT / "kotter_workshop" / "exporters.py",)


def _sources() -> list[str]:
    found = [*SOURCES.rglob("*.py"), *EXTRA_SOURCES]
    return sorted(str(p.relative_to(ROOT)) for p in found)


def extract(target: Path) -> None:
    """Run lupdate over the ui package into ``target`` (created or merged)."""
    command = [_tool("lupdate"), *_sources(), "-no-obsolete", "-locations", "none", "-ts"]
    subprocess.run([*command, str(target)], cwd=ROOT, check=True, capture_output=True)


def update() -> None:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = catalogue(language)
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
        extract(path)
        missing = unfinished(path)
        total = len(messages(path))
        print(f"{path.relative_to(ROOT)}: {total} strings, {len(missing)} to translate")
        for context, source in missing:
            print(f"  {context}: {source}")


def compile_(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def build() -> None:
    for language in LANGUAGES:
        path = catalogue(language)
        qm = path.with_suffix(".qm")
        compile_(path, qm)
        print(f"{qm.relative_to(ROOT)}: built")


def messages(path: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished) for each message of a .ts."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                and (translation.text or "").strip()
            )
            found.append(
                (name, message.findtext("source") or "", translation.text if done else None)
            )
    return found


def unfinished(path: Path) -> list[tuple[str, str]]:
    return [(c, s) for c, s, t in messages(path) if t is None]


def check() -> int:
    """Extract afresh into a copy: every string in the code must have a finished translation."""
    problems = 0
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / catalogue(language).name
            shutil.copy(catalogue(language), fresh)
            extract(fresh)
            for context, source in unfinished(fresh):
                print(f"{language}: no translation for {context}: {source!r}")
                problems += 1
            qm, rebuilt = catalogue(language).with_suffix(".qm"), Path(folder) / "fresh.qm"
            compile_(catalogue(language), rebuilt)
            if not qm.exists() or qm.read_bytes() != rebuilt.read_bytes():
                print(f"{language}: {qm.relative_to(ROOT)} does not match its .ts; run build")
                problems += 1
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    commands = {"update": update, "build": build, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]]() or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
