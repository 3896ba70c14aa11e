import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app import model
from app.model import validation
from app.model.states import Verdict
from tests.helpers import complete_submission


def photo(caption="Đồng chí Nông Văn B trao quà cho đoàn viên Phạm Thị X"):
    return model.Photo(sha256="ab" * 32, size=10, original_name="a.jpg", ext=".jpg",
                       caption=caption)


def codes(problems):
    return {(p.field, p.code) for p in problems}


def test_complete_submission_has_no_errors():
    sub = complete_submission([photo()])
    assert validation.errors(validation.validate(sub)) == []


def test_empty_submission_reports_every_problem_at_once():
    problems = validation.validate(model.Submission())
    found = codes(validation.errors(problems))
    assert {("title", "required"), ("body", "required"), ("photos", "photos-missing"),
            ("author", "required"), ("unit", "required"),
            ("approval", "approval-name"), ("approval", "approval-position"),
            ("approval", "approval-unconfirmed")} <= found
    assert all(p.message for p in problems)


def test_caption_required_for_every_photo():
    sub = complete_submission([photo(), photo(caption="  ")])
    errs = validation.errors(validation.validate(sub))
    assert [(p.code, p.photo_id) for p in errs] == [("caption-missing", sub.photos[1].id)]


def test_phone_unknown_prefix_warns_but_does_not_block():
    sub = complete_submission([photo()])
    sub.phone = "0412345678"
    problems = validation.validate(sub)
    assert ("phone", "phone-unknown-prefix") in codes(problems)
    assert validation.errors(problems) == []


def test_bad_phone_blocks():
    sub = complete_submission([photo()])
    sub.phone = "12ab"
    assert ("phone", "phone-invalid") in codes(validation.errors(validation.validate(sub)))


def test_account_rules():
    sub = complete_submission([photo()])
    sub.account = "12345"
    assert ("account", "account-length") in codes(validation.validate(sub))
    sub.account = "1234 5678 9012 3456 7890"
    assert ("account", "account-length") in codes(validation.validate(sub))
    sub.account = "3951 0000 1234"
    assert validation.errors(validation.validate(sub)) == []
    sub.bank_bin = ""
    assert ("bank", "bank-missing") in codes(validation.errors(validation.validate(sub)))


def test_holder_bank_form_is_offered():
    sub = complete_submission([photo()])
    sub.holder = "Đỗ Thị Ngọc Ánh"
    info = [p for p in validation.validate(sub) if p.code == "holder-bank-form"]
    assert info and info[0].data["bank_form"] == "DO THI NGOC ANH"


def test_rejected_photo_needs_an_explanation():
    p = photo()
    p.check = model.PhotoCheck(Verdict.REJECT)
    sub = complete_submission([p])
    assert ("photos", "photo-reject-unexplained") in codes(validation.errors(
        validation.validate(sub)))
    p.explanation = "Ảnh duy nhất của sự kiện, do đoàn viên gửi qua Zalo."
    assert validation.errors(validation.validate(sub)) == []


def test_approval_can_be_left_for_later():
    sub = complete_submission([photo()])
    sub.approval = model.Approval()
    assert validation.errors(validation.validate(sub, require_approval=False)) == []


def test_normalise_stores_nfc_and_normalised_phone():
    sub = complete_submission([photo()])
    sub.title = unicodedata.normalize("NFD", "  Công   đoàn  ")
    sub.phone = "+84 983.123.456"
    sub.account = "0123 4567 89"
    validation.normalise(sub)
    assert sub.title == "Công đoàn" and unicodedata.is_normalized("NFC", sub.title)
    assert sub.phone == "0983123456" and sub.account == "0123456789"


def test_completeness_counts_the_eight_fields():
    assert validation.completeness(model.Submission()) == (0, 8)
    assert validation.completeness(complete_submission([photo()])) == (8, 8)


def test_step_filter():
    problems = validation.validate(model.Submission())
    assert {p.field for p in validation.for_step(problems, "content")} == {"title", "body"}


@settings(max_examples=60)
@given(st.text(max_size=40), st.text(max_size=200), st.text(max_size=20), st.text(max_size=20))
def test_validate_never_raises_and_is_order_stable(title, body, phone_, account):
    sub = complete_submission([photo()])
    sub.title, sub.body, sub.phone, sub.account = title, body, phone_, account
    first = validation.validate(sub)
    nfd = complete_submission([photo()])
    nfd.id = sub.id
    nfd.title = unicodedata.normalize("NFD", title)
    nfd.body = unicodedata.normalize("NFD", body)
    nfd.phone, nfd.account = phone_, account
    assert [(p.field, p.code) for p in validation.validate(nfd)] == \
        [(p.field, p.code) for p in first]
