"""The delivery files: the NSIS script compiles and says what it must, the PyInstaller spec
collects what the app needs, the version resource carries app.__version__, the icon is the
one its script draws. PyInstaller itself is too slow for the suite (installer/build runs it)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app

REPO = Path(__file__).resolve().parent.parent
INSTALLER = REPO / "installer"
NSI = INSTALLER / "tinbai.nsi"
SPEC = INSTALLER / "tinbai.spec"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"_tinbai_{name}", INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def nsi_text() -> str:
    raw = NSI.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "tinbai.nsi must be UTF-8 with a BOM for makensis"
    return raw.decode("utf-8-sig")


# -- NSIS -------------------------------------------------------------------------------------
def makensis() -> str:
    found = shutil.which("makensis")
    if not found:
        pytest.skip("makensis is not installed (apt-get install nsis)")
    return found


def fake_frozen(folder: Path) -> Path:
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "tinbai.exe").write_bytes(b"MZ not really a program")
    (folder / "tinbai-cli.exe").write_bytes(b"MZ not really a program")
    (folder / "_internal" / "resources" / "dữ liệu.txt").write_text("thử", encoding="utf-8")
    return folder


def compile_nsi(tmp_path: Path, srcdir: Path, *extra: str) -> subprocess.CompletedProcess:
    out = tmp_path / "TinBai-setup.exe"
    return subprocess.run(
        [makensis(), "-V2", "-WX", "-DFAST", f"-DVERSION={app.__version__}",
         f"-DVERSION4={load('version_info').version4(app.__version__)}",
         f"-DSRCDIR={srcdir}", f"-DOUTFILE={out}", f"-DROOT={REPO}", *extra, str(NSI)],
        cwd=INSTALLER, capture_output=True, text=True, timeout=120)


def test_nsis_script_compiles(tmp_path):
    # A staged folder in a path with Vietnamese letters and spaces, like a user profile.
    src = fake_frozen(tmp_path / "Người dùng" / "tinbai")
    result = compile_nsi(tmp_path, src)
    assert result.returncode == 0, result.stdout + result.stderr
    data = (tmp_path / "TinBai-setup.exe").read_bytes()
    assert data[:2] == b"MZ"
    # The Windows version resource of the installer (UTF-16 strings, not compressed).
    assert f"Cài đặt TinBài {app.__version__}".encode("utf-16-le") in data


def test_nsis_script_refuses_a_folder_without_the_program(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = compile_nsi(tmp_path, empty)
    assert result.returncode != 0
    assert "has no tinbai.exe" in result.stdout + result.stderr


def test_nsis_script_needs_a_version(tmp_path):
    src = fake_frozen(tmp_path / "tinbai")
    result = subprocess.run([makensis(), "-V2", f"-DSRCDIR={src}",
                             f"-DOUTFILE={tmp_path / 'x.exe'}", str(NSI)],
                            cwd=INSTALLER, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "VERSION is not defined" in result.stdout + result.stderr


def test_nsis_script_is_per_user_vietnamese_and_registers_an_uninstaller():
    text = nsi_text()
    for needle in (
        "Unicode true",
        "RequestExecutionLevel user",
        'InstallDir "$LOCALAPPDATA\\Programs\\TinBai"',
        'InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"',
        "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\TinBai",
        '!insertmacro MUI_LANGUAGE "Vietnamese"',
        "kernel32::OpenMutexW",
        "SetOverwrite on",
        "FileErrorText",
        "$SMPROGRAMS\\${SHORTCUT}",
        "$DESKTOP\\${SHORTCUT}",
        '!define DATA_DIR "$LOCALAPPDATA\\TinBai"',
        'Section /o "un.$(UnSecData)"',  # deleting the data is opt-in
    ):
        assert needle in text, needle
    for value in ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon",
                  "UninstallString", "InstallLocation", "EstimatedSize", "NoModify",
                  "NoRepair"):
        assert re.search(rf'WriteReg(Str|DWORD) HKCU "\$\{{UNINST_KEY\}}" "{value}"', text), value
    assert "HKLM" not in text  # nothing machine-wide: no administrator needed
    assert "$PROGRAMFILES" not in text


def test_every_nsis_string_is_defined_in_vietnamese_with_diacritics():
    text = nsi_text()
    defined = dict(re.findall(r"^LangString (\w+) \$\{LANG_VIETNAMESE\} \"(.*)\"$", text,
                              flags=re.MULTILINE))
    used = set(re.findall(r"\$\((\w+)\)", text))
    assert used, "no LangString is used"
    assert used <= set(defined), f"used but not defined: {sorted(used - set(defined))}"
    assert set(defined) <= used, f"defined but not used: {sorted(set(defined) - used)}"
    vietnamese = re.compile(
        r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.IGNORECASE)
    for name, value in defined.items():
        assert vietnamese.search(value), f"{name} is not Vietnamese: {value!r}"


# -- PyInstaller spec --------------------------------------------------------------------------
def test_spec_collects_what_the_frozen_app_needs():
    text = SPEC.read_text(encoding="utf-8")
    for needle in (
        '"resources"',  # the whole resources/ package as data at resources/
        'collect_submodules("app")',  # CLI subcommands and ui.* are imported by name
        'collect_submodules("ui")',
        '"PySide6.QtNetwork"',  # brings plugins/networkinformation
        '"keyring.backends.Windows"',
        '"win32ctypes.pywin32.win32cred"',
        'collect_data_files("docx")',  # python-docx's default template
        'copy_metadata("keyring")',
        "tinbai_main.py",
        "upx=False",
        "exclude_binaries=True",  # one-folder mode
        '"tkinter"',
        'contents_directory="_internal"',
        'collect_dynamic_libs("c2pa")',  # ctypes loads it: the analysis cannot see it
        "binaries=c2pa_binaries()",
        '".lib", ".rlib"',  # never the 283 MB static library
        '"pillow_heif"',
        'copy_metadata("c2pa-python")',
    ):
        assert needle in text, needle
    assert re.search(r"executable\(GUI_NAME, console=not WINDOWS\)", text)
    assert re.search(r"executable\(CLI_NAME, console=True\)", text)
    assert 'name="tinbai"' in text


def test_spec_resource_list_covers_every_shipped_file():
    # The spec's resource_datas(), run on its own: every file under resources/ is collected.
    text = SPEC.read_text(encoding="utf-8")
    source = text[text.index("def resource_datas"):text.index("hiddenimports = [")]
    namespace = {"ROOT": REPO, "Path": Path}
    exec(source, namespace)
    collected = {Path(dest) / Path(src).name for src, dest in namespace["resource_datas"]()}
    for must in ("resources/data/banks-vn.tsv", "resources/data/quota-rules.json",
                 "resources/data/template-vi.json", "resources/translations/tinbai_vi.qm",
                 "resources/translations/tinbai_vi.ts", "resources/translations/qtbase_vi.qm",
                 "resources/icons/tinbai.ico", "resources/icons/tinbai.png",
                 "resources/selftest/test-photo.jpg", "resources/selftest/test-photo.heic",
                 "resources/data/c2pa-trust-list.pem"):
        assert Path(must) in collected, must
    assert not [p for p in collected if "__pycache__" in p.parts]


def test_entry_script_runs_the_cli():
    result = subprocess.run([sys.executable, str(INSTALLER / "tinbai_main.py"), "--version"],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert app.__version__ in result.stdout


# -- version resource --------------------------------------------------------------------------
def test_version_resource_carries_the_app_version():
    version_info = load("version_info")
    assert version_info.app_version() == app.__version__
    text = version_info.render(app.__version__)

    recorded: dict[str, str] = {}
    tuples = []

    def record(*args, **kwargs):
        if len(args) == 2 and all(isinstance(a, str) for a in args):
            recorded[args[0]] = args[1]
        tuples.extend(v for v in kwargs.values() if isinstance(v, tuple))
        return (args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
             "StringStruct", "VarFileInfo", "VarStruct")
    eval(text, {name: record for name in names})  # the same evaluation PyInstaller does
    assert recorded["ProductVersion"] == app.__version__
    assert recorded["FileVersion"] == app.__version__
    assert recorded["OriginalFilename"] == "tinbai.exe"
    assert version_info.version_tuple(app.__version__) in tuples


@pytest.mark.parametrize(("version", "expected"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2rc1", (1, 2, 0, 0)), ("2", (2, 0, 0, 0)),
    ("1.2.3.4.5", (1, 2, 3, 4)), ("3.0.1+local", (3, 0, 1, 0)),
])
def test_version_numbers_for_windows(version, expected):
    assert load("version_info").version_tuple(version) == expected


def test_version_that_windows_cannot_hold_is_refused():
    with pytest.raises(ValueError):
        load("version_info").version_tuple("1.70000.0")
    with pytest.raises(ValueError):
        load("version_info").version_tuple("dev")


# -- icon ---------------------------------------------------------------------------------------
def test_icon_is_what_its_script_draws_and_has_every_size():
    from PIL import Image

    result = subprocess.run([sys.executable, str(INSTALLER / "make_icon.py"), "--check"],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    with Image.open(REPO / "resources" / "icons" / "tinbai.ico") as ico:
        sizes = {w for w, _h in ico.info["sizes"]}
    assert {16, 24, 32, 48, 256} <= sizes
    with Image.open(REPO / "resources" / "icons" / "tinbai.png") as png:
        assert png.size == (256, 256)


def test_build_scripts_are_executable_shell():
    for name in ("build", "ci"):
        path = INSTALLER / name
        if sys.platform != "win32":  # Windows has no executable bit (build.cmd is its door)
            assert path.stat().st_mode & 0o111, f"{name} is not executable"
        if shutil.which("bash"):
            subprocess.run(["bash", "-n", str(path)], check=True)
