"""`tinbai --self-test` passes on a good build and fails on a broken one; platform set-up."""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
STATUSES = ("OK", "FAIL", "INFO")
# Every check that must say OK on any machine (the keychain is INFO off Windows).
REQUIRED = (
    "resources", "resource banks", "resource quota-rules", "resource template",
    "resource mail-providers",
    "translation tinbai_vi.qm", "translation qtbase_vi.qm", "catalogue vi", "icon",
    "network plugins", "main window", "database", "photo check", "photo check process",
    "content credentials", "HEIC preview", "message",
)


def parse(output: str) -> dict[str, tuple[str, str]]:
    """{check name: (status, detail)} from the self-test's lines ("OK   name   detail")."""
    found = {}
    for line in output.splitlines():
        status = line[:4].strip()
        if status in STATUSES:
            name, _, detail = line[5:].partition("  ")
            found[name.strip()] = (status, detail.strip())
    return found


def photocheck_present() -> bool:
    return importlib.util.find_spec("app.photocheck") is not None


@pytest.mark.slow
def test_self_test_passes_from_a_vietnamese_temp_folder(tmp_path):
    # A Windows user name with Vietnamese letters and spaces ends up in TEMP/TMP.
    temp = tmp_path / "Người dùng thử" / "Tạm"
    temp.mkdir(parents=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp),
           "TEMP": str(temp), "TMP": str(temp), "PYTHONIOENCODING": "utf-8"}
    env.pop("TINBAI_HOME", None)
    result = subprocess.run([sys.executable, "-m", "ui", "--self-test", "--data-dir",
                             str(tmp_path / "never used")],
                            cwd=REPO, env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    checks = parse(result.stdout)
    report = result.stdout + result.stderr
    required = [n for n in REQUIRED if n != "photo check" or photocheck_present()]
    for name in required:
        assert checks.get(name, ("missing",))[0] == "OK", f"{name}: {checks.get(name)}\n{report}"
    assert not [n for n, (s, _) in checks.items() if s == "FAIL"], report
    assert result.returncode == 0, report
    assert "self-test passed" in result.stdout
    # It worked in a temporary folder inside TEMP, removed it, and never made --data-dir.
    assert checks["temporary folder"][1].startswith(str(temp))
    assert list(temp.iterdir()) == []
    assert not (tmp_path / "never used").exists()
    assert checks["keychain"][0] == ("OK" if sys.platform == "win32" else "INFO")


def test_self_test_fails_when_resources_are_missing(qapp, tmp_path, monkeypatch, capsys,
                                                    restore_keyring):
    from app.base import i18n, paths
    from app.document import render
    from app.mail import providers
    from app.model import banks
    from app.quota import rules
    from ui import selftest

    # Fill the caches first, so that nothing else in this process reads the empty folder.
    i18n.translate("Validation", "Type the title.")
    banks.banks()
    rules.default_rules()
    render.template()
    providers.shipped()
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(paths, "resource_dir", lambda: empty)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)

    status = selftest.run(argparse.Namespace(data_dir=None, lang=None, self_test=True))

    checks = parse(capsys.readouterr().out)
    assert status == 1
    for name in ("resource banks", "resource quota-rules", "resource template",
                 "resource mail-providers",
                 "translation tinbai_vi.qm", "catalogue vi", "icon", "message"):
        assert checks[name][0] == "FAIL", (name, checks.get(name))
    assert "is missing" in checks["translation tinbai_vi.qm"][1]
    assert checks["resources"][0] == "OK"  # the folder exists; what is in it is wrong
    assert [p.name for p in tmp_path.iterdir()] == ["empty"]  # its temp folder is gone


def test_a_failing_check_is_reported_not_raised(capsys):
    from ui import selftest

    report = selftest.Report()

    def broken():
        raise OSError(28, "No space left on device")

    assert report.check("disk", broken) is False
    assert report.check("fine", lambda: "all good") is True
    out = capsys.readouterr().out
    assert report.failed == 1 and report.passed == 1
    assert parse(out)["disk"][0] == "FAIL" and "No space left" in parse(out)["disk"][1]


# -- the keychain choice (app.mail.secrets) -----------------------------------------------
@pytest.fixture
def restore_keyring():
    import keyring

    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_configure_keyring_leaves_other_platforms_alone(monkeypatch, restore_keyring):
    import keyring

    from app.mail import secrets

    before = keyring.get_keyring()
    monkeypatch.setattr(sys, "platform", "linux")
    assert secrets.configure_keyring() is None
    assert keyring.get_keyring() is before


def test_configure_keyring_selects_the_windows_vault(monkeypatch, restore_keyring):
    import types

    import keyring
    from keyring.backend import KeyringBackend

    from app.mail import secrets

    class WinVaultKeyring(KeyringBackend):  # stands in for keyring.backends.Windows's
        priority = 5

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            pass

        def delete_password(self, service, username):
            pass

    fake = types.ModuleType("keyring.backends.Windows")
    fake.WinVaultKeyring = WinVaultKeyring
    monkeypatch.setitem(sys.modules, "keyring.backends.Windows", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv(secrets.KEYRING_OVERRIDE, raising=False)

    assert secrets.configure_keyring() == "WinVaultKeyring"
    assert isinstance(keyring.get_keyring(), WinVaultKeyring)


def test_configure_keyring_keeps_keyrings_choice_when_the_vault_is_unusable(
        monkeypatch, restore_keyring):
    import keyring

    from app.mail import secrets

    if sys.platform == "win32":
        pytest.skip("the real vault is usable here")
    before = keyring.get_keyring()
    monkeypatch.setattr(sys, "platform", "win32")  # the real backend lacks win32ctypes here
    monkeypatch.delenv(secrets.KEYRING_OVERRIDE, raising=False)
    assert secrets.configure_keyring() is None
    assert keyring.get_keyring() is before


# -- ui.instance ----------------------------------------------------------------------------
def test_running_marker():
    from ui import instance

    held = instance.hold_running_marker()
    if sys.platform != "win32":
        assert held is False
        return
    import ctypes
    from ctypes import wintypes

    assert held is True and instance.hold_running_marker() is True
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenMutexW.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.LPCWSTR]
    kernel32.OpenMutexW.restype = wintypes.HANDLE
    handle = kernel32.OpenMutexW(0x00100000, False, instance.MUTEX_NAME)
    assert handle  # what the installer sees
    kernel32.CloseHandle(handle)


def test_mutex_name_matches_the_installer():
    from ui import instance

    nsi = (REPO / "installer" / "tinbai.nsi").read_text(encoding="utf-8-sig")
    assert f'!define MUTEX_NAME "{instance.MUTEX_NAME}"' in nsi
