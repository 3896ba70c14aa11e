"""The result of checking one photo: a verdict, the reasons behind it and the facts measured.

No heavy imports here: the GUI imports these types at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.model import CheckReason, PhotoCheck
from app.model.states import Verdict

OK = Verdict.OK
REVIEW = Verdict.REVIEW
REJECT = Verdict.REJECT
ERROR = Verdict.ERROR

VERDICTS = tuple(Verdict)
SEVERITIES = (REVIEW, REJECT, ERROR)

# One finding: a stable code, a plain sentence, what to do, and how serious it is; the same
# record the draft keeps with the photo.
Reason = CheckReason


def verdict_of(reasons: list[Reason]) -> Verdict:
    """The most serious severity among the reasons (ok when there is none)."""
    return max((r.severity for r in reasons), key=lambda v: v.rank, default=OK)


@dataclass
class PhotoReport:
    """What the checker says about one file. `facts` holds only JSON-serialisable values."""

    path: str
    reasons: list[Reason] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.reasons)

    @property
    def main_reason(self) -> Reason | None:
        """The most serious reason (the first of them), or None for an `ok` photo (a finding
        in the photo's favour, severity ok, is no reason for doubt)."""
        best: Reason | None = None
        for reason in self.reasons:
            if reason.severity == OK:
                continue
            if best is None or reason.severity.rank > best.severity.rank:
                best = reason
        return best

    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]

    def to_dict(self) -> dict[str, Any]:
        """What `check-photos --json` prints for the file."""
        return {
            "verdict": self.verdict,
            "reasons": [{"code": r.code, "message": r.message, "remedy": r.remedy,
                         "severity": r.severity} for r in self.reasons],
            "facts": dict(self.facts),
        }

    def to_check(self, sha256: str) -> PhotoCheck:
        """The result as the draft keeps it with the photo whose bytes have `sha256`."""
        return PhotoCheck(self.verdict, tuple(self.reasons), dict(self.facts), sha256)
