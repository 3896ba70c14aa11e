"""Vietnamese alphabetical order, without ICU.

The alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; the Latin letters
Vietnamese does not use (f j w z) take their usual places (after e, i, v, y) for foreign names.

The order, as Vietnamese dictionaries (Hoàng Phê's Từ điển tiếng Việt) arrange words:
- word by word (syllable by syllable): every word beginning with the syllable "ba" comes before
  "bà": ba < ba ba < bà < bà con;
- inside a word, the letters first (primary), case-insensitive: An < Ánh (an is a prefix of
  anh), Dương < Đỗ (d < đ), Ôn < Ơn (ô < ơ);
- then the tone (secondary), in the order: none, huyền (grave `), hỏi (hook ̉), ngã (tilde ~),
  sắc (acute ´), nặng (dot below .): ma < mà < mả < mã < má < mạ. This is the dictionaries'
  order and also the one of CLDR/ICU's Vietnamese collation (`&̀<<̉<<̃<<́<<̣`). Some school
  books teach the tones as "ngang, sắc, huyền, hỏi, ngã, nặng": that is the order of the
  lessons, not of dictionaries.
  A syllable has one tone, wherever the mark sits: the old and new placements (hoà, hòa; thuý,
  thúy) are equal up to this level;
- then case (lower before upper), then the NFC text itself, so that the key is a total order:
  two texts have equal keys exactly when their NFC forms are equal.
Composed (NFC) and decomposed (NFD, as some Windows keyboards type) input give the same key.
Words are runs of letters and digits; spaces and punctuation only separate words. Digits come
before letters and compare digit by digit. Digraphs (ch, gh, kh, ng, nh, ph, th, tr) are two
letters, as in current dictionaries and CLDR's standard order (not its "traditional" one).

`name_sort_key` orders people the way Vietnamese lists of people are arranged: by the given
name (the last word), then by the rest of the name in its order (family name, then middle
names): "Nông Văn K" sorts under K.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {ch: i for i, ch in enumerate(ALPHABET)}

# Marks that make a letter of the alphabet (part of the primary key).
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",  # breve
    ("a", "\u0302"): "â",  # circumflex
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",  # horn
    ("u", "\u031b"): "ư",
}
# Tone marks, in collation order (rank 0 is no tone).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_DIGIT = 0
_LETTER = 1
_OTHER = 2


def _units(word: str) -> list[tuple[str, list[str]]]:
    """Base characters of an NFD word, each with the combining marks that follow it."""
    out: list[tuple[str, list[str]]] = []
    for ch in word:
        if unicodedata.combining(ch) and out:
            out[-1][1].append(ch)
        else:
            out.append((ch, []))
    return out


def _words(text: str) -> list[str]:
    """Runs of letters, digits and their combining marks (NFD), lower-cased."""
    words: list[str] = []
    current: list[str] = []
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if ch.isalnum() or (unicodedata.combining(ch) and current):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    # casefold can produce new precomposed-looking sequences; normalise each word again.
    return [unicodedata.normalize("NFD", w) for w in words]


def _word_key(word: str) -> tuple:
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    extra: list[tuple[int, int]] = []  # marks outside Vietnamese (ü, ç…), after the tones
    for position, (base, marks) in enumerate(_units(word)):
        letter = base
        for mark in marks:
            composed = _LETTER_MARKS.get((letter, mark))
            if composed:
                letter = composed
            elif mark in _TONES:
                tones.append(_TONES[mark])
            else:
                extra.append((position, ord(mark)))
        if letter in _RANK:
            primary.append((_LETTER, _RANK[letter]))
        elif base.isdigit():
            primary.append((_DIGIT, unicodedata.digit(base, 0)))
        else:
            primary.append((_OTHER, ord(letter)))
    return (tuple(primary), tuple(tones), tuple(extra))


def sort_key(text: str | None) -> tuple:
    """The Vietnamese collation key of a text (see the module's description)."""
    text = unicodedata.normalize("NFC", text or "")
    words = tuple(_word_key(w) for w in _words(text))
    # Case: lower before upper, letter by letter over the whole text.
    case = tuple(ch.isupper() for ch in text if ch.isalpha())
    return (words, case, text)


def sorted_vi(texts: Iterable[str]) -> list[str]:
    """The texts in Vietnamese alphabetical order."""
    return sorted(texts, key=sort_key)


def name_sort_key(full_name: str | None) -> tuple:
    """Sort people by given name (the last word), then family and middle names in order."""
    text = unicodedata.normalize("NFC", full_name or "")
    parts = text.split()
    if not parts:
        return (sort_key(""), sort_key(""), sort_key(text))
    return (sort_key(parts[-1]), sort_key(" ".join(parts[:-1])), sort_key(text))


def sort_people(names: Iterable[str]) -> list[str]:
    """Full names in the order of a Vietnamese list of people (by given name first)."""
    return sorted(names, key=name_sort_key)
