"""The few XMP properties that show which program last wrote a file."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

MAX_XMP = 2 * 1024 * 1024

_ATTR = r'\s*=\s*(?:"([^"]*)"|\'([^\']*)\')'
_ELEM = r">\s*([^<]*?)\s*<"
_CREATOR_TOOL = re.compile(rb"\b(?:\w+):CreatorTool(?:" + _ATTR.encode() + b"|" +
                           _ELEM.encode() + b")")
_TIFF_SOFTWARE = re.compile(rb"\btiff:Software(?:" + _ATTR.encode() + b"|" +
                            _ELEM.encode() + b")")
_AGENT = re.compile(rb"\b(?:\w+):softwareAgent(?:" + _ATTR.encode() + b"|" +
                    _ELEM.encode() + b")")
_CAMERA_RAW = re.compile(rb"ns\.adobe\.com/camera-raw-settings/")
_MICROSOFT_PHOTO = re.compile(rb"ns\.microsoft\.com/photo/")


@dataclass
class XmpFacts:
    creator_tool: str | None = None
    software: str | None = None  # tiff:Software
    history_agents: list[str] = field(default_factory=list)
    camera_raw: bool = False  # Adobe Camera Raw / Lightroom develop settings
    microsoft_photo: bool = False  # ratings or tags written by Windows


def _value(match: re.Match[bytes]) -> str:
    raw = next((g for g in match.groups() if g is not None), b"")
    return " ".join(html.unescape(raw.decode("utf-8", "replace")).split())


def read_xmp(packet: bytes) -> XmpFacts:
    """Find the writing programs in an XMP packet (regular expressions: no XML parser needed,
    and none to attack)."""
    packet = packet[:MAX_XMP]
    facts = XmpFacts()
    m = _CREATOR_TOOL.search(packet)
    if m:
        facts.creator_tool = _value(m) or None
    m = _TIFF_SOFTWARE.search(packet)
    if m:
        facts.software = _value(m) or None
    agents = []
    for m in _AGENT.finditer(packet):
        value = _value(m)
        if value and value not in agents:
            agents.append(value)
        if len(agents) >= 20:
            break
    facts.history_agents = agents
    facts.camera_raw = bool(_CAMERA_RAW.search(packet))
    facts.microsoft_photo = bool(_MICROSOFT_PHOTO.search(packet))
    return facts
