"""The Windows version resource of tinbai.exe, generated from `app.__version__`.

    python installer/version_info.py                 # print the resource text
    python installer/version_info.py --out FILE      # write it (the spec does this)
    python installer/version_info.py --version       # 0.1.0   (for the build script)
    python installer/version_info.py --version4      # 0.1.0.0 (NSIS VIProductVersion)

The text is the format PyInstaller's `EXE(version=...)` reads (a `VSVersionInfo(...)`
expression). The version is read from app/__init__.py without importing the package.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = "TinBài"
COMPANY = "TinBài"
DESCRIPTION = "TinBài: viết và gửi tin, bài cho Ban Biên tập"
COPYRIGHT = "TinBài contributors, MIT licence"
LANG_CODEPAGE = "042A04B0"  # Vietnamese (0x042A), Unicode (1200 = 0x04B0)


def app_version(root: Path = ROOT) -> str:
    """`__version__` from app/__init__.py, read as text (no import, no side effects)."""
    tree = ast.parse((root / "app" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SystemExit("app/__init__.py has no __version__")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows: "0.1.0" -> (0, 1, 0, 0); "1.2rc1" -> (1, 2, 0, 0)."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version.strip())
    if not match:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(g or 0) for g in match.groups()]
    if any(n > 65535 for n in numbers):
        raise ValueError(f"version {version!r} does not fit a Windows version resource")
    return tuple(numbers)  # type: ignore[return-value]


def version4(version: str) -> str:
    return ".".join(str(n) for n in version_tuple(version))


def render(version: str, exe_name: str = "tinbai.exe") -> str:
    v = version_tuple(version)
    strings = [
        ("CompanyName", COMPANY),
        ("FileDescription", DESCRIPTION),
        ("FileVersion", version),
        ("InternalName", exe_name.rsplit(".", 1)[0]),
        ("LegalCopyright", COPYRIGHT),
        ("OriginalFilename", exe_name),
        ("ProductName", PRODUCT),
        ("ProductVersion", version),
    ]
    table = ",\n".join(f"          StringStruct({k!r}, {val!r})" for k, val in strings)
    return f"""# Made by installer/version_info.py from app.__version__ {version!r}: do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={v},
    prodvers={v},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        {LANG_CODEPAGE!r},
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
"""


def write(path: Path, version: str | None = None, exe_name: str = "tinbai.exe") -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(version or app_version(), exe_name), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the resource text to this file")
    parser.add_argument("--exe-name", default="tinbai.exe")
    parser.add_argument("--version", action="store_true", help="print the version")
    parser.add_argument("--version4", action="store_true", help="print it as four numbers")
    args = parser.parse_args(argv)
    version = app_version()
    if args.version:
        print(version)
    elif args.version4:
        print(version4(version))
    elif args.out:
        write(args.out, version, args.exe_name)
    else:
        sys.stdout.write(render(version, args.exe_name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
