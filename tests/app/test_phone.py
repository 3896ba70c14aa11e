import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.model import phone


@pytest.mark.parametrize("typed, normalised, kind", [
    ("0983123456", "0983123456", phone.MOBILE),
    ("0983.123.456", "0983123456", phone.MOBILE),
    ("+84 983 123 456", "0983123456", phone.MOBILE),
    ("0084983123456", "0983123456", phone.MOBILE),
    ("84983123456", "0983123456", phone.MOBILE),
    ("(0209) 3875 281", "02093875281", phone.LANDLINE),
    ("024 3825 1234", "02438251234", phone.LANDLINE),
    ("0943-013-111", "0943013111", phone.MOBILE),
    ("983123456", "0983123456", phone.MOBILE),
])
def test_accepted_forms_are_normalised(typed, normalised, kind):
    result = phone.check_phone(typed)
    assert (result.normalised, result.kind) == (normalised, kind)
    assert not result.blocks


def test_old_eleven_digit_mobile_warns_with_new_number():
    result = phone.check_phone("01683123456")
    assert result.kind == phone.OLD_MOBILE and not result.blocks
    assert result.suggestion == "0383123456"


def test_unknown_prefix_warns_never_blocks():
    result = phone.check_phone("0412345678")
    assert result.kind == phone.UNKNOWN_PREFIX and not result.blocks


@pytest.mark.parametrize("typed", ["12345", "0983abc456", "098312345678901", "+1 202 555 0100"])
def test_garbage_blocks(typed):
    assert phone.check_phone(typed).blocks


def test_pretty_groups_digits():
    assert phone.check_phone("0983123456").pretty == "0983 123 456"
    assert phone.check_phone("02093875281").pretty == "0209 3875 281"


@given(st.sampled_from("35789"), st.text(alphabet="0123456789", min_size=8, max_size=8),
       st.sampled_from(["", " ", ".", "-"]), st.sampled_from(["0", "+84", "0084", "+84 "]))
def test_any_mobile_in_any_form_normalises_the_same(second, rest, sep, prefix):
    digits = second + rest
    typed = prefix + sep.join([digits[:3], digits[3:6], digits[6:]])
    result = phone.check_phone(typed)
    assert result.kind == phone.MOBILE
    assert result.normalised == "0" + digits
