"""Phone voting on the Qt side: opening and closing votes, the QR code, applying ballots."""
