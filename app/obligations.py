"""The unit's obligations from its history: what the quota engine and the export need."""

from __future__ import annotations

from datetime import date

from app import settings
from app.base.errors import UserError
from app.base.i18n import translate
from app.outbox import history
from app.quota import engine
from app.quota.rules import Rules
from app.storage.database import Store


class ObligationError(UserError):
    """The quota cannot be worked out (no level, an unknown level)."""


def sent_items(store: Store) -> list[engine.SentItem]:
    """One item per submission whose every part was sent (practice ones flagged)."""
    out = []
    for h in history.entries(store):
        if not h["sent_at"]:
            continue
        out.append(engine.SentItem(
            submission_id=h["submission_id"], sent_on=date.fromisoformat(h["sent_at"][:10]),
            practice=h["practice"], title=h["title"], author=h["author"], unit=h["unit"],
            published=h["published"],
            published_on=date.fromisoformat(h["published_on"]) if h["published_on"] else None,
            link=h["link"] or ""))
    return out


def unit_level(store: Store, rules: Rules) -> str:
    unit = settings.get(store, settings.UNIT)
    if unit is None or not unit.level:
        raise ObligationError("no-level", translate(
            "Obligations", "The unit's level is not set: choose it in Settings."))
    if rules.get(unit.level) is None:
        raise ObligationError("unknown-level", translate(
            "Obligations", "The unit's level “{level}” is not in the rules in force: choose the "
            "level again in Settings.").format(level=unit.level))
    return unit.level


def status(store: Store, today: date) -> engine.QuotaStatus:
    rules = settings.rules_in_force(store)
    return engine.quota_status(rules, unit_level(store, rules), today, sent_items(store))


def reminder(store: Store, today: date) -> str | None:
    """The reminder to show at start, at most once a day; None when none is due."""
    try:
        st = status(store, today)
    except ObligationError:
        return None
    last = settings.get(store, settings.REMINDER_SHOWN)
    if not engine.reminder_due(st, today, last):
        return None
    return engine.reminder_message(st)


def reminder_shown(store: Store, today: date) -> None:
    settings.put(store, settings.REMINDER_SHOWN, today)
