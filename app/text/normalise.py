"""Text helpers: what is typed, pasted or imported made writable; slugs, names, word counts.

Every text a user can type, paste or import goes through `as_typed` on entry (and, through
`clean_line`/`clean_body`, again before it is validated, bundled and sent):
- NFC (Windows keyboards and some Unikey modes type decomposed Vietnamese);
- line and paragraph separators mapped to a line end: CR LF, CR, Word's soft line break
  (VT, U+000B), its page break (FF), NEL, U+2028, U+2029;
- what no document or email can hold dropped: other control characters (NUL, BEL, ESC…),
  lone surrogates, noncharacters, and invisible format characters (bidi overrides and
  marks, zero-width spaces, the BOM, tag characters) — never a letter. The soft hyphen
  (U+00AD) is kept: documents and emails hold it, and in text typed in the old TCVN3 font
  it is the letter "ư" (app/text/mojibake.py converts it only if it survives).
"""

from __future__ import annotations

import re
import unicodedata

_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_NONCHARACTERS = "".join(chr(plane * 0x10000 + low) for plane in range(1, 17)
                         for low in (0xFFFE, 0xFFFF))  # U+1FFFE, U+1FFFF … U+10FFFF
_UNWRITABLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"  # control characters (tab and LF are kept)
    "\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb"  # invisible format characters
    "\ufdd0-\ufdef\ufffe\uffff"  # noncharacters of the first plane
    "\ud800-\udfff"  # lone surrogates
    "\U000e0000-\U000e007f" + _NONCHARACTERS + "]")  # tag characters, the other noncharacters

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def as_typed(text: str | None) -> str:
    """What a field holds once typed, pasted or imported: NFC, line breaks as LF, nothing
    a document or an email cannot hold (see the module's description). Spaces are kept as
    they are: the user may be typing one."""
    if not text:
        return ""
    text = _BREAKS.sub("\n", text)
    text = _UNWRITABLE.sub("", text)
    return unicodedata.normalize("NFC", text)
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"\w+", re.UNICODE)


def nfc(text: str | None) -> str:
    """NFC form; Windows keyboards and Unikey modes may type decomposed Vietnamese."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", text)


def clean_line(text: str | None) -> str:
    """One-line field: `as_typed`, line breaks and runs of spaces as one space, trimmed."""
    text = as_typed(text).replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def clean_body(text: str | None) -> str:
    """Multi-paragraph text: `as_typed`, trailing spaces trimmed, no blank lines at the ends."""
    lines = [line.rstrip() for line in as_typed(text).split("\n")]
    return "\n".join(lines).strip("\n")


def strip_diacritics(text: str) -> str:
    """Vietnamese letters without marks; đ/Đ become d/D (NFD does not decompose them)."""
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def bank_form(name: str) -> str:
    """How a bank prints an account holder: uppercase, no diacritics, đ→D."""
    return clean_line(strip_diacritics(name)).upper()


def ascii_slug(text: str, max_length: int = 60, fallback: str = "khong-ten") -> str:
    """`Công đoàn cơ sở` → `cong-doan-co-so`: safe in any file system and mail client."""
    slug = _NON_SLUG.sub("-", strip_diacritics(text).lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_length // 2 :] else cut
        slug = slug.strip("-")
    return slug or fallback


def word_count(text: str) -> int:
    return len(_WORD.findall(nfc(text)))


def paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs of a body, in order."""
    return [p.strip() for p in re.split(r"\n\s*\n|\n", clean_body(text)) if p.strip()]
