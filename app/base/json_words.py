"""What a value in a JSON data file is, in the user's words (for the problems a faulty rules
or mail-providers file is refused with)."""

from __future__ import annotations

from app.base.i18n import translate


def type_name(value: object) -> str:
    """"an object", "a list", "a text", ... (bool before int: JSON true is not a number)."""
    if isinstance(value, dict):
        return translate("DataFile", "an object")
    if isinstance(value, list):
        return translate("DataFile", "a list")
    if isinstance(value, str):
        return translate("DataFile", "a text")
    if isinstance(value, bool):
        return translate("DataFile", "true/false")
    if isinstance(value, int):
        return translate("DataFile", "a whole number")
    if isinstance(value, float):
        return translate("DataFile", "a decimal number")
    return translate("DataFile", "null")
