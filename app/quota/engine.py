"""How far the unit is with its quota: items sent in the current period, items still due,
days left, the periods of the year so far, and when to remind.

Counting rules (DESIGN.md §6):
- one submission counts once, however many email parts it was split into: items are merged by
  `submission_id`; the merged item takes its earliest send date (part 1 carries the document,
  so that is when the board had the item) and is published if any part is;
- items sent in practice mode never count;
- an item counts in the period that contains its send date (a calendar day, local time);
- a "per-activity" level has no count: its status shows the items of the current month, for
  information, with `required` None and nothing due.

Nothing here raises for odd input: dates far in the past or the future, an empty history, an
item without a usable date all give a status, with a translated note where something looks
wrong (`QuotaStatus.notes`). An unknown level id raises `UnknownLevelError`, whose message says
to choose the level again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.base.i18n import translate
from app.quota import periods
from app.quota.periods import Period, format_date
from app.quota.rules import DEFAULT_REMINDER_DAYS, Level, Rules

# A "today" outside these years is almost surely a wrong computer clock.
PLAUSIBLE_YEARS = (2000, 2100)


def _as_date(value: object) -> date | None:
    """A calendar day from a date, a datetime or an ISO text; None when there is none."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class SentItem:
    """One submission that left the outbox (pass one per submission; parts are merged anyway)."""

    submission_id: str
    sent_on: date
    practice: bool = False
    title: str = ""
    author: str = ""
    unit: str = ""
    published: bool = False
    published_on: date | None = None
    link: str = ""

    @classmethod
    def from_dict(cls, data: dict) -> SentItem:
        """From a stored record; dates may be ISO texts ("2026-11-20" or a full timestamp)."""
        return cls(
            submission_id=str(data.get("submission_id") or ""),
            sent_on=_as_date(data.get("sent_on")),  # type: ignore[arg-type]
            practice=bool(data.get("practice", False)),
            title=str(data.get("title") or ""),
            author=str(data.get("author") or ""),
            unit=str(data.get("unit") or ""),
            published=bool(data.get("published", False)),
            published_on=_as_date(data.get("published_on")),
            link=str(data.get("link") or ""),
        )

    def to_dict(self) -> dict:
        return {
            "submission_id": self.submission_id,
            "sent_on": self.sent_on.isoformat() if isinstance(self.sent_on, date) else None,
            "practice": self.practice, "title": self.title, "author": self.author,
            "unit": self.unit, "published": self.published,
            "published_on": self.published_on.isoformat() if self.published_on else None,
            "link": self.link,
        }


@dataclass(frozen=True)
class Counted:
    """The items that count, and what was set aside."""

    items: tuple[SentItem, ...]  # merged by submission, practice removed, by send date
    undated: int = 0  # items without a usable send date (not counted)


def counted_items(items: Iterable[SentItem] | None) -> Counted:
    """Practice items removed, split submissions merged into one item each, sorted by date."""
    merged: dict[object, SentItem] = {}
    undated = 0
    for n, item in enumerate(items or ()):
        if item is None or getattr(item, "practice", False):
            continue
        sent_on = _as_date(getattr(item, "sent_on", None))
        if sent_on is None:
            undated += 1
            continue
        item = _with(item, sent_on=sent_on, published_on=_as_date(item.published_on))
        # An item with no submission id cannot be matched with its parts: it counts alone.
        key: object = item.submission_id or ("#", n)
        old = merged.get(key)
        merged[key] = item if old is None else _merge(old, item)
    ordered = sorted(merged.values(), key=lambda it: (it.sent_on, it.submission_id))
    return Counted(tuple(ordered), undated)


def _with(item: SentItem, **changes) -> SentItem:
    if all(getattr(item, k) == v for k, v in changes.items()):
        return item
    values = {f: getattr(item, f) for f in SentItem.__dataclass_fields__}
    values.update(changes)
    return SentItem(**values)


def _merge(a: SentItem, b: SentItem) -> SentItem:
    first, other = (a, b) if a.sent_on <= b.sent_on else (b, a)
    published_dates = [d for d in (a.published_on, b.published_on) if d]
    return _with(
        first,
        title=first.title or other.title,
        author=first.author or other.author,
        unit=first.unit or other.unit,
        published=a.published or b.published,
        published_on=min(published_dates) if published_dates else None,
        link=first.link or other.link,
    )


@dataclass(frozen=True)
class PeriodTally:
    """One period of the year so far."""

    period: Period
    required: int | None
    sent: int
    current: bool  # the period that contains "today"

    @property
    def start(self) -> date:
        return self.period.start

    @property
    def end(self) -> date:
        return self.period.end

    @property
    def met(self) -> bool | None:
        """Quota reached (None for a level without a count)."""
        return None if self.required is None else self.sent >= self.required

    def to_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "required": self.required, "sent": self.sent, "met": self.met}


@dataclass(frozen=True)
class QuotaStatus:
    level: Level
    today: date
    period: Period
    required: int | None  # None: per-activity, no count
    sent: int
    due: int  # items still due in this period: max(0, required - sent)
    due_date: date  # the period's last day, or earlier when the rules say so
    days_left: int  # days after `today` up to the period's last day (0 on the last day)
    history: tuple[PeriodTally, ...]  # the periods of the year so far, the current one last
    items: tuple[SentItem, ...] = ()  # the counted items of the current period
    reminder_days: int = DEFAULT_REMINDER_DAYS  # from the rules: when reminders start
    notes: tuple[str, ...] = field(default=())  # translated warnings (a wrong clock…)

    @property
    def counted(self) -> bool:
        return self.required is not None

    @property
    def met(self) -> bool | None:
        return None if self.required is None else self.sent >= self.required

    @property
    def days_to_due(self) -> int:
        """Days after `today` up to the due date; negative once it has passed."""
        return (self.due_date - self.today).days

    @property
    def period_name(self) -> str:
        return periods.period_name(self.period)

    def to_dict(self) -> dict:
        return {
            "level": self.level.id,
            "period": {"start": self.period.start.isoformat(),
                       "end": self.period.end.isoformat()},
            "required": self.required,
            "sent": self.sent,
            "due": self.due,
            "days_left": self.days_left,
        }

    def summary(self) -> str:
        return summary(self)


def quota_status(rules: Rules, level: str | Level, today: date,
                 items: Iterable[SentItem] | None = ()) -> QuotaStatus:
    """The quota status of a unit of `level` on `today`, from its sent items.

    Raises `UnknownLevelError` (a clear message) when the rules do not list the level.
    """
    lv = level if isinstance(level, Level) else rules.level(level)
    day = _as_date(today)
    notes: list[str] = []
    if day is None:
        day = date.today()
        notes.append(translate(
            "Quota", "No valid date was given; today's date from the computer is used."))
    plausible = PLAUSIBLE_YEARS[0] <= day.year <= PLAUSIBLE_YEARS[1]
    if not plausible:
        notes.append(translate(
            "Quota", "The date {date} looks wrong; check the computer's clock.").format(
                date=format_date(day)))

    counted = counted_items(items)
    if counted.undated:
        notes.append(translate(
            "Quota", "{count} sent item(s) have no valid send date and are not counted.").format(
                count=counted.undated))
    future = sum(1 for it in counted.items if it.sent_on > day)
    if future and plausible:  # a wrong clock is said once, above
        notes.append(translate(
            "Quota", "{count} item(s) were sent after {date}; check the computer's clock.").format(
                count=future, date=format_date(day)))

    current = periods.period_containing(lv.period, day)
    required = lv.required if lv.counted else None
    in_current = tuple(it for it in counted.items if it.sent_on in current)
    history = tuple(
        PeriodTally(period=p, required=required,
                    sent=sum(1 for it in counted.items if it.sent_on in p),
                    current=(p == current))
        for p in periods.periods_so_far(lv.period, day))

    sent = len(in_current)
    due = max(0, required - sent) if required is not None else 0
    due_date = current.end
    if lv.counted and lv.due_offset_days:
        due_date = max(current.start, current.end + timedelta(days=lv.due_offset_days))
    return QuotaStatus(
        level=lv, today=day, period=current, required=required, sent=sent, due=due,
        due_date=due_date, days_left=(current.end - day).days, history=history,
        items=in_current, reminder_days=rules.reminder_days, notes=tuple(notes))


def reminder_due(status: QuotaStatus, today: date, last_shown: date | None = None,
                 window_days: int | None = None) -> bool:
    """True when a reminder should be shown now: the quota of the period is unmet, the due
    date is at most `window_days` away (the rules' `reminder_days` by default) or has passed
    within the period, and no reminder was shown on this calendar day yet."""
    day = _as_date(today)
    if day is None or not status.counted or status.due <= 0:
        return False
    if day not in status.period:
        return False  # a status computed for another period: compute it again first
    if _as_date(last_shown) == day:
        return False
    window = status.reminder_days if window_days is None else max(0, int(window_days))
    return (status.due_date - day).days <= window


def summary(status: QuotaStatus) -> str:
    """One sentence for the home screen:
    "Đã gửi 0/1 tin, bài trong 6 tháng cuối năm 2026 — còn 34 ngày"."""
    period = status.period_name
    if not status.counted:
        return translate(
            "Quota", "Sent {sent} item(s) in {period} — your unit sends news promptly after "
            "each activity").format(sent=status.sent, period=period)
    if status.required == 0:
        return translate(
            "Quota", "Sent {sent} item(s) in {period} — no quota for this period").format(
                sent=status.sent, period=period)
    values = {"sent": status.sent, "required": status.required, "period": period}
    if status.met:
        return translate(
            "Quota", "Sent {sent}/{required} items in {period} — quota met").format(**values)
    days = status.days_to_due
    if days < 0:
        return translate(
            "Quota", "Sent {sent}/{required} items in {period} — the due date {date} has "
            "passed").format(date=format_date(status.due_date), **values)
    if days == 0:
        return translate(
            "Quota", "Sent {sent}/{required} items in {period} — today is the last day").format(
                **values)
    if days == 1:
        return translate(
            "Quota", "Sent {sent}/{required} items in {period} — 1 day left").format(**values)
    return translate(
        "Quota", "Sent {sent}/{required} items in {period} — {days} days left").format(
            days=days, **values)


def reminder_message(status: QuotaStatus) -> str:
    """The reminder's text: what is missing and by when (the summary when nothing is due)."""
    if not status.counted or status.due <= 0:
        return summary(status)
    return translate(
        "Quota", "The quota for {period} is not met yet: {due} more item(s) to send by "
        "{date}.").format(period=status.period_name, due=status.due,
                          date=format_date(status.due_date))
