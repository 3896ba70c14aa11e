"""The one base class of every error a user may see.

A `UserError` carries a stable `code` (for tests, JSON output and decisions) and a `message`
in the user's language that says what happened; `advice` (possibly empty) says what to do.
Both faces show these words as they are: the GUI catches `UserError` and sends anything else
to its crash report; the CLI prints them (or their JSON) and exits with status 1 or 2.
"""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can understand and act on."""

    def __init__(self, code: str, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.code = code
        self._message = message
        self._advice = advice

    @property
    def message(self) -> str:
        return self._message

    @property
    def advice(self) -> str:
        return self._advice

    @property
    def text(self) -> str:
        """Message and advice in one paragraph, as a banner shows them."""
        return f"{self.message} {self.advice}".strip()
