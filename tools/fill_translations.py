"""Fill finished translations into a .ts from a Python dict file, for bulk edits.

    python tools/fill_translations.py resources/i18n/kotter_workshop_de.ts STRINGS.py

STRINGS.py defines ``DE = {(context, source): translation}``. Entries already
translated are replaced; entries the dict lacks are left as they are. Qt
Linguist is the friendlier tool for a handful of new strings.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts: Path, table: dict[tuple[str, str], str]) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = table.get((name, message.findtext("source") or ""))
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            translation.text = text
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return filled


if __name__ == "__main__":
    target, strings = Path(sys.argv[1]), runpy.run_path(sys.argv[2])
    table = next(v for k, v in strings.items() if k.isupper() and isinstance(v, dict))
    print(f"{target}: {fill(target, table)} translations filled")
    # lupdate writes the file back in its own layout, so the next update changes only
    # what really changed
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from translations import extract

    extract(target)
