"""The organisation's data in force: the quota rules (shipped default or the user's file)."""

from __future__ import annotations

from app.quota import rules as quota_rules
from app.store import Store

RULES_SETTING = "quota_rules_text"


def rules_in_force(store: Store) -> quota_rules.Rules:
    """The rules file the user imported, else the shipped one (a bad stored file never wins)."""
    text = store.get_setting(RULES_SETTING)
    if text:
        try:
            return quota_rules.parse_rules(text, source="settings")
        except quota_rules.QuotaError:
            pass
    return quota_rules.default_rules()
