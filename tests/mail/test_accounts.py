"""Account settings, the shipped providers and their help texts."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from app.base import i18n
from app.mail import providers
from app.mail.accounts import (
    CUSTOM,
    GMAIL,
    M365,
    OAUTH_AUTH,
    OUTLOOK,
    PASSWORD_AUTH,
    STARTTLS,
    TLS,
    YAHOO,
    Account,
    account_from_preset,
    clean_password,
    provider_of,
)

PRESETS = providers.shipped()


def preset_for_address(address):
    return PRESETS.for_address(address)


def test_presets_carry_the_providers_servers():
    gmail = PRESETS[GMAIL]
    assert (gmail.host, gmail.port, gmail.security) == ("smtp.gmail.com", 587, STARTTLS)
    assert (465, TLS) in gmail.alternatives
    assert gmail.size_limit == 35_882_577 and gmail.app_password and gmail.usable
    assert gmail.oauth.scopes == ("https://mail.google.com/",) and not gmail.oauth_ready
    yahoo = PRESETS[YAHOO]
    assert (yahoo.host, yahoo.port, yahoo.security) == ("smtp.mail.yahoo.com", 465, TLS)
    assert (587, STARTTLS) in yahoo.alternatives and yahoo.app_password
    assert yahoo.size_limit == 25 * 1024 * 1024
    m365 = PRESETS[M365]
    assert (m365.host, m365.port, m365.security) == ("smtp.office365.com", 587, STARTTLS)
    assert m365.oauth.scopes == ("https://outlook.office.com/SMTP.Send", "offline_access")
    assert m365.size_limit == 35 * 1024 * 1024 and m365.takes_password
    outlook = PRESETS[OUTLOOK]
    assert (outlook.host, outlook.port) == ("smtp.office365.com", 587)
    assert outlook.size_limit == 20 * 1024 * 1024
    # Outlook.com takes no password, and no client is registered: not usable until the
    # federation's providers file brings one.
    assert not outlook.takes_password and not outlook.usable
    assert PRESETS[CUSTOM].host == "" and PRESETS[CUSTOM].usable
    assert list(PRESETS) == [GMAIL, M365, OUTLOOK, YAHOO, CUSTOM]
    # No client ID is shipped: never another program's, none of our own registered here.
    assert not any(p.oauth and p.oauth.client_id for p in PRESETS.values())


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_preset_has_a_label_and_help(language):
    i18n.set_language(language)
    for preset in PRESETS.values():
        assert preset.label.strip() and preset.help.strip()
    # The Gmail help walks through making an app password.
    i18n.set_language("en")
    assert "App passwords" in PRESETS[GMAIL].help


def test_account_from_preset():
    acc = account_from_preset(GMAIL, " hoa.cd@gmail.com ", display_name="Nguyễn Thị Hoa")
    assert acc == Account(preset=GMAIL, host="smtp.gmail.com", port=587, security=STARTTLS,
                          username="hoa.cd@gmail.com", from_addr="hoa.cd@gmail.com",
                          display_name="Nguyễn Thị Hoa", size_limit=35_882_577,
                          auth=PASSWORD_AUTH)
    assert account_from_preset(OUTLOOK, "a@hotmail.com").auth == OAUTH_AUTH
    assert acc.problems() == []
    other = account_from_preset(YAHOO, "login", "sender@yahoo.com.vn")
    assert (other.username, other.from_addr, other.security) == ("login", "sender@yahoo.com.vn",
                                                                  TLS)
    with pytest.raises(ValueError):
        account_from_preset("aol", "x@aol.com")


def test_account_has_no_password_anywhere():
    assert not any("pass" in f.name for f in fields(Account))
    acc = account_from_preset(GMAIL, "a@gmail.com")
    assert "pass" not in json.dumps(acc.to_dict())


def test_json_round_trip_drops_strangers():
    acc = account_from_preset(M365, "a@congdoan.vn")
    acc.cafile = "C:/certs/ca.pem"
    acc.pinned_sha256 = "ab" * 32
    again = Account.from_dict(json.loads(json.dumps(acc.to_dict())))
    assert again == acc
    stored = acc.to_dict() | {"password": "hunter2", "future_field": 1, "port": "587",
                              "cafile": ""}
    loaded = Account.from_dict(stored)
    assert loaded.port == 587 and loaded.cafile is None
    assert not hasattr(loaded, "password") and not hasattr(loaded, "future_field")


@pytest.mark.parametrize("change, problem", [
    ({"host": ""}, "host"), ({"host": "smtp gmail.com"}, "host"), ({"port": 0}, "port"),
    ({"port": 65536}, "port"), ({"security": "ssl"}, "security"), ({"username": " "},
                                                                   "username"),
    ({"from_addr": "no-at-sign"}, "from_addr"), ({"from_addr": "a@b.c\r\nBcc: x"}, "from_addr"),
    ({"pinned_sha256": "12:34"}, "pinned_sha256"),
])
def test_problems(change, problem):
    acc = account_from_preset(GMAIL, "a@gmail.com")
    for key, value in change.items():
        setattr(acc, key, value)
    assert problem in acc.problems()


def test_keychain_key():
    assert account_from_preset(GMAIL, "a@gmail.com").keychain_key == "a@gmail.com@smtp.gmail.com"


def test_preset_for_address():
    assert preset_for_address("Hoa.CD@Gmail.com").id == GMAIL
    assert preset_for_address("x@yahoo.com.vn").id == YAHOO
    assert preset_for_address("x@hotmail.com").id == OUTLOOK
    assert preset_for_address("x@congdoan.vn") is None
    assert preset_for_address("") is None


def test_provider_is_recognised_from_the_host():
    acc = account_from_preset(CUSTOM, "a@example.org")
    assert provider_of(acc).id == CUSTOM
    acc.host = "SMTP.Gmail.com."
    assert provider_of(acc).id == GMAIL
    assert acc.provider == GMAIL


def test_app_password_spaces_are_dropped_only_where_they_belong():
    gmail = account_from_preset(GMAIL, "a@gmail.com")
    assert clean_password(gmail, "abcd efgh ijkl mnop") == "abcdefghijklmnop"
    assert clean_password(gmail, " my usual password ") == " my usual password "
    custom = account_from_preset(CUSTOM, "a@example.org")
    assert clean_password(custom, "abcd efgh ijkl mnop") == "abcd efgh ijkl mnop"


def test_require():
    assert PRESETS.require(GMAIL) is PRESETS[GMAIL]
    with pytest.raises(ValueError):
        PRESETS.require("nope")


def test_old_stored_accounts_log_in_with_a_password():
    stored = account_from_preset(GMAIL, "a@gmail.com").to_dict()
    del stored["auth"]
    assert Account.from_dict(stored).auth == PASSWORD_AUTH
