"""The unit's obligations: quota rules as data, calendar periods, the quota engine.

    from app.quota import default_rules, quota_status, SentItem
    rules = default_rules()                    # or load_rules(path) / parse_rules(text)
    status = quota_status(rules, "co-so", date.today(), items)
    status.summary()                           # "Đã gửi 0/1 tin, bài trong … — còn 34 ngày"
    status.to_dict()                           # {"level", "period", "required", "sent", …}

Rules are replaced by building a new `Rules` object: parse first, use it only when no
`RulesError` was raised (or let `ActiveRules` hold them).
"""

from app.quota.engine import (
    Counted,
    PeriodTally,
    QuotaStatus,
    SentItem,
    counted_items,
    quota_status,
    reminder_due,
    reminder_message,
    summary,
)
from app.quota.periods import (
    HALF_YEAR,
    MONTH,
    PER_ACTIVITY,
    PERIOD_KINDS,
    QUARTER,
    YEAR,
    Period,
    PeriodError,
    parse_period,
    period_containing,
    period_name,
    periods_of_year,
)
from app.quota.rules import (
    ActiveRules,
    Level,
    QuotaError,
    RuleProblem,
    Rules,
    RulesError,
    UnknownLevelError,
    default_rules,
    load_rules,
    parse_rules,
    validate_rules_file,
    validate_rules_text,
)

__all__ = [
    "HALF_YEAR", "MONTH", "PER_ACTIVITY", "PERIOD_KINDS", "QUARTER", "YEAR",
    "ActiveRules", "Counted", "Level", "Period", "PeriodError", "PeriodTally", "QuotaError",
    "QuotaStatus", "RuleProblem", "Rules", "RulesError", "SentItem", "UnknownLevelError",
    "counted_items", "default_rules", "load_rules", "parse_period", "parse_rules",
    "period_containing", "period_name", "periods_of_year", "quota_status", "reminder_due",
    "reminder_message", "summary", "validate_rules_file", "validate_rules_text",
]
