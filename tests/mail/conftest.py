"""Fixtures for mail tests: real SMTP servers (see smtpserver.py), a real OAuth authorization
server (oauthserver.py) and an in-memory keychain."""

from tests.mail.oauthserver import browser, fresh_tokens, oauth_server  # noqa: F401
from tests.mail.smtpserver import (  # noqa: F401 (fixtures are found by name)
    make_server,
    memory_keyring,
    smtp_pki,
    smtp_server,
)
