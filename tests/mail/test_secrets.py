"""The password store: OS keychain via keyring, or process memory when there is none."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import PasswordSetError

from app.mail import secrets
from app.mail.accounts import GMAIL, account_from_preset
from tests.mail.smtpserver import MemoryKeyring

PASSWORD = "abcdefghijklmnop"


@pytest.fixture
def account():
    return account_from_preset(GMAIL, "hoa.cd@gmail.com")


class EmptyChainer(chainer.ChainerBackend):
    backends = ()


class MemoryFirstChainer(chainer.ChainerBackend):
    backends = (MemoryKeyring(),)


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise PasswordSetError("locked")


def test_round_trip_through_the_keychain(memory_keyring, account):
    assert secrets.keychain_available()
    assert secrets.store_password(account, PASSWORD) is True
    assert memory_keyring.passwords == {("TinBai", "hoa.cd@gmail.com@smtp.gmail.com"): PASSWORD}
    assert secrets.get_password(account) == PASSWORD
    secrets.delete_password(account)
    assert secrets.get_password(account) is None and not memory_keyring.passwords
    secrets.delete_password(account)  # deleting twice is fine


def test_accounts_do_not_share_passwords(memory_keyring, account):
    other = account_from_preset(GMAIL, "someone.else@gmail.com")
    secrets.store_password(account, PASSWORD)
    assert secrets.get_password(other) is None


@pytest.mark.parametrize("backend, available", [
    (fail.Keyring(), False), (null.Keyring(), False), (EmptyChainer(), False),
    (MemoryFirstChainer(), True), (MemoryKeyring(), True),
])
def test_keychain_available(memory_keyring, backend, available):
    keyring.set_keyring(backend)
    assert secrets.keychain_available() is available


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), EmptyChainer()])
def test_without_a_keychain_the_password_lives_in_memory_only(
        memory_keyring, account, backend, tmp_path, monkeypatch):
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA",
                "TINBAI_HOME"):
        monkeypatch.setenv(var, str(tmp_path))
    keyring.set_keyring(backend)
    assert secrets.store_password(account, PASSWORD) is False
    assert secrets.get_password(account) == PASSWORD
    assert not any(Path(tmp_path).rglob("*"))  # nothing written anywhere
    secrets.forget_session()
    assert secrets.get_password(account) is None
    secrets.remember_for_session(account, PASSWORD)
    secrets.delete_password(account)
    assert secrets.get_password(account) is None


def test_a_refusing_keychain_falls_back_to_the_session(memory_keyring, account, caplog):
    caplog.set_level(logging.DEBUG)
    keyring.set_keyring(RefusingKeyring())
    assert secrets.store_password(account, PASSWORD) is False
    assert secrets.get_password(account) == PASSWORD
    assert caplog.records and PASSWORD not in caplog.text


def test_the_session_answer_comes_first(memory_keyring, account):
    secrets.store_password(account, PASSWORD)
    secrets.remember_for_session(account, "typed just now")
    assert secrets.get_password(account) == "typed just now"
    secrets.forget_session(account)
    assert secrets.get_password(account) == PASSWORD


def test_storing_in_the_keychain_clears_the_session_copy(memory_keyring, account):
    secrets.remember_for_session(account, "old")
    secrets.store_password(account, PASSWORD)
    assert secrets.get_password(account) == PASSWORD


def test_empty_password_is_refused(memory_keyring, account):
    with pytest.raises(ValueError):
        secrets.store_password(account, "")
