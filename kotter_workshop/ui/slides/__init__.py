"""The slides the room sees."""
