"""Presenting: the projector, the facilitator's console, the screens, the timer and the agenda."""
