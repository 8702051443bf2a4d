"""Make tests/data/session-v1.kotter, the version-1 file later versions must still open.

Run once when version 1 was current: ``.venv/bin/python tests/store/make_v1_file.py``.
The file is committed; do not regenerate it with a newer schema.
"""

from pathlib import Path

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import SCHEMA_VERSION, write_new_file

TARGET = Path(__file__).parents[1] / "data" / "session-v1.kotter"

if __name__ == "__main__":
    assert SCHEMA_VERSION == 1, "the version-1 file must be written by version-1 code"
    session = demo_session()
    session.set_shown_round("setting-direction", 1)
    session.start_round("aligning-people")
    write_new_file(session, TARGET)
    print(TARGET)
