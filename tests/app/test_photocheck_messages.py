"""Reasons and their texts: complete, filled in, and marked the way lupdate needs."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.base import i18n
from app.photocheck import CODES, VERDICTS, verdict_label
from app.photocheck.messages import make_reason, severity_of
from app.photocheck.report import SEVERITIES, PhotoReport, Reason, verdict_of

REPO = Path(__file__).resolve().parents[2]
SOURCES = sorted((REPO / "app" / "photocheck").glob("*.py")) + [REPO / "app/cli/photos.py"]

VALUES = {"format": "PNG", "name": "GIMP 2.10", "real": "640 × 480",
          "recorded": "4000 × 3000", "app": "Zalo", "long": 640,
          # content credentials: kept as codes, said in words
          "editor": "Photo Editor 3.0", "problem": "changed", "signer": "Google LLC",
          "device": "Pixel 10", "trust": "trusted",
          "actions": "c2pa.cropped c2pa.edited|compositeWithTrainedAlgorithmicMedia"}


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_reason_has_texts(code, language):
    i18n.set_language(language)
    reason = make_reason(code, **VALUES)
    assert reason.code == code
    assert reason.severity == severity_of(code)
    if reason.severity == "ok":  # a finding in the photo's favour: nothing to do
        assert code.startswith("c2pa-") and not reason.remedy
    else:
        assert reason.severity in SEVERITIES and reason.remedy.strip()
    assert reason.message.strip()
    assert "{" not in reason.message and "}" not in reason.message
    stored = reason.to_dict()  # as the draft keeps it: read back, the same reason
    assert {k: stored[k] for k in ("code", "message", "remedy")} == {
        "code": code, "message": reason.message, "remedy": reason.remedy}
    assert type(reason).from_dict(stored) == reason


def test_priority_lists_every_code_once():
    from app.photocheck.messages import PRIORITY

    assert sorted(PRIORITY) == sorted(CODES)


def test_reasons_are_sorted_most_serious_and_most_telling_first():
    from app.photocheck.messages import sort_reasons

    reasons = [make_reason(c, **VALUES) for c in
               ("small-image", "encoder-layout", "no-exif", "thumbnail-mismatch",
                "editor-software", "not-found")]
    assert [r.code for r in sort_reasons(reasons)] == [
        "not-found", "editor-software", "no-exif", "thumbnail-mismatch", "encoder-layout",
        "small-image"]


def test_codes_are_stable_kebab_case():
    for code in CODES:
        assert code == code.lower() and " " not in code and "_" not in code


def test_verdict_of_takes_the_most_serious():
    def r(severity):
        return Reason("x", "m", "r", severity)

    assert verdict_of([]) == "ok"
    assert verdict_of([r("review")]) == "review"
    assert verdict_of([r("review"), r("reject")]) == "reject"
    assert verdict_of([r("error"), r("reject")]) == "error"
    report = PhotoReport("p", [r("review"), r("reject"), r("review")])
    assert report.main_reason.severity == "reject"
    assert PhotoReport("p").main_reason is None


def test_verdict_labels():
    labels = {verdict_label(v) for v in VERDICTS}
    assert len(labels) == 4 and all(labels)


def _translate_calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
            yield node


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_translate_calls_use_literals(path):
    """lupdate extracts only literal (context, text) pairs."""
    expected = "Cli" if path.parent.name == "cli" else "PhotoCheck"
    for call in _translate_calls(path):
        context, text = call.args[:2]
        assert isinstance(context, ast.Constant) and context.value == expected
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)
        assert text.value.strip()


def test_no_user_text_outside_translate():
    """Messages reach the user only through the catalogue."""
    source = (REPO / "app/photocheck/rules.py").read_text(encoding="utf-8")
    assert "translate(" not in source  # rules produce codes; messages.py owns the words
