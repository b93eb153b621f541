"""Connection limits uvicorn does not have: a deadline for a request's headers, and a cap on the connections one
client address may hold open.

uvicorn's keep-alive timeout starts only after a response and is cancelled by any byte received, so a client that
connects and sends nothing, or sends a header line every few seconds, holds its connection (a file descriptor and
a slot of the process) forever; a thousand of them can starve a worker of descriptors. This protocol closes a
connection whose request headers are not complete HEADER_TIMEOUT seconds after it opened (or after its previous
response), and refuses a new connection from an address already holding MAX_PER_CLIENT of them. Counts are per
server process.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import ClassVar

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
# A browser opens about 6 connections per host; a load test or a busy proxy on the same machine many more.
MAX_PER_CLIENT = 128


class LimitedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header deadline and a per-address connection cap (class attributes, so a
    subclass or a test can set other limits)."""

    header_timeout: ClassVar[float] = HEADER_TIMEOUT
    max_per_client: ClassVar[int] = MAX_PER_CLIENT
    open_by_address: ClassVar[Counter[str]] = Counter()

    _address: str | None = None
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        address = self.client[0] if self.client else None
        if address is not None:
            if self.open_by_address[address] >= self.max_per_client:
                transport.close()  # before reading a byte: a refused connection costs nothing more
                return
            self.open_by_address[address] += 1
            self._address = address
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self._address is not None:
            self.open_by_address[self._address] -= 1
            if self.open_by_address[self._address] <= 0:
                del self.open_by_address[self._address]
            self._address = None
        super().connection_lost(exc)

    def handle_events(self) -> None:
        cycle = self.cycle
        super().handle_events()
        if self.cycle is not cycle:  # a request's headers are complete: it is being answered
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request on this connection gets the same deadline

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is not None and not self.cycle.response_complete:
            return  # a request is being answered; its own time is bounded elsewhere
        if not self.transport.is_closing():
            self.transport.close()
