"""Keep the translation catalogues in step with the code.

    python tools/translations.py update    # lupdate: new strings into the .ts sources
    python tools/translations.py release   # lrelease: .ts sources into the .qm files
    python tools/translations.py check     # fails if a string is new or unfinished
    python tools/translations.py todo      # the unfinished entries as TSV (context, source)
    python tools/translations.py fill F    # take translations from a TSV file (context,
                                           # source, translation; one entry a line)

English is the source language; resources/translations/tinbai_vi.ts holds the Vietnamese
(edit it with Qt Linguist, `pyside6-linguist`, or any text editor). qtbase_vi.ts holds our
Vietnamese for Qt's own buttons and menus, which Qt does not ship.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = TRANSLATIONS / "tinbai_vi.ts"
QT_CATALOGUE = TRANSLATIONS / "qtbase_vi.ts"


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or \
        shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install pyside6-essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("app", "ui")
                  for p in (ROOT / folder).rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run([tool("lupdate"), *sources(), "-ts", str(target), "-locations", "none",
                    "-no-obsolete", "-target-language", "vi_VN", "-silent"],
                   cwd=ROOT, check=True)


def release() -> None:
    for ts in (CATALOGUE, QT_CATALOGUE):
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def problems() -> list[str]:
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        shutil.copy(CATALOGUE, fresh)
        lupdate(fresh)
        current = messages(CATALOGUE)
        for key in messages(fresh):
            if key not in current:
                found.append(f"not in the catalogue (run update): {key}")
        for key in current:
            if key not in messages(fresh):
                found.append(f"no longer in the code (run update): {key}")
    for key, tr in current.items():
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not tr.text:
            found.append(f"unfinished: {key}")
    return found


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def _escape(text: str) -> str:
    return text.replace("\t", "\\t").replace("\n", "\\n")


def todo() -> list[str]:
    """The unfinished entries, one TSV line each (newlines and tabs written as \\n, \\t)."""
    return ["\t".join((_escape(ctx), _escape(src), _escape(tr.text or "") if tr is not None
                        else "")) for (ctx, src), tr in messages(CATALOGUE).items()
            if tr is None or tr.get("type") == "unfinished" or not tr.text]


def fill(tsv: Path) -> int:
    """Put the translations of a TSV file into the catalogue (then `update` tidies it)."""
    wanted = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ctx, src, tr = line.split("\t")
            wanted[(_unescape(ctx), _unescape(src))] = _unescape(tr)
    tree = ET.parse(CATALOGUE)
    done = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            key = (name, m.findtext("source"))
            if key in wanted:
                tr = m.find("translation")
                tr.text = wanted.pop(key)
                tr.attrib.pop("type", None)
                done += 1
    tree.write(CATALOGUE, encoding="utf-8", xml_declaration=True)
    lupdate(CATALOGUE)  # back to lupdate's own layout
    for key in wanted:
        print(f"not in the catalogue: {key}", file=sys.stderr)
    return done


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        lupdate(CATALOGUE)
    elif command == "release":
        release()
    elif command == "todo":
        print("\n".join(todo()))
    elif command == "fill":
        print(f"{fill(Path(argv[2]))} translations filled")
        release()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "catalogue complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
