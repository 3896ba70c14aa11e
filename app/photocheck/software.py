"""Tell camera firmware from editing programs by what they write in Software-like fields.

Cameras and phones write a firmware version: "Ver.1.00", "13.4.1", "I9505XXUGNG8",
"E775v1.1u", "Digital Camera DSC-H9 Ver1.0", an Android build ("ginkgo-user 10 QKQ1...
release-keys"), or their own make and model. Programs write a product name: words that are
neither versions nor the camera's own name ("GIMP 2.10.32", "Nikon Transfer 1.1 W",
"Fotor Photo Editor 3.2", "Polarr"). So a value is an editor when, after removing version
tokens, firmware vocabulary and the make/model's words, any real word is left. A list of
known editors complements the rule (and names the editor when the structure alone is
ambiguous).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

FIRMWARE = "firmware"
EDITOR = "editor"
NONE = "none"

# Words camera firmware uses around its version numbers, or that name the phone's own
# camera stack. Lower case.
FIRMWARE_WORDS = frozenset((
    "firmware", "version", "ver", "vers", "rev", "revision", "build", "release", "keys",
    "user", "userdebug", "eng", "fw", "sw", "rom", "camera", "cam", "digital", "still", "mark",
    "series", "edition", "model", "type", "typ", "mediatek", "qualcomm", "snapdragon", "qcom",
    "exynos", "kirin", "unisoc", "spreadtrum", "hdr", "chdk", "application", "ios", "android",
    "harmonyos", "miui", "emui", "coloros", "oneui", "hyperos", "oxygenos", "funtouch",
    "phone", "mobile", "smartphone", "dual", "triple", "quad", "main", "rear", "front", "back",
    "wide", "ultra", "tele", "telephoto", "lens", "zoom", "pro", "plus", "max", "lite", "mini",
    "note", "edge", "neo", "prime", "fold", "flip", "generic", "corp", "corporation", "inc",
    "ltd", "co", "company", "limited",
))

# Android build fingerprints and plain versions.
_FIRMWARE_PATTERNS = (
    re.compile(r"\b[\w.]+-(?:user|userdebug|eng)\b", re.I),
    re.compile(r"\b(?:release|test|dev)-keys\b", re.I),
    re.compile(r"^v?\d+(?:[._]\d+)*[a-z]?$", re.I),
)

# Whole values known to come from cameras or phones although they contain words.
KNOWN_FIRMWARE = frozenset({"windows phone", "mediatek camera application"})

# Names that identify editing programs, apps and converters even without the structural
# rule. Matched as whole words, case-insensitively.
KNOWN_EDITORS = (
    "photoshop", "lightroom", "camera raw", "adobe", "gimp", "picasa", "snapseed", "picsart",
    "meitu", "imagemagick", "graphicsmagick", "acd", "acdsee", "paint.net", "paintshop",
    "corel", "affinity", "pixelmator", "capture one", "capture nx", "viewnx", "nx studio",
    "digital photo professional", "darktable", "rawtherapee", "luminar", "fotor", "polarr",
    "vsco", "faceapp", "canva", "irfanview", "xnview", "faststone", "photoscape", "photo editor",
    "photos", "gallery", "windows photo", "microsoft", "instagram", "facebook", "zalo",
    "b612", "beautycam", "youcam", "airbrush", "lightx", "inshot", "remini",
    "photodirector", "photoworks", "skylum", "on1", "dxo", "aperture", "iphoto",
    "shotwell", "digikam", "krita", "pixlr", "befunky", "fotojet", "ulike",
    "transfer", "viewer", "editor", "studio", "converter", "pillow", "libjpeg", "gd-jpeg",
    "exiftool", "photo mechanic", "bridge", "geosetter", "utility", "browser", "zoombrowser",
    "playmemories", "silkypix", "organizer", "manager", "elements", "express", "essentials",
)


@functools.cache
def _editor_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![a-z0-9])(?:" + "|".join(re.escape(n) for n in KNOWN_EDITORS) + r")(?![a-z])",
        re.I)


# Makes whose names differ from the brand they print on their software.
_MAKE_ALIASES = {
    "hmd global": ("nokia",),
    "om digital solutions": ("olympus", "om", "system"),
    "olympus": ("om", "system"),
    "olympus imaging corp.": ("om", "system"),
    "konica minolta": ("minolta",),
    "eastman kodak company": ("kodak",),
    "ricoh imaging company, ltd.": ("pentax", "ricoh"),
    "pentax": ("ricoh",),
    "research in motion": ("blackberry",),
    "lge": ("lg",),
    "lg electronics": ("lg",),
    "sony ericsson": ("sony", "ericsson", "xperia"),
    "sony": ("xperia", "cyber", "shot", "alpha"),
    "samsung": ("galaxy",),
    "huawei": ("honor",),
    "xiaomi": ("redmi", "poco", "mi"),
    "google": ("pixel",),
    "apple": ("iphone", "ipad"),
}

_TOKEN_SPLIT = re.compile(r"[\s(),;:/\[\]{}|]+")
_WORD_SPLIT = re.compile(r"[-_.+'’]+")


@dataclass(frozen=True)
class SoftwareClass:
    kind: str  # "none", "firmware" or "editor"
    words: tuple[str, ...] = ()  # the words that made it an editor

    @property
    def is_editor(self) -> bool:
        return self.kind == EDITOR


def _own_words(make: str | None, model: str | None) -> set[str]:
    words: set[str] = set()
    for value in (make, model):
        if not value:
            continue
        for token in _TOKEN_SPLIT.split(value.lower()):
            words.update(w for w in _WORD_SPLIT.split(token) if w)
            words.add(token)
    if make:
        key = " ".join(make.lower().split())
        for name, aliases in _MAKE_ALIASES.items():
            if key == name or key.startswith(name + " "):
                words.update(aliases)
    return words


def classify(value: str | None, make: str | None = None,
             model: str | None = None) -> SoftwareClass:
    """Is `value` (Software, ProcessingSoftware, XMP CreatorTool...) firmware or an editor?"""
    text = " ".join((value or "").replace("\x00", " ").split())
    if not text:
        return SoftwareClass(NONE)
    lower = text.lower()
    if lower in KNOWN_FIRMWARE:
        return SoftwareClass(FIRMWARE)
    own = _own_words(make, model)
    known = [m.group(0) for m in _editor_re().finditer(text)
             if not set(_WORD_SPLIT.split(m.group(0).lower())) <= own]
    if any(p.search(text) for p in _FIRMWARE_PATTERNS) and not known:
        return SoftwareClass(FIRMWARE)
    words = []
    for token in _TOKEN_SPLIT.split(text):
        if not token or any(ch.isdigit() for ch in token):
            continue  # versions and model codes: "Ver.1.00", "I9505XXUGNG8", "DSC-H9"
        if token.lower() in own:
            continue
        for word in _WORD_SPLIT.split(token):
            w = word.lower()
            if len(w) <= 2 or w in FIRMWARE_WORDS or w in own or not w.isalpha():
                continue
            words.append(word)
    if known or words:
        return SoftwareClass(EDITOR, tuple(dict.fromkeys(known + words)))
    return SoftwareClass(FIRMWARE)
