"""Identifiers for new rows: UUIDs whose leading bits are the creation time (the UUID version 7 layout).

A random (version 4) primary key lands anywhere in its index, so every insert
touches a different page; keys in time order append at the end. Collation
inserts tens of thousands of findings at a time, which made the difference
measurable. The ids are still ordinary UUID strings, unique without coordination.
"""

from __future__ import annotations

import os
import time

_VARIANT = "89ab"


def new_ids(n: int) -> list[str]:
    """n fresh ids in ascending order."""
    ms = time.time_ns() // 1_000_000
    stamp = f"{ms & 0xFFFF_FFFF_FFFF:012x}"
    head = f"{stamp[:8]}-{stamp[8:]}-7"
    rand = os.urandom(10 * n).hex()
    out = []
    for i in range(0, 20 * n, 20):
        h = rand[i:i + 20]
        out.append(f"{head}{h[0:3]}-{_VARIANT[int(h[3], 16) & 3]}{h[4:7]}-{h[7:19]}")
    out.sort()
    return out


def new_id() -> str:
    return new_ids(1)[0]
