"""APP13 segments: Photoshop image resources and the IPTC record inside them.

Photoshop and similar editors store several resources here; social networks stamp the IPTC
record (Facebook's "FBMD" reference). A few professional cameras can write IPTC alone.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
IPTC_RESOURCE = 0x0404
_SIGNATURES = (b"8BIM", b"PHUT", b"AgHg", b"DCSR")
MAX_RESOURCES = 500


@dataclass
class App13Facts:
    resources: list[int] = field(default_factory=list)
    iptc: bool = False
    social: bool = False  # a social network's reference (Facebook FBMD)
    photoshop: bool = False  # resources other than IPTC, or an old Adobe_CM block


def read_app13(payloads: list[bytes]) -> App13Facts:
    facts = App13Facts()
    for payload in payloads:
        if payload.startswith(b"Adobe_CM"):
            facts.photoshop = True
            continue
        if not payload.startswith(PHOTOSHOP_HEADER):
            facts.photoshop = True  # an unknown APP13 block: not a camera's
            continue
        for rid, data in _resources(payload, len(PHOTOSHOP_HEADER)):
            facts.resources.append(rid)
            if rid == IPTC_RESOURCE:
                facts.iptc = True
                if b"FBMD" in data:
                    facts.social = True
            else:
                facts.photoshop = True
    return facts


def _resources(payload: bytes, pos: int):
    count = 0
    while pos + 12 <= len(payload) and count < MAX_RESOURCES:
        if payload[pos:pos + 4] not in _SIGNATURES:
            return
        rid = struct.unpack_from(">H", payload, pos + 4)[0]
        name_len = payload[pos + 6]
        pos += 6 + 1 + name_len
        if (1 + name_len) % 2:
            pos += 1
        if pos + 4 > len(payload):
            return
        size = struct.unpack_from(">I", payload, pos)[0]
        pos += 4
        yield rid, payload[pos:pos + size]
        pos += size + (size % 2)
        count += 1
