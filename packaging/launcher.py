"""The bundle's entry point: PyInstaller runs this file as ``__main__``.

``kotter_workshop/__main__.py`` uses a relative import, which a frozen
top-level script cannot; this launcher imports the package absolutely.
"""

import sys

from kotter_workshop.cli import main

if __name__ == "__main__":
    sys.exit(main())
