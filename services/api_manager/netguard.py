"""SSRF protection for HTTP logic: which addresses an API may connect to.

A host is resolved once (numeric forms — decimal `2130706433`, octal `0177.0.0.1`, IPv4-mapped IPv6 —
resolve to what the OS would connect to), and every resolved address must be public unicast unless
the `api_http_allowed_networks` setting names its network or the host. The executor then connects to
the checked address itself (the name only goes into Host and SNI), so DNS cannot change between check
and connect, and every redirect hop is checked again.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "instance-data"})


class BlockedAddress(Exception):
    """The URL points at an address HTTP APIs may not reach."""


@dataclass(frozen=True)
class Allowlist:
    """Networks and host names allowed even though they are internal."""

    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    hosts: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, spec: str) -> Allowlist:
        networks, hosts = [], set()
        for raw in spec.replace(" ", ",").split(","):
            entry = raw.strip().lower()
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                hosts.add(entry.rstrip("."))
        return cls(tuple(networks), frozenset(hosts))

    def permits(self, host: str, address: IPAddress) -> bool:
        return host in self.hosts or any(address in network for network in self.networks)


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address hidden in a mapped (::ffff:a.b.c.d), 6to4, Teredo or NAT64 IPv6 address."""
    if address.ipv4_mapped:
        return address.ipv4_mapped
    if address.sixtofour:
        return address.sixtofour
    if address.teredo:
        return address.teredo[1]
    if address in ipaddress.ip_network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public(address: IPAddress) -> bool:
    """Whether `address` (and any IPv4 address embedded in it) is globally routable unicast."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None and not is_public(embedded):
            return False
    return address.is_global and not address.is_multicast and not address.is_reserved


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the OS resolves `host` to (numeric forms included)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise BlockedAddress(f"cannot resolve host '{host}': {exc.strerror}") from exc
    addresses: list[IPAddress] = []
    for info in infos:
        literal = str(info[4][0]).split("%")[0]
        address = ipaddress.ip_address(literal)
        if address not in addresses:
            addresses.append(address)
    return addresses


def checked_address(host: str, port: int, allowlist: Allowlist) -> IPAddress:
    """The address to connect to for `host`; BlockedAddress when any resolved address is internal."""
    name = host.strip("[]").lower().rstrip(".")
    if not name:
        raise BlockedAddress("the URL has no host")
    if name in METADATA_HOSTS and name not in allowlist.hosts:
        raise BlockedAddress(f"host '{name}' is a cloud metadata service")
    addresses = resolve(name, port)
    for address in addresses:
        if not is_public(address) and not allowlist.permits(name, address):
            raise BlockedAddress(f"host '{name}' resolves to the internal address {address}")
    if not addresses:
        raise BlockedAddress(f"host '{name}' has no address")
    return addresses[0]
