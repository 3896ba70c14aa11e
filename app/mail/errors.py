"""Why a send failed: a kind the outbox acts on, and plain words the officer can read.

`SendError.kind` decides what the outbox does (`retryable` kinds are tried again with
backoff; the others wait for the user). `unknown` is special: the whole message had been
uploaded when the connection broke, so the server may have it; it is never retried
automatically. `message` and `advice` are translated at the moment they are read, so a
stored error (`to_dict`/`from_dict`) speaks the current language.

Nothing in here ever holds the password: the transport scrubs the server's text and the
technical details before building the error.
"""

from __future__ import annotations

import re
from typing import Any

from app.base import i18n
from app.base.errors import UserError
from app.base.i18n import translate

# Kinds.
OFFLINE = "offline"
TIMEOUT = "timeout"
TEMPORARY = "temporary"
AUTH = "auth"
TLS = "tls"
PERMANENT = "permanent"
TOO_LARGE = "too-large"
UNKNOWN = "unknown"
CONFIG = "config"

KINDS = (OFFLINE, TIMEOUT, TEMPORARY, AUTH, TLS, PERMANENT, TOO_LARGE, UNKNOWN, CONFIG)
RETRYABLE_KINDS = frozenset({OFFLINE, TIMEOUT, TEMPORARY})

# Where the client was when it failed (the transport keeps this up to date).
PHASE_SETUP = "setup"  # before any connection (settings, context)
PHASE_CONNECT = "connect"  # TCP connect, implicit TLS handshake, greeting
PHASE_EHLO = "ehlo"
PHASE_STARTTLS = "starttls"
PHASE_AUTH = "auth"
PHASE_MAIL = "mail"
PHASE_RCPT = "rcpt"
PHASE_DATA = "data"  # the DATA command, before the 354 go-ahead
PHASE_UPLOAD = "upload"  # sending the message bytes
PHASE_FINAL = "final"  # the whole message was sent; waiting for the final reply
PHASE_QUIT = "quit"

# Reasons: a finer cause inside a kind, used to pick the words.
R_DNS = "dns"
R_REFUSED = "refused"
R_UNREACHABLE = "unreachable"
R_CONNECT = "connect"
R_UPLOAD = "upload"
R_CONNECTION_LOST = "connection-lost"
R_NO_REPLY = "no-reply"  # the whole message went out; the final reply never came
R_BUSY = "busy"
R_NO_PASSWORD_LOGIN = "no-password-login"
R_CERT = "cert"
R_PIN_MISMATCH = "pin-mismatch"
R_NO_STARTTLS = "no-starttls"
R_HANDSHAKE = "handshake"
R_SENDER = "sender"
R_RECIPIENT = "recipient"
R_UTF8_ADDRESS = "utf8-address"
R_OVER_SIZE = "over-size"
R_SETTINGS = "settings"
R_TLS_MISMATCH = "tls-mismatch"
R_NO_AUTH = "no-auth"
R_CAFILE = "cafile"
R_OUTLOOK = "outlook"  # Outlook.com/Hotmail refuse passwords: only "sign in with Microsoft"
# What a provider's own reply says (matched on the enhanced code plus the sentence).
R_APP_PASSWORD_NEEDED = "app-password-needed"  # Gmail 534 5.7.9
R_BAD_APP_PASSWORD = "bad-app-password"  # Gmail 535 5.7.8 to a password
R_WEB_LOGIN = "web-login"  # Gmail 534 5.7.14: sign in on the website first
R_SMTP_AUTH_DISABLED = "smtp-auth-disabled"  # Microsoft 535 5.7.139 SmtpClientAuthentication
R_BASIC_AUTH_OFF = "basic-auth-off"  # Microsoft 550 5.7.30, 535 5.7.139 basic auth disabled
R_YAHOO_APP_PASSWORD = "yahoo-app-password"  # Yahoo 535 5.7.0 (#AUTH005)
# Signing in with the provider (OAuth 2.0, XOAUTH2).
R_SIGN_IN_AGAIN = "sign-in-again"  # the sign-in was revoked or expired (invalid_grant)
R_TOKEN_REFUSED = "token-refused"  # the server refused the token, even a fresh one
R_NO_XOAUTH2 = "no-xoauth2"  # the server offers no XOAUTH2
R_NOT_REGISTERED = "not-registered"  # no client ID for this provider: the federation's file
R_OAUTH_CONFIG = "oauth-config"  # the provider refused our client registration
R_SIGN_IN_SERVER = "sign-in-server"  # the provider's sign-in server could not be reached

_ENHANCED = re.compile(r"^\s*([245]\.\d{1,3}\.\d{1,3})\b")


def enhanced_code(text: str) -> str:
    """The RFC 3463 enhanced status code at the start of a reply text ("5.7.8"), or ""."""
    match = _ENHANCED.match(text or "")
    return match.group(1) if match else ""


def _said(text: str, *words: str) -> bool:
    folded = " ".join((text or "").lower().split())
    return any(w in folded for w in words)


def provider_reason(code: int, text: str, phase: str, provider: str = "",
                    oauth: bool = False) -> str:
    """The reason a provider's reply gives in its own words ("" when it is nothing known).

    Matched on the enhanced status code plus the sentence, never on the whole text (the
    bracketed server names and times differ in every reply).
    """
    enhanced = enhanced_code(text)
    if enhanced == "5.7.139" or (code == 535 and _said(text, "smtpclientauthentication")):
        if _said(text, "smtpclientauthentication is disabled", "smtp_auth_disabled"):
            return R_SMTP_AUTH_DISABLED  # the tenant or mailbox: OAuth does not help
        if provider == "outlook" and not oauth:
            return R_OUTLOOK
        return R_BASIC_AUTH_OFF if not oauth else R_SMTP_AUTH_DISABLED
    if enhanced == "5.7.30" or _said(text, "basic authentication is not supported"):
        return R_OUTLOOK if provider == "outlook" else R_BASIC_AUTH_OFF
    if phase != PHASE_AUTH and code != 530:
        return ""
    if enhanced == "5.7.9" or _said(text, "application-specific password required"):
        return R_APP_PASSWORD_NEEDED
    if enhanced == "5.7.14" or _said(text, "log in via your web browser"):
        return R_WEB_LOGIN
    if oauth:
        return R_TOKEN_REFUSED if code == 535 or 500 <= code < 600 else ""
    if provider == "outlook" and code == 535:
        return R_OUTLOOK
    if provider == "gmail" and (enhanced == "5.7.8" or _said(text, "username and password "
                                                                 "not accepted")):
        return R_BAD_APP_PASSWORD
    if provider == "yahoo" and (_said(text, "#auth005", "too many bad auth attempts")
                                or (code == 450 and _said(text, "mailbox unavailable"))):
        return R_YAHOO_APP_PASSWORD
    return ""


def classify_reply(code: int, text: str, phase: str, provider: str = "",
                   oauth: bool = False) -> tuple[str, str]:
    """(kind, reason) for a definite SMTP reply `code` received during `phase`.

    A definite reply is never `unknown`, even after the upload: a 4xx or 5xx answer to the
    end of DATA means the server did not take the message. `provider` (an id) and `oauth`
    (the login was XOAUTH2) let a provider's own words pick the explanation.
    """
    said = provider_reason(code, text, phase, provider, oauth)
    if said:
        return AUTH, said
    enhanced = enhanced_code(text)
    if code == 421:
        return TEMPORARY, R_BUSY
    if 400 <= code < 500:
        return TEMPORARY, ""
    if not 500 <= code < 600:
        # A 1xx/2xx/3xx where another answer was due: the server does not follow the rules.
        return PERMANENT, ""
    if code == 552 or enhanced == "5.3.4":
        if phase == PHASE_RCPT:
            # RFC 5321 4.5.3.1.10: a 552 to RCPT means "mailbox full", to be treated as 452.
            return TEMPORARY, ""
        return TOO_LARGE, ""
    if phase == PHASE_CONNECT:
        return PERMANENT, R_CONNECT
    if phase == PHASE_STARTTLS:
        return TLS, R_NO_STARTTLS
    if phase == PHASE_AUTH:
        return AUTH, ""
    if code == 530 or enhanced in ("5.7.8", "5.7.9"):
        # "Authentication required" (or a login problem reported late).
        return AUTH, ""
    if phase == PHASE_MAIL:
        # Only a reply about the address blames the sender; a 554 here is often the server
        # refusing the session or the content, whatever the address.
        if enhanced.startswith("5.1.") or _said(text, "sender", "from address", "mail from"):
            return PERMANENT, R_SENDER
        return PERMANENT, ""
    if phase == PHASE_RCPT:
        return PERMANENT, R_RECIPIENT
    return PERMANENT, ""


class SendError(UserError):
    """A send (or connection test) failed; see the module docstring."""

    def __init__(
        self,
        kind: str,
        reason: str = "",
        *,
        phase: str = "",
        smtp_code: int | None = None,
        smtp_text: str = "",
        provider: str = "",
        server: str = "",
        details: dict[str, Any] | None = None,
        cause: str = "",
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown SendError kind: {kind!r}")
        self.kind = kind
        self.reason = reason
        self.phase = phase
        self.smtp_code = smtp_code
        self.smtp_text = smtp_text
        self.provider = provider  # preset id of the mail provider ("gmail", ...) or ""
        self.server = server  # "host:port (security)"
        self.details = dict(details or {})
        self.cause = cause  # "ExceptionType: text" of the low-level error, scrubbed
        self.code = kind
        Exception.__init__(self, self.technical)  # str(): the technical line, for logs

    # -- what the outbox needs ------------------------------------------------------------

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE_KINDS

    @property
    def uploaded(self) -> bool:
        """True when the whole message had been sent before the failure."""
        return self.phase == PHASE_FINAL

    # -- what the officer reads ------------------------------------------------------------

    @property
    def message(self) -> str:
        return _message(self)

    @property
    def advice(self) -> str:
        return _advice(self)

    @property
    def technical(self) -> str:
        """One line for the "copy debug info" box: the server's words and where it failed."""
        parts = []
        if self.smtp_code is not None:
            text = " ".join(self.smtp_text.split())
            parts.append(f"SMTP {self.smtp_code} {text}".rstrip())
        where = f"kind={self.kind}"
        if self.reason:
            where += f" reason={self.reason}"
        if self.phase:
            where += f" phase={self.phase}"
        parts.append(where)
        if self.server:
            parts.append(f"server={self.server}")
        if self.cause:
            parts.append(self.cause)
        shown = {k: v for k, v in self.details.items() if k != "host"}
        if shown:
            parts.append(" ".join(f"{k}={v}" for k, v in sorted(shown.items())))
        return " | ".join(parts)

    # -- storage ---------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "reason": self.reason,
            "phase": self.phase,
            "smtp_code": self.smtp_code,
            "smtp_text": self.smtp_text,
            "provider": self.provider,
            "server": self.server,
            "details": dict(self.details),
            "cause": self.cause,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SendError:
        return cls(
            data["kind"],
            data.get("reason", ""),
            phase=data.get("phase", ""),
            smtp_code=data.get("smtp_code"),
            smtp_text=data.get("smtp_text", ""),
            provider=data.get("provider", ""),
            server=data.get("server", ""),
            details=data.get("details") or {},
            cause=data.get("cause", ""),
        )

    def __reduce__(self):
        return (SendError.from_dict, (self.to_dict(),))

    def __repr__(self) -> str:
        return f"SendError({self.kind!r}, {self.reason!r}, phase={self.phase!r}, " \
            f"smtp_code={self.smtp_code!r})"

    def __str__(self) -> str:
        return self.technical


# What went wrong while signing in with the provider (codes of SignInError).
SIGN_IN_AGAIN = "sign-in-again"  # the sign-in is gone (revoked, expired): sign in again
SIGN_IN_CANCELLED = "sign-in-cancelled"  # the user said no, closed the browser, or waited
SIGN_IN_REFUSED = "sign-in-refused"  # the answer failed a check (state): not used
SIGN_IN_UNAVAILABLE = "sign-in-unavailable"  # the sign-in server could not be reached
SIGN_IN_CONFIG = "sign-in-config"  # the provider refused our registration or settings
SIGN_IN_NOT_REGISTERED = "sign-in-not-registered"  # no client ID: the federation's file
SIGN_IN_CODES = (SIGN_IN_AGAIN, SIGN_IN_CANCELLED, SIGN_IN_REFUSED, SIGN_IN_UNAVAILABLE,
                 SIGN_IN_CONFIG, SIGN_IN_NOT_REGISTERED)


class SignInError(UserError):
    """Signing in with the provider (or renewing the sign-in) failed; `code` says how.

    Never holds a token: `detail` is the provider's error code and description at most.
    """

    def __init__(self, code: str, *, provider: str = "", detail: str = "") -> None:
        if code not in SIGN_IN_CODES:
            raise ValueError(f"unknown SignInError code: {code!r}")
        self.provider = provider  # the provider's brand ("Google", "Microsoft") or name
        self.detail = detail
        super().__init__(code, "")

    @property
    def message(self) -> str:
        return _sign_in_message(self)

    @property
    def advice(self) -> str:
        return _sign_in_advice(self)

    @property
    def technical(self) -> str:
        return f"sign-in {self.code}" + (f" | {self.detail}" if self.detail else "")

    def __str__(self) -> str:
        return self.technical

    def __reduce__(self):
        return (_sign_in_error, (self.code, self.provider, self.detail))


def _sign_in_error(code: str, provider: str, detail: str) -> SignInError:
    return SignInError(code, provider=provider, detail=detail)


def _sign_in_message(e: SignInError) -> str:
    who = e.provider or translate("Mail", "the mail provider")
    if e.code == SIGN_IN_AGAIN:
        return translate("Mail", "The sign-in with {provider} has ended (it was withdrawn or "
                                 "has expired), so TinBài cannot send from this account until "
                                 "you sign in again.").format(provider=who)
    if e.code == SIGN_IN_CANCELLED:
        return translate("Mail", "The sign-in with {provider} was not finished: it was "
                                 "refused in the browser, or no answer came in time.").format(
            provider=who)
    if e.code == SIGN_IN_REFUSED:
        return translate("Mail", "The answer that came back from the browser does not belong "
                                 "to this sign-in, so TinBài did not use it.")
    if e.code == SIGN_IN_UNAVAILABLE:
        return translate("Mail", "The sign-in server of {provider} could not be reached.").format(
            provider=who)
    if e.code == SIGN_IN_NOT_REGISTERED:
        return translate("Mail", "Signing in with {provider} needs the federation's mail "
                                 "providers file, which this copy of TinBài does not have "
                                 "yet.").format(provider=who)
    return translate("Mail", "{provider} refused TinBài's sign-in settings.").format(provider=who)


def _sign_in_advice(e: SignInError) -> str:
    if e.code == SIGN_IN_AGAIN:
        return translate("Mail", "Press “Sign in again…” and sign in in the browser. Nothing "
                                 "was lost: the emails wait in the outbox and go once you have "
                                 "signed in.")
    if e.code == SIGN_IN_CANCELLED:
        return translate("Mail", "Press the sign-in button again and finish the sign-in in the "
                                 "browser window that opens (within 5 minutes).")
    if e.code == SIGN_IN_REFUSED:
        return translate("Mail", "Close the other sign-in pages in the browser and press the "
                                 "sign-in button again.")
    if e.code == SIGN_IN_UNAVAILABLE:
        return translate("Mail", "Check the Internet connection and try again. Emails in the "
                                 "outbox are tried again automatically.")
    if e.code == SIGN_IN_NOT_REGISTERED:
        return translate("Mail", "Ask the federation for its mail providers file and import it "
                                 "in Settings, or use an app password instead (where the "
                                 "provider allows one).")
    return translate("Mail", "The mail providers file may be wrong or out of date: ask the "
                             "federation for a new one, or use an app password instead.")


def format_size(n: int) -> str:
    """Bytes as megabytes the way Windows Explorer counts them ("34,2 MB" in Vietnamese)."""
    return f"{i18n.number(n / (1024 * 1024), 1)} MB"


# -- words ---------------------------------------------------------------------------------
# Each string is a literal inside translate() so that Qt's lupdate extracts it.


def _message(e: SendError) -> str:
    k, r, p = e.kind, e.reason, e.provider
    host = e.details.get("host", "")
    address = e.details.get("address", "")
    if k == OFFLINE:
        if r == R_DNS:
            return translate(
                "Mail", "The computer could not find the mail server {host}."
            ).format(host=host)
        if r == R_REFUSED:
            return translate("Mail", "The mail server {host} did not answer.").format(host=host)
        return translate("Mail", "The computer could not reach the mail server: it seems to "
                                 "be offline.")
    if k == TIMEOUT:
        if r == R_CONNECT:
            return translate("Mail", "The mail server {host} took too long to answer.").format(
                host=host)
        return translate("Mail", "The connection was too slow, and sending stopped before the "
                                 "whole message had gone.")
    if k == TEMPORARY:
        if r == R_CONNECTION_LOST:
            return translate("Mail", "The connection to the mail server was cut before the "
                                     "message had been sent.")
        if r == R_SIGN_IN_SERVER:
            return translate("Mail", "The sign-in server of the mail provider could not be "
                                     "reached to renew the sign-in.")
        return translate("Mail", "The mail server is busy or has a temporary problem and did "
                                 "not take the message this time.")
    if k == AUTH:
        if r == R_NO_PASSWORD_LOGIN:
            return translate("Mail", "This mail server does not accept a login with a password.")
        if r == R_APP_PASSWORD_NEEDED:
            return translate("Mail", "Gmail refused your usual password: for programs like "
                                     "TinBài it needs an app password, or signing in with "
                                     "Google.")
        if r == R_BAD_APP_PASSWORD:
            return translate("Mail", "Gmail did not accept the app password: it is mistyped, "
                                     "or it was removed in your Google Account.")
        if r == R_WEB_LOGIN:
            return translate("Mail", "Gmail wants you to sign in on its website once before "
                                     "programs may send from this account.")
        if r == R_SMTP_AUTH_DISABLED:
            return translate("Mail", "Microsoft refused the login: sending from programs "
                                     "(SMTP AUTH) is switched off for your mailbox or your "
                                     "organisation.")
        if r == R_BASIC_AUTH_OFF:
            return translate("Mail", "Microsoft no longer accepts a password from programs for "
                                     "this mailbox: password login (\"basic authentication\") "
                                     "is switched off.")
        if r == R_YAHOO_APP_PASSWORD:
            return translate("Mail", "Yahoo refused the login: it takes only an app password "
                                     "from programs, and after several refusals it waits a "
                                     "while before it accepts one.")
        if r == R_SIGN_IN_AGAIN:
            return translate("Mail", "The sign-in with your mail provider has ended (it was "
                                     "withdrawn or has expired), so the email was not sent.")
        if r == R_TOKEN_REFUSED:
            return translate("Mail", "The mail server refused the sign-in, even a freshly "
                                     "renewed one.")
        if r == R_NO_XOAUTH2:
            return translate("Mail", "This mail server does not accept signing in with the "
                                     "provider (XOAUTH2).")
        if r == R_OUTLOOK:
            return translate("Mail", "Outlook.com and Hotmail no longer accept passwords from "
                                     "programs like this one (since 16 September 2024): only "
                                     "signing in with Microsoft works.")
        if p == "gmail":
            return translate("Mail", "Gmail refused the password. Gmail needs an app password "
                                     "(16 letters) made after turning on 2-Step Verification, "
                                     "not your usual password.")
        if p == "yahoo":
            return translate("Mail", "Yahoo refused the password. Yahoo needs an app password, "
                                     "not your usual password.")
        if p == "m365":
            return translate("Mail", "Microsoft 365 refused the login: either the password is "
                                     "wrong, or your organisation has not allowed sending mail "
                                     "from programs.")
        if p == "outlook":
            return translate("Mail", "Outlook.com and Hotmail no longer accept passwords from "
                                     "programs like this one (since 16 September 2024).")
        return translate("Mail", "The mail server refused the user name or the password.")
    if k == TLS:
        if r == R_PIN_MISMATCH:
            return translate("Mail", "The mail server's identity has changed since you chose to "
                                     "trust it, so the connection was stopped to protect your "
                                     "password.")
        if r == R_NO_STARTTLS:
            return translate("Mail", "The mail server did not offer a secure connection, so the "
                                     "program stopped before sending your password.")
        if r == R_HANDSHAKE:
            return translate("Mail", "A secure connection to the mail server could not be set "
                                     "up, so the connection was stopped to protect your "
                                     "password.")
        return translate("Mail", "The identity of the mail server could not be checked, so the "
                                 "connection was stopped to protect your password.")
    if k == PERMANENT:
        if r == R_RECIPIENT:
            return translate("Mail", "The mail server refused the recipient address "
                                     "{address}.").format(address=address)
        if r == R_SENDER:
            return translate("Mail", "The mail server refused the sender address "
                                     "{address}.").format(address=address)
        if r == R_UTF8_ADDRESS:
            return translate("Mail", "The email address {address} contains accented letters, "
                                     "which this mail server does not accept.").format(
                address=address)
        if r == R_CONNECT:
            return translate("Mail", "The mail server refused the connection.")
        return translate("Mail", "The mail server refused the message.")
    if k == TOO_LARGE:
        size, limit = e.details.get("size"), e.details.get("limit")
        if size and limit:
            return translate("Mail", "The message is too large for the mail server ({size}, "
                                     "while the limit is {limit}).").format(
                size=format_size(size), limit=format_size(limit))
        return translate("Mail", "The mail server refused the message because it is too large.")
    if k == UNKNOWN:
        if r == R_NO_REPLY:
            return translate("Mail", "The whole message was sent, but the mail server did not "
                                     "answer afterwards, so it is not known whether it "
                                     "received it.")
        return translate("Mail", "The connection was lost right after the whole message had "
                                 "been sent, so it is not known whether the mail server "
                                 "received it.")
    # CONFIG
    if r == R_OUTLOOK:
        return translate("Mail", "Outlook.com and Hotmail accounts cannot send with a "
                                 "password: Microsoft stopped password logins for personal "
                                 "accounts on 16 September 2024.")
    if r == R_NOT_REGISTERED:
        return translate("Mail", "Signing in with this mail provider needs the federation's "
                                 "mail providers file, which this copy of TinBài does not have "
                                 "yet.")
    if r == R_OAUTH_CONFIG:
        return translate("Mail", "The mail provider refused TinBài's sign-in settings.")
    if r == R_TLS_MISMATCH:
        return translate("Mail", "The port and the security choice in the settings do not "
                                 "match.")
    if r == R_NO_AUTH:
        return translate("Mail", "This mail server does not offer a login for sending.")
    if r == R_CAFILE:
        return translate("Mail", "The certificate file chosen for this mail server cannot be "
                                 "read.")
    return translate("Mail", "The mail server settings are incomplete or wrong.")


def _advice(e: SendError) -> str:
    k, r, p = e.kind, e.reason, e.provider
    if k == OFFLINE:
        if r == R_DNS:
            return translate("Mail", "Check that the computer is connected to the Internet. If "
                                     "websites open normally, check the server name in the "
                                     "settings. The message stays in the outbox and will be "
                                     "sent when the connection works.")
        return translate("Mail", "Check that the computer is connected to the Internet. The "
                                 "message stays in the outbox and will be sent automatically "
                                 "when the connection is back.")
    if k == TIMEOUT:
        if r == R_CONNECT:
            return translate("Mail", "Check the Internet connection. The message stays in the "
                                     "outbox and will be tried again automatically.")
        return translate("Mail", "Nothing was delivered. The message stays in the outbox and "
                                 "will be tried again automatically; a steadier connection (for "
                                 "example Wi-Fi instead of mobile data) helps with large "
                                 "photos.")
    if k == TEMPORARY:
        if r in (R_CONNECTION_LOST, R_SIGN_IN_SERVER):
            return translate("Mail", "Nothing was delivered. The message stays in the outbox "
                                     "and will be tried again automatically.")
        return translate("Mail", "Nothing was delivered. The program will try again "
                                 "automatically in a few minutes.")
    if k == AUTH:
        if r == R_NO_PASSWORD_LOGIN:
            return translate("Mail", "Check the server settings, or send from a Gmail account "
                                     "instead.")
        if r == R_APP_PASSWORD_NEEDED:
            return translate("Mail", "Either press “Sign in with Google” in Settings → Sending "
                                     "by email, or make an app password: in your Google Account "
                                     "open Security, turn on 2-Step Verification, then open "
                                     "2-Step Verification → App passwords, create one named "
                                     "TinBai and type its 16 letters in Settings. Nothing was "
                                     "sent.")
        if r == R_BAD_APP_PASSWORD:
            return translate("Mail", "In your Google Account open Security → 2-Step Verification "
                                     "→ App passwords, remove the old TinBai password, create a "
                                     "new one and type its 16 letters in Settings (spaces do not "
                                     "matter). Or press “Sign in with Google” instead. Nothing "
                                     "was sent.")
        if r == R_WEB_LOGIN:
            return translate("Mail", "Open mail.google.com in the browser on this computer, sign "
                                     "in and answer Google's questions, then send again from the "
                                     "outbox. Nothing was sent.")
        if r == R_SMTP_AUTH_DISABLED:
            return translate("Mail", "Signing in differently does not help here: ask your IT "
                                     "administrator to turn on \"Authenticated SMTP\" for your "
                                     "mailbox (Microsoft 365 admin center → Users → your name → "
                                     "Mail → Manage email apps). Then send again from the "
                                     "outbox. Nothing was sent.")
        if r == R_BASIC_AUTH_OFF:
            return translate("Mail", "In Settings → Sending by email, press “Sign in with "
                                     "Microsoft” and sign in in the browser; no password is "
                                     "needed then. Nothing was sent; the emails go once you "
                                     "have signed in.")
        if r == R_YAHOO_APP_PASSWORD:
            return translate("Mail", "Sign in to Yahoo in the browser, open Account security → "
                                     "Generate app password, name it TinBai and type the new "
                                     "password in Settings. Wait an hour if Yahoo said \"too "
                                     "many attempts\", then send again from the outbox. "
                                     "Nothing was sent.")
        if r == R_SIGN_IN_AGAIN:
            return translate("Mail", "Press “Sign in again…” and sign in in the browser. "
                                     "Nothing was lost: the emails wait in the outbox and go "
                                     "once you have signed in.")
        if r == R_TOKEN_REFUSED:
            return translate("Mail", "Press “Sign in again…” and, in the browser, choose the "
                                     "same account as the email address in Settings. Nothing "
                                     "was sent.")
        if r == R_NO_XOAUTH2:
            return translate("Mail", "Check the server name and port in Settings, or use a "
                                     "password or app password for this server.")
        if r == R_OUTLOOK:
            return translate("Mail", "In Settings → Sending by email, press “Sign in with "
                                     "Microsoft” and sign in in the browser. Nothing was sent.")
        if p == "gmail":
            return translate("Mail", "In your Google Account, open Security and turn on 2-Step "
                                     "Verification, then open App passwords, create one for "
                                     "TinBai and type its 16 letters here.")
        if p == "yahoo":
            return translate("Mail", "In Yahoo, open Account security and choose Generate app "
                                     "password, then type the new password here.")
        if p == "m365":
            return translate("Mail", "Check the password. If it is right, ask your "
                                     "organisation's IT administrator to allow your mailbox to "
                                     "send mail from programs (the setting is called "
                                     "\"Authenticated SMTP\").")
        if p == "outlook":
            return translate("Mail", "Send from a Gmail account instead, or use practice mode "
                                     "for training.")
        return translate("Mail", "Check the email address and the password in the settings, "
                                 "then try again. Some providers need a special app password "
                                 "instead of your usual one.")
    if k == TLS:
        if r == R_PIN_MISMATCH:
            return translate("Mail", "Ask the people who run the mail server whether its "
                                     "certificate was renewed. Trust the new fingerprint in the "
                                     "settings only if they confirm it. Nothing was sent.")
        if r in (R_NO_STARTTLS, R_HANDSHAKE):
            return translate("Mail", "Check the port and the security choice in the settings "
                                     "(usually port 587 with STARTTLS, or port 465 with TLS). If "
                                     "they are right, this network may be blocking secure mail: "
                                     "try another network. Nothing was sent.")
        return translate("Mail", "Check the server name in the settings, or try another network. "
                                 "If your organisation runs its own mail server, ask its IT staff "
                                 "for the server's fingerprint and trust it in the settings only "
                                 "if it matches. Nothing was sent.")
    if k == PERMANENT:
        if r == R_RECIPIENT:
            return translate("Mail", "Check the editorial board's email address in the "
                                     "settings. The message will not be sent again until you "
                                     "choose to.")
        if r == R_SENDER:
            return translate("Mail", "The sender address must be the address of the account "
                                     "you sign in with. Check it in the settings.")
        if r == R_UTF8_ADDRESS:
            return translate("Mail", "Check the address in the settings.")
        if r == R_CONNECT:
            return translate("Mail", "The mail server may be blocking this network. Try another "
                                     "network, or contact your mail provider.")
        return translate("Mail", "The message will not be sent again automatically. Copy the "
                                 "details below and ask for help, or contact the editorial "
                                 "board.")
    if k == TOO_LARGE:
        return translate("Mail", "Nothing was delivered. TinBài divides an item into smaller "
                                 "emails by itself; this one waits because part of it had "
                                 "already been accepted. Cancel its remaining emails and send "
                                 "the item again from the history.")
    if k == UNKNOWN:
        return translate("Mail", "Look in the Sent folder of your mailbox (for example on the "
                                 "Gmail website). If the message is there, mark it as sent; if "
                                 "not, send it again. The program will not send it again by "
                                 "itself, so that the board does not receive it twice.")
    if r == R_OUTLOOK:
        return translate("Mail", "In Settings → Sending by email, press “Sign in with "
                                 "Microsoft” instead of typing a password.")
    if r == R_NOT_REGISTERED:
        return translate("Mail", "Ask the federation for its mail providers file and import it "
                                 "in Settings, or use an app password instead (where the "
                                 "provider allows one).")
    if r == R_OAUTH_CONFIG:
        return translate("Mail", "The mail providers file may be wrong or out of date: ask the "
                                 "federation for a new one, or use an app password instead.")
    if r == R_TLS_MISMATCH:
        return translate("Mail", "Port 465 goes with TLS, and port 587 goes with STARTTLS. "
                                 "Correct this in the settings.")
    if r == R_NO_AUTH:
        return translate("Mail", "Check the server name and the port in the settings: use your "
                                 "mail provider's outgoing mail server.")
    if r == R_CAFILE:
        return translate("Mail", "Choose the certificate file again in the settings, or ask the "
                                 "people who run the mail server for it.")
    return translate("Mail", "Open the settings and check the server name, the port and the "
                             "security choice.")


# -- the connection test -------------------------------------------------------------------
# A test sends nothing: its words never speak of a message, nor of an email in the outbox.


def connection_test_text(e: UserError) -> str:
    """A failed connection test in plain words: what happened, then what to do."""
    if isinstance(e, SignInError):
        return f"{e.message} {_test_sign_in_advice(e)}".strip()
    if not isinstance(e, SendError):
        return e.text
    return f"{_test_message(e)} {_test_advice(e)}".strip()


def _test_message(e: SendError) -> str:
    host = e.details.get("host", "")
    if e.kind == TIMEOUT:
        return translate("Mail", "The mail server {host} did not answer in time.").format(
            host=host)
    if e.kind == TEMPORARY and e.reason != R_SIGN_IN_SERVER:
        return translate("Mail", "The connection to the mail server {host} was cut during the "
                                 "test.").format(host=host)
    if e.kind == PERMANENT and e.reason not in (R_SENDER, R_UTF8_ADDRESS, R_CONNECT,
                                                 R_RECIPIENT):
        return translate("Mail", "The mail server {host} refused the test.").format(host=host)
    if e.kind in (TOO_LARGE, UNKNOWN):  # (nothing was sent: the server answered oddly)
        return translate("Mail", "The mail server {host} did not answer the test as "
                                 "expected.").format(host=host)
    if e.kind == AUTH and e.reason == R_SIGN_IN_AGAIN:
        return translate("Mail", "The sign-in with your mail provider has ended (it was "
                                 "withdrawn or has expired).")
    return _message(e)


def _test_advice(e: SendError) -> str:
    k, r = e.kind, e.reason
    if k == OFFLINE:
        if r == R_DNS:
            return translate("Mail", "Check that the computer is connected to the Internet and "
                                     "that the server name is right, then test again.")
        return translate("Mail", "Check that the computer is connected to the Internet, then "
                                 "test again.")
    if k == TIMEOUT:
        return translate("Mail", "Check the Internet connection, the server name and the port, "
                                 "then test again.")
    if k == TEMPORARY:
        return translate("Mail", "Test again in a moment.")
    if k == AUTH:
        if r == R_WEB_LOGIN:
            return translate("Mail", "Open mail.google.com in the browser on this computer, sign "
                                     "in and answer Google's questions, then test again.")
        if r == R_SMTP_AUTH_DISABLED:
            return translate("Mail", "Signing in differently does not help here: ask your IT "
                                     "administrator to turn on \"Authenticated SMTP\" for your "
                                     "mailbox (Microsoft 365 admin center → Users → your name → "
                                     "Mail → Manage email apps). Then test again.")
        if r == R_BASIC_AUTH_OFF:
            return translate("Mail", "Press “Sign in with Microsoft” above and sign in in the "
                                     "browser; no password is needed then.")
        if r == R_YAHOO_APP_PASSWORD:
            return translate("Mail", "Sign in to Yahoo in the browser, open Account security → "
                                     "Generate app password, name it TinBai and type the new "
                                     "password above. Wait an hour if Yahoo said \"too many "
                                     "attempts\", then test again.")
        if r in (R_SIGN_IN_AGAIN, R_TOKEN_REFUSED):
            return translate("Mail", "Press the sign-in button above and sign in in the browser "
                                     "again, with the account of this email address.")
        if r == R_APP_PASSWORD_NEEDED:
            return translate("Mail", "Either press “Sign in with Google” above, or make an app "
                                     "password: in your Google Account open Security, turn on "
                                     "2-Step Verification, then open 2-Step Verification → App "
                                     "passwords, create one named TinBai, type its 16 letters "
                                     "above and test again.")
        if r == R_BAD_APP_PASSWORD:
            return translate("Mail", "In your Google Account open Security → 2-Step Verification "
                                     "→ App passwords, remove the old TinBai password, create a "
                                     "new one, type its 16 letters above (spaces do not matter) "
                                     "and test again. Or press “Sign in with Google” instead.")
    if r == R_OUTLOOK:  # (a refusal, or seen in the settings before any connection)
        return translate("Mail", "Press “Sign in with Microsoft” above and sign in in the "
                                 "browser; no password is needed then.")
    if k == TLS:
        if r == R_PIN_MISMATCH:
            return translate("Mail", "Ask the people who run the mail server whether its "
                                     "certificate was renewed. Trust the new fingerprint only if "
                                     "they confirm it.")
        if r in (R_NO_STARTTLS, R_HANDSHAKE):
            return translate("Mail", "Check the port and the security choice above (usually "
                                     "port 587 with STARTTLS, or port 465 with TLS), then test "
                                     "again. If they are right, this network may be blocking "
                                     "secure mail: try another network.")
        return translate("Mail", "Check the server name above, or try another network. If your "
                                 "organisation runs its own mail server, ask its IT staff for "
                                 "the server's fingerprint and trust it only if it matches.")
    if k in (TOO_LARGE, UNKNOWN):
        return translate("Mail", "Test again in a moment. If it happens again, check the "
                                 "settings above or ask the people who run the mail server.")
    if k == PERMANENT and r not in (R_SENDER, R_UTF8_ADDRESS, R_CONNECT):
        return translate("Mail", "Check the settings above, or ask the people who run the mail "
                                 "server.")
    return _advice(e)


def _test_sign_in_advice(e: SignInError) -> str:
    if e.code == SIGN_IN_AGAIN:
        return translate("Mail", "Press the sign-in button above and sign in in the browser "
                                 "again.")
    if e.code == SIGN_IN_UNAVAILABLE:
        return translate("Mail", "Check the Internet connection, then test again.")
    return e.advice
