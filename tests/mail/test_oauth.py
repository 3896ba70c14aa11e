"""Signing in with the provider and sending with XOAUTH2, against real local servers: an OAuth
authorization server (tests/mail/oauthserver.py, HTTPS with the trustme CA) and the test SMTP
server checking bearer tokens with it over STARTTLS. Nothing of our own is mocked."""

from __future__ import annotations

import base64
import json
import logging

import pytest

from app import settings
from app.mail import errors, oauth, providers, secrets, transport
from app.mail.accounts import OAUTH_AUTH
from app.mail.errors import SendError, SignInError
from app.outbox.box import Outbox
from app.outbox.items import error_text
from app.sending.queue import queue_submission
from app.sending.send import needs_password, send_due
from app.storage.database import Store
from tests.mail.oauthserver import CLIENT_ID, AuthServer
from tests.mail.test_outbox import draft
from tests.mail.test_transport import RCPT, SMALL

pytestmark = pytest.mark.usefixtures("memory_keyring", "fresh_tokens")

MS_SCOPES = ["https://outlook.office.com/SMTP.Send", "offline_access"]


def setup(tmp_path, oauth_server, make_server, *, provider_id="gmail", style="gmail",
          scopes=None, **server_options):
    """An XOAUTH2 SMTP server, and the provider pointing at both servers."""
    scope = (scopes or ["https://mail.google.com/"])[0]
    smtp = make_server("starttls", oauth=oauth_server, oauth_style=style, oauth_scope=scope,
                       **server_options)
    path = oauth_server.providers_file(tmp_path, provider_id, scopes=scopes, smtp=smtp)
    catalogue = providers.load_providers(path)
    account = smtp.account(preset=provider_id, auth=OAUTH_AUTH)
    return smtp, catalogue[provider_id], account, path


def sign_in(account, provider, browser):
    return oauth.sign_in(account, provider, open_browser=browser, wait=10)


def send(smtp, account, provider, data=SMALL):
    return transport.send(account, oauth.OAuthLogin(account, provider), smtp.user, RCPT, data,
                          connect_timeout=5)


def test_sign_in_then_send_with_no_password(tmp_path, oauth_server, make_server, browser,
                                            memory_keyring):
    smtp, provider, account, _ = setup(tmp_path, oauth_server, make_server)
    assert sign_in(account, provider, browser) is True  # kept in the keychain
    url = browser.opened[0]
    assert url.startswith(oauth_server.base_url + "/authorize?")
    assert "code_challenge_method=S256" in url and "state=" in url
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in url
    assert "login_hint=" + account.username.replace("@", "%40") in url
    assert "access_type=offline" in url  # Google gives a refresh token only then
    assert "Bạn có thể đóng cửa sổ trình duyệt" in browser.pages[0]
    # The refresh token (1800 characters, past Credential Manager's 1280) is in parts.
    stored = secrets.get_refresh_token(account)
    assert stored and len(stored) == 1800 and stored in oauth_server.issued
    assert all(len(v) <= secrets.PART_CHARS for v in memory_keyring.passwords.values())
    result = send(smtp, account, provider)
    assert result.code == 250
    (got,) = smtp.messages
    assert got.tls and got.user == smtp.user and got.data == SMALL
    assert [a.mechanism for a in smtp.auth_attempts] == ["XOAUTH2"]
    assert smtp.xoauth2[0][1] == "initial-response"  # a Google-sized token fits the line
    verbs = smtp.verbs()
    assert verbs.index("STARTTLS") < verbs.index("AUTH")
    assert oauth_server.grant_types() == ["authorization_code"]  # no refresh was needed


def test_a_long_token_goes_after_334(tmp_path, smtp_pki, make_server, browser):
    server = AuthServer(smtp_pki, user="officer@example.org", access_token_chars=1400).start()
    try:
        smtp, provider, account, _ = setup(tmp_path, server, make_server, provider_id="m365",
                                           style="microsoft", scopes=MS_SCOPES)
        sign_in(account, provider, browser)
        assert "prompt=select_account" in browser.opened[0]
        assert send(smtp, account, provider).code == 250
        assert smtp.xoauth2[0][1] == "after-334"  # RFC 4954: the line would pass 512
    finally:
        server.stop()


def test_an_expired_access_token_is_renewed_before_sending(tmp_path, oauth_server,
                                                           make_server, browser):
    oauth_server.access_ttl = 60  # inside the renewal margin: expired for the client
    smtp, provider, account, _ = setup(tmp_path, oauth_server, make_server)
    sign_in(account, provider, browser)
    first = secrets.get_refresh_token(account)
    assert send(smtp, account, provider).code == 250
    assert oauth_server.grant_types() == ["authorization_code", "refresh_token"]
    rotated = secrets.get_refresh_token(account)
    assert rotated != first and rotated in oauth_server.issued  # the rotation was kept
    assert [a.success for a in smtp.auth_attempts] == [True]  # the server never saw it stale


@pytest.mark.parametrize("style, scopes", [("gmail", None), ("microsoft", MS_SCOPES)])
def test_a_refused_token_is_renewed_once_and_the_send_goes_on(tmp_path, oauth_server,
                                                             make_server, browser, style,
                                                             scopes):
    smtp, provider, account, _ = setup(tmp_path, oauth_server, make_server, style=style,
                                       provider_id="gmail" if style == "gmail" else "m365",
                                       scopes=scopes)
    sign_in(account, provider, browser)
    oauth_server.expire_access_tokens()  # revoked server-side: our clock still trusts it
    assert send(smtp, account, provider).code == 250
    assert [a.success for a in smtp.auth_attempts] == [False, True]
    assert smtp.auth_lines == 2 and smtp.sessions == 1  # the same connection
    if style == "gmail":
        assert smtp.empty_lines_after_challenge == 1  # the 334 JSON got its empty line
    assert oauth_server.grant_types().count("refresh_token") == 1
    assert len(smtp.messages) == 1


def test_a_revoked_sign_in_asks_to_sign_in_again_and_nothing_is_lost(
        tmp_path, oauth_server, make_server, browser):
    smtp, provider, account, path = setup(tmp_path, oauth_server, make_server)
    store = Store(tmp_path / "data")
    settings.put(store, settings.BUNDLE_BASE, str(tmp_path / "out"))
    settings.import_providers_file(store, path)
    settings.put(store, settings.ACCOUNT, account)
    settings.remember_size_limit(store, account, None)
    sign_in(account, provider, browser)
    queue_submission(store, draft(store, tmp_path))
    assert not needs_password(store)  # signed in: no password is asked
    oauth_server.revoke()  # the user withdrew TinBài's access in their Google Account
    (report,) = send_due(store, None)
    assert not report.ok and report.item.state == "attention"
    err = report.error
    assert (err.kind, err.reason) == (errors.AUTH, errors.R_SIGN_IN_AGAIN)
    assert "Đăng nhập lại…" in error_text(report.item)
    assert smtp.messages == [] and secrets.get_refresh_token(account) is None
    assert send_due(store, None) == []  # waits for the user, not retried blindly
    # "Đăng nhập lại…": a new sign-in, then the same email goes, once.
    sign_in(account, provider, browser)
    Outbox(store).retry_now(report.item.id)
    (again,) = send_due(store, None)
    assert again.ok and len(smtp.messages) == 1


def test_a_tampered_state_is_refused_before_any_token_request(tmp_path, oauth_server,
                                                              make_server, browser):
    _smtp, provider, account, _ = setup(tmp_path, oauth_server, make_server)
    oauth_server.tamper_state_once = True  # an answer that belongs to another sign-in
    with pytest.raises(SignInError) as info:
        sign_in(account, provider, browser)
    assert info.value.code == errors.SIGN_IN_REFUSED and info.value.message
    assert oauth_server.grant_types() == []  # the code was never exchanged
    assert "chưa thành công" in browser.pages[0]
    assert secrets.get_refresh_token(account) is None


def test_a_wrong_pkce_verifier_is_refused_by_the_server(tmp_path, oauth_server, make_server,
                                                        browser):
    _smtp, provider, account, _ = setup(tmp_path, oauth_server, make_server)
    attempt = oauth.SignIn(provider, account)
    browser(attempt.url)
    code = attempt.check_redirect(attempt.listener.wait(10))
    with pytest.raises(SignInError) as info:
        attempt.exchange(code, code_verifier="x" * 64)
    assert info.value.code == errors.SIGN_IN_AGAIN and "PKCE" in info.value.detail
    with pytest.raises(SignInError):  # and the code is spent, even with the right verifier
        attempt.exchange(code)
    assert oauth_server.grant_types() == ["authorization_code", "authorization_code"]


def test_refusal_in_the_browser_and_a_missing_client(tmp_path, oauth_server, make_server,
                                                     browser):
    smtp, provider, account, _ = setup(tmp_path, oauth_server, make_server)
    oauth_server.deny_once = True
    with pytest.raises(SignInError) as info:
        sign_in(account, provider, browser)
    assert info.value.code == errors.SIGN_IN_CANCELLED
    shipped = providers.shipped()["gmail"]  # no client_id: the federation's file is needed
    with pytest.raises(SignInError) as info:
        oauth.sign_in(account, shipped, open_browser=browser)
    assert info.value.code == errors.SIGN_IN_NOT_REGISTERED
    assert "tệp" in info.value.advice  # ... and the app-password way is offered
    with pytest.raises(SendError) as sent:
        send(smtp, account, shipped)
    assert (sent.value.kind, sent.value.reason) == (errors.CONFIG, errors.R_NOT_REGISTERED)
    assert smtp.auth_lines == 0


def test_a_wrong_client_secret_use_is_a_configuration_error(tmp_path, smtp_pki, make_server,
                                                            browser):
    server = AuthServer(smtp_pki, user="officer@example.org",
                        clients={CLIENT_ID: "GOCSPX-desktop"}).start()
    try:
        _smtp, provider, account, _ = setup(tmp_path, server, make_server)
        with pytest.raises(SignInError) as info:  # Google's desktop client needs its secret
            sign_in(account, provider, browser)
        assert info.value.code == errors.SIGN_IN_CONFIG
        path = server.providers_file(tmp_path, "gmail", secret="GOCSPX-desktop")
        assert sign_in(account, providers.load_providers(path)["gmail"], browser)
    finally:
        server.stop()


def test_an_unreachable_sign_in_server_is_retried_later(tmp_path, oauth_server, make_server,
                                                        browser):
    smtp, provider, account, _ = setup(tmp_path, oauth_server, make_server)
    sign_in(account, provider, browser)
    oauth_server.access_ttl = 60
    oauth_server.expire_access_tokens()
    oauth.forget_access_tokens()
    oauth_server.stop()
    with pytest.raises(SendError) as info:
        send(smtp, account, provider)
    assert (info.value.kind, info.value.reason) == (errors.TEMPORARY, errors.R_SIGN_IN_SERVER)
    assert info.value.retryable
    assert secrets.get_refresh_token(account)  # kept: it is still good
    oauth_server.start()  # (stop() in the fixture's teardown)


def test_no_token_in_the_data_folder_logs_or_messages(tmp_path, oauth_server, make_server,
                                                      browser, caplog):
    caplog.set_level(logging.DEBUG)
    smtp, provider, account, path = setup(tmp_path, oauth_server, make_server)
    store = Store(tmp_path / "data")
    settings.put(store, settings.BUNDLE_BASE, str(tmp_path / "out"))
    settings.import_providers_file(store, path)
    settings.put(store, settings.ACCOUNT, account)
    sign_in(account, provider, browser)
    for _ in range(2):
        queue_submission(store, draft(store, tmp_path))
    oauth_server.expire_access_tokens()  # a refusal and a renewal on the way
    assert all(r.ok for r in send_due(store, None))
    queue_submission(store, draft(store, tmp_path))
    oauth_server.revoke()  # and a failure whose error is stored
    (failed,) = send_due(store, None)
    assert failed.item.state == "attention"
    tokens = list(oauth_server.issued)
    assert len(tokens) >= 4
    needles = []
    for token in tokens:
        needles += [token.encode(), token.encode("utf-16-le"),
                    base64.b64encode(f"user={smtp.user}\x01auth=Bearer {token}\x01\x01"
                                     .encode())]
    for file in store.data_dir.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            assert not any(n in data for n in needles), file
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("mail.log"))
    stored = json.dumps([i.to_dict() for i in Outbox(store).items()], ensure_ascii=False)
    texts = ours + stored + failed.error.technical + repr(failed.error)
    assert not any(t in texts for t in tokens)


def test_the_keychain_keeps_a_long_token_whole_or_not_at_all(memory_keyring, smtp_server):
    account = smtp_server.account()
    long = "r" * 2500
    assert secrets.store_refresh_token(account, long)
    assert secrets.get_refresh_token(account) == long
    newer = "n" * 1500
    memory_keyring.blob_limit = 40  # the keychain fails half-way through the new parts
    assert secrets.store_refresh_token(account, newer) is False  # kept for this session
    memory_keyring.blob_limit = 2560
    secrets.forget_session()
    assert secrets.get_refresh_token(account) == long  # the old one was never broken
    secrets.delete_refresh_token(account)
    assert secrets.get_refresh_token(account) is None
    assert not any(s.startswith("TinBai OAuth") for s, _u in memory_keyring.passwords)


def test_endpoints_must_be_https_except_on_loopback():
    base = providers.shipped()
    bad = json.dumps({"providers": [{"id": "gmail", "oauth": {
        "authorize_url": "http://accounts.example.org/auth", "client_id": "x"}}]})
    with pytest.raises(providers.ProvidersError) as info:
        base.with_file(bad)
    assert [p.code for p in info.value.problems] == ["insecure-url"]
    local = json.dumps({"providers": [{"id": "gmail", "oauth": {
        "authorize_url": "http://127.0.0.1:8080/auth", "token_url": "http://localhost/t",
        "client_id": "x"}}]})
    assert base.with_file(local)["gmail"].oauth_ready
