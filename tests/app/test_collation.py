"""Vietnamese alphabetical order."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.text.collation import ALPHABET, name_sort_key, sort_key, sort_people, sorted_vi


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def shuffled(items: list[str], seed: int = 7) -> list[str]:
    out = list(items)
    random.Random(seed).shuffle(out)
    return out


def test_the_example_from_the_brief():
    names = ["Đỗ", "Dương", "Ánh", "An", "Ơn", "Ôn", "Bình"]
    assert sorted_vi(names) == ["An", "Ánh", "Bình", "Dương", "Đỗ", "Ôn", "Ơn"]


def test_alphabet_order():
    vietnamese = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    assert sorted_vi(shuffled(vietnamese)) == vietnamese
    assert sorted_vi(shuffled([c.upper() for c in vietnamese])) == [c.upper() for c in vietnamese]
    assert sorted_vi(shuffled(list(ALPHABET))) == list(ALPHABET)
    assert sorted_vi(["z", "y", "w", "v", "f", "e", "g", "j", "i", "k"]) == \
        ["e", "f", "g", "i", "j", "k", "v", "w", "y", "z"]


def test_tone_order_is_the_dictionary_order():
    # none, huyền, hỏi, ngã, sắc, nặng
    words = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted_vi(shuffled(words)) == words
    assert sorted_vi(shuffled(["ươi", "ười", "ưởi", "ưỡi", "ưới", "ượi"])) == \
        ["ươi", "ười", "ưởi", "ưỡi", "ưới", "ượi"]


def test_letters_before_tones():
    # letters decide before tones: ác < an (c < n) < ạnh (an is a prefix of anh) < ăn
    assert sorted_vi(["ạnh", "an", "ác", "ăn"]) == ["ác", "an", "ạnh", "ăn"]
    assert sorted_vi(["Đà", "Dạ", "Đa", "Da"]) == ["Da", "Dạ", "Đa", "Đà"]


def test_word_by_word_like_a_dictionary():
    words = ["bà con", "bà", "ba ba", "ba", "bác", "bà ba"]
    assert sorted_vi(shuffled(words)) == ["ba", "ba ba", "bà", "bà ba", "bà con", "bác"]


def test_case_is_only_a_tie_breaker():
    assert sorted_vi(["Anh", "an", "AN", "An", "ánh"]) == ["an", "An", "AN", "Anh", "ánh"]
    assert sort_key("ĐỖ")[0] == sort_key("đỗ")[0]


def test_one_tone_per_syllable_wherever_the_mark_sits():
    assert sort_key("hoà")[0] == sort_key("hòa")[0]
    assert sort_key("thuý")[0] == sort_key("thúy")[0]
    assert sort_key("hoà") != sort_key("hòa")  # still a total order


def test_digits_punctuation_and_empty():
    assert sorted_vi(["b", "2", "a", "10", ""]) == ["", "10", "2", "a", "b"]
    assert sort_key(None) == sort_key("")
    assert sorted_vi(["Lê-An", "Lê Ân", "Lê An"]) == ["Lê An", "Lê-An", "Lê Ân"]


def test_nfd_and_nfc_are_equal():
    text = "Nguyễn Thị Ánh Tuyết, Công đoàn cơ sở Trường Mầm non Đồng Hỷ"
    assert sort_key(nfd(text)) == sort_key(text)
    assert name_sort_key(nfd(text)) == name_sort_key(text)


_VI = ("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụ"
       "ưừửữứựvxyỳỷỹýỵ")
_texts = st.text(alphabet=st.sampled_from(_VI + _VI.upper() + " -.,0123456789fjwzüç"),
                 max_size=14)


@given(_texts)
def test_key_ignores_normalisation_form(text):
    assert sort_key(nfd(text)) == sort_key(nfc(text)) == sort_key(text)
    assert name_sort_key(nfd(text)) == name_sort_key(text)


@given(_texts, _texts)
def test_equal_keys_exactly_for_equal_texts(a, b):
    assert (sort_key(a) == sort_key(b)) == (nfc(a) == nfc(b))
    # a total order: exactly one of <, ==, >
    ka, kb = sort_key(a), sort_key(b)
    assert [ka < kb, ka == kb, ka > kb].count(True) == 1


@given(st.lists(_texts, max_size=12))
def test_sorting_does_not_depend_on_form_or_input_order(texts):
    expected = [nfc(t) for t in sorted_vi(texts)]
    assert [nfc(t) for t in sorted_vi([nfd(t) for t in texts])] == expected
    assert [nfc(t) for t in sorted_vi(list(reversed(texts)))] == expected


@given(_texts, _texts, _texts)
def test_transitive(a, b, c):
    ka, kb, kc = sorted([sort_key(a), sort_key(b), sort_key(c)])
    assert ka <= kc


def test_people_by_given_name_then_family_name():
    people = ["Nguyễn Văn Bình", "Trần Thị An", "Lê An", "Đỗ Thị Ánh", "Nông Văn K",
              "Phạm Thị X", "Lê Văn An"]
    assert sort_people(shuffled(people)) == [
        "Lê An", "Lê Văn An", "Trần Thị An", "Đỗ Thị Ánh", "Nguyễn Văn Bình", "Nông Văn K",
        "Phạm Thị X"]


def test_people_edge_cases():
    assert sort_people(["", "  ", "An"]) == ["", "  ", "An"]
    assert name_sort_key(None) == name_sort_key("")
    assert sort_people(["Lê  An", "Lê An"]) == sort_people(["Lê An", "Lê  An"])


@pytest.mark.parametrize(("a", "b"), [("Dương", "Đỗ"), ("Ôn", "Ơn"), ("An", "Ánh"),
                                      ("Uyên", "Ưng"), ("Ca", "Chi"), ("Ngân", "Nghĩa")])
def test_pairs(a, b):
    assert sort_key(a) < sort_key(b)
    assert sort_key(nfd(a)) < sort_key(b)
