"""The ``.kotter`` session file: SQLite through SQLAlchemy, the live document.

Nothing outside this package sees SQLAlchemy; callers get domain sessions.
"""

from .errors import (
    BadFileError,
    DiskFullError,
    MissingFileError,
    NewerFileError,
    StoreError,
    UntrustedFileError,
    WriteError,
)
from .file import SessionFile, write_new_file
from .opening import open_session_file
from .tables import APPLICATION_ID, SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "BadFileError",
    "DiskFullError",
    "MissingFileError",
    "NewerFileError",
    "SessionFile",
    "StoreError",
    "UntrustedFileError",
    "WriteError",
    "open_session_file",
    "write_new_file",
]
