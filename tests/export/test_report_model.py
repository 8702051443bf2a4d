"""The summary's content is built once, without Qt or reportlab, for every renderer."""

from __future__ import annotations

import subprocess
import sys


def test_the_report_model_imports_neither_reportlab_nor_qt():
    code = (
        "import sys\n"
        "from kotter_workshop.domain.demo import demo_session\n"
        "from kotter_workshop.export.report import build_report\n"
        "report = build_report(demo_session())\n"
        "assert report.position.leadership_text == '2.8 / 5', report.position\n"
        "assert len(report.pairs) == 3 and len(report.findings) in (2, 3)\n"
        "assert report.framework.thesis and report.actions[0].owner == 'Amira'\n"
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'PySide6'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
