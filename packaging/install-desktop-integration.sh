#!/bin/sh
# Adds Kotter Workshop to this user's desktop, from the unpacked bundle folder:
# `kotter-workshop` in ~/.local/bin, the menu entry, the icon, the .kotter file
# type (double-click opens it here) and the AppStream metadata. No root needed.
#
#   ./install-desktop-integration.sh              # add
#   ./install-desktop-integration.sh --uninstall  # take it all away again
#
# Moved the folder? Run it again from the new place.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exe="$here/kotter-workshop"
share="$here/share"
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin="$HOME/.local/bin"
id=io.github.kotterworkshop.KotterWorkshop

files="$bin/kotter-workshop
$data/applications/kotter-workshop.desktop
$data/icons/hicolor/scalable/apps/kotter-workshop.svg
$data/mime/packages/kotter-workshop.xml
$data/metainfo/$id.metainfo.xml"

refresh() {
  update-mime-database "$data/mime" 2>/dev/null || echo "note: update-mime-database is missing (package shared-mime-info)"
  update-desktop-database "$data/applications" 2>/dev/null || true
  gtk-update-icon-cache -f -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1-}" = "--uninstall" ]; then
  echo "$files" | while IFS= read -r f; do rm -f "$f"; done
  refresh
  echo "Kotter Workshop is gone from the desktop (the folder $here stays)."
  exit 0
fi

[ -x "$exe" ] || { echo "$exe is missing: run this script from the bundle folder." >&2; exit 1; }
mkdir -p "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps" \
  "$data/mime/packages" "$data/metainfo"
ln -sf "$exe" "$bin/kotter-workshop"
# The menu entry runs this folder's app by its full path, so ~/.local/bin need not be on PATH.
quoted=$(printf '%s' "$exe" | sed 's/[\\"`$]/\\\\&/g')
EXE="$exe" QUOTED="$quoted" awk '
  /^Exec=/    { print "Exec=\"" ENVIRON["QUOTED"] "\" %f"; next }
  /^TryExec=/ { print "TryExec=" ENVIRON["EXE"]; next }
  { print }' "$share/kotter-workshop.desktop" >"$data/applications/kotter-workshop.desktop"
cp "$share/kotter-workshop.svg" "$data/icons/hicolor/scalable/apps/kotter-workshop.svg"
cp "$share/kotter-workshop-mime.xml" "$data/mime/packages/kotter-workshop.xml"
cp "$share/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
refresh
echo "Kotter Workshop is in the menu, and opens .kotter files. From a terminal: kotter-workshop"
case ":$PATH:" in *":$bin:"*) ;; *) echo "note: $bin is not on your PATH; the menu entry works anyway." ;; esac
