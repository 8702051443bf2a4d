"""JSON in and out of a whole session, CSV out, and the JSON Schema behind them.

See docs/json-format.md for the format with examples.
"""

from .csv_out import write_csv
from .errors import InterchangeError
from .from_json import read_json_file, session_from_json
from .schema import FORMAT, FORMAT_VERSION, session_schema
from .to_json import session_to_json, summary_to_json

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "InterchangeError",
    "read_json_file",
    "session_from_json",
    "session_schema",
    "session_to_json",
    "summary_to_json",
    "write_csv",
]
