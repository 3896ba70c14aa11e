"""The Vietnamese catalogue is complete, in step with the code, and compiled."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
import translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(path):
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            yield ctx.findtext("name"), m.findtext("source"), m.find("translation")


@pytest.mark.parametrize("catalogue", ["tinbai_vi.ts", "qtbase_vi.ts"])
def test_every_entry_is_translated(catalogue):
    unfinished = [(c, s) for c, s, t in messages(translations.TRANSLATIONS / catalogue)
                  if t is None or t.get("type") or not (t.text or "").strip()]
    assert unfinished == []


def test_placeholders_and_shortcuts_survive_translation():
    bad = []
    for ctx, source, tr in messages(translations.CATALOGUE):
        text = tr.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            bad.append((ctx, source, "placeholders"))
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            bad.append((ctx, source, "keyboard shortcut"))
    assert bad == []


def test_catalogue_matches_the_code():
    assert translations.problems() == []


def test_compiled_catalogues_are_current(tmp_path):
    lrelease = translations.tool("lrelease")
    for name in ("tinbai_vi", "qtbase_vi"):
        fresh = tmp_path / f"{name}.qm"
        subprocess.run([lrelease, "-silent", str(translations.TRANSLATIONS / f"{name}.ts"),
                        "-qm", str(fresh)], check=True)
        committed = translations.TRANSLATIONS / f"{name}.qm"
        assert fresh.read_bytes() == committed.read_bytes(), f"run translations.py release ({name})"


def test_core_speaks_vietnamese_by_default_and_english_on_request():
    from app.base import i18n

    assert i18n.translate("Validation", "Type the title.") == "Nhập tít tin, bài."
    i18n.set_language("en")
    assert i18n.translate("Validation", "Type the title.") == "Type the title."



def test_no_translated_string_hides_where_lupdate_cannot_see_it():
    """lupdate skips calls inside f-strings: such a string would never be translated."""
    hidden = re.compile(r"""f(["']).*\{[^}]*\b(tr|translate)\(""")
    found = [f"{path.relative_to(REPO)}:{n}"
             for folder in ("app", "ui") for path in (REPO / folder).rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if hidden.search(line)]
    assert found == []
