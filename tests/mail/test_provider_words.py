"""The providers' own refusals, as their servers word them, each turned into plain words with
the exact steps; against a real SMTP server replying those texts."""

from __future__ import annotations

import json

import pytest

from app.base import i18n
from app.mail import errors, oauth, providers, transport
from app.mail.accounts import OAUTH_AUTH
from app.mail.errors import SendError
from tests.mail.test_transport import RCPT, SMALL

GMAIL_534 = ("534-5.7.9 Application-specific password required. For more information, go "
             "to\r\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
             "d2-20020a05 - gsmtp")
GMAIL_535 = ("535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
             "535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3 - gsmtp")
GMAIL_WEB = ("534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in "
             "via your web browser and\r\n534 5.7.14 then try again. - gsmtp")
M365_DISABLED = ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                 "disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more "
                 "information. [BN0PR04CA0011.namprd04.prod.outlook.com 2026-12-01T08:00:00Z]")
M365_BASIC_OFF = ("535 5.7.139 Authentication unsuccessful, basic authentication is disabled. "
                  "[SG2PR01CA0193.apcprd01.prod.exchangelabs.com 2026-12-01T08:00:00Z]")
M365_550 = "550 5.7.30 Basic authentication is not supported for Client Submission."
YAHOO_535 = "535 5.7.0 (#AUTH005) Too many bad auth attempts."


@pytest.mark.parametrize("preset, mode, reply, reason", [
    ("gmail", "starttls", GMAIL_534, errors.R_APP_PASSWORD_NEEDED),
    ("gmail", "starttls", GMAIL_535, errors.R_BAD_APP_PASSWORD),
    ("gmail", "tls", GMAIL_WEB, errors.R_WEB_LOGIN),
    ("m365", "starttls", M365_DISABLED, errors.R_SMTP_AUTH_DISABLED),
    ("m365", "starttls", M365_BASIC_OFF, errors.R_BASIC_AUTH_OFF),
    ("m365", "starttls", M365_550, errors.R_BASIC_AUTH_OFF),
    ("yahoo", "tls", YAHOO_535, errors.R_YAHOO_APP_PASSWORD),
])
def test_a_providers_refusal_says_what_to_do(make_server, preset, mode, reply, reason):
    server = make_server(mode, refuse_auth=reply)
    account = server.account(preset=preset)
    with pytest.raises(SendError) as info:
        transport.send(account, server.password, server.user, RCPT, SMALL, connect_timeout=5)
    err = info.value
    assert (err.kind, err.reason) == (errors.AUTH, reason)
    assert not err.retryable and server.messages == [] and server.auth_lines == 1
    generic = SendError(errors.AUTH, provider=preset)
    for language in ("vi", "en"):
        i18n.set_language(language)
        assert err.message and err.advice
        assert err.advice != generic.advice  # its own steps
    i18n.set_language("vi")
    with pytest.raises(SendError) as tested:  # the connection test says the same
        transport.check_login(account, server.password)
    assert tested.value.reason == reason


def test_outlook_com_refusing_basic_auth(make_server, tmp_path, monkeypatch):
    # An Outlook.com server refusing a password (as a federation's file could point there).
    server = make_server("starttls", refuse_auth=M365_BASIC_OFF)
    path = tmp_path / "outlook.json"
    path.write_text(json.dumps({"providers": [{"id": "outlook", "password": "password"}]}),
                    encoding="utf-8")
    monkeypatch.setenv(providers.ENV_FILE, str(path))
    with pytest.raises(SendError) as info:
        transport.send(server.account(preset="outlook"), server.password, server.user, RCPT,
                       SMALL, connect_timeout=5)
    assert (info.value.kind, info.value.reason) == (errors.AUTH, errors.R_OUTLOOK)
    monkeypatch.delenv(providers.ENV_FILE)
    with pytest.raises(SendError) as before:  # shipped: Outlook.com takes no password at all
        transport.send(server.account(preset="outlook"), server.password, server.user, RCPT,
                       SMALL, connect_timeout=5)
    assert (before.value.kind, before.value.reason) == (errors.CONFIG, errors.R_OUTLOOK)
    assert server.sessions == 1  # the second attempt never connected


def test_a_policy_refusal_of_a_token_is_not_renewed(tmp_path, oauth_server, make_server,
                                                    browser, memory_keyring, fresh_tokens):
    smtp = make_server("starttls", oauth=oauth_server, oauth_style="microsoft",
                       oauth_scope="https://mail.google.com/", refuse_auth=M365_DISABLED)
    catalogue = providers.load_providers(oauth_server.providers_file(tmp_path, "m365",
                                                                     smtp=smtp))
    account = smtp.account(preset="m365", auth=OAUTH_AUTH)
    oauth.sign_in(account, catalogue["m365"], open_browser=browser, wait=10)
    with pytest.raises(SendError) as info:
        transport.send(account, oauth.OAuthLogin(account, catalogue["m365"]), smtp.user, RCPT,
                       SMALL, connect_timeout=5)
    assert info.value.reason == errors.R_SMTP_AUTH_DISABLED
    assert smtp.auth_lines == 1  # a new token would not help: none was asked for
    assert oauth_server.grant_types() == ["authorization_code"]


EVERY_KIND_AND_REASON = [(k, r) for k in errors.KINDS for r in sorted(
    {v for n, v in vars(errors).items() if n.startswith("R_") and isinstance(v, str)} | {""})]


@pytest.mark.parametrize("provider", ["", "gmail", "m365", "outlook", "yahoo"])
@pytest.mark.parametrize("language", ["en", "vi"])
def test_a_connection_test_never_speaks_of_a_message_or_the_outbox(provider, language):
    """A test sends nothing: whatever failed, its words say nothing of an email not sent or
    waiting, and point at the fields on the same screen, not at the way to Settings."""
    banned = {"en": ("was sent", "not sent", "outbox", "Settings →", "send again",
                     "email was", "emails go", "the message"),
              "vi": ("hộp thư đi", "Cài đặt →", "chưa gửi", "đã gửi",
                     "gửi lại")}[language]
    with i18n.using(language):
        for kind, reason in EVERY_KIND_AND_REASON:
            text = errors.connection_test_text(SendError(kind, reason, provider=provider,
                                                         details={"host": "smtp.x.vn"}))
            assert text.strip(), (kind, reason)
            found = [b for b in banned if b.lower() in text.lower()]
            assert not found, (kind, reason, found, text)
