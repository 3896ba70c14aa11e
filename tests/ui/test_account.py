"""The account screen and the outbox with a provider sign-in: the address picks the provider
(its domain, or an MX lookup), one sign-in button (the browser step followed with urllib),
the message when the federation's providers file is missing, and "Sign in again…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import settings
from app.mail import secrets
from app.outbox.box import Outbox
from app.sending.queue import queue_submission
from tests.mail.oauthserver import CLIENT_ID
from tests.ui.conftest import replace_text
from tests.ui.test_flow import do_setup
from tests.ui.test_sending import ready_draft

pytestmark = pytest.mark.usefixtures("memory_keyring", "fresh_tokens")


@pytest.fixture
def signed_setup(monkeypatch, tmp_path, make_server, oauth_server, browser):
    """A Gmail whose sign-in and SMTP servers are the test ones (a federation's file), and
    the browser step played by urllib."""
    import ui.signin

    smtp = make_server("starttls", oauth=oauth_server, password_login=False)
    monkeypatch.setenv("TINBAI_PROVIDERS", str(oauth_server.providers_file(
        tmp_path, "gmail", smtp=smtp)))
    monkeypatch.setattr(ui.signin, "open_browser", browser)
    return smtp


def account_page(qtbot, window):
    do_setup(qtbot, window)
    window.show_settings()
    section = window.settings_page.account
    qtbot.waitUntil(lambda: section.preset.count() >= 5)
    return section


def test_the_sign_in_button_signs_in_and_the_test_needs_no_password(
        qtbot, make_window, signed_setup, browser, oauth_server):
    smtp = signed_setup
    window = make_window()
    # (an earlier account on this server brings the test CA along: the GUI has no CA field)
    settings.put(window.services.store, settings.ACCOUNT, smtp.account())
    section = account_page(qtbot, window)
    qtbot.waitUntil(lambda: section.address.text() == smtp.user)
    replace_text(section.address, "officer@gmail.com")
    assert section.preset.currentData() == "gmail"  # the address picked the provider
    replace_text(section.address, smtp.user)
    section.preset.setCurrentIndex(section.preset.findData("gmail"))
    assert section.sign_in_button.isVisibleTo(section)
    assert section.sign_in_button.text().endswith("Google")
    qtbot.mouseClick(section.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.signin.busy is False and section.result.objectName()
                    == "banner_ok", timeout=20000)
    assert browser.opened and oauth_server.grant_types() == ["authorization_code"]
    stored = settings.get(window.services.store, settings.ACCOUNT)
    assert stored.auth == "oauth" and secrets.get_refresh_token(stored)
    assert smtp.user in section.signed_label.text()
    qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.test_button.isEnabled() and section.result.objectName()
                    == "banner_ok", timeout=20000)
    assert [a.mechanism for a in smtp.auth_attempts] == ["XOAUTH2"]


def test_without_the_federations_file_the_button_says_so(qtbot, window):
    section = account_page(qtbot, window)
    replace_text(section.address, "hoa.cd@gmail.com")
    assert section.preset.currentData() == "gmail"
    qtbot.mouseClick(section.sign_in_button, Qt.MouseButton.LeftButton)
    assert section.result.isVisibleTo(section)
    text = section.result.text.text()
    assert "Google" in text and "tệp" in text  # the federation's providers file
    (use_password,) = section.result.buttons  # ... and the app-password way
    qtbot.mouseClick(use_password, Qt.MouseButton.LeftButton)
    assert section.f_password.isVisibleTo(section)
    # Outlook.com takes no password at all: the words say the file is needed, no other way.
    section.preset.setCurrentIndex(section.preset.findData("outlook"))
    assert not section.f_password.isVisibleTo(section)
    qtbot.mouseClick(section.sign_in_button, Qt.MouseButton.LeftButton)
    assert section.result.buttons == [] and "Microsoft" in section.result.text.text()


def test_an_mx_lookup_recognises_a_microsoft_365_domain(qtbot, window):
    section = account_page(qtbot, window)
    asked = []

    def lookup(domain):
        asked.append(domain)
        return ["congdoan-vn.mail.protection.outlook.com"]

    section.mx_lookup = lookup
    section.preset.setCurrentIndex(section.preset.findData("custom"))
    replace_text(section.address, "hoa@congdoan.vn")
    section.address.editingFinished.emit()
    qtbot.waitUntil(lambda: section.preset.currentData() == "m365")
    assert asked == ["congdoan.vn"]
    assert section.sign_in_button.text().endswith("Microsoft")


def test_sign_in_again_from_the_outbox(qtbot, make_window, signed_setup, browser, oauth_server,
                                       tmp_path):
    from app.mail import oauth

    smtp = signed_setup
    window = make_window()
    store = window.services.store
    account = smtp.account(preset="gmail", auth="oauth")
    settings.put(store, settings.ACCOUNT, account)
    settings.remember_size_limit(store, account, None)
    provider = settings.providers_in_force(store)["gmail"]
    assert provider.oauth.client_id == CLIENT_ID
    oauth.sign_in(account, provider, open_browser=browser, wait=10)
    queue_submission(store, ready_draft(window, tmp_path))
    oauth_server.revoke()  # TinBài's access was withdrawn in the Google Account
    window.sender.send_now(interactive=True)
    qtbot.waitUntil(lambda: [i.state for i in Outbox(store).items()] == ["attention"],
                    timeout=20000)
    window.show_outbox()
    page = window.outbox_page
    qtbot.waitUntil(lambda: page.list.count() == 1)
    page.list.setCurrentRow(0)
    assert page.sign_in_again_button.isVisibleTo(page)
    assert "Đăng nhập lại…" in page.detail.text.text()
    assert page.sign_in_again_button.text().replace("&", "") == "Đăng nhập lại…"
    qtbot.mouseClick(page.sign_in_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp.messages) == 1, timeout=20000)
    qtbot.waitUntil(lambda: [i.state for i in Outbox(store).items()] == ["sent"])
    assert len(browser.opened) == 2  # the first sign-in, and the new one
