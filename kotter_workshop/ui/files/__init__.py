"""Session files in the app: the start screen, the File menu, templates."""
