import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.text.normalise import (
    ascii_slug,
    bank_form,
    clean_body,
    clean_line,
    strip_diacritics,
    word_count,
)

VIETNAMESE = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmno"
    "òóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
vi_text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " .,", max_size=80)


def test_bank_form_of_vietnamese_names():
    assert bank_form("Nông Văn K") == "NONG VAN K"
    assert bank_form("  Đỗ   Thị Ngọc  Ánh ") == "DO THI NGOC ANH"
    assert bank_form("Phạm Thị Xuân Đào") == "PHAM THI XUAN DAO"


@given(vi_text)
def test_bank_form_is_plain_ascii_uppercase(text):
    form = bank_form(text)
    assert form.isascii()
    assert form == form.upper()


@given(vi_text)
def test_nfd_input_is_stored_as_nfc(text):
    decomposed = unicodedata.normalize("NFD", text)
    assert clean_line(decomposed) == clean_line(text)
    assert unicodedata.is_normalized("NFC", clean_body(decomposed))


def test_slug_is_ascii_and_readable():
    assert ascii_slug("Công đoàn cơ sở phòng A tổ chức tặng quà") == \
        "cong-doan-co-so-phong-a-to-chuc-tang-qua"
    assert ascii_slug("!!!") == "khong-ten"
    long = ascii_slug("Hội nghị " * 20, max_length=30)
    assert len(long) <= 30 and not long.endswith("-")


@given(vi_text)
def test_slug_never_empty_and_safe(text):
    slug = ascii_slug(text)
    assert slug and all(c.isalnum() or c == "-" for c in slug) and slug.isascii()


def test_strip_diacritics_handles_d_stroke():
    assert strip_diacritics("Đường đi") == "Duong di"


def test_word_count_counts_vietnamese_words():
    assert word_count("Công đoàn cơ sở phòng A") == 6
    assert word_count("") == 0


def test_clean_body_unifies_windows_line_ends():
    assert clean_body("Dòng 1\r\nDòng 2  \r\n\r\n") == "Dòng 1\nDòng 2"
