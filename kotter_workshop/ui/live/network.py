"""Which address phones on the room's Wi-Fi can reach this laptop at."""

from __future__ import annotations

import ipaddress

from PySide6.QtNetwork import QNetworkInterface

LOOPBACK = "127.0.0.1"


def room_address() -> str:
    """The laptop's IPv4 address on the local network (Wi-Fi first), else loopback.

    Read from the network interfaces: nothing is sent anywhere to find it.
    """
    kinds = QNetworkInterface.InterfaceType
    rank = {kinds.Wifi: 0, kinds.Ethernet: 1}
    found: list[tuple[int, int, str]] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning) or state & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            try:
                ip = ipaddress.ip_address(entry.ip().toString().split("%")[0])
            except ValueError:
                continue
            if ip.version != 4 or ip.is_loopback or ip.is_link_local or ip.is_unspecified:
                continue
            found.append((rank.get(interface.type(), 2), 0 if ip.is_private else 1, str(ip)))
    return min(found)[2] if found else LOOPBACK
