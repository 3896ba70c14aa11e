"""Text helpers: Unicode NFC, ASCII slugs, the bank's form of a name, word counts."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"\w+", re.UNICODE)


def nfc(text: str | None) -> str:
    """NFC form; Windows keyboards and Unikey modes may type decomposed Vietnamese."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", text)


def clean_line(text: str | None) -> str:
    """One-line field: NFC, inner whitespace collapsed, ends trimmed, no line breaks."""
    text = nfc(text).replace("\r", " ").replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def clean_body(text: str | None) -> str:
    """Multi-paragraph text: NFC, Windows line ends unified, trailing spaces trimmed."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
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
