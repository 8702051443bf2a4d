"""The whiteboard: sticky-note panels a facilitator drives in front of a room.

``items`` draws notes and groups with Qt's C++-painted items, ``scene``
follows one panel of the session through its change events, ``view`` shows
it (zoom, fit, pan), ``controller`` turns gestures into undoable commands,
``layout`` tidies a panel into a grid, ``board`` puts a palette and a view
together for a slide, and ``actions_editor`` edits the actions list.
"""
