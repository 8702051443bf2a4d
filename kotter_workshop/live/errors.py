"""The server's own words on stderr: one line, never a traceback (PRODUCT.md)."""

from __future__ import annotations

import asyncio
import logging
import sys

from aiohttp.http_exceptions import HttpProcessingError

from .connections import Guard


def say(line: str) -> None:
    print(f"kotter-workshop: {line}", file=sys.stderr, flush=True)


def request_logger(guard: Guard) -> logging.Logger:
    """aiohttp's error log: malformed requests are counted, anything else is one line."""
    logger = logging.getLogger("kotter_workshop.live.requests")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.handlers[:] = [OneLine(guard)]
    return logger


class OneLine(logging.Handler):
    def __init__(self, guard: Guard) -> None:
        super().__init__(logging.INFO)
        self.guard = guard

    def emit(self, record: logging.LogRecord) -> None:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, HttpProcessingError):  # not HTTP: the client had its 400
            self.guard.malformed += 1
            return
        if isinstance(exc, ConnectionError):  # the phone went away meanwhile: nothing to say
            return
        why = f" ({exc.__class__.__name__}: {exc})" if exc is not None else ""
        say(f"phone voting: {record.getMessage()}{why}"[:300])


class LoopErrors:
    """The loop's error handler: one line, never a traceback; accept errors are counted."""

    def __init__(self, guard: Guard) -> None:
        self.guard = guard

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict) -> None:
        exc = context.get("exception")
        if isinstance(exc, OSError) and "accept" in str(context.get("message", "")):
            self.guard.refused += 1  # out of descriptors: asyncio retries in a second
            return
        why = f" ({exc.__class__.__name__}: {exc})" if exc is not None else ""
        say(f"phone voting: {context.get('message', 'error')}{why}"[:300])
