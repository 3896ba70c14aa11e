"""Text typed in the old TCVN3 (ABC) or VNI fonts: detect it and convert it to Unicode.

(Placeholder interface; the full tables are being written.)
"""

from __future__ import annotations

from dataclasses import dataclass

TCVN3 = "tcvn3"
VNI = "vni"


@dataclass(frozen=True)
class Finding:
    encoding: str  # TCVN3 or VNI
    converted: str

    @property
    def encoding_label(self) -> str:
        return {TCVN3: "TCVN3 (ABC, .VnTime)", VNI: "VNI (VNI-Times)"}[self.encoding]


def detect(text: str) -> Finding | None:
    return None


def convert(text: str, encoding: str) -> str:
    return text
