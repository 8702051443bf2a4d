"""What the bundle leaves out of Qt's plugins and translations (used by the hooks here).

PyInstaller's own hooks for QtCore, QtGui and QtWidgets collect every plugin
of every type those modules may load, and all of Qt's translations. The app
needs far less, and some plugins drag in large system libraries: the GTK 3
platform theme alone brings libgtk-3, cairo, pango and ~40 more from the
build machine. Dropping a plugin here also drops the libraries only it needs,
since PyInstaller looks for dependencies after the hooks run.
"""

from __future__ import annotations

from pathlib import PurePath

# Plugins (folder/file-stem prefix) that a desktop app on X11 or Wayland never loads.
DROPPED_PLUGINS = (
    "platforms/libqeglfs",  # full-screen embedded (no window system)
    "platforms/libqlinuxfb",
    "platforms/libqvnc",  # drags in QtNetwork
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "egldeviceintegrations/",  # eglfs only
    "generic/",  # evdev and TUIO input, for eglfs and linuxfb only
    "platformthemes/libqgtk3",  # GTK 3 and ~40 libraries; the app has its own theme
    "wayland-graphics-integration-client/libdmabuf-server",  # for nested compositors
    "wayland-graphics-integration-client/libdrm-egl-server",
    "wayland-graphics-integration-client/libshm-emulation-server",
    "wayland-graphics-integration-client/libvulkan-server",
    # Raster image formats the app never reads (PNG is built into QtGui; SVG stays
    # for icon themes).
    "imageformats/libqwebp",
    "imageformats/libqtiff",
    "imageformats/libqjpeg",
    "imageformats/libqgif",
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqwbmp",
)


def _plugin_path(source: str) -> str | None:
    parts = PurePath(source).parts
    if "plugins" not in parts:
        return None
    at = len(parts) - 1 - parts[::-1].index("plugins")
    return "/".join(parts[at + 1 :])


def keep_binary(entry: tuple[str, str]) -> bool:
    plugin = _plugin_path(entry[0])
    return plugin is None or not plugin.startswith(DROPPED_PLUGINS)


def keep_data(entry: tuple[str, str]) -> bool:
    # The app installs no QTranslator: Qt's own .qm translations would never load.
    return not entry[0].endswith(".qm")


def trim(binaries: list, datas: list) -> tuple[list, list]:
    return [b for b in binaries if keep_binary(b)], [d for d in datas if keep_data(d)]
