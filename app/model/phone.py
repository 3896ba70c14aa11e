"""Vietnamese phone numbers: accept what people type, normalise, classify.

Mobile: 0 + [35789] + 8 digits. Landline: 0 + 2xx area code + 7 digits (11 digits, 02…).
`+84`, `0084` and `84` prefixes, dots, dashes, spaces and brackets are accepted.
A well-formed number with an unknown prefix is a warning, never a block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MOBILE = "mobile"
LANDLINE = "landline"
OLD_MOBILE = "old-mobile"  # 11-digit mobile from before the 2018 renumbering
UNKNOWN_PREFIX = "unknown-prefix"
INVALID = "invalid"
EMPTY = "empty"

_SEPARATORS = re.compile(r"[\s.\-()/\u00a0]+")

# 2018 renumbering of 11-digit mobile prefixes to 10-digit ones.
_OLD_TO_NEW = {
    "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036",
    "0167": "037", "0168": "038", "0169": "039",
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    "0186": "056", "0188": "058", "0199": "059",
}


@dataclass(frozen=True)
class PhoneCheck:
    kind: str
    normalised: str  # digits only, leading 0; what is stored when the number is usable
    suggestion: str = ""  # for an old 11-digit mobile: the number it became

    @property
    def blocks(self) -> bool:
        return self.kind == INVALID

    @property
    def pretty(self) -> str:
        """Grouped for reading: 0983 123 456, 0209 3875 281."""
        n = self.normalised
        if self.kind == MOBILE and len(n) == 10:
            return f"{n[:4]} {n[4:7]} {n[7:]}"
        if self.kind == LANDLINE and len(n) == 11:
            return f"{n[:4]} {n[4:8]} {n[8:]}"
        return n


def check_phone(text: str | None) -> PhoneCheck:
    raw = (text or "").strip()
    if not raw:
        return PhoneCheck(EMPTY, "")
    compact = _SEPARATORS.sub("", raw)
    if compact.startswith("+84"):
        compact = "0" + compact[3:]
    elif compact.startswith("0084"):
        compact = "0" + compact[4:]
    elif compact.startswith("84") and len(compact) in (11, 12):
        compact = "0" + compact[2:]
    if not compact.isdigit() or not compact.isascii():
        return PhoneCheck(INVALID, compact)
    if compact.startswith("00"):
        return PhoneCheck(INVALID, compact)  # another country: not a Vietnamese number
    if not compact.startswith("0"):
        if len(compact) in (9, 10):  # typed without the leading 0
            compact = "0" + compact
        else:
            return PhoneCheck(INVALID, compact)
    if len(compact) == 10 and compact[1] in "35789":
        return PhoneCheck(MOBILE, compact)
    if len(compact) == 11 and compact[1] == "2":
        return PhoneCheck(LANDLINE, compact)
    if len(compact) == 11 and compact[:4] in _OLD_TO_NEW:
        return PhoneCheck(OLD_MOBILE, compact, _OLD_TO_NEW[compact[:4]] + compact[4:])
    if len(compact) in (10, 11):
        return PhoneCheck(UNKNOWN_PREFIX, compact)
    return PhoneCheck(INVALID, compact)
