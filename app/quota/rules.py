"""Quota rules as data: which unit levels exist and how many items each owes per period.

The shipped default (resources/data/quota-rules.json) is the federation's 2019 letter; a
federation or an officer may replace it with an updated file (since 1 Jul 2025 the province
merged, district federations ended and many sector unions dissolved). The format is described
in resources/data/quota-rules.schema.md; this module is the validator.

Reading a file never changes anything by itself: `parse_rules`/`load_rules` return a new
`Rules` object or raise `RulesError` listing every problem found, each naming where it is
("cấp thứ 2 (“huyen”)") and what is wrong, in the user's language. A caller keeps the `Rules`
object it had until a new one parsed cleanly; `ActiveRules` does exactly that for callers that
want a holder, and `validate_rules_text`/`validate_rules_file` only report.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.base import paths
from app.base.errors import UserError
from app.base.i18n import translate
from app.base.json_words import type_name
from app.model.validation import is_email_address
from app.quota import periods
from app.text.normalise import clean_line

FORMAT_VERSION = 1
DEFAULT_REMINDER_DAYS = 14
MAX_REMINDER_DAYS = 92
MAX_REQUIRED = 999
MAX_FILE_BYTES = 1_000_000
SHIPPED = ("data", "quota-rules.json")

TOP_KEYS = ("version", "name", "source", "note", "editorial_address", "reminder_days", "levels")
LEVEL_KEYS = ("id", "name", "period", "required", "due_offset_days", "note")

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MAX_ID = 40


class QuotaError(UserError):
    """A quota problem with a message for the user (str(exc) is that message)."""

    def __init__(self, message: str, code: str = "quota") -> None:
        super().__init__(code, message)


@dataclass(frozen=True)
class RuleProblem:
    """One thing wrong in a rules file: a stable code, where (a JSON path), a sentence."""

    code: str
    where: str  # "levels[1].period", "" for the file as a whole
    message: str  # translated, names the place in words

    def to_dict(self) -> dict:
        return {"code": self.code, "where": self.where, "message": self.message}


class RulesError(QuotaError):
    """A rules file that cannot be used. The rules in force stay unchanged."""

    def __init__(self, problems: list[RuleProblem], source: str = ""):
        self.problems = list(problems)
        self.source = source
        if source:
            heading = translate(
                "QuotaRules", "The rules file {name} has {count} problem(s); the rules in use "
                "stay unchanged:").format(name=source, count=len(self.problems))
        else:
            heading = translate(
                "QuotaRules", "The rules file has {count} problem(s); the rules in use stay "
                "unchanged:").format(count=len(self.problems))
        lines = [heading] + [f"- {p.message}" for p in self.problems]
        super().__init__("\n".join(lines), "bad-rules")


class UnknownLevelError(QuotaError, LookupError):
    """A unit level id that the rules in force do not list (e.g. one removed in 2025)."""

    def __init__(self, level_id: str, rules: Rules):
        self.level_id = level_id
        known = ", ".join(f"{lv.id} ({lv.name})" for lv in rules.levels)
        super().__init__(translate(
            "QuotaRules", "The unit level “{level}” is not in the quota rules in use "
            "({rules}). Choose the unit's level again in the profile; the levels are: "
            "{levels}.").format(level=level_id, rules=rules.title, levels=known),
            "unknown-level")

    def __str__(self) -> str:  # LookupError would quote the message
        return str(self.args[0])


@dataclass(frozen=True)
class Level:
    """One unit level and its obligation."""

    id: str
    name: str
    period: str  # one of periods.PERIOD_KINDS
    required: int | None  # items per period; None for "per-activity"
    due_offset_days: int = 0  # due date = the period's last day + this (≤ 0)
    note: str = ""

    @property
    def counted(self) -> bool:
        return self.period != periods.PER_ACTIVITY

    def to_dict(self) -> dict:
        out: dict = {"id": self.id, "name": self.name, "period": self.period}
        if self.counted:
            out["required"] = self.required
        if self.due_offset_days:
            out["due_offset_days"] = self.due_offset_days
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class Rules:
    """A validated rules file. Immutable: replacing rules means using another object."""

    version: int
    name: str
    levels: tuple[Level, ...]
    source: str = ""
    note: str = ""
    editorial_address: str = ""
    reminder_days: int = DEFAULT_REMINDER_DAYS
    origin: str = field(default="", compare=False)  # the file it came from, for messages

    @property
    def title(self) -> str:
        """How to name these rules to the user: "name — source"."""
        return f"{self.name} — {self.source}" if self.source else self.name

    @property
    def level_ids(self) -> tuple[str, ...]:
        return tuple(lv.id for lv in self.levels)

    def get(self, level_id: str) -> Level | None:
        for lv in self.levels:
            if lv.id == level_id:
                return lv
        return None

    def level(self, level_id: str) -> Level:
        """The level with this id; `UnknownLevelError` (a clear message) when there is none."""
        lv = self.get(level_id)
        if lv is None:
            raise UnknownLevelError(level_id, self)
        return lv

    def to_dict(self) -> dict:
        out: dict = {"version": self.version, "name": self.name}
        if self.source:
            out["source"] = self.source
        if self.note:
            out["note"] = self.note
        if self.editorial_address:
            out["editorial_address"] = self.editorial_address
        out["reminder_days"] = self.reminder_days
        out["levels"] = [lv.to_dict() for lv in self.levels]
        return out

    def to_json(self) -> str:
        """The rules as a file the validator accepts (UTF-8 text, Vietnamese kept readable)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"


# -- reading --------------------------------------------------------------------------------

class _Object(dict):
    """A JSON object that remembers keys written twice (json keeps the last one silently)."""

    duplicates: list[str]


def _pairs(pairs: list[tuple[str, object]]) -> _Object:
    obj = _Object()
    obj.duplicates = []
    for key, value in pairs:
        if key in obj and key not in obj.duplicates:
            obj.duplicates.append(key)
        obj[key] = value
    return obj


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


def parse_rules(text: str, source: str = "") -> Rules:
    """The rules in `text` (a JSON document), or `RulesError` naming every problem."""
    rules, problems = _parse(text, source)
    if problems:
        raise RulesError(problems, source)
    assert rules is not None
    return rules


def load_rules(path: str | os.PathLike) -> Rules:
    """The rules in a file (UTF-8, with or without Notepad's BOM), or `RulesError`."""
    text, problems = _read(path)
    if problems:
        raise RulesError(problems, str(path))
    return parse_rules(text, str(path))


def validate_rules_text(text: str) -> list[RuleProblem]:
    """Every problem in a rules document; an empty list means it can be used. Applies nothing."""
    return _parse(text, "")[1]


def validate_rules_file(path: str | os.PathLike) -> list[RuleProblem]:
    """Every problem in a rules file; an empty list means it can be used. Applies nothing."""
    text, problems = _read(path)
    if problems:
        return problems
    return _parse(text, str(path))[1]


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The rules shipped with the program (the federation's 2019 letter)."""
    return load_rules(paths.resource(*SHIPPED))


class ActiveRules:
    """The rules in force, replaced only by rules that validated: a bad file changes nothing."""

    def __init__(self, rules: Rules | None = None):
        self._lock = threading.Lock()
        self._rules = rules

    @property
    def rules(self) -> Rules:
        with self._lock:
            if self._rules is None:
                self._rules = default_rules()
            return self._rules

    def replace(self, rules: Rules) -> Rules:
        if not isinstance(rules, Rules):
            raise TypeError("ActiveRules.replace needs a Rules object")
        with self._lock:
            self._rules = rules
        return rules

    def load_file(self, path: str | os.PathLike) -> Rules:
        """Read, validate, then apply; on `RulesError` the previous rules stay in force."""
        return self.replace(load_rules(path))

    def load_text(self, text: str, source: str = "") -> Rules:
        return self.replace(parse_rules(text, source))

    def reset(self) -> Rules:
        """Back to the shipped rules."""
        return self.replace(default_rules())


def _read(path: str | os.PathLike) -> tuple[str, list[RuleProblem]]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return "", [RuleProblem("file-too-large", "", translate(
                "QuotaRules", "The file {path} is too large ({size} bytes) to be a rules "
                "file.").format(path=path, size=size))]
        data = path.read_bytes()
    except FileNotFoundError:
        return "", [RuleProblem("file-missing", "", translate(
            "QuotaRules", "The rules file {path} does not exist.").format(path=path))]
    except OSError as exc:
        return "", [RuleProblem("file-unreadable", "", translate(
            "QuotaRules", "The rules file {path} cannot be read ({error}).").format(
                path=path, error=exc.strerror or exc))]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        return "", [RuleProblem("not-utf8", "", translate(
            "QuotaRules", "The rules file is not UTF-8 text (byte {position}); save it again "
            "as UTF-8.").format(position=exc.start))]


def _parse(text: str, source: str) -> tuple[Rules | None, list[RuleProblem]]:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return None, [RuleProblem("not-utf8", "", translate(
                "QuotaRules", "The rules file is not UTF-8 text (byte {position}); save it "
                "again as UTF-8.").format(position=exc.start))]
    text = (text or "").lstrip("\ufeff")
    if not text.strip():
        return None, [RuleProblem("empty", "", translate(
            "QuotaRules", "The rules file is empty."))]
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        return None, [RuleProblem("bad-json", "", translate(
            "QuotaRules", "The rules file is not valid JSON near line {line}, column {column} "
            "({detail}): check the commas, quotes and brackets there.").format(
                line=exc.lineno, column=exc.colno, detail=exc.msg))]
    except (ValueError, RecursionError) as exc:
        return None, [RuleProblem("bad-json", "", translate(
            "QuotaRules", "The rules file is not valid JSON ({detail}).").format(detail=exc))]
    checker = _Checker()
    rules = checker.rules(data, source)
    return (None if checker.problems else rules), checker.problems


# -- validation ---------------------------------------------------------------------------

def _is_int(value: object) -> bool:
    return type(value) is int  # not bool, not float


class _Checker:
    def __init__(self) -> None:
        self.problems: list[RuleProblem] = []

    def add(self, code: str, where: str, message: str) -> None:
        self.problems.append(RuleProblem(code, where, message))

    # where, in words
    @staticmethod
    def _file_place() -> str:
        return translate("QuotaRules", "The rules file")

    @staticmethod
    def _level_place(number: int, level_id: object) -> str:
        if isinstance(level_id, str) and level_id:
            return translate("QuotaRules", "Level {number} (“{id}”)").format(
                number=number, id=level_id)
        return translate("QuotaRules", "Level {number}").format(number=number)

    def keys(self, obj: dict, allowed: tuple[str, ...], path: str, place: str) -> None:
        for key in getattr(obj, "duplicates", []):
            self.add("duplicate-key", f"{path}{key}", translate(
                "QuotaRules", "{place}: the key “{key}” is written twice.").format(
                    place=place, key=key))
        for key in obj:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if not close:
                close = [a for a in allowed if a.lower() == key.strip().lower()]
            if close:
                msg = translate(
                    "QuotaRules", "{place}: unknown key “{key}”; did you mean “{suggestion}”?"
                ).format(place=place, key=key, suggestion=close[0])
            else:
                msg = translate(
                    "QuotaRules", "{place}: unknown key “{key}”; the keys allowed here are: "
                    "{keys}.").format(place=place, key=key, keys=", ".join(allowed))
            self.add("unknown-key", f"{path}{key}", msg)

    def text(self, obj: dict, key: str, path: str, place: str, *, required: bool) -> str:
        if key not in obj:
            if required:
                self.add("missing-key", f"{path}{key}", translate(
                    "QuotaRules", "{place}: the key “{key}” is missing.").format(
                        place=place, key=key))
            return ""
        value = obj[key]
        if not isinstance(value, str):
            self.wrong_type(path, place, key, translate("QuotaRules", "a text"), value)
            return ""
        value = clean_line(value)
        if required and not value:
            self.add("empty", f"{path}{key}", translate(
                "QuotaRules", "{place}: “{key}” must not be empty.").format(place=place, key=key))
        return value

    def wrong_type(self, path: str, place: str, key: str, expected: str, value: object) -> None:
        self.add("wrong-type", f"{path}{key}", translate(
            "QuotaRules", "{place}: “{key}” must be {expected}, not {found}.").format(
                place=place, key=key, expected=expected, found=type_name(value)))

    def rules(self, data: object, source: str) -> Rules | None:
        place = self._file_place()
        if not isinstance(data, dict):
            self.add("not-object", "", translate(
                "QuotaRules", "The rules file must hold a JSON object, not {found}.").format(
                    found=type_name(data)))
            return None
        self.keys(data, TOP_KEYS, "", place)

        version = data.get("version")
        if "version" not in data:
            self.add("missing-key", "version", translate(
                "QuotaRules", "{place}: the key “{key}” is missing.").format(
                    place=place, key="version"))
        elif not _is_int(version):
            self.wrong_type("", place, "version", translate("QuotaRules", "a whole number"),
                            version)
        elif version > FORMAT_VERSION:
            self.add("newer-version", "version", translate(
                "QuotaRules", "The rules file is format version {version}, newer than this "
                "TinBài reads ({supported}); update TinBài.").format(
                    version=version, supported=FORMAT_VERSION))
        elif version < 1:
            self.add("bad-version", "version", translate(
                "QuotaRules", "{place}: “version” must be {supported}.").format(
                    place=place, supported=FORMAT_VERSION))

        name = self.text(data, "name", "", place, required=True)
        source_text = self.text(data, "source", "", place, required=False)
        note = self.text(data, "note", "", place, required=False)
        address = self.text(data, "editorial_address", "", place, required=False)
        if address and not is_email_address(address):
            self.add("bad-address", "editorial_address", translate(
                "QuotaRules", "{place}: “{value}” is not an email address.").format(
                    place=place, value=address))

        reminder = data.get("reminder_days", DEFAULT_REMINDER_DAYS)
        if not _is_int(reminder):
            self.wrong_type("", place, "reminder_days",
                            translate("QuotaRules", "a whole number"), reminder)
            reminder = DEFAULT_REMINDER_DAYS
        elif not 0 <= reminder <= MAX_REMINDER_DAYS:
            self.add("out-of-range", "reminder_days", translate(
                "QuotaRules", "{place}: “{key}” is {value}; it must be between {low} and "
                "{high}.").format(place=place, key="reminder_days", value=reminder, low=0,
                                  high=MAX_REMINDER_DAYS))

        levels: list[Level] = []
        raw_levels = data.get("levels")
        if "levels" not in data:
            self.add("missing-key", "levels", translate(
                "QuotaRules", "{place}: the key “{key}” is missing.").format(
                    place=place, key="levels"))
        elif not isinstance(raw_levels, list):
            self.wrong_type("", place, "levels", translate("QuotaRules", "a list"), raw_levels)
        elif not raw_levels:
            self.add("no-levels", "levels", translate(
                "QuotaRules", "The rules file lists no unit level; add at least one to "
                "“levels”."))
        else:
            seen: dict[str, int] = {}
            for i, raw in enumerate(raw_levels):
                level = self.level(raw, i)
                if level is None:
                    continue
                if level.id in seen:
                    self.add("duplicate-id", f"levels[{i}].id", translate(
                        "QuotaRules", "Levels {first} and {second} have the same id “{id}”; "
                        "each level needs its own id.").format(
                            first=seen[level.id] + 1, second=i + 1, id=level.id))
                    continue
                seen[level.id] = i
                levels.append(level)

        if self.problems:
            return None
        return Rules(version=version, name=name, levels=tuple(levels), source=source_text,
                     note=note, editorial_address=address, reminder_days=reminder,
                     origin=source)

    def level(self, raw: object, i: int) -> Level | None:
        path = f"levels[{i}]."
        if not isinstance(raw, dict):
            self.add("wrong-type", f"levels[{i}]", translate(
                "QuotaRules", "{place}: each level must be an object with “id”, “name” and "
                "“period”, not {found}.").format(
                    place=self._level_place(i + 1, None), found=type_name(raw)))
            return None
        before = len(self.problems)
        place = self._level_place(i + 1, raw.get("id"))
        self.keys(raw, LEVEL_KEYS, path, place)

        level_id = raw.get("id")
        if "id" not in raw:
            self.add("missing-key", f"{path}id", translate(
                "QuotaRules", "{place}: the key “{key}” is missing.").format(
                    place=place, key="id"))
        elif not isinstance(level_id, str):
            self.wrong_type(path, place, "id", translate("QuotaRules", "a text"), level_id)
        elif not _ID.match(level_id) or len(level_id) > _MAX_ID:
            self.add("bad-id", f"{path}id", translate(
                "QuotaRules", "{place}: the id “{id}” must be lower-case ASCII letters, digits "
                "and hyphens, at most {limit} characters (for example “co-so”).").format(
                    place=place, id=level_id, limit=_MAX_ID))

        name = self.text(raw, "name", path, place, required=True)
        note = self.text(raw, "note", path, place, required=False)

        period = raw.get("period")
        if "period" not in raw:
            self.add("missing-key", f"{path}period", translate(
                "QuotaRules", "{place}: the key “{key}” is missing.").format(
                    place=place, key="period"))
        elif not isinstance(period, str):
            self.wrong_type(path, place, "period", translate("QuotaRules", "a text"), period)
        elif period not in periods.PERIOD_KINDS:
            self.add("unknown-period", f"{path}period", translate(
                "QuotaRules", "{place}: unknown period type “{period}”; use one of: "
                "{kinds}.").format(place=place, period=period,
                                   kinds=", ".join(periods.PERIOD_KINDS)))
            period = None
        counted = isinstance(period, str) and period in periods.COUNTED_KINDS
        per_activity = period == periods.PER_ACTIVITY

        required = raw.get("required")
        if "required" in raw and not _is_int(required):
            self.wrong_type(path, place, "required", translate("QuotaRules", "a whole number"),
                            required)
            required = None
        elif _is_int(required) and required < 0:
            self.add("negative", f"{path}required", translate(
                "QuotaRules", "{place}: “required” is {value}; a number of items cannot be "
                "negative.").format(place=place, value=required))
        elif _is_int(required) and required > MAX_REQUIRED:
            self.add("out-of-range", f"{path}required", translate(
                "QuotaRules", "{place}: “{key}” is {value}; it must be between {low} and "
                "{high}.").format(place=place, key="required", value=required, low=0,
                                  high=MAX_REQUIRED))
        elif counted and "required" not in raw:
            self.add("missing-key", f"{path}required", translate(
                "QuotaRules", "{place}: the key “{key}” is missing.").format(
                    place=place, key="required"))
        elif per_activity and required:
            self.add("count-per-activity", f"{path}required", translate(
                "QuotaRules", "{place}: a level that sends after each activity has no count; "
                "remove “required” or set it to 0.").format(place=place))

        offset = raw.get("due_offset_days", 0)
        if "due_offset_days" in raw and not _is_int(offset):
            self.wrong_type(path, place, "due_offset_days",
                            translate("QuotaRules", "a whole number"), offset)
        elif per_activity and offset:
            self.add("offset-per-activity", f"{path}due_offset_days", translate(
                "QuotaRules", "{place}: a level that sends after each activity has no due "
                "date; remove “due_offset_days”.").format(place=place))
        elif counted and offset:
            low = -(periods.MIN_DAYS[period] - 1)
            if not low <= offset <= 0:
                self.add("out-of-range", f"{path}due_offset_days", translate(
                    "QuotaRules", "{place}: “{key}” is {value}; it must be between {low} and "
                    "{high}.").format(place=place, key="due_offset_days", value=offset,
                                      low=low, high=0))

        if len(self.problems) > before:
            return None
        return Level(id=level_id, name=name, period=period,
                     required=required if counted else None,
                     due_offset_days=offset if counted else 0, note=note)
