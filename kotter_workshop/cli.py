"""The command line: ``kotter-workshop [FILE]``, ``--demo``, ``export``, ``import``, ``compare``.

Heavy modules (Qt, SQLAlchemy, reportlab) are imported only by the command
that needs them, so ``--version`` and the exports start fast and the window
paints early.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .atomic import OutputError, write_output
from .domain.errors import KotterError, quoted

PROG = "kotter-workshop"
EXIT_ERROR = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A wrong argument: usage goes to stderr and the exit code is 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits on its own; we want one line
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _export_options() -> str:
    from .exporters import EXPORTERS  # seam: command

    return "|".join(f"--{row.name}" for row in EXPORTERS)


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Run a live workshop on Kotter's 'What Leaders Really Do'.",
        epilog=(
            f"Other commands: '{PROG} export FILE {_export_options()} OUT', "
            f"'{PROG} import IN.json OUT.kotter', "
            f"'{PROG} compare A.kotter B.kotter [...] --pdf|--html OUT'. "
            "Add --help to any of them for details."
        ),
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .kotter session file to open")
    parser.add_argument("--demo", action="store_true", help="open a realistic sample session")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    from .exporters import EXPORTERS  # seam: command

    parser = _Parser(prog=f"{PROG} export", description="Export a session file.")
    parser.add_argument("file", type=Path, help="the .kotter session file")
    out = parser.add_mutually_exclusive_group(required=True)
    for row in EXPORTERS:
        out.add_argument(f"--{row.name}", type=Path, metavar=f"OUT{row.suffix}", help=row.help)
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="the PDF's paper size (default: the locale's usual paper)",
    )
    return parser


def _import_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=f"{PROG} import", description="Build a session file from JSON.")
    parser.add_argument("json", type=Path, metavar="IN.json")
    parser.add_argument("out", type=Path, metavar="OUT.kotter")
    return parser


def _compare_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{PROG} compare",
        description="Compare two or more sessions of a team over time, as a PDF or a web page.",
    )
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE.kotter")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the comparison as a PDF")
    out.add_argument("--html", type=Path, metavar="OUT.html", help="the comparison as one web page")
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="the PDF's paper size (default: the locale's usual paper)",
    )
    return parser


def check_output(target: Path, *inputs: Path) -> None:
    """Refuse an output path that can only fail, or that would replace an input.

    Checked before any work, so a mistyped OUT costs nothing and says why.
    """
    for source in inputs:
        if _same_file(target, source):
            raise UsageError(f"{quoted(target)} is the input file; choose another output file.")
    if target.is_dir():
        raise OutputError(target, "it is a folder; give a file name inside it")
    if target.exists() and not target.is_file():
        raise OutputError(target, "it is a device or a pipe, not a file")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(target, f"there is no folder {quoted(folder)}")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _run_export(args: argparse.Namespace) -> int:
    from .exporters import EXPORTERS  # seam: command
    from .store import open_session_file  # seam: command

    row, target = next((r, getattr(args, r.name)) for r in EXPORTERS if getattr(args, r.name))
    check_output(target, args.file)
    with open_session_file(args.file, read_only=True) as opened:
        row.write(opened.session, target, args.paper or "")
    return 0


def _run_import(args: argparse.Namespace) -> int:
    """Build OUT from IN.json; an existing OUT is replaced atomically, unless it is open."""
    from .interchange import read_json_file  # seam: command
    from .store import StoreError, write_new_file  # seam: command
    from .store.lock import FileLock  # seam: command

    check_output(args.out, args.json)
    session = read_json_file(args.json)
    lock = FileLock(args.out)
    if lock.acquire() is False:
        raise StoreError(
            args.out,
            "{path} is open in Kotter Workshop, so it was not replaced; close it there first.",
        )
    try:
        write_new_file(session, args.out)
    finally:
        lock.release()
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    """Read every session (naming the first bad one), then write the PDF or page atomically."""
    if len(args.files) < 2:
        raise UsageError("compare needs at least two session files")
    check_output(args.pdf or args.html, *args.files)
    from .domain.compare import compare  # seam: command
    from .store import open_session_file  # seam: command

    sessions = []
    for path in args.files:
        with open_session_file(path, read_only=True) as opened:
            sessions.append(opened.session)
    comparison = compare(sessions)
    if args.html:
        from .export.html import write_comparison_html  # seam: command

        with write_output(args.html, encoding="utf-8", newline="\n") as out:
            write_comparison_html(comparison, out)
        return 0
    from .export import write_comparison_pdf  # seam: command

    with write_output(args.pdf, mode="wb") as out:
        write_comparison_pdf(comparison, out, paper=args.paper)
    return 0


def _run_app(args: argparse.Namespace) -> int:
    if args.file is not None and args.demo:
        raise UsageError("give a FILE or --demo, not both")
    from .ui.app import run_app  # seam: command

    return run_app(file=args.file, demo=args.demo)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run it; return the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    commands: dict[str, tuple[Callable[[], argparse.ArgumentParser], Callable]] = {
        "export": (_export_parser, _run_export),
        "import": (_import_parser, _run_import),
        "compare": (_compare_parser, _run_compare),
    }
    if argv and argv[0] in commands:
        make_parser, run = commands[argv[0]]
        argv = argv[1:]
    else:
        make_parser, run = _app_parser, _run_app
    try:
        args = make_parser().parse_args(argv)
        return run(args)
    except SystemExit as exc:  # --help and --version end here
        return int(exc.code or 0)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KotterError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        where = f"{quoted(exc.filename)}: " if exc.filename else ""
        print(f"{PROG}: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug still gets one line, never a traceback
        print(
            f"{PROG}: something went wrong that should not have ({type(exc).__name__}: {exc}). "
            "Nothing was written.",
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
