"""Check a submission and say every problem at once, each in plain words.

Each problem has the field it belongs to, a stable code, a severity (an `error` blocks
bundling and sending, a `warning` informs), a translated message, and data the GUI can act
on (the bank's form of a name, a mojibake conversion to offer, a renumbered phone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from app import model
from app.base import i18n
from app.base.i18n import translate
from app.model import banks, phone
from app.model.states import Severity, Verdict
from app.text import mojibake
from app.text.normalise import bank_form, clean_body, clean_line, nfc, word_count

ERROR = Severity.ERROR
WARNING = Severity.WARNING
INFO = Severity.INFO

# The longest each field may be (characters): far beyond any real item, short enough that every
# item fits a document and an email (a .docx title property holds 255 characters).
MAX_LENGTH = {model.TITLE: 250, model.BODY: 100_000, model.CAPTIONS: 500, model.AUTHOR: 150,
              model.UNIT: 250, model.HOLDER: 150, "explanation": 2000, "approval": 150}

MIN_ACCOUNT_DIGITS = 6
MAX_ACCOUNT_DIGITS = 19
SHORT_CAPTION_WORDS = 4

# Which step of the guided flow each field belongs to (the GUI validates per step).
STEP_FIELDS = {
    "content": (model.TITLE, model.BODY),
    "photos": (model.PHOTOS, model.CAPTIONS),
    "author": (model.AUTHOR, model.UNIT, model.PHONE, model.BANK, model.ACCOUNT, model.HOLDER),
    "approval": (model.APPROVAL,),
}


@dataclass
class Problem:
    field: str
    code: str
    message: str
    severity: Severity = ERROR
    data: dict = field(default_factory=dict)
    photo_id: str | None = None  # for caption and photo problems

    def to_dict(self) -> dict:
        out = {"field": self.field, "code": self.code, "message": self.message,
               "severity": self.severity}
        if self.photo_id:
            out["photo_id"] = self.photo_id
        if self.data:
            out["data"] = self.data
        return out


def normalise(sub: model.Submission) -> model.Submission:
    """NFC everywhere, one-line fields trimmed; digits-only account; normalised phone."""
    sub.title = clean_line(sub.title)
    sub.body = clean_body(sub.body)
    sub.author = clean_line(sub.author)
    sub.unit = clean_line(sub.unit)
    sub.holder = clean_line(sub.holder)
    sub.account = normalise_account(sub.account)
    checked = phone.check_phone(sub.phone)
    if checked.kind not in (phone.INVALID, phone.EMPTY):
        sub.phone = checked.normalised
    else:
        sub.phone = clean_line(sub.phone)
    for p in sub.photos:
        p.caption = clean_line(p.caption)
        p.explanation = clean_body(p.explanation)
    sub.approval.name = clean_line(sub.approval.name)
    sub.approval.position = clean_line(sub.approval.position)
    return sub


def normalise_account(text: str | None) -> str:
    return "".join(nfc(text).split()).replace(".", "").replace("-", "")


def normalise_profile(profile: model.AuthorProfile) -> model.AuthorProfile:
    """A saved author as setup, settings and the flow store it: names trimmed, digits only."""
    profile.name = clean_line(profile.name)
    profile.holder = clean_line(profile.holder)
    profile.account = normalise_account(profile.account)
    checked = phone.check_phone(profile.phone)
    profile.phone = checked.normalised if checked.kind not in (
        phone.INVALID, phone.EMPTY) else clean_line(profile.phone)
    return profile


def normalise_unit(unit: model.Unit) -> model.Unit:
    return model.Unit(clean_line(unit.name), unit.level)


_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+$")


def is_email_address(text: str) -> bool:
    """The one rule for an email address typed or read from a file: name@domain.tld."""
    return bool(_EMAIL.match(text or ""))


def _required(problems: list[Problem], field_id: str, value: str, message: str) -> bool:
    if value.strip():
        return True
    problems.append(Problem(field_id, "required", message))
    return False


def check_phone_field(value: str) -> list[Problem]:
    checked = phone.check_phone(value)
    if checked.kind == phone.EMPTY:
        return [Problem(model.PHONE, "phone-missing", translate(
            "Validation", "No phone number: the editors cannot call the author about the item."),
            WARNING)]
    if checked.kind == phone.INVALID:
        return [Problem(model.PHONE, "phone-invalid", translate(
            "Validation",
            "This is not a Vietnamese phone number. Type 10 digits for a mobile "
            "(0983 123 456) or 11 for a landline (0209 3875 281)."))]
    if checked.kind == phone.OLD_MOBILE:
        return [Problem(model.PHONE, "phone-old-prefix", translate(
            "Validation", "This is an old 11-digit number; since 2018 it is {new}.").format(
            new=checked.suggestion), WARNING, {"suggestion": checked.suggestion})]
    if checked.kind == phone.UNKNOWN_PREFIX:
        return [Problem(model.PHONE, "phone-unknown-prefix", translate(
            "Validation", "The number {number} starts with an unusual prefix: check it.").format(
            number=checked.normalised), WARNING)]
    return []


def check_account_fields(sub: model.Submission) -> list[Problem]:
    problems: list[Problem] = []
    account = normalise_account(sub.account)
    holder = clean_line(sub.holder)
    if not account:
        problems.append(Problem(model.ACCOUNT, "account-missing", translate(
            "Validation", "No bank account: the royalty cannot be paid if the item is published."),
            WARNING))
    elif not account.isdigit() or not account.isascii():
        problems.append(Problem(model.ACCOUNT, "account-not-digits", translate(
            "Validation", "An account number has digits only.")))
    elif not MIN_ACCOUNT_DIGITS <= len(account) <= MAX_ACCOUNT_DIGITS:
        problems.append(Problem(model.ACCOUNT, "account-length", translate(
            "Validation", "An account number has 6 to 19 digits; this one has {count}.").format(
            count=len(account))))
    if account:
        if not sub.bank_bin:
            problems.append(Problem(model.BANK, "bank-missing", translate(
                "Validation", "Choose the bank of the account.")))
        elif banks.by_bin(sub.bank_bin) is None:
            problems.append(Problem(model.BANK, "bank-unknown", translate(
                "Validation", "This bank is not in the list: choose it again.")))
        if not holder:
            problems.append(Problem(model.HOLDER, "required", translate(
                "Validation", "Type the account holder's name as the bank knows it.")))
    if holder:
        problems.append(Problem(model.HOLDER, "holder-bank-form", translate(
            "Validation", "The bank writes this name as {form}.").format(form=bank_form(holder)),
            INFO, {"bank_form": bank_form(holder)}))
    return problems


MOJIBAKE_SAMPLE = 8000  # characters: old-font text is a whole document, not a word here and there


@lru_cache(maxsize=256)
def _detect_mojibake(value: str) -> mojibake.Finding | None:
    """On the start of the text, cached: the GUI re-validates as the user types, and a
    100,000-character body must not make every keystroke wait."""
    return mojibake.detect(value[:MOJIBAKE_SAMPLE])


def _mojibake(problems: list[Problem], field_id: str, value: str,
              photo_id: str | None = None) -> None:
    finding = _detect_mojibake(value)
    if finding is None:
        return
    problems.append(Problem(field_id, "mojibake", translate(
        "Validation", "This text looks like it was typed in an old {encoding} font. "
        "Convert it to Unicode?").format(encoding=finding.encoding_label), WARNING,
        {"encoding": finding.encoding}, photo_id))


def _too_long(problems: list[Problem], field_id: str, value: str, limit_key: str,
              photo_id: str | None = None) -> bool:
    limit = MAX_LENGTH[limit_key]
    if len(value) <= limit:
        return False
    problems.append(Problem(field_id, "too-long", translate(
        "Validation", "This is too long: {count} characters, while at most {limit} fit. "
        "Shorten it.").format(count=i18n.number(len(value)), limit=i18n.number(limit)),
        photo_id=photo_id))
    return True


def validate(sub: model.Submission, *, require_approval: bool = True) -> list[Problem]:
    """Every problem of a submission, in template order. Does not modify `sub`."""
    problems: list[Problem] = []
    title = clean_line(sub.title)
    body = clean_body(sub.body)
    _too_long(problems, model.TITLE, title, model.TITLE)
    body_too_long = _too_long(problems, model.BODY, body, model.BODY)
    if _required(problems, model.TITLE, title, translate("Validation", "Type the title.")):
        _mojibake(problems, model.TITLE, title)
    if not body_too_long and _required(problems, model.BODY, body,
                                       translate("Validation", "Type or import the text of "
                                                 "the item.")):
        _mojibake(problems, model.BODY, body)
        if word_count(body) < 30:
            problems.append(Problem(model.BODY, "body-short", translate(
                "Validation", "The text is very short ({count} words): a news item usually has "
                "at least a few sentences.").format(count=word_count(body)), WARNING))

    if not sub.photos:
        problems.append(Problem(model.PHOTOS, "photos-missing", translate(
            "Validation", "Add at least one photo of the event: the board needs a proof photo.")))
    for index, p in enumerate(sub.photos, start=1):
        caption = clean_line(p.caption)
        if not caption:
            problems.append(Problem(model.CAPTIONS, "caption-missing", translate(
                "Validation", "Photo {number} has no caption: say who, doing what, where.").format(
                number=index), photo_id=p.id))
        else:
            _mojibake(problems, model.CAPTIONS, caption, p.id)
            if word_count(caption) < SHORT_CAPTION_WORDS:
                problems.append(Problem(model.CAPTIONS, "caption-short", translate(
                    "Validation", "The caption of photo {number} is short: say who, doing what, "
                    "where.").format(number=index), WARNING, photo_id=p.id))
        _too_long(problems, model.CAPTIONS, caption, model.CAPTIONS, p.id)
        _too_long(problems, model.PHOTOS, clean_body(p.explanation), "explanation", p.id)
        if p.verdict == Verdict.ERROR:
            problems.append(Problem(model.PHOTOS, "photo-damaged", translate(
                "Validation", "Photo {number} ({name}) cannot be read as a whole picture: the "
                "file is damaged, incomplete or not a photo, so it cannot be sent, even with an "
                "explanation. Copy the photo again from the phone or camera (with a USB cable, "
                "or sent as a file), remove this one and add the new copy.").format(
                number=index, name=p.original_name), photo_id=p.id))
        elif p.verdict == Verdict.REJECT and not clean_body(p.explanation):
            problems.append(Problem(model.PHOTOS, "photo-reject-unexplained", translate(
                "Validation", "Photo {number} does not look like an original: replace it, or "
                "write why it must be sent as it is.").format(number=index), photo_id=p.id))

    if _required(problems, model.AUTHOR, clean_line(sub.author),
                 translate("Validation", "Type the author's name.")):
        _mojibake(problems, model.AUTHOR, clean_line(sub.author))
        _too_long(problems, model.AUTHOR, clean_line(sub.author), model.AUTHOR)
    if _required(problems, model.UNIT, clean_line(sub.unit),
                 translate("Validation", "Type the author's unit.")):
        _mojibake(problems, model.UNIT, clean_line(sub.unit))
        _too_long(problems, model.UNIT, clean_line(sub.unit), model.UNIT)
    problems.extend(check_phone_field(sub.phone))
    problems.extend(check_account_fields(sub))
    if clean_line(sub.holder):
        _mojibake(problems, model.HOLDER, clean_line(sub.holder))
        _too_long(problems, model.HOLDER, clean_line(sub.holder), model.HOLDER)

    if require_approval:
        a = sub.approval
        if not clean_line(a.name):
            problems.append(Problem(model.APPROVAL, "approval-name", translate(
                "Validation", "Type who approved the content (name).")))
        if not clean_line(a.position):
            problems.append(Problem(model.APPROVAL, "approval-position", translate(
                "Validation", "Type the approver's position.")))
        for value in (a.name, a.position):
            _too_long(problems, model.APPROVAL, clean_line(value), "approval")
        if not a.confirmed:
            problems.append(Problem(model.APPROVAL, "approval-unconfirmed", translate(
                "Validation", "Confirm that the unit's leadership approved the content.")))
    return problems


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR]


def for_step(problems: list[Problem], step: str) -> list[Problem]:
    wanted = STEP_FIELDS.get(step, ())
    return [p for p in problems if p.field in wanted]


def completeness(sub: model.Submission) -> tuple[int, int]:
    """How many of the eight template fields are filled: for the drafts list."""
    filled = [
        bool(clean_line(sub.title)),
        bool(clean_body(sub.body)),
        bool(sub.photos) and all(clean_line(p.caption) for p in sub.photos),
        bool(clean_line(sub.author)),
        bool(clean_line(sub.unit)),
        bool(clean_line(sub.phone)),
        bool(normalise_account(sub.account)),
        bool(clean_line(sub.holder)),
    ]
    return sum(filled), len(filled)
