"""Which address phones on the room's Wi-Fi can reach this laptop at.

Read from the network interfaces with the standard library (the bundle ships
no QtNetwork); nothing is sent anywhere to find it.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys

LOOPBACK = "127.0.0.1"
SIOCGIFADDR = 0x8915
# Bridges and tunnels of containers and VMs: phones cannot reach the laptop there.
VIRTUAL = ("lo", "docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "tun", "tap", "zt", "wg")


def _linux_addresses() -> list[tuple[str, str]]:
    import fcntl  # platform

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(
                    probe.fileno(), SIOCGIFADDR, struct.pack("256s", name[:15].encode())
                )
            except OSError:  # down, or no IPv4 address
                continue
            found.append((name, socket.inet_ntoa(packed[20:24])))
    return found


def _host_addresses() -> list[tuple[str, str]]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [("", info[4][0]) for info in infos]


def _rank(name: str, ip: ipaddress.IPv4Address) -> tuple[int, int]:
    kind = 0 if name.startswith(("wl", "wlan")) else 1 if name.startswith(("en", "eth")) else 2
    return (kind, 0 if ip.is_private else 1)


def room_address() -> str:
    """The laptop's IPv4 address on the local network (Wi-Fi first), else loopback."""
    candidates = _linux_addresses() if sys.platform.startswith("linux") else []
    candidates += _host_addresses()
    best: list[tuple[tuple[int, int], str]] = []
    for name, text in candidates:
        try:
            ip = ipaddress.IPv4Address(text)
        except ValueError:
            continue
        if ip.is_loopback or ip.is_link_local or ip.is_unspecified or name.startswith(VIRTUAL):
            continue
        best.append((_rank(name, ip), text))
    return min(best)[1] if best else LOOPBACK
