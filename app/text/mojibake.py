"""Text typed in the old TCVN3 (ABC) or VNI fonts: detect it and convert it to Unicode.

Before Unicode, Vietnamese was typed in 8-bit fonts: TCVN3 (TCVN 5712:1993 "VN3", the ABC
fonts .VnTime, .VnArial, ...) and VNI (VNI-Times, VNI-Helve, ...). Word files still carry
such text. When it is copied, Word interprets the font's bytes as Windows-1252, so the text
arrives as mojibake: TCVN3 "C«ng ®oµn c¬ së" and VNI "Coâng ñoaøn cô sôû" both mean
"Công đoàn cơ sở".

Conversion
    TCVN3 is one byte per letter: a table from the cp1252 character to the Vietnamese letter.
    VNI writes most toned letters as a base letter followed by a "mark" character
    ("oâ" = ô, "aø" = à, "ôû" = ở); a few letters are one character ("ñ" = đ, "ô" = ơ,
    "ö" = ư, "æ" = ỉ, "î" = ỵ). Input may be NFC or NFD (it is composed first); output is NFC.
    A word that contains a character beyond Latin-1 (ệ, đ, ơ ...) can only be Unicode
    already and is never converted, by `convert` or by `detect`.

Detection
    The text is split into words. Each encoding converts every word; a changed word is
    scored with a Vietnamese syllable checker (initial consonant + rhyme, at most one tone,
    only sắc/nặng on rhymes ending in c, ch, p, t, spelling rules such as k/c, gh/g, ngh/ng):
    "gain" (not a syllable before, a syllable of two letters or more after), "loss" (a
    syllable before, not after), "same" (a syllable either way) or "noise" (neither).
    An encoding is found when at least one gained word holds a character that correct
    Vietnamese never uses (µ « ® ñ ø û ...) and either
      * it gains at least two words and more words than it leaves as noise, or
      * it gains one word, every other changed word reads well both ways and no word is
        lost or written with letters beyond Latin-1 ("Thaønh phoá Hoà Chí Minh").
    The evidence rule means correct Unicode Vietnamese, whatever its letters, is never a
    finding; the noise rule keeps French or German words ("café", "Müller") from adding up
    to one. When both encodings qualify the one with more gained words wins.

Mixed text (choice)
    When part of a text is Unicode and part legacy, `Finding.converted` converts only the
    legacy part: gained words are converted, lost words and words with letters beyond
    Latin-1 are kept, and the ambiguous words ("same", "noise", one-letter words) follow
    the nearest decided word on either side (the nearer one; a tie converts). A text that
    is legacy throughout is thus converted whole, exactly as `convert` does. Near the seam
    an ambiguous word may land on the wrong side: the user confirms the result before it
    replaces anything.

Known limits
    * TCVN3 (ABC) has capitals only for Ă Â Ê Ô Ơ Ư Đ; capitals with tones were typed in
      the .VnTimeH font with the lowercase codes, and the font is lost on copying. Those
      letters come out lowercase, except in a word whose other letters are capitals
      ("TRÇN" → "TRẦN"), a word next to an all-capital syllable and to no lowercase word
      ("C«NG §OµN C¥ Së" → "CÔNG ĐOÀN CƠ SỞ", but "TP Hå" stays "TP Hồ") and a word
      starting a sentence ("¸nh s¸ng" → "Ánh sáng"). Elsewhere, e.g. in names, they stay
      lowercase ("Lª V¨n ¸nh" → "Lê Văn ánh"; guessing from capitalised neighbours would
      break "Mái ấm Công đoàn"). Text typed wholly in .VnTimeH comes out lowercase.
    * The TCVN 5712 "VN1" variant (toned capitals in the C0 control and 0x80-0x9F
      ranges) is not read: those bytes do not survive copying through cp1252 reliably.
    * TCVN3 "ư" is byte 0xAD, the soft hyphen; programs that drop soft hyphens turn
      "M­êng" into "Mêng", read as "Mờng". That cannot be undone.
    * A legacy text needs a changed word with a character correct Vietnamese never uses.
      VNI text made only of letters Vietnamese also uses (no đ, ư, no huyền, hỏi or nặng
      tone ...: "Coâng taùc toát", "Nguyeãn Vaên An") is therefore never flagged: it is
      indistinguishable from a string of Unicode Vietnamese letters. A one-word field
      ("®oµn") is not flagged either. `convert` still converts all of these on request.
    * The syllable checker knows Vietnamese syllables, not the lexicon: a word that is a
      valid syllable in both readings ("mét" is "mét" or TCVN3 "một") is decided by its
      neighbours.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

TCVN3 = "tcvn3"
VNI = "vni"


@dataclass(frozen=True)
class Finding:
    encoding: str  # TCVN3 or VNI
    converted: str

    @property
    def encoding_label(self) -> str:
        return {TCVN3: "TCVN3 / ABC, .VnTime", VNI: "VNI-Times"}[self.encoding]


# --- Vietnamese letters ----------------------------------------------------------------

# Tone marks in the order of the tables below: none, sắc, huyền, hỏi, ngã, nặng.
_TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_SAC, _NANG = 1, 5


def _letter(vowel: str, tone: int) -> str:
    return unicodedata.normalize("NFC", vowel + _TONE_MARKS[tone])


def _vietnamese_letters() -> frozenset[str]:
    lower = {_letter(v, t) for v in "aăâeêioôơuưy" for t in range(6)} | {"đ"}
    lower |= set("abcdefghijklmnopqrstuvwxyz")
    return frozenset(lower | {c.upper() for c in lower})


# Every letter correct Vietnamese is written with: ASCII and the 134 letters with marks.
_VIETNAMESE = _vietnamese_letters()


def _cp1252(code: int) -> str:
    return bytes([code]).decode("cp1252")


# --- TCVN3 (TCVN 5712:1993 VN3, the ABC fonts) ------------------------------------------

# Byte of each vowel with tones none, sắc, huyền, hỏi, ngã, nặng; 0 = the ASCII letter.
_TCVN3_VOWELS = {
    "a": (0, 0xB8, 0xB5, 0xB6, 0xB7, 0xB9),
    "ă": (0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6),
    "â": (0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB),
    "e": (0, 0xD0, 0xCC, 0xCE, 0xCF, 0xD1),
    "ê": (0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6),
    "i": (0, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE),
    "o": (0, 0xE3, 0xDF, 0xE1, 0xE2, 0xE4),
    "ô": (0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9),
    "ơ": (0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE),
    "u": (0, 0xF3, 0xEF, 0xF1, 0xF2, 0xF4),
    "ư": (0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9),
    "y": (0, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE),
}
# The only capitals the ABC fonts have, and đ.
_TCVN3_OTHERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ", 0xAE: "đ",
}


def _tcvn3_table() -> dict[str, str]:
    table = {_cp1252(code): letter for code, letter in _TCVN3_OTHERS.items()}
    for vowel, codes in _TCVN3_VOWELS.items():
        for tone, code in enumerate(codes):
            if code:
                table[_cp1252(code)] = _letter(vowel, tone)
    return table


_TCVN3_DECODE = _tcvn3_table()
# Codes of lowercase letters: in .VnTimeH they showed as capitals, so they carry no case.
_TCVN3_UNCASED = frozenset(c for c, letter in _TCVN3_DECODE.items() if letter.islower())
# Codes of toned vowels: the ABC fonts have no capital for them at all.
_TCVN3_TONED = frozenset(
    c for c, letter in _TCVN3_DECODE.items()
    if any(m in unicodedata.normalize("NFD", letter) for m in _TONE_MARKS[1:]))


# --- VNI (VNI-Windows fonts) -------------------------------------------------------------

_VNI_TONES = "ùøûõï"  # sắc, huyền, hỏi, ngã, nặng after a e o u y, ô (ơ) and ö (ư)
_VNI_HAT = "âáàåãä"  # â ê ô with tones none..nặng, after a e o
_VNI_BREVE = "êéèúüë"  # ă with tones none..nặng, after a
_VNI_I = "íìæóò"  # i with tones sắc..nặng, one character
_VNI_ALONE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "î": _letter("y", _NANG)}


def _vni_tables() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    pairs: dict[tuple[str, str], str] = {}
    for base, vowel in (("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"),
                        ("ô", "ơ"), ("ö", "ư")):
        for tone, mark in enumerate(_VNI_TONES, start=1):
            if not (vowel == "y" and tone == _NANG):  # ỵ is the single character î
                pairs[base, mark] = _letter(vowel, tone)
    for base, vowel in (("a", "â"), ("e", "ê"), ("o", "ô")):
        for tone, mark in enumerate(_VNI_HAT):
            pairs[base, mark] = _letter(vowel, tone)
    for tone, mark in enumerate(_VNI_BREVE):
        pairs["a", mark] = _letter("ă", tone)
    alone = dict(_VNI_ALONE)
    for tone, char in enumerate(_VNI_I, start=1):
        alone[char] = _letter("i", tone)
    alone.update({c.upper(): letter.upper() for c, letter in list(alone.items())})
    return pairs, alone


# Pairs are keyed in lowercase; the case of the result is the case of the base letter.
_VNI_PAIRS, _VNI_ALONE_ALL = _vni_tables()


def _vni_characters() -> frozenset[str]:
    chars = set(_VNI_ALONE_ALL)
    for base, mark in _VNI_PAIRS:
        chars |= {base, mark, base.upper(), mark.upper()}
    return frozenset(chars)


# Characters of the legacy form that correct Vietnamese never contains: proof of mojibake.
_EVIDENCE = {
    TCVN3: frozenset(c for c in _TCVN3_DECODE if c not in _VIETNAMESE),
    VNI: frozenset(c for c in _vni_characters() if c not in _VIETNAMESE),
}


def _decode_tcvn3(word: str) -> str:
    return "".join(_TCVN3_DECODE.get(c, c) for c in word)


def _decode_vni(word: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        c = word[i]
        if i + 1 < len(word):
            letter = _VNI_PAIRS.get((c.lower(), word[i + 1].lower()))
            if letter:
                out.append(letter.upper() if c.isupper() else letter)
                i += 2
                continue
        out.append(_VNI_ALONE_ALL.get(c, c))
        i += 1
    return "".join(out)


_DECODERS = {TCVN3: _decode_tcvn3, VNI: _decode_vni}

# A word: letters and combining marks, plus the TCVN3 codes that are not letters (« ® ¸ ...).
_TCVN3_SYMBOLS = "".join(sorted(c for c in _TCVN3_DECODE if not c.isalpha()))
_WORD = {
    TCVN3: re.compile(rf"(?:[^\W\d_]|[\u0300-\u036f{re.escape(_TCVN3_SYMBOLS)}])+"),
    VNI: re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+"),
}


# --- Vietnamese syllables -----------------------------------------------------------------

_INITIALS = ("ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
             "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
# Rhymes without tone: nucleus (with the medial o/u where there is one) and final.
_RHYME_ROWS = (
    "a ac ach ai am an ang anh ao ap at au ay",
    "ăc ăm ăn ăng ăp ăt",
    "âc âm ân âng âp ât âu ây",
    "e ec em en eng eo ep et",
    "ê êch êm ên ênh êp êt êu",
    "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu",
    "o oc oi om on ong op ot oong ooc",
    "ô ôc ôi ôm ôn ông ôp ôt",
    "ơ ơi ơm ơn ơp ơt",
    "u uc ui um un ung up ut ua uôc uôi uôm uôn uông uôt",
    "ư ưc ưi ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu",
    "y yêm yên yêng yêt yêu",
    "oa oac oach oai oam oan oang oanh oao oap oat oay",
    "oăc oăm oăn oăng oăt",
    "oe oen oeo oet",
    "uân uâng uât uây",
    "uê uêch uênh",
    "uy uych uynh uyt uyp uyu uya uyên uyêt",
    "uơ",
)
_RHYMES = frozenset(r for row in _RHYME_ROWS for r in row.split())
_STOPS = ("c", "ch", "p", "t")
# After a consonant, the rhyme y alone is written only in these (lý, kỹ, mỹ, quý, sỹ ...).
_Y_INITIALS = frozenset(("", "h", "k", "l", "m", "qu", "s", "t", "th", "v"))


def _is_syllable(word: str) -> bool:
    """True when `word` is spelled as one Vietnamese syllable (any case, NFC or NFD)."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("ð", "đ"))
    tones = [i for i, mark in enumerate(_TONE_MARKS) if mark and mark in decomposed]
    if len(tones) > 1 or any(decomposed.count(_TONE_MARKS[t]) > 1 for t in tones):
        return False
    if any(unicodedata.combining(c) and c not in _VIETNAMESE_MARKS for c in decomposed):
        return False  # a diaeresis, a ring, a cedilla…: not a Vietnamese letter
    tone = tones[0] if tones else 0
    if tone and not _tone_on_vowel(decomposed, _TONE_MARKS[tone]):
        return False  # "ñau": a tilde on n is a Spanish letter, not a Vietnamese tone
    base = unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if c not in _TONE_MARKS[1:]))
    return any(base.startswith(initial) and _rhyme_ok(initial, base[len(initial):], tone)
               for initial in _INITIALS)


_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _tone_on_vowel(decomposed: str, mark: str) -> bool:
    base = ""
    for ch in decomposed:
        if ch == mark:
            return base in "aeiouy" and base != ""
        if not unicodedata.combining(ch):
            base = ch
    return True


_MODIFIED = frozenset("âăêôơư")
# Letters Vietnamese text seldom uses: only a tie-break between two readings.
_RARE_LETTERS = frozenset("ỳỷỹỵẳẵẫẻẽỡỗ")


def _well_placed(word: str) -> bool:
    """True when the tone mark sits on a vowel where Vietnamese spelling puts it (old or new
    style: both "hoà" and "hòa" pass); a word without a tone passes."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    letters: list[list[str]] = []  # [base letter with its modifiers (NFC), tone or ""]
    for ch in decomposed:
        if not unicodedata.combining(ch):
            letters.append([ch, ""])
        elif letters and ch in _TONE_MARKS[1:]:
            letters[-1][1] = ch
        elif letters:
            letters[-1][0] = unicodedata.normalize("NFC", letters[-1][0] + ch)
    toned = [i for i, (_c, t) in enumerate(letters) if t]
    if len(toned) != 1:
        return not toned
    plain = "".join(c for c, _t in letters)
    start = next((len(i) for i in _INITIALS if plain.startswith(i) and i in ("gi", "qu")
                  and len(plain) > len(i) and plain[len(i)] in "aăâeêioôơuưy"), None)
    if start is None:
        start = 0
        while start < len(plain) and plain[start] not in "aăâeêioôơuưy":
            start += 1
    end = start
    while end < len(plain) and plain[end] in "aăâeêioôơuưy":
        end += 1
    nucleus = list(range(start, end))
    if not nucleus:
        return False
    modified = [i for i in nucleus if plain[i] in _MODIFIED]
    if modified:
        allowed = {modified[-1]}
    elif len(nucleus) == 1:
        allowed = {nucleus[0]}
    elif end < len(plain) or len(nucleus) == 3:
        allowed = {nucleus[-1] if end < len(plain) else nucleus[1]}
    else:
        allowed = {nucleus[0]}
        if plain[start:end] in ("oa", "oe", "uy"):
            allowed.add(nucleus[1])  # new style: hòa / hoà
    return toned[0] in allowed


def _rhyme_ok(initial: str, rhyme: str, tone: int) -> bool:
    if not rhyme:
        return initial == "gi"  # gì, gỉ
    if rhyme not in _RHYMES and not (initial == "qu" and "u" + rhyme in _RHYMES):
        return False
    if rhyme == "y" and initial not in _Y_INITIALS:  # chý, dỷ: not Vietnamese
        return False
    first = rhyme[0]
    if initial in ("c", "ng") and first in "eêiy":  # written k, ngh
        return False
    if initial == "g" and first in "eê":  # written gh
        return False
    if initial in ("gh", "ngh") and first not in "eêi":
        return False
    return not rhyme.endswith(_STOPS) or tone in (_SAC, _NANG)


# --- Analysis -----------------------------------------------------------------------------

_GAIN, _LOSS, _SAME, _NOISE, _NATIVE, _PLAIN = "gain", "loss", "same", "noise", "native", "plain"


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    source: str
    decoded: str
    kind: str


def _analyse(text: str, encoding: str) -> list[_Word]:
    decode = _DECODERS[encoding]
    words: list[_Word] = []
    for match in _WORD[encoding].finditer(text):
        source = match.group()
        if any(ord(c) > 0xFF for c in source):
            # Legacy text is all Latin-1 (cp1252 letters): this word is Unicode already.
            words.append(_Word(match.start(), match.end(), source, source, _NATIVE))
            continue
        decoded = decode(source)
        if decoded == source:
            kind = _PLAIN
        else:
            before, after = _is_syllable(source), _is_syllable(decoded)
            if after and not before:
                # One-letter results ("ạ", "ở") count when they came from two characters.
                kind = _GAIN if len(decoded) >= 2 or len(source) >= 2 else _SAME
            elif before and not after:
                kind = _LOSS
            else:
                kind = _SAME if after else _NOISE
        words.append(_Word(match.start(), match.end(), source, decoded, kind))
    return words


def _score(words: Sequence[_Word], encoding: str) -> int:
    """Gained words when the text reads as `encoding`; 0 when it does not."""
    gains = [w for w in words if w.kind == _GAIN]
    evidence = _EVIDENCE[encoding]
    if not any(c in evidence for w in gains for c in w.source):
        return 0
    kinds = [w.kind for w in words]
    noise = kinds.count(_NOISE)
    if len(gains) >= 2 and len(gains) > noise:
        return len(gains)
    # One gained word is enough when every other changed word reads well both ways and
    # nothing speaks for Unicode: "Thaønh phoá Hoà Chí Minh" (phoá and Hoà are valid too).
    unicode_like = kinds.count(_LOSS) + kinds.count(_NATIVE)
    if len(gains) == 1 and kinds.count(_SAME) and not noise and not unicode_like:
        return 1
    return 0


def _choose(words: Sequence[_Word]) -> list[bool]:
    """Which words to convert in a text that holds legacy words, maybe among Unicode ones."""
    decided: list[bool | None] = []
    for w in words:
        if w.kind == _GAIN:
            decided.append(True)
        elif w.kind in (_LOSS, _NATIVE):
            decided.append(False)
        else:
            decided.append(None)
    count = len(words)
    left: list[tuple[int, bool] | None] = [None] * count
    right: list[tuple[int, bool] | None] = [None] * count
    last: tuple[int, bool] | None = None
    for i in range(count):
        left[i] = last
        value = decided[i]
        if value is not None:
            last = (i, value)
    last = None
    for i in reversed(range(count)):
        right[i] = last
        value = decided[i]
        if value is not None:
            last = (i, value)
    choice: list[bool] = []
    for i, w in enumerate(words):
        value = decided[i]
        if w.kind == _PLAIN:
            choice.append(False)
        elif value is not None:
            choice.append(value)
        else:
            before, after = left[i], right[i]
            if before is None or after is None:
                near = before or after
                choice.append(near[1] if near else True)
            elif i - before[0] < after[0] - i:
                choice.append(before[1])
            elif after[0] - i < i - before[0]:
                choice.append(after[1])
            else:
                choice.append(before[1] or after[1])
    return choice


# --- TCVN3 capitals -----------------------------------------------------------------------

_UPPER, _CAP_ONLY, _CAP = "upper", "cap-only", "cap"
_LOWER, _NONE, _MIXED = "lower", "none", "mixed"
_SENTENCE_END = ".!?…\n"
_OPENERS = " \t\u00a0\"'“‘([-–—"


def _style(word: _Word, converted: bool) -> str:
    """Letter case of a word; letters typed with lowercase TCVN3 codes do not count."""
    shown = word.decoded if converted else word.source
    cased = [(i, ch) for i, (src, ch) in enumerate(zip(word.source, shown, strict=True))
             if (ch.isupper() or ch.islower()) and not (converted and src in _TCVN3_UNCASED)]
    if not cased:
        return _NONE
    uppers = sum(1 for _, ch in cased if ch.isupper())
    starts_upper = cased[0][0] == 0 and cased[0][1].isupper()
    if uppers == len(cased):
        if uppers >= 2:
            return _UPPER
        return _CAP_ONLY if starts_upper else _MIXED
    if uppers == 0:
        return _LOWER
    return _CAP if uppers == 1 and starts_upper else _MIXED


def _tcvn3_capitals(text: str, words: Sequence[_Word], choice: Sequence[bool]) -> list[str]:
    """The converted form of each word, with the capitals TCVN3 could not write."""
    styles = [_style(w, c) for w, c in zip(words, choice, strict=True)]
    shown = [w.decoded if c else w.source for w, c in zip(words, choice, strict=True)]

    def neighbour(i: int, step: int) -> int | None:
        j = i + step
        if 0 <= j < len(words):
            lo, hi = sorted((i, j))
            if "\n" not in text[words[lo].end:words[hi].start]:
                return j
        return None

    def upper_context(i: int) -> bool:
        # Next to a capitalised syllable (not an acronym such as TP, UBND) and to no
        # word with lowercase letters.
        near = [j for j in (neighbour(i, -1), neighbour(i, 1)) if j is not None]
        if any(styles[j] in (_LOWER, _CAP, _MIXED) for j in near):
            return False
        return any(styles[j] == _UPPER and _is_syllable(shown[j]) for j in near)

    def sentence_start(i: int) -> bool:
        k = words[i].start
        while k and text[k - 1] in _OPENERS:
            k -= 1
        return not k or text[k - 1] in _SENTENCE_END

    out: list[str] = []
    for i, (w, convert_it) in enumerate(zip(words, choice, strict=True)):
        if not convert_it:
            out.append(w.source)
            continue
        decoded, style = w.decoded, styles[i]
        if style == _UPPER or (style in (_CAP_ONLY, _NONE) and upper_context(i)):
            decoded = decoded.upper()
        elif (style in (_LOWER, _NONE) and w.source[0] in _TCVN3_TONED
              and sentence_start(i)):
            decoded = decoded[0].upper() + decoded[1:]
        out.append(decoded)
    return out


def _rewrite(text: str, encoding: str, words: Sequence[_Word], choice: Sequence[bool]) -> str:
    if encoding == TCVN3:
        forms = _tcvn3_capitals(text, words, choice)
    else:
        forms = [w.decoded if c else w.source for w, c in zip(words, choice, strict=True)]
    pieces: list[str] = []
    position = 0
    for w, form in zip(words, forms, strict=True):
        pieces.append(text[position:w.start])
        pieces.append(form)
        position = w.end
    pieces.append(text[position:])
    return unicodedata.normalize("NFC", "".join(pieces))


# --- Public -------------------------------------------------------------------------------

def detect(text: str) -> Finding | None:
    """The legacy encoding `text` was typed in, with its conversion; None for proper text."""
    if not text or not text.strip():
        return None
    text = unicodedata.normalize("NFC", text)
    best: tuple[tuple[int, ...], str, list[_Word]] | None = None
    for encoding in (TCVN3, VNI):
        words = _analyse(text, encoding)
        gains = _score(words, encoding)
        # Words a reading turns into nonsense count against it: "ñoaøn" is noise as TCVN3.
        noise = sum(w.kind == _NOISE for w in words)
        # A tie goes to the reading whose tones sit where Vietnamese puts them ("vệ", not
        # "veọ").
        placed = sum(_well_placed(w.decoded) for w in words if w.kind == _GAIN)
        # Tied still: TCVN3 text nearly always shows symbols (« ® µ ¬ ¸), VNI only letters.
        symbols = any(not unicodedata.category(c).startswith("L")
                      for w in words if w.kind == _GAIN for c in w.source)
        style = int(symbols) if encoding == TCVN3 else int(not symbols)
        # Still tied ("chuû": chủ or chuỷ?): the reading with the more common letters.
        rare = sum(c in _RARE_LETTERS for w in words if w.kind == _GAIN for c in w.decoded)
        score = (gains - noise, gains, style, placed, -rare)
        if gains and (best is None or score > best[0]):
            best = (score, encoding, words)
    if best is None:
        return None
    _, encoding, words = best
    return Finding(encoding, _rewrite(text, encoding, words, _choose(words)))


def convert(text: str, encoding: str) -> str:
    """`text` read as `encoding` (TCVN3 or VNI), in NFC; words already in Unicode are kept."""
    if encoding not in _DECODERS:
        raise ValueError(f"unknown encoding: {encoding!r}")
    text = unicodedata.normalize("NFC", text or "")
    words = _analyse(text, encoding)
    return _rewrite(text, encoding, words, [w.kind not in (_NATIVE, _PLAIN) for w in words])
