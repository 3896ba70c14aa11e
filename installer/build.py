"""Freeze TinBài with PyInstaller, prove the frozen build works, then compile the installer.

Run it through `installer/build` (Linux, macOS) or `installer\\build.cmd` (Windows), which pick
the Python; or directly with the Python of an environment where TinBài is installed
(`pip install -e .` plus `pip install pyinstaller`):

    python installer/build.py [--install-tools] [--fast-installer] [--no-installer]

Steps: compile the translations (.ts -> .qm), draw the icon if it is missing, freeze with
installer/tinbai.spec into dist/tinbai/, run the frozen self-test twice (once with TEMP/TMP
in a folder named "Người dùng thử/Tạm": a Vietnamese user name with spaces), then compile
installer/tinbai.nsi with makensis into dist/TinBai-<version>-setup.exe. Any failure stops
the build with a non-zero exit status. On Linux the installer wraps the Linux-frozen files:
it proves that the NSIS script compiles; only a Windows build makes a usable installer.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
FROZEN = DIST / "tinbai"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
VIETNAMESE_TEMP = Path("Người dùng thử") / "Tạm"

sys.path.insert(0, str(INSTALLER))
import version_info  # noqa: E402


class BuildError(Exception):
    pass


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run([str(c) for c in cmd], **kwargs)
    if result.returncode != 0:
        raise BuildError(f"{Path(str(cmd[0])).name} failed with exit status {result.returncode}")
    return result


def folder_size(folder: Path) -> int:
    """Bytes in a folder, each file once (symbolic links not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


# -- tools ---------------------------------------------------------------------------------
def ensure_pyinstaller(install: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if not install:
            raise BuildError(f"PyInstaller is not installed in {sys.executable}: "
                             "pip install pyinstaller (or pass --install-tools)") from None
        run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.6"])
    try:
        import PySide6  # noqa: F401

        import app  # noqa: F401
    except ImportError as exc:
        raise BuildError(f"TinBài is not installed in {sys.executable} ({exc}): "
                         "pip install -e .") from exc


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    if WINDOWS:
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            if base and (Path(base) / "NSIS" / "makensis.exe").exists():
                return str(Path(base) / "NSIS" / "makensis.exe")
    hint = "choco install nsis -y" if WINDOWS else "apt-get install nsis"
    raise BuildError(f"makensis not found: install NSIS ({hint})")


# -- steps ---------------------------------------------------------------------------------
def translations() -> None:
    step("translations: .ts -> .qm")
    run([sys.executable, ROOT / "tools" / "translations.py", "release"], cwd=ROOT)


def icon() -> None:
    ico = ROOT / "resources" / "icons" / "tinbai.ico"
    if ico.exists() and (ico.parent / "tinbai.png").exists():
        return
    step("icon")
    run([sys.executable, INSTALLER / "make_icon.py"], cwd=ROOT)


def freeze() -> None:
    step("freeze: PyInstaller")
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", WORK, INSTALLER / "tinbai.spec"], cwd=ROOT)
    for name in ("tinbai", "tinbai-cli"):
        if not (FROZEN / f"{name}{EXE}").exists():
            raise BuildError(f"PyInstaller did not make {FROZEN / (name + EXE)}")


def self_test() -> list[str]:
    """The frozen self-test: as it is, and from a Vietnamese temporary folder with spaces
    (offscreen Qt). On Windows also with Qt's native "windows" platform (proves its plugin is
    in the build) and through the windowed tinbai.exe, which has no stdout: its exit status
    is what counts. Returns the outputs."""
    outputs = []
    vietnamese = ROOT / "build" / "selftest" / VIETNAMESE_TEMP
    temp = {"TEMP": str(vietnamese), "TMP": str(vietnamese), "TMPDIR": str(vietnamese)}
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    if WINDOWS:
        runs = [
            ("tinbai-cli.exe", "native Windows platform", {"QT_QPA_PLATFORM": None}),
            ("tinbai-cli.exe", f"TEMP/TMP = {vietnamese}", {**offscreen, **temp}),
            ("tinbai.exe", "windowed executable (exit status only)", offscreen),
        ]
    else:
        runs = [
            ("tinbai", "default temporary folder", offscreen),
            ("tinbai-cli", f"TEMP/TMP = {vietnamese}", {**offscreen, **temp}),
        ]
    for exe, label, extra in runs:
        step(f"frozen self-test: {exe}, {label}")
        if "TEMP" in extra:
            shutil.rmtree(vietnamese, ignore_errors=True)
            vietnamese.mkdir(parents=True)
        env = {**os.environ, **{k: v for k, v in extra.items() if v is not None}}
        for name in ("TINBAI_HOME", *(k for k, v in extra.items() if v is None)):
            env.pop(name, None)
        print(f"$ {FROZEN / exe} --self-test", flush=True)
        result = subprocess.run([str(FROZEN / exe), "--self-test"], env=env, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                timeout=300)
        text = result.stdout.decode("utf-8", "backslashreplace")
        text = "\n".join(line for line in text.splitlines()
                         if "does not support propagateSizeHints" not in line)
        print(text, flush=True)
        outputs.append(text)
        if result.returncode != 0:
            raise BuildError(f"the frozen self-test failed ({exe}, {label}): exit status "
                             f"{result.returncode}")
        if "TEMP" in extra and any(vietnamese.iterdir()):
            raise BuildError(f"the self-test left files in {vietnamese}")
    return outputs


def installer(version: str, fast: bool) -> Path:
    step("installer: makensis" + (" (fast: not compressed)" if fast else ""))
    makensis = find_makensis()
    out = DIST / f"TinBai-{version}-setup.exe"
    out.unlink(missing_ok=True)
    cmd = [makensis, "-V2", "-WX", f"-DVERSION={version}",
           f"-DVERSION4={version_info.version4(version)}", f"-DSRCDIR={FROZEN}",
           f"-DOUTFILE={out}", f"-DROOT={ROOT}"]
    if fast:
        cmd.append("-DFAST")
    run([*cmd, INSTALLER / "tinbai.nsi"], cwd=INSTALLER)
    if not out.exists():
        raise BuildError(f"makensis did not write {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--install-tools", action="store_true",
                        help="pip install PyInstaller into this Python if it is missing")
    parser.add_argument("--fast-installer", action="store_true",
                        help="do not compress the installer (CI proof builds: seconds instead "
                             "of minutes for solid LZMA, a file as big as the frozen folder)")
    parser.add_argument("--no-installer", action="store_true",
                        help="stop after the frozen self-test")
    args = parser.parse_args(argv)

    try:  # Vietnamese paths on a Windows console that cannot show them: escape, never crash
        sys.stdout.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError):
        pass
    started = time.monotonic()
    times: dict[str, float] = {}
    version = version_info.app_version()
    print(f"TinBài {version}: building with {sys.executable} "
          f"(Python {sys.version.split()[0]}, {sys.platform})", flush=True)
    try:
        ensure_pyinstaller(args.install_tools)
        if not args.no_installer:
            find_makensis()  # fail early, before the long freeze
        t = time.monotonic()
        translations()
        icon()
        freeze()
        times["freeze"] = time.monotonic() - t
        t = time.monotonic()
        self_test()
        times["self-test"] = time.monotonic() - t
        setup = None
        if not args.no_installer:
            t = time.monotonic()
            setup = installer(version, args.fast_installer)
            times["installer"] = time.monotonic() - t
    except (BuildError, subprocess.TimeoutExpired) as exc:
        print(f"\nBUILD FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    total = time.monotonic() - started
    step("done")
    print(f"frozen folder  {FROZEN}  {mb(folder_size(FROZEN))}")
    if setup is not None:
        print(f"installer      {setup}  {mb(setup.stat().st_size)}")
    print("time           " + ", ".join(f"{k} {v:.0f} s" for k, v in times.items())
          + f"; total {total / 60:.1f} min")
    if not WINDOWS and setup is not None:
        print("note           built on Linux: the installer wraps Linux files and only proves "
              "that installer/tinbai.nsi compiles; build on Windows for a usable installer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
