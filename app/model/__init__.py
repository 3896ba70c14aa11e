"""The submission (the board's eight fields plus bank, photos and approval) and profiles.

Plain dataclasses with JSON round trips; the store keeps each as one JSON document.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

from app.model.states import Verdict

# Field identifiers, in the board's template order (DESIGN.md §2); stable, used in problems.
TITLE = "title"
BODY = "body"
CAPTIONS = "captions"
AUTHOR = "author"
UNIT = "unit"
PHONE = "phone"
ACCOUNT = "account"
HOLDER = "holder"
# Not in the template but needed: the bank of the account, the photos, the approval.
BANK = "bank"
PHOTOS = "photos"
APPROVAL = "approval"

TEMPLATE_FIELDS = (TITLE, BODY, CAPTIONS, AUTHOR, UNIT, PHONE, ACCOUNT, HOLDER)


def new_id() -> str:
    return uuid.uuid4().hex


def now_iso() -> str:
    """Local time with its offset, to the second: what the user saw on the clock."""
    return datetime.now().astimezone().replace(microsecond=0).isoformat()


def _shallow(obj) -> dict:
    return dict(vars(obj))  # a dataclass's fields, in order (no slots here)


def _from_dict(cls, data: dict | None):
    data = data or {}
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Approval:
    name: str = ""
    position: str = ""
    confirmed_at: str | None = None  # ISO time the user confirmed the leadership approved

    @property
    def confirmed(self) -> bool:
        return bool(self.confirmed_at)

    @classmethod
    def from_dict(cls, data: dict | None) -> Approval:
        return _from_dict(cls, data)


@dataclass(frozen=True)
class CheckReason:
    """One finding of the originality check, as stored with the photo."""

    code: str
    message: str = ""  # in the language it was made in; say it again with its code
    remedy: str = ""
    severity: Verdict = Verdict.REVIEW
    values: tuple[tuple[str, str], ...] = ()  # what filled the message's placeholders

    def __post_init__(self) -> None:
        object.__setattr__(self, "severity", Verdict(self.severity))  # "reject" -> the enum

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message,
                               "remedy": self.remedy, "severity": self.severity}
        if self.values:
            out["values"] = dict(self.values)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> CheckReason:
        values = data.get("values") or {}
        return cls(str(data.get("code", "")), str(data.get("message", "")),
                   str(data.get("remedy", "")), Verdict(data.get("severity") or "review"),
                   tuple(sorted((str(k), str(v)) for k, v in values.items())))


@dataclass(frozen=True)
class PhotoCheck:
    """The originality check's result for the bytes with this SHA-256."""

    verdict: Verdict
    reasons: tuple[CheckReason, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)  # measurements (JSON values)
    sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "reasons": [r.to_dict() for r in self.reasons],
                "facts": self.facts, "sha256": self.sha256}

    @classmethod
    def from_dict(cls, data: dict) -> PhotoCheck:
        return cls(Verdict(data.get("verdict") or "error"),
                   tuple(CheckReason.from_dict(r) for r in data.get("reasons") or ()),
                   dict(data.get("facts") or {}), str(data.get("sha256") or ""))


@dataclass
class Photo:
    """One photo of a submission: an untouched copy kept in the store, named by its hash."""

    sha256: str
    size: int
    original_name: str
    ext: str  # lower-case with the dot: ".jpg", ".heic"
    caption: str = ""
    id: str = field(default_factory=new_id)
    added_at: str = field(default_factory=now_iso)
    check: PhotoCheck | None = None  # the originality check's result, once checked
    explanation: str = ""  # why a rejected photo is sent anyway (travels with it)

    @classmethod
    def from_dict(cls, data: dict) -> Photo:
        photo = _from_dict(cls, data)
        if isinstance(photo.check, dict):
            photo.check = PhotoCheck.from_dict(photo.check)
        return photo

    def to_dict(self) -> dict:
        out = _shallow(self)
        out["check"] = self.check.to_dict() if self.check is not None else None
        return out

    @property
    def verdict(self) -> Verdict | None:
        return self.check.verdict if self.check is not None else None


@dataclass
class Submission:
    """A draft until it is sent; the same object becomes the sent item."""

    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    title: str = ""
    body: str = ""
    author: str = ""
    unit: str = ""
    phone: str = ""
    bank_bin: str = ""
    account: str = ""
    holder: str = ""
    photos: list[Photo] = field(default_factory=list)
    approval: Approval = field(default_factory=Approval)
    profile_id: str | None = None  # the author profile the fields came from
    unit_level: str = ""  # the unit's level when it was written (quota rules)
    bundle_path: str | None = None  # where its bundle was last built
    last_step: str = ""  # the step of the guided flow it was left at (reopened there)

    def to_dict(self) -> dict:
        """A JSON-ready snapshot, cheap enough to take at every keystroke: the fields are
        copied, their values shared (a photo's check record is replaced when it changes,
        never changed in place)."""
        out = _shallow(self)
        out["photos"] = [p.to_dict() for p in self.photos]
        out["approval"] = _shallow(self.approval)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Submission:
        sub = _from_dict(cls, data)
        sub.photos = [Photo.from_dict(p) for p in data.get("photos") or []]
        sub.approval = Approval.from_dict(data.get("approval"))
        return sub

    def photo(self, photo_id: str) -> Photo | None:
        return next((p for p in self.photos if p.id == photo_id), None)


@dataclass
class Unit:
    """The officer's union unit: its name and level (the level selects a quota rule)."""

    name: str = ""
    level: str = ""

    @classmethod
    def from_dict(cls, data: dict | None) -> Unit:
        return _from_dict(cls, data)


@dataclass
class AuthorProfile:
    """A person the officer writes for: fields 4, 6, 7 and 8 plus the bank."""

    name: str = ""
    phone: str = ""
    bank_bin: str = ""
    account: str = ""
    holder: str = ""
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> AuthorProfile:
        return _from_dict(cls, data)

    def apply_to(self, sub: Submission, unit: Unit | None = None) -> None:
        """Prefill a submission's author fields (and the unit) from this profile."""
        sub.author = self.name
        sub.phone = self.phone
        sub.bank_bin = self.bank_bin
        sub.account = self.account
        sub.holder = self.holder
        sub.profile_id = self.id
        if unit is not None:
            sub.unit = unit.name
            sub.unit_level = unit.level
