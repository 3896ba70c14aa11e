"""The result of checking one photo: a verdict, the reasons behind it and the facts measured.

No heavy imports here: the GUI imports these types at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OK = "ok"
REVIEW = "review"
REJECT = "reject"
ERROR = "error"

VERDICTS = (OK, REVIEW, REJECT, ERROR)
SEVERITIES = (REVIEW, REJECT, ERROR)

# The verdict is the most serious severity among the reasons.
_RANK = {OK: 0, REVIEW: 1, REJECT: 2, ERROR: 3}


@dataclass(frozen=True)
class Reason:
    """One finding: a stable code, a plain sentence, what to do, and how serious it is."""

    code: str
    message: str
    remedy: str
    severity: str
    values: tuple[tuple[str, str], ...] = ()  # what filled the message's placeholders

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "remedy": self.remedy}

    def to_record(self) -> dict[str, Any]:
        """What the store keeps: also the values, so the words can be said in another
        language later (the board reads Vietnamese whatever the officer's language)."""
        out: dict[str, Any] = {**self.to_dict(), "severity": self.severity}
        if self.values:
            out["values"] = dict(self.values)
        return out


def verdict_of(reasons: list[Reason]) -> str:
    verdict = OK
    for reason in reasons:
        if _RANK[reason.severity] > _RANK[verdict]:
            verdict = reason.severity
    return verdict


@dataclass
class PhotoReport:
    """What the checker says about one file. `facts` holds only JSON-serialisable values."""

    path: str
    reasons: list[Reason] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        return verdict_of(self.reasons)

    @property
    def main_reason(self) -> Reason | None:
        """The most serious reason (the first of them), or None for an `ok` photo."""
        best: Reason | None = None
        for reason in self.reasons:
            if best is None or _RANK[reason.severity] > _RANK[best.severity]:
                best = reason
        return best

    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "reasons": [r.to_dict() for r in self.reasons],
            "facts": dict(self.facts),
        }

    def to_record(self) -> dict[str, Any]:
        return {**self.to_dict(), "reasons": [r.to_record() for r in self.reasons]}
