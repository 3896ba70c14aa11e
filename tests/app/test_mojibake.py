"""TCVN3 and VNI mojibake: tables, detection, mixed text, capitals, properties.

The legacy forms used here come from encoders written in this file, independently of the
module's tables (TCVN3: a byte-code listing; VNI: composed from each letter's NFD marks),
and from literal strings typed by hand.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.text import mojibake
from app.text.mojibake import TCVN3, VNI, Finding, convert, detect


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- Independent encoders -----------------------------------------------------------------

# TCVN 5712:1993 VN3, listed by byte code.
TCVN3_BY_CODE = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
TCVN3_OF = {nfc(letter): bytes([code]).decode("cp1252") for code, letter in TCVN3_BY_CODE.items()}


def to_tcvn3(text: str) -> str:
    """As copied from a .VnTime document; toned capitals were typed with lowercase codes."""
    return "".join(TCVN3_OF.get(ch) or TCVN3_OF.get(ch.lower()) or ch for ch in nfc(text))


ACUTE, GRAVE, HOOK, TILDE, DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"
TONES = (ACUTE, GRAVE, HOOK, TILDE, DOT)
VNI_TONE = dict(zip(TONES, "ùøûõï", strict=True))
VNI_CIRCUMFLEX = dict(zip(("", *TONES), "âáàåãä", strict=True))
VNI_BREVE = dict(zip(("", *TONES), "êéèúüë", strict=True))
VNI_I = dict(zip(TONES, "íìæóò", strict=True))


def vni_letter(ch: str) -> str:
    if ch.lower() == "đ":
        return "Ñ" if ch.isupper() else "ñ"
    parts = nfd(ch)
    base, marks = parts[0], parts[1:]
    if not marks or base.lower() not in "aeiouy":
        return ch
    tone = next((m for m in marks if m in TONES), "")
    low = base.lower()
    if CIRCUMFLEX in marks:
        out = low + VNI_CIRCUMFLEX[tone]
    elif BREVE in marks:
        out = low + VNI_BREVE[tone]
    elif HORN in marks:
        out = {"o": "ô", "u": "ö"}[low] + VNI_TONE.get(tone, "")
    elif low == "i":
        out = VNI_I[tone]
    elif low == "y" and tone == DOT:
        out = "î"
    else:
        out = low + VNI_TONE[tone]
    return out.upper() if base.isupper() else out


def to_vni(text: str) -> str:
    return "".join(vni_letter(ch) for ch in nfc(text))


TONE_VOWELS = "aăâeêioôơuưy"
LOWER_LETTERS = [nfc(v + t) for v in TONE_VOWELS for t in TONES] + list("ăâêôơưđ")
ALL_LETTERS = LOWER_LETTERS + [ch.upper() for ch in LOWER_LETTERS]
VIETNAMESE_ALPHABET = set(ALL_LETTERS) | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def test_the_test_alphabet_and_tables_are_complete():
    assert len(ALL_LETTERS) == len(set(ALL_LETTERS)) == 134
    assert set(TCVN3_OF) == set(LOWER_LETTERS) | set("ĂÂÊÔƠƯĐ")
    assert len(TCVN3_BY_CODE) == len(set(TCVN3_BY_CODE.values())) == 74


# --- Hand-written mojibake ----------------------------------------------------------------

LITERALS = [
    ("C«ng ®oµn c¬ së", TCVN3, "Công đoàn cơ sở"),
    ("Liªn ®oµn Lao ®éng tØnh", TCVN3, "Liên đoàn Lao động tỉnh"),
    ("Tæng Liªn ®oµn Lao ®éng ViÖt Nam", TCVN3, "Tổng Liên đoàn Lao động Việt Nam"),
    ("NguyÔn V¨n An", TCVN3, "Nguyễn Văn An"),
    ("Thµnh phè Hå ChÝ Minh", TCVN3, "Thành phố Hồ Chí Minh"),
    ("§¹i héi ng\u00adêi lao ®éng", TCVN3, "Đại hội người lao động"),
    ("B¶o hiÓm x· héi", TCVN3, "Bảo hiểm xã hội"),
    ("B¶o Th¾ng", TCVN3, "Bảo Thắng"),
    ("Hµ Néi", TCVN3, "Hà Nội"),
    ("Coâng ñoaøn cô sôû", VNI, "Công đoàn cơ sở"),
    ("Lieân ñoaøn Lao ñoäng tænh", VNI, "Liên đoàn Lao động tỉnh"),
    ("Toång Lieân ñoaøn Lao ñoäng Vieät Nam", VNI, "Tổng Liên đoàn Lao động Việt Nam"),
    ("Nguyeãn Thò Thuûy", VNI, "Nguyễn Thị Thủy"),
    ("Thaønh phoá Hoà Chí Minh", VNI, "Thành phố Hồ Chí Minh"),
    ("Ñaïi hoäi ngöôøi lao ñoäng", VNI, "Đại hội người lao động"),
    ("Baûo hieåm xaõ hoäi", VNI, "Bảo hiểm xã hội"),
    ("Xin chaøo caùc baïn", VNI, "Xin chào các bạn"),
    ("COÂNG ÑOAØN CÔ SÔÛ", VNI, "CÔNG ĐOÀN CƠ SỞ"),
]


@pytest.mark.parametrize(("legacy", "encoding", "expected"), LITERALS)
def test_hand_written_mojibake_is_found_and_converted(legacy, encoding, expected):
    assert detect(legacy) == Finding(encoding, expected)
    assert convert(legacy, encoding) == expected


@pytest.mark.parametrize(("legacy", "encoding", "expected"), LITERALS)
def test_decomposed_mojibake_gives_the_same_result(legacy, encoding, expected):
    assert detect(nfd(legacy)) == Finding(encoding, expected)
    assert convert(nfd(legacy), encoding) == expected


@pytest.mark.parametrize(("legacy", "encoding", "expected"), LITERALS)
def test_the_independent_encoders_agree_with_the_hand_written_strings(
        legacy, encoding, expected):
    assert (to_tcvn3 if encoding == TCVN3 else to_vni)(expected) == legacy


def test_encoding_labels():
    assert Finding(TCVN3, "").encoding_label == "TCVN3 / ABC, .VnTime"
    assert Finding(VNI, "").encoding_label == "VNI-Times"


# --- Every letter ---------------------------------------------------------------------------

@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_every_letter_round_trips_through_vni(letter):
    assert convert(to_vni(letter), VNI) == letter
    assert convert("b" + to_vni(letter) + "n", VNI) == "b" + letter + "n"


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_every_letter_round_trips_through_tcvn3(letter):
    # Inside a lowercase word: toned capitals have no TCVN3 code and come back lowercase.
    expected = letter if letter in "ĂÂÊÔƠƯĐ" else letter.lower()
    assert convert("b" + to_tcvn3(letter) + "n", TCVN3) == "b" + expected + "n"


def test_every_tcvn3_code_is_read_as_its_letter():
    for code, letter in TCVN3_BY_CODE.items():
        char = bytes([code]).decode("cp1252")
        assert convert("x" + char, TCVN3) == "x" + nfc(letter), hex(code)


def test_unused_tcvn3_codes_and_plain_letters_are_kept():
    unused = "".join(bytes([c]).decode("cp1252") for c in range(0xA0, 0x100)
                     if c not in TCVN3_BY_CODE)
    assert convert("x" + unused, TCVN3) == nfc("x" + unused)
    assert convert("Lao tin 2024 @#%", TCVN3) == "Lao tin 2024 @#%"


def test_a_vni_mark_without_a_base_letter_is_kept():
    assert convert("bù bâ 5ø", VNI) == "bù bâ 5ø"


# --- Real sentences -----------------------------------------------------------------------

SENTENCES = [
    "Sáng nay, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và "
    "triển khai nhiệm vụ năm 2025.",
    "Ban Chấp hành Công đoàn cơ sở đã trao quà cho hai mươi đoàn viên có hoàn cảnh khó khăn.",
    "Chương trình Tết Sum vầy được tổ chức tại Nhà văn hóa công nhân khu công nghiệp.",
    "Đồng chí Chủ tịch Công đoàn ngành phát biểu chỉ đạo, nhấn mạnh việc chăm lo đời sống "
    "người lao động.",
    "Hội thi an toàn vệ sinh lao động giỏi thu hút hơn ba trăm thí sinh tham gia.",
    "Người lao động được tư vấn pháp luật miễn phí về hợp đồng, tiền lương và bảo hiểm xã hội.",
    "Quỹ Mái ấm Công đoàn đã hỗ trợ xây mới và sửa chữa mười hai ngôi nhà cho đoàn viên.",
    "Khuyến khích các đơn vị đẩy mạnh phong trào thi đua yêu nước, lao động sáng tạo.",
    "Buổi lễ kết nạp đoàn viên mới diễn ra trang trọng, ấm cúng trong không khí phấn khởi.",
    "Chị Nguyễn Thị Thuỷ, công nhân Công ty Trách nhiệm hữu hạn May Việt Tiến, nhận bằng khen.",
    "Huyện uỷ, Uỷ ban nhân dân huyện và các ban, ngành, đoàn thể cùng dự.",
    "Chúng tôi quyết tâm hoàn thành xuất sắc nhiệm vụ được giao, góp phần xây dựng quê hương "
    "giàu đẹp.",
    "Ông Trần Văn Hùng, Phó Chủ tịch thường trực, trao giấy khen cho tập thể và cá nhân xuất "
    "sắc.",
    "Khoảng một nghìn suất quà, mỗi suất trị giá năm trăm nghìn đồng, được trao tận tay người "
    "lao động.",
    "Luật Công đoàn sửa đổi quy định rõ quyền và trách nhiệm của tổ chức Công đoàn.",
    "Những bữa cơm ca chất lượng giúp công nhân yên tâm gắn bó lâu dài với doanh nghiệp.",
    "Đêm khuya, cô ấy ngồi bên giếng, nghiêng đầu nghe tiếng hươu kêu, ăn quả quýt ngọt.",
    "Oái oăm thay, con đường ngoằn ngoèo khiến khuỷu tay anh ấy bị thương nhẹ.",
    "Ừ, ở đây ai cũng ướp cá, giặt giũ, khuấy nồi cháo, ạ.",
    "Thuở ấy người ta uống rượu, huơ tay; ếch kêu ngoài ruộng.",
    "Quỳnh Anh và Huỳnh Đức trao đổi kinh nghiệm, tuyên truyền về an toàn giao thông.",
    "Xoong nồi, bát đũa được rửa sạch; bữa trưa có canh chua, thịt kho, rau muống xào tỏi.",
    "Yểng hót véo von, chim oanh bay lượn, mùa xuân đã về trên khắp quê hương.",
    "Việc khuếch trương thương hiệu giúp sản phẩm được thị trường đón nhận.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_correct_unicode_sentences_are_not_flagged(sentence):
    assert detect(sentence) is None
    assert detect(nfd(sentence)) is None
    assert detect(sentence.upper()) is None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tcvn3_sentences_are_found_and_converted(sentence):
    legacy = to_tcvn3(sentence)
    assert detect(legacy) == Finding(TCVN3, sentence)
    assert detect(nfd(legacy)) == Finding(TCVN3, sentence)
    assert convert(legacy, TCVN3) == sentence


@pytest.mark.parametrize("sentence", SENTENCES)
def test_vni_sentences_are_found_and_converted(sentence):
    legacy = to_vni(sentence)
    assert detect(legacy) == Finding(VNI, sentence)
    assert detect(nfd(legacy)) == Finding(VNI, sentence)
    assert convert(legacy, VNI) == sentence


def test_a_whole_legacy_body_with_paragraphs_is_converted_whole():
    body = "\n\n".join(SENTENCES[:6])
    assert detect(to_tcvn3(body)) == Finding(TCVN3, body)
    assert detect(to_vni(body)) == Finding(VNI, body)


# --- Not mojibake ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", "   ", "\n", "2024", "50%", "©2024", "0912 345 678", "nguyen.van.a@gmail.com",
    "https://congdoan.vn/tin-tuc?id=5&page=2",
    "The union held its annual meeting on Monday.",
    "café, résumé, naïve, déjà vu, façade, Noël, crème brûlée",
    "Le thé est très bon, mais le café est meilleur à Paris.",
    "Müller, Göteborg, Ångström, Øresund, señor, año, niño",
    "Microsoft® Word, « Bonjour », 5 µm, 10 µg, 3×4 ÷ 2, § 5",
    "Ðà Nẵng, Đắk Lắk, Ê Đê, H'Mông, Kon Tum",
    "Công đoàn", "Hà Nội", "cơ sở", "TP HCM", "LĐLĐ tỉnh Bà Rịa - Vũng Tàu",
])
def test_other_text_is_not_flagged(text):
    assert detect(text) is None
    assert detect(nfd(text)) is None


def test_one_legacy_word_alone_is_not_enough():
    # Documented limit: one word that changes is not enough evidence.
    assert detect("®oµn") is None
    assert convert("®oµn", TCVN3) == "đoàn"
    assert detect("®oµn Müller") is None


@pytest.mark.parametrize(("legacy", "encoding", "expected"), [
    ("Thaønh phoá Hoà Chí Minh", VNI, "Thành phố Hồ Chí Minh"),
    ("õ, ë ®©y ai còng", TCVN3, "Ừ, ở đây ai cũng"),
])
def test_one_gained_word_is_enough_when_the_rest_reads_well_both_ways(
        legacy, encoding, expected):
    assert detect(legacy) == Finding(encoding, expected)


@pytest.mark.parametrize("text", [
    "Thaønh phoá Hoà Chí Minh, señor",  # a word that reads well in neither (señor, seđor)
    "Thaønh phoá Hoà Chí Minh. Cơ sở",  # a word that can only be Unicode
    "Thaønh phoá Hoà Chí Minh, có",  # a word that is Vietnamese only as it is (có, not cĩ)
])
def test_one_gained_word_is_not_enough_when_another_word_objects(text):
    assert detect(text) is None


@pytest.mark.parametrize(("legacy", "expected"), [
    ("Coâng taùc toát", "Công tác tốt"),
    ("Nguyeãn Vaên An", "Nguyễn Văn An"),
])
def test_a_vni_text_without_any_non_vietnamese_character_is_not_flagged(legacy, expected):
    # Documented limit: these strings are made of letters correct Vietnamese uses too,
    # so they are exactly what random Vietnamese letters may give (see the properties).
    assert detect(legacy) is None
    assert convert(legacy, VNI) == expected


# --- Mixed text -----------------------------------------------------------------------------

def test_only_the_legacy_part_of_a_mixed_line_is_converted():
    text = "Báo cáo của C«ng ®oµn c¬ së tØnh"
    assert detect(text) == Finding(TCVN3, "Báo cáo của Công đoàn cơ sở tỉnh")
    text = "Báo cáo có của Coâng ñoaøn cô sôû tænh"
    assert detect(text) == Finding(VNI, "Báo cáo có của Công đoàn cơ sở tỉnh")


def test_a_unicode_paragraph_stays_when_a_legacy_paragraph_follows():
    unicode_part = "Công đoàn có cá nhân xuất sắc. Báo cáo tóm tắt."
    legacy = SENTENCES[0]
    for encoder, encoding in ((to_tcvn3, TCVN3), (to_vni, VNI)):
        text = unicode_part + "\n" + encoder(legacy)
        assert detect(text) == Finding(encoding, unicode_part + "\n" + legacy)


def test_convert_keeps_words_that_are_unicode_already():
    assert convert("Việt Nam C«ng ®oµn", TCVN3) == "Việt Nam Công đoàn"
    assert convert("Đại hội Coâng ñoaøn", VNI) == "Đại hội Công đoàn"


def test_convert_reads_the_whole_text_in_the_named_encoding():
    # Unlike detect, convert does not guess: Latin-1 letters are read as legacy codes.
    assert convert("cá C«ng", TCVN3) == "cỏ Công"
    assert convert("cô Coâng", VNI) == "cơ Công"


def test_convert_rejects_an_unknown_encoding():
    with pytest.raises(ValueError):
        convert("abc", "viqr")


# --- TCVN3 capitals ---------------------------------------------------------------------------

@pytest.mark.parametrize(("legacy", "expected"), [
    ("TRÇN V¡N AN", "TRẦN VĂN AN"),
    ("C«NG §OµN C¥ Së", "CÔNG ĐOÀN CƠ SỞ"),
    ("NGHØ ë NHµ", "NGHỈ Ở NHÀ"),
    ("Hµ NéI", "HÀ NỘI"),
    ("¸nh s¸ng lan táa. Êm ¸p", "Ánh sáng lan tỏa. Ấm áp"),
    ("Lª V¨n ¸nh, L§L§ tØnh", "Lê Văn ánh, LĐLĐ tỉnh"),  # documented limit
    ("Quü M¸i Êm C«ng ®oµn", "Quỹ Mái ấm Công đoàn"),
    ("ë Hµ Néi ¸nh s¸ng", "Ở Hà Nội ánh sáng"),
    ("TP Hå ChÝ Minh", "TP Hồ Chí Minh"),
    ("UBND TP Hµ Néi", "UBND TP Hà Nội"),
    ("c«ng ®oµn c¬ së", "công đoàn cơ sở"),
])
def test_tcvn3_capitals_are_guessed_from_the_words_around(legacy, expected):
    finding = detect(legacy)
    assert finding == Finding(TCVN3, expected)
    assert convert(legacy, TCVN3) == expected


def test_tcvn3_capitals_follow_the_unicode_words_kept_around_them():
    assert detect("CÔNG ĐOÀN Hµ NéI") == Finding(TCVN3, "CÔNG ĐOÀN HÀ NỘI")
    assert detect("Liªn ®oµn CÔNG Hµ") == Finding(TCVN3, "Liên đoàn CÔNG HÀ")


# --- Syllable checker -------------------------------------------------------------------------

@pytest.mark.parametrize("word", [
    "a", "ở", "gì", "gìn", "giữa", "giếng", "nghiêng", "nghề", "ghế", "kỹ", "quý", "quýt",
    "quỳnh", "quốc", "khuya", "khuỷu", "khuấy", "thuở", "huơ", "ngoằn", "ngoèo", "xoong",
    "người", "rượu", "hươu", "nguyễn", "khuếch", "oanh", "yểng", "ếch", "ích", "Đà", "ĐÀ",
    "Ðà", nfd("Nguyễn"),
])
def test_the_syllable_checker_knows_vietnamese_syllables(word):
    assert mojibake._is_syllable(word)


@pytest.mark.parametrize("word", [
    "", "b", "gi\u0301\u0300", "tôt", "mèt", "ngi", "ce", "ghu", "chý", "café", "hello",
    "lêi", "oâ", "Müller", "q", "®oµn", "Joseph",
])
def test_the_syllable_checker_rejects_other_words(word):
    assert not mojibake._is_syllable(word)


# --- Properties -------------------------------------------------------------------------------

WORD_ROWS = (
    "công đoàn cơ sở liên lao động tỉnh huyện xã phường người việc làm lương thưởng bảo "
    "hiểm hội nghị đại biểu chủ tịch phó ban chấp hành thường trực tổ chức kết nạp viên "
    "mới năm tháng ngày tuần quý học tập rèn luyện thể thao văn hóa nghệ thuật chăm lo "
    "đời sống vật chất tinh thần an toàn vệ sinh bữa cơm ca trao quà tết sum vầy khó khăn "
    "hỗ trợ xây nhà mái ấm thăm hỏi ốm đau gia đình chính sách pháp luật tư vấn hợp đồng "
    "tranh thương lượng tập thể doanh nghiệp khu nhân dân quyết tâm hoàn thành xuất sắc "
    "nhiệm vụ giao phong trào thi đua yêu nước sáng tạo khuyến khích nguyện vọng ổn định "
    "nghỉ ngơi giữ gìn khuya giếng nghiêng quýt thuở khuỷu ngoằn ngoèo rượu hươu ướt ở ý "
    "ừ ạ ấy ơi",
)
WORDS = [w for row in WORD_ROWS for w in row.split()]
FIRST_WORDS = [w for w in WORDS if w[0] in "bcdđghklmnpqrstvx"]


def test_the_word_list_is_all_syllables():
    assert [w for w in WORDS if not mojibake._is_syllable(w)] == []


def vietnamese_specific(words: list[str], encoder) -> int:
    """Words of two letters or more whose legacy form shows a non-Vietnamese character."""
    return sum(1 for w in words
               if len(w) >= 2 and any(c not in VIETNAMESE_ALPHABET for c in encoder(w)))


phrases = st.tuples(st.sampled_from(FIRST_WORDS),
                    st.lists(st.sampled_from(WORDS), min_size=1, max_size=15),
                    st.sampled_from([" ", ", ", "; ", " - "]))


@settings(max_examples=300, deadline=None)
@given(phrases)
def test_random_tcvn3_phrases_are_found(phrase):
    first, rest, separator = phrase
    words = [first, *rest]
    assume(vietnamese_specific(words, to_tcvn3) >= 2)
    text = first + " " + separator.join(rest)
    assert detect(to_tcvn3(text)) == Finding(TCVN3, text)


@settings(max_examples=300, deadline=None)
@given(phrases)
def test_random_vni_phrases_are_found(phrase):
    first, rest, separator = phrase
    words = [first, *rest]
    assume(vietnamese_specific(words, to_vni) >= 2)
    text = first + " " + separator.join(rest)
    assert detect(to_vni(text)) == Finding(VNI, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.booleans())
def test_random_unicode_phrases_are_not_flagged(words, decompose):
    text = " ".join(words)
    assert detect(nfd(text) if decompose else text) is None


vietnamese_text = st.text(
    alphabet=st.sampled_from(sorted(VIETNAMESE_ALPHABET) + [" "] * 10), max_size=80)


@settings(max_examples=500, deadline=None)
@given(vietnamese_text, st.booleans())
def test_random_vietnamese_letters_are_never_flagged(text, decompose):
    assert detect(nfd(text) if decompose else text) is None


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=120))
def test_arbitrary_text_never_raises_and_comes_back_nfc(text):
    for encoding in (TCVN3, VNI):
        result = convert(text, encoding)
        assert result == nfc(result)
    finding = detect(text)
    if finding is not None:
        assert finding.encoding in (TCVN3, VNI)
        assert finding.converted == nfc(finding.converted)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F)
               | st.sampled_from([c for c in ALL_LETTERS if ord(c) > 0xFF])))
def test_text_without_latin1_letters_is_unchanged_by_convert(text):
    # Legacy codes are all Latin-1: ASCII and letters such as ệ, đ, ơ are never touched.
    assert convert(text, TCVN3) == nfc(text)
    assert convert(text, VNI) == nfc(text)
