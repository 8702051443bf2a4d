# Overrides PyInstaller's hook of the same name: the same dependencies, minus the
# Qt plugins and translations the app never loads (see qt_trim.py).
import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).parent))
from qt_trim import trim  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries, datas = trim(binaries, datas)
