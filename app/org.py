"""The organisation's data in force: the quota rules (shipped default or the user's file)."""

from __future__ import annotations

from app.quota import rules as quota_rules
from app.storage.database import Store

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


def import_rules_file(store: Store, path) -> quota_rules.Rules:
    """Validate a rules file and, only if it is sound, keep it as the rules in force.

    Raises RulesError (every problem listed, in plain words); the old rules stay."""
    from pathlib import Path

    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise quota_rules.RulesError([quota_rules.RuleProblem(
            "unreadable", "", str(exc))], source=Path(path).name) from exc
    rules = quota_rules.parse_rules(text, source=Path(path).name)
    store.set_setting(RULES_SETTING, text)
    return rules


def reset_rules(store: Store) -> quota_rules.Rules:
    """Back to the rules shipped with the program."""
    store.set_setting(RULES_SETTING, None)
    return quota_rules.default_rules()
