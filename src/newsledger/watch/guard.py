"""Which addresses the watcher may fetch: http(s) only, and never a private, loopback, link-local, multicast or
reserved address unless the user said `--allow-local`.

A feed is written by someone else: an entry pointing at http://169.254.169.254/ or http://intranet/ must not make a
newsroom's machine fetch its own cloud metadata or internal hosts. So every hostname is resolved and EVERY address it
resolves to is checked before a connection is made (one bad address refuses the URL), on every redirect hop; and the
connection itself goes through `GuardedBackend`, which resolves and checks again and connects to the very address it
checked, so a DNS answer that changes between the check and the connect (rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

import httpcore
import httpx

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

SCHEMES = ("http", "https")


class BlockedURL(Exception):
    """The URL may not be fetched; the message says why."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolves `host` to (IPv4 and IPv6)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise BlockedURL(f"cannot resolve host {host!r}: {exc}") from None
    return sorted({info[4][0] for info in infos})


def address_problem(address: str | Address) -> str | None:
    """Why this address is not public ('private', 'loopback', ...), or None for a public unicast address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0]) if isinstance(address, str) else address
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:  # ::ffff:10.0.0.1 is 10.0.0.1
        ip = ip.ipv4_mapped
    # Order matters for the message only: 127.0.0.1 is "loopback" though it is also private.
    for name in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if not ip.is_global:  # shared address space (100.64/10), documentation ranges, 6to4 relays, ...
        return "not globally routable"
    return None


def check_addresses(host: str, addresses: Iterable[str], allow_local: bool) -> list[str]:
    """The addresses, if every one may be contacted; BlockedURL naming the first that may not."""
    addresses = list(addresses)
    if not addresses:
        raise BlockedURL(f"host {host!r} resolves to no address")
    if not allow_local:
        for address in addresses:
            problem = address_problem(address)
            if problem:
                raise BlockedURL(f"host {host!r} resolves to {address} ({problem}); refusing to fetch it "
                                 "(--allow-local allows local and private addresses)")
    return addresses


def check_url(url: str, *, allow_local: bool = False, resolver: Resolver = system_resolver) -> list[str]:
    """Refuse anything but http(s) URLs with a host whose every address may be contacted; returns the addresses."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BlockedURL(f"malformed URL {url!r}: {exc}") from None
    if parts.scheme.lower() not in SCHEMES:
        raise BlockedURL(f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise BlockedURL(f"URL {url!r} has no host")
    if parts.username or parts.password:
        raise BlockedURL("URLs with a user name or password are not fetched")
    port = port or (443 if parts.scheme.lower() == "https" else 80)
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    addresses = [str(literal)] if literal is not None else resolver(host, port)
    return check_addresses(host, addresses, allow_local)


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, but a connection is made only to an address that passed the check, resolved here
    at connect time (TLS still verifies the certificate against the hostname: httpcore passes it separately)."""

    def __init__(self, *, allow_local: bool, resolver: Resolver = system_resolver,
                 inner: httpcore.NetworkBackend | None = None):
        self.allow_local = allow_local
        self.resolver = resolver
        self.inner = inner or httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        try:
            literal = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        addresses = [str(literal)] if literal is not None else self.resolver(host, port)
        addresses = check_addresses(host, addresses, self.allow_local)
        last: Exception | None = None
        for address in addresses:
            try:
                return self.inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                              socket_options=socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise last or httpcore.ConnectError(f"cannot connect to {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise BlockedURL("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with the guarded backend and no proxy from the environment (a proxy would connect on the
    watcher's behalf, past the check)."""

    def __init__(self, *, allow_local: bool, resolver: Resolver = system_resolver, max_connections: int = 16):
        super().__init__(trust_env=False, limits=httpx.Limits(max_connections=max_connections))
        ssl_context = httpx.create_ssl_context(trust_env=False)
        # Replacing the pool is the one place this reaches into httpx (pinned in pyproject.toml): HTTPTransport
        # does not take a network backend, and without it the connect-time check could not be made.
        self._pool = httpcore.ConnectionPool(ssl_context=ssl_context, max_connections=max_connections,
                                             max_keepalive_connections=max_connections, keepalive_expiry=5.0,
                                             network_backend=GuardedBackend(allow_local=allow_local, resolver=resolver))
