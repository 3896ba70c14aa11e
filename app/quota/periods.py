"""Calendar periods a quota is counted over: months, quarters, half-years, years.

A period is a closed range of days `[start, end]` (both inclusive). "per-activity" is a period
type too (the provincial federation's departments send news after each activity, with no count);
for information such a level is shown the current month.

Periods are named the way the board writes them: "tháng 11/2026", "quý IV/2026",
"6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "năm 2026" (English source strings, translated
through the catalogue).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.base.errors import UserError
from app.base.i18n import translate

MONTH = "month"
QUARTER = "quarter"
HALF_YEAR = "half-year"
YEAR = "year"
PER_ACTIVITY = "per-activity"

# Period types a rules file may name, in growing length; the counted ones first.
COUNTED_KINDS = (MONTH, QUARTER, HALF_YEAR, YEAR)
PERIOD_KINDS = COUNTED_KINDS + (PER_ACTIVITY,)

# How many months each counted period spans.
_MONTHS = {MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12}
# The shortest length in days of each counted period (February; Q1 of a common year; H1 of a
# common year; a common year): a due date may move at most this many days minus one earlier.
MIN_DAYS = {MONTH: 28, QUARTER: 90, HALF_YEAR: 181, YEAR: 365}

ROMAN = ("I", "II", "III", "IV")

_KEY = re.compile(r"^\s*(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])|[Hh]([12])))?\s*$")


class PeriodError(UserError, ValueError):
    """A period that cannot be built (an unknown type, a date out of range)."""

    def __init__(self, message: str) -> None:
        super().__init__("bad-period", message)


@dataclass(frozen=True, order=True)
class Period:
    """One counted period. `index` is the month (1-12), quarter (1-4), half (1-2) or 1."""

    start: date
    end: date
    kind: str
    year: int
    index: int

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= _as_date(day) <= self.end

    @property
    def days(self) -> int:
        """The number of days in the period."""
        return (self.end - self.start).days + 1

    @property
    def key(self) -> str:
        """A stable short name: "2026-11", "2026-Q4", "2026-H2", "2026"."""
        if self.kind == MONTH:
            return f"{self.year}-{self.index:02d}"
        if self.kind == QUARTER:
            return f"{self.year}-Q{self.index}"
        if self.kind == HALF_YEAR:
            return f"{self.year}-H{self.index}"
        return f"{self.year}"

    def name(self) -> str:
        """The period as the board names it, translated: "quý IV/2026"."""
        return period_name(self)

    def next(self) -> Period:
        return period_containing(self.kind, _shift(self.end, 1))

    def previous(self) -> Period:
        return period_containing(self.kind, _shift(self.start, -1))


def _shift(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        raise PeriodError(translate(
            "Quota", "The calendar ends here: there is no period after or before {date}.").format(
                date=format_date(day))) from None


def _as_date(day: date) -> date:
    # datetime is a subclass of date; comparing the two raises, so keep the calendar day.
    return day.date() if hasattr(day, "date") and callable(day.date) else day


def _check_kind(kind: str) -> None:
    if kind not in _MONTHS:
        raise PeriodError(translate(
            "Quota", "Unknown period type “{kind}”; use one of: {kinds}.").format(
                kind=kind, kinds=", ".join(COUNTED_KINDS)))


def _build(kind: str, year: int, index: int) -> Period:
    months = _MONTHS[kind]
    first_month = (index - 1) * months + 1
    last_month = first_month + months - 1
    start = date(year, first_month, 1)
    end = date(year, last_month, calendar.monthrange(year, last_month)[1])
    return Period(start=start, end=end, kind=kind, year=year, index=index)


def period_containing(kind: str, day: date) -> Period:
    """The period of type `kind` that contains `day`. "per-activity" gives the month."""
    if kind == PER_ACTIVITY:
        kind = MONTH
    _check_kind(kind)
    day = _as_date(day)
    index = (day.month - 1) // _MONTHS[kind] + 1
    return _build(kind, day.year, index)


def periods_of_year(kind: str, year: int) -> list[Period]:
    """Every period of type `kind` in the calendar year, in order."""
    if kind == PER_ACTIVITY:
        kind = MONTH
    _check_kind(kind)
    return [_build(kind, year, i) for i in range(1, 12 // _MONTHS[kind] + 1)]


def periods_so_far(kind: str, day: date) -> list[Period]:
    """The periods of `day`'s year that have started by `day` (the current one last)."""
    day = _as_date(day)
    return [p for p in periods_of_year(kind, day.year) if p.start <= day]


def parse_period(text: str) -> Period:
    """"2026" (year), "2026-11" (month), "2026-Q3" (quarter), "2026-H2" (half-year)."""
    match = _KEY.match(text or "")
    if match and int(match.group(1)) >= 1:
        year = int(match.group(1))
        month, quarter, half = match.group(2), match.group(3), match.group(4)
        if month is not None and 1 <= int(month) <= 12:
            return _build(MONTH, year, int(month))
        if quarter is not None:
            return _build(QUARTER, year, int(quarter))
        if half is not None:
            return _build(HALF_YEAR, year, int(half))
        if month is None:
            return _build(YEAR, year, 1)
    raise PeriodError(translate(
        "Quota", "“{text}” is not a period; write for example 2026, 2026-11, 2026-Q3 or "
        "2026-H2.").format(text=text))


def period_name(period: Period) -> str:
    """"tháng 11/2026", "quý IV/2026", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026"…"""
    if period.kind == MONTH:
        return translate("Quota", "month {month}/{year}").format(
            month=period.index, year=period.year)
    if period.kind == QUARTER:
        return translate("Quota", "quarter {quarter}/{year}").format(
            quarter=ROMAN[period.index - 1], year=period.year)
    if period.kind == HALF_YEAR:
        if period.index == 1:
            return translate("Quota", "the first half of {year}").format(year=period.year)
        return translate("Quota", "the second half of {year}").format(year=period.year)
    return translate("Quota", "the year {year}").format(year=period.year)


def format_date(day: date) -> str:
    """dd/mm/yyyy, as Vietnamese documents write dates (strftime pads years < 1000 unevenly)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def capitalised(text: str) -> str:
    """First letter upper-case, for a period name that starts a title: "Quý III/2026"."""
    return text[:1].upper() + text[1:]
