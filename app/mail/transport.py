"""SMTP submission of one message: exactly the given bytes, and an honest account of failure.

smtplib runs the dialogue (greeting, EHLO, STARTTLS, MAIL, RCPT); this module adds what it
lacks for a slow, intermittent connection and a non-technical user:

- TLS is always verified (`ssl.create_default_context()`, plus the account's private CA),
  or replaced by an exact certificate pin chosen by the user; AUTH is only ever sent inside
  TLS, and with "starttls" a server that does not offer STARTTLS is left before any
  password goes out.
- AUTH is done here (one mechanism, PLAIN or LOGIN, UTF-8), so a wrong password costs one
  failed login on the server, and no library exception can carry the password. A signed-in
  account logs in with XOAUTH2 instead (a bearer token from `app.mail.oauth.OAuthLogin`): the
  token goes as the AUTH line's initial response when that line fits 512 octets, else after
  the server's "334"; Gmail's "334 <base64 JSON>" refusal gets its empty line; a refused
  token is renewed once and AUTH tried again on the same connection (never for a policy
  refusal such as Microsoft's 5.7.139).
- The DATA upload is done here on the socket, in chunks with a per-chunk timeout and byte
  progress, dot-stuffed on the fly; then the final reply gets up to 10 minutes (RFC 5321).
- Every failure becomes a `SendError` whose kind says whether the message may be on the
  server: a connection lost after the terminating "." and before the reply is `unknown`.
  Once EHLO was answered, the error also says what SIZE the server advertised
  (`details["server_size"]`, 0 for none), so a failed send still teaches the size limit.

Exceptions raised by the `progress` and `on_uploaded` callbacks propagate unchanged (raise
from `progress` to cancel an upload: nothing is delivered). All calls block; run them on a
worker thread.
"""

from __future__ import annotations

import base64
import errno
import ipaddress
import logging
import os
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from app.mail import certs
from app.mail.accounts import STARTTLS, TLS, Account, clean_password, provider_of
from app.mail.errors import (
    AUTH,
    CONFIG,
    OFFLINE,
    PERMANENT,
    PHASE_AUTH,
    PHASE_CONNECT,
    PHASE_DATA,
    PHASE_EHLO,
    PHASE_FINAL,
    PHASE_MAIL,
    PHASE_QUIT,
    PHASE_RCPT,
    PHASE_SETUP,
    PHASE_STARTTLS,
    PHASE_UPLOAD,
    R_BASIC_AUTH_OFF,
    R_CAFILE,
    R_CERT,
    R_CONNECT,
    R_CONNECTION_LOST,
    R_DNS,
    R_HANDSHAKE,
    R_NO_AUTH,
    R_NO_PASSWORD_LOGIN,
    R_NO_REPLY,
    R_NO_STARTTLS,
    R_NO_XOAUTH2,
    R_NOT_REGISTERED,
    R_OAUTH_CONFIG,
    R_OUTLOOK,
    R_OVER_SIZE,
    R_PIN_MISMATCH,
    R_REFUSED,
    R_SETTINGS,
    R_SIGN_IN_AGAIN,
    R_SIGN_IN_SERVER,
    R_SMTP_AUTH_DISABLED,
    R_TLS_MISMATCH,
    R_UNREACHABLE,
    R_UPLOAD,
    R_UTF8_ADDRESS,
    SIGN_IN_AGAIN,
    SIGN_IN_NOT_REGISTERED,
    SIGN_IN_UNAVAILABLE,
    TEMPORARY,
    TIMEOUT,
    TOO_LARGE,
    UNKNOWN,
    SendError,
    SignInError,
    classify_reply,
    enhanced_code,
    provider_reason,
)
from app.mail.errors import TLS as TLS_FAILURE
from app.mail.providers import NO_PASSWORD, Provider

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

DEFAULT_CHUNK_SIZE = 64 * 1024
QUIT_TIMEOUT = 5.0  # waiting for "221 Bye" is politeness, not worth more
PENDING_REPLY_TIMEOUT = 1.0  # for a reply the server sent before closing mid-upload
COMMAND_LINE_LIMIT = 512  # RFC 5321 4.5.3.1.4, CRLF included (RFC 4954 4: the AUTH line)
# Refusals a fresh token does not change (an administrator's policy, not the token).
_POLICY_REASONS = frozenset({R_SMTP_AUTH_DISABLED, R_BASIC_AUTH_OFF})
_POLICY_CODES = frozenset({"5.7.139", "5.7.30", "5.7.57"})

_NETWORK_ERRNOS = frozenset(
    getattr(errno, name) for name in (
        "ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EHOSTDOWN", "EADDRNOTAVAIL",
        "WSAENETUNREACH", "WSAEHOSTUNREACH", "WSAENETDOWN", "WSAEHOSTDOWN",
        "WSAEADDRNOTAVAIL",
    ) if hasattr(errno, name)
)
# OpenSSL's words for "the other side does not speak TLS here" (wrong port/security pair).
_PLAINTEXT_PEER_REASONS = frozenset({
    "WRONG_VERSION_NUMBER", "UNKNOWN_PROTOCOL", "HTTP_REQUEST", "PACKET_LENGTH_TOO_LONG",
    "RECORD_LAYER_FAILURE", "UNEXPECTED_RECORD", "TLSV1_ALERT_PROTOCOL_VERSION",
})


@dataclass(frozen=True)
class SendResult:
    code: int  # the server's final reply, 2xx
    text: str
    size_limit: int | None  # the SIZE the server advertised, None if it did not
    size: int  # message bytes sent (before dot-stuffing)
    tls_version: str = ""


@dataclass(frozen=True)
class ServerInfo:
    host: str
    port: int
    security: str
    greeting: str
    tls_version: str
    cipher: str
    cert_sha256: str
    size_limit: int | None  # advertised SIZE, None if not advertised (or 0 = no limit)
    auth_mechanisms: tuple[str, ...]
    eight_bit_mime: bool
    smtputf8: bool
    logged_in: bool


class BearerLogin:
    """What a signed-in account logs in with (duck type of app.mail.oauth.OAuthLogin):
    `bearer()` gives a valid access token, `renew()` a fresh one after a refusal; both raise
    SignInError."""

    def bearer(self) -> str:  # pragma: no cover (a protocol)
        raise NotImplementedError

    def renew(self) -> str:  # pragma: no cover
        raise NotImplementedError


Credential = str | BearerLogin | None


def _is_bearer(credential) -> bool:
    return credential is not None and not isinstance(credential, str) and \
        hasattr(credential, "bearer")


class Cancelled(Exception):
    """The connection test was cancelled by the user (`Watch.cancel`)."""


class Watch:
    """Follows a connection test from another thread: `on_phase(phase)` hears where it is
    (connecting, securing, logging in: for a progress line), and `cancel()` stops it at
    once: the socket is shut, so a read waiting on a silent server returns, and the test
    raises `Cancelled`. (A connection still being made stops at its own time limit.)"""

    def __init__(self, on_phase: Callable[[str], None] | None = None) -> None:
        self.on_phase = on_phase
        self.cancelled = False
        self._lock = threading.Lock()
        self._conn: _Connection | None = None

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            conn = self._conn
        if conn is not None:
            conn.abort()

    def _attach(self, conn: _Connection | None) -> None:
        with self._lock:
            self._conn = conn

    def _phase(self, phase: str) -> None:
        if self.cancelled:
            raise Cancelled()
        if self.on_phase is not None:
            self.on_phase(phase)


# -- public API ----------------------------------------------------------------------------


def send(account: Account, password: Credential, mail_from: str, rcpt_to: Sequence[str],
         data: bytes, *, progress: Progress | None = None,
         on_uploaded: Callable[[], None] | None = None, chunk_size: int = DEFAULT_CHUNK_SIZE,
         chunk_timeout: float = 60.0, connect_timeout: float = 30.0,
         final_timeout: float = 600.0) -> SendResult:
    """Submit `data` (RFC 5322, CRLF line ends) to `rcpt_to`; raise SendError on failure.

    `connect_timeout` covers the connection and each command reply before the upload;
    `chunk_timeout` each chunk of the upload; `final_timeout` the reply after the final ".".
    `on_uploaded()` is called just before the last chunk and the terminating "." are sent:
    from then on the server may have the message. `password` is the password, or a
    `BearerLogin` (XOAUTH2) for a signed-in account; `None` skips AUTH (a relay that does not
    require login); TLS is required all the same. The message must fit both what the server
    advertised and the provider's real limit (`account.size_limit`).
    """
    rcpt_list = _check_arguments(mail_from, rcpt_to, data, chunk_size)
    plan = dot_plan(data)  # also refuses smuggling-prone dots, before connecting
    password = _clean(account, password)
    conn = _Connection(account, password, connect_timeout)

    def body() -> SendResult:
        context = conn.prepare()
        conn.open(context)
        advertised = conn.size_limit
        limit = min((n for n in (advertised, account.size_limit) if n), default=None)
        if limit and len(data) > limit:
            raise conn.error(TOO_LARGE, R_OVER_SIZE, size=len(data), limit=limit)
        if password is not None:
            conn.login(password)
        conn.envelope(mail_from, rcpt_list, len(data))
        conn.start_data()
        # "Uploaded" is recorded just before the end of the message leaves, never after: a
        # process killed in between then says "not sure it arrived" (the user checks) rather
        # than "queued" (which could send a second copy).
        conn.upload(data, plan, progress, chunk_size, chunk_timeout, before_end=on_uploaded)
        if progress is not None and data:
            # The last report comes after on_uploaded(), so that a progress callback that
            # raises (to cancel) can never hide an upload that already completed.
            progress(len(data), len(data))
        code, text = conn.final_reply(final_timeout)
        tls_version = conn.tls_version
        conn.quit()
        log.info("message of %d bytes accepted by %s: %d %s", len(data), conn.server, code,
                 text)
        return SendResult(code, text, advertised, len(data), tls_version)

    return _run(conn, body)


def check_login(account: Account, password: Credential, *, timeout: float = 30.0,
                watch: Watch | None = None) -> ServerInfo:
    """The "test connection" button: connect, TLS, EHLO, AUTH, QUIT; nothing is sent.

    With `password=None` only the connection and TLS are tested. A failure after EHLO still
    says the advertised SIZE (`details["server_size"]`). With `watch`, another thread hears
    each phase and can cancel the test (which then raises `Cancelled`).
    """
    password = _clean(account, password)
    conn = _Connection(account, password, timeout, watch)

    def body() -> ServerInfo:
        conn.open(conn.prepare())
        if password is not None:
            conn.login(password)
        info = conn.info(logged_in=password is not None)
        conn.quit()
        return info

    if watch is not None:
        watch._attach(conn)
    try:
        return _run(conn, body)
    except SendError:
        if watch is not None and watch.cancelled:
            raise Cancelled() from None  # the shut socket's error is not the server's
        raise
    finally:
        if watch is not None:
            watch._attach(None)


def fetch_certificate(account: Account, *, timeout: float = 30.0) -> certs.CertInfo:
    """The server's certificate, trusted or not, so the user can compare its fingerprint.

    `trusted` says whether it passes the normal checks (system CAs plus the account's
    cafile); `pinned` whether it matches the account's pin. No login is attempted.
    """
    conn = _Connection(account, None, timeout)
    context = _run(conn, lambda: conn.prepare(use_pin=False))
    trusted, verify_error = True, ""
    try:
        der, version = _handshake(account, context, timeout)
    except SendError as err:
        if err.kind != TLS_FAILURE or err.reason != R_CERT:
            raise
        trusted = False
        verify_error = str(err.details.get("verify_error") or err.cause)
        der, version = _handshake(account, _unverified_context(), timeout)
    pinned = bool(account.pinned_sha256) and certs.pin_matches(der, account.pinned_sha256)
    return certs.describe(der, trusted=trusted, verify_error=verify_error, pinned=pinned,
                          tls_version=version)


def tls_context(account: Account, *, use_pin: bool = True) -> ssl.SSLContext:
    """The TLS context for an account: verified, or (with a pin) replaced by the pin check.

    Contexts are cached (loading the system's CA store takes tens of milliseconds); a
    changed cafile is noticed by its modification time and size. Do not modify the result.
    """
    pinned = bool(use_pin and account.pinned_sha256)
    if pinned or not account.cafile:
        key: tuple = (pinned,)
    else:
        stat = os.stat(account.cafile)
        key = (False, os.path.abspath(account.cafile), stat.st_mtime_ns, stat.st_size)
    with _contexts_lock:
        context = _contexts.get(key)
        if context is None:
            if len(_contexts) >= 32:
                _contexts.clear()
            context = _contexts[key] = _new_context(account, pinned)
    return context


_contexts: dict[tuple, ssl.SSLContext] = {}
_contexts_lock = threading.Lock()


def _new_context(account: Account, pinned: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if pinned:
        # The pin replaces the CA and host name checks for this account only; it is
        # checked on the raw certificate right after the handshake, before anything else.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    elif account.cafile:
        context.load_verify_locations(cafile=account.cafile)
    return context


def dot_stuffed(data: bytes, chunk_size: int = DEFAULT_CHUNK_SIZE, *,
                plan: list[int] | None = None) -> Iterator[tuple[int, bytes | memoryview]]:
    """(offset reached in `data`, bytes to send) for each chunk, dot-stuffed (RFC 5321 4.5.2).

    `plan` is `dot_plan(data)` if already computed. Chunks with nothing to stuff (all of a
    base64 photo) are memoryviews of `data`: no copy. Any chunk size gives the same stream.
    Raises ValueError for a "." after a bare CR or LF (see `dot_plan`).
    """
    if plan is None:
        plan = dot_plan(data)
    if plan is None:
        yield from _stuffed_by_replace(data, chunk_size)
    else:
        yield from _stuffed_by_plan(data, chunk_size, plan)


def dot_plan(data: bytes) -> list[int] | None:
    """Offsets of the dots that start a line (each must be doubled), found with a fast
    single-byte search; None when the message has too many dots for that to pay off.

    Raises ValueError for a "." after a bare LF or CR: some servers take "<LF>.<CR><LF>" as
    the end of DATA, which would let the rest of the message be read as commands (SMTP
    smuggling). Other bare line ends are the message builder's business (the message is
    sent as given, and a strict server may refuse it).
    """
    plan: list[int] = []
    find = data.find
    pos = find(b".")
    budget = _DOT_SCAN_LIMIT
    while pos != -1:
        budget -= 1
        if budget < 0:
            _check_dots_slowly(data)
            return None
        before = data[pos - 1] if pos else 0x0A
        if before == 0x0A:
            if pos and (pos < 2 or data[pos - 2] != 0x0D):
                raise ValueError("data has a bare LF before a dot; use CRLF line ends")
            plan.append(pos)
        elif before == 0x0D:
            raise ValueError("data has a bare CR before a dot; use CRLF line ends")
        pos = find(b".", pos + 1)
    return plan


_DOT_SCAN_LIMIT = 100_000  # beyond this many dots, bytes.replace per chunk is faster


def _check_dots_slowly(data: bytes) -> None:
    if b"\r." in data:
        raise ValueError("data has a bare CR before a dot; use CRLF line ends")
    pos = data.find(b"\n.")
    while pos != -1:
        if pos == 0 or data[pos - 1] != 0x0D:
            raise ValueError("data has a bare LF before a dot; use CRLF line ends")
        pos = data.find(b"\n.", pos + 2)


def _stuffed_by_plan(data: bytes, chunk_size: int,
                     plan: list[int]) -> Iterator[tuple[int, bytes | memoryview]]:
    view = memoryview(data)
    total = len(data)
    index = 0
    pos = 0
    while pos < total:
        end = min(pos + chunk_size, total)
        if index < len(plan) and plan[index] < end:
            parts = []
            cut = pos
            while index < len(plan) and plan[index] < end:
                parts += (view[cut:plan[index]], b".")
                cut = plan[index]
                index += 1
            parts.append(view[cut:end])
            yield end, b"".join(parts)
        else:
            yield end, view[pos:end]
        pos = end


def _stuffed_by_replace(data: bytes, chunk_size: int) -> Iterator[tuple[int, memoryview]]:
    # Whether a "." starts a line depends on the two bytes before it, which may sit in the
    # previous chunk: they are carried over.
    view = memoryview(data)
    total = len(data)
    prev = b"\r\n"  # the start of the message is the start of a line
    pos = 0
    while pos < total:
        end = min(pos + chunk_size, total)
        piece = prev + view[pos:end]
        # bytes.replace returns the same object when there is nothing to stuff: no copy.
        yield end, memoryview(piece.replace(b"\r\n.", b"\r\n.."))[2:]
        prev = piece[-2:]
        pos = end


def end_of_data(data: bytes) -> bytes:
    """The terminating line: "." alone, after a CRLF added if the message lacks one."""
    return b".\r\n" if not data or data.endswith(b"\r\n") else b"\r\n.\r\n"


# -- internals -----------------------------------------------------------------------------


def _clean(account: Account, credential: Credential) -> Credential:
    if isinstance(credential, str):
        return clean_password(account, credential) if credential else None
    return credential


def _check_arguments(mail_from: str, rcpt_to: Sequence[str], data: bytes,
                     chunk_size: int) -> list[str]:
    if not isinstance(data, bytes):
        raise TypeError("data must be bytes")
    if isinstance(rcpt_to, str):
        raise TypeError("rcpt_to must be a list of addresses, not a string")
    rcpt_list = list(rcpt_to)
    if not rcpt_list:
        raise ValueError("no recipient")
    for address in (mail_from, *rcpt_list):
        if not address or any(ch in address for ch in "\r\n<>"):
            raise ValueError(f"bad envelope address: {address!r}")
    if chunk_size <= 0:
        raise ValueError("chunk_size must be positive")
    return rcpt_list


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _text(msg: bytes | str) -> str:
    return msg.decode("utf-8", "replace") if isinstance(msg, bytes) else str(msg)


def _timed_out(exc: BaseException | None) -> bool:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, TimeoutError):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _challenge_text(resp: bytes) -> str:
    """The decoded XOAUTH2 error challenge, for the log (status and scope, never a token)."""
    try:
        return base64.b64decode(resp.strip(), validate=True).decode("utf-8", "replace")[:200]
    except (ValueError, UnicodeError):
        return _text(resp)[:200]


def _ehlo_name(sock: socket.socket) -> str:
    """An address literal for EHLO ("[192.0.2.7]"), as mail clients send; never a DNS lookup."""
    try:
        address = sock.getsockname()[0].split("%")[0]
        ip = ipaddress.ip_address(address)
    except (OSError, ValueError, IndexError):
        return "localhost"
    return f"[IPv6:{ip}]" if ip.version == 6 else f"[{ip}]"


def _unverified_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class _Scrubber:
    """Masks the password (and its base64 forms as sent in AUTH) in any text."""

    MASK = "********"

    def __init__(self, username: str, passwords: Sequence[str | None]) -> None:
        user = (username or "").encode("utf-8")
        found: set[str] = set()
        for password in passwords:
            if not password:
                continue
            raw = password.encode("utf-8")
            found |= {password, _b64(raw), _b64(b"\0" + user + b"\0" + raw),
                      _b64(user + b"\0" + raw)}
        self._secrets = sorted(found, key=len, reverse=True)

    def add_bearer(self, token: str, blob: str) -> None:
        """Mask an access token and its XOAUTH2 form too (as issued during the login)."""
        self._secrets = sorted({*self._secrets, token, blob}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, self.MASK)
        return text


class _SMTPSSL(smtplib.SMTP_SSL):
    """SMTP_SSL that lets the caller inspect the certificate before the greeting is read."""

    def __init__(self, *, on_handshake: Callable[[ssl.SSLSocket], None], **kwargs) -> None:
        self._on_handshake = on_handshake
        super().__init__(**kwargs)

    def _get_socket(self, host, port, timeout):
        raw = socket.create_connection((host, port), timeout, self.source_address)
        try:
            sock = self.context.wrap_socket(raw, server_hostname=host)
        except BaseException:
            raw.close()
            raise
        try:
            self._on_handshake(sock)
        except BaseException:
            sock.close()
            raise
        return sock


TLS_PROBE_TIMEOUT = 5.0


def _speaks_tls(host: str, port: int) -> bool:
    """Does the server on host:port start with a TLS handshake (implicit TLS)? Asked only
    when it kept silent where an SMTP greeting was due; nothing is sent but a ClientHello."""
    try:
        with socket.create_connection((host, port), timeout=TLS_PROBE_TIMEOUT) as raw, \
                _unverified_context().wrap_socket(raw, server_hostname=host) as tls:
            return bool(tls.version())
    except (OSError, ValueError):
        return False


def _handshake(account: Account, context: ssl.SSLContext, timeout: float) -> tuple[bytes, str]:
    """Connect (and STARTTLS) with `context`; return the certificate (DER) and TLS version."""
    conn = _Connection(account, None, timeout)

    def body() -> tuple[bytes, str]:
        conn.check_settings()
        conn.open(context, pin=None)
        result = conn.der, conn.tls_version
        conn.quit()
        return result

    return _run(conn, body)


def _run(conn: _Connection, body: Callable):
    """Run `body`, turning network and SMTP failures into a password-free SendError."""
    try:
        try:
            return body()
        except (SendError, OSError, EOFError, UnicodeError, smtplib.SMTPException) as exc:
            failure = conn.classify(exc)
    finally:
        conn.close()
    # Raised outside the except block and stripped of its chain: a traceback of this error
    # shows only our own password-free words.
    failure.__cause__ = None
    failure.__context__ = None
    log.info("SMTP failure: %s", failure.technical)
    raise failure


class _Connection:
    """One SMTP session, remembering where it is so a failure can be classified."""

    def __init__(self, account: Account, password: Credential, timeout: float,
                 watch: Watch | None = None) -> None:
        self.account = account
        self.timeout = timeout
        self.watch = watch
        self.credential = password
        self.oauth = _is_bearer(password)
        self.scrub = _Scrubber(account.username, [] if self.oauth else [password])
        self.provider_facts: Provider = provider_of(account)
        self.provider = self.provider_facts.id
        self.heard = False  # EHLO was answered: what it advertised is known
        self.phase = PHASE_SETUP
        self.smtp: smtplib.SMTP | None = None
        self.greeting = ""
        self.der = b""

    @property
    def phase(self) -> str:
        return self._phase

    @phase.setter
    def phase(self, value: str) -> None:
        self._phase = value
        if self.watch is not None:
            self.watch._phase(value)

    def abort(self) -> None:
        """From another thread: shut the socket so that a blocked read or write returns."""
        smtp = self.smtp
        sock = smtp.sock if smtp is not None else None
        if sock is not None:
            try:
                # The plain socket's shutdown, also under TLS: the TLS object stays as it is
                # for the thread that is reading.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    # -- errors ----------------------------------------------------------------------------

    @property
    def server(self) -> str:
        a = self.account
        return f"{a.host}:{a.port} ({a.security})"

    def error(self, kind: str, reason: str = "", *, code: int | None = None, text: str = "",
              exc: BaseException | None = None, **details) -> SendError:
        details.setdefault("host", self.account.host)
        if self.heard and self.smtp is not None:
            details.setdefault("server_size", self.size_limit or 0)
        cause = self.scrub(f"{type(exc).__name__}: {exc}") if exc is not None else ""
        clean = {k: self.scrub(v) if isinstance(v, str) else v for k, v in details.items()}
        return SendError(kind, reason, phase=self.phase, smtp_code=code,
                         smtp_text=self.scrub(text), provider=self.provider, server=self.server,
                         details=clean, cause=cause)

    def reply_error(self, code: int, text: str, **details) -> SendError:
        kind, reason = classify_reply(code, text, self.phase, self.provider, self.oauth)
        return self.error(kind, reason, code=code, text=text, **details)

    def classify(self, exc: BaseException) -> SendError:
        if isinstance(exc, SendError):
            return exc
        if isinstance(exc, smtplib.SMTPResponseException):
            if self.phase == PHASE_FINAL and not 200 <= exc.smtp_code < 600:
                return self.error(UNKNOWN, exc=exc)
            return self.reply_error(exc.smtp_code, _text(exc.smtp_error))
        if self.phase == PHASE_FINAL:
            # The whole message went out and no reply came back: it may have been accepted.
            return self.error(UNKNOWN, R_NO_REPLY if _timed_out(exc) else "", exc=exc)
        if isinstance(exc, ssl.SSLCertVerificationError):
            return self.error(TLS_FAILURE, R_CERT, exc=exc, verify_error=exc.verify_message or "")
        if isinstance(exc, UnicodeError):
            return self.error(CONFIG, R_SETTINGS, exc=exc)
        timed_out = _timed_out(exc)
        in_handshake = self.phase == PHASE_STARTTLS or (
            self.phase == PHASE_CONNECT and self.account.security == TLS)
        # A connection cut during the handshake (EOF) is a network matter, retried; an
        # OpenSSL error or alert is not.
        cut = isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError))
        if isinstance(exc, ssl.SSLError) and in_handshake and not timed_out and not cut:
            if self.phase == PHASE_CONNECT and exc.reason in _PLAINTEXT_PEER_REASONS:
                return self.error(CONFIG, R_TLS_MISMATCH, exc=exc)
            return self.error(TLS_FAILURE, R_HANDSHAKE, exc=exc)
        if timed_out:
            if self.phase == PHASE_CONNECT and self.account.security == STARTTLS and (
                    self.account.port == 465 or _speaks_tls(self.account.host,
                                                            self.account.port)):
                # A TLS port waits silently for a handshake that STARTTLS never starts:
                # not a slow connection but the wrong security choice.
                return self.error(CONFIG, R_TLS_MISMATCH, exc=exc)
            reason = {PHASE_CONNECT: R_CONNECT, PHASE_UPLOAD: R_UPLOAD}.get(self.phase, "")
            return self.error(TIMEOUT, reason, exc=exc)
        if isinstance(exc, socket.gaierror):
            return self.error(OFFLINE, R_DNS, exc=exc)
        if isinstance(exc, ConnectionRefusedError):
            return self.error(OFFLINE, R_REFUSED, exc=exc)
        if isinstance(exc, OSError) and (exc.errno in _NETWORK_ERRNOS
                                         or getattr(exc, "winerror", None) in _NETWORK_ERRNOS):
            return self.error(OFFLINE, R_UNREACHABLE, exc=exc)
        return self.error(TEMPORARY, R_CONNECTION_LOST, exc=exc)

    # -- the dialogue ----------------------------------------------------------------------

    def check_settings(self) -> None:
        self.phase = PHASE_SETUP
        if isinstance(self.credential, str) and self.provider_facts.password == NO_PASSWORD:
            # Refused by the provider whatever the password: say so before connecting.
            raise self.error(CONFIG, R_OUTLOOK if self.provider == "outlook" else R_BASIC_AUTH_OFF)
        wrong = [p for p in self.account.problems()
                 if p in ("host", "port", "security", "pinned_sha256")]
        if wrong:
            raise self.error(CONFIG, R_SETTINGS, fields=",".join(wrong))

    def prepare(self, *, use_pin: bool = True) -> ssl.SSLContext:
        """Check the settings and build the TLS context (config errors before connecting)."""
        self.check_settings()
        try:
            return tls_context(self.account, use_pin=use_pin)
        except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
            raise self.error(CONFIG, R_CAFILE, exc=exc) from None

    def open(self, context: ssl.SSLContext, pin: str | None | bool = True) -> None:
        """Connect, TLS, EHLO. `pin=True` means the account's own pin (if any)."""
        acc = self.account
        if pin is True:
            pin = acc.pinned_sha256
        self.phase = PHASE_CONNECT
        log.debug("connecting to %s", self.server)
        if acc.security == TLS:
            smtp: smtplib.SMTP = _SMTPSSL(
                on_handshake=lambda sock: self._check_pin(sock, pin), context=context,
                local_hostname="localhost", timeout=self.timeout)
        else:
            smtp = smtplib.SMTP(local_hostname="localhost", timeout=self.timeout)
        # smtplib takes the TLS server name (SNI and host name check) from `_host`, which
        # only its constructor sets; we connect separately to know where we are.
        smtp._host = acc.host
        self.smtp = smtp
        code, msg = smtp.connect(acc.host, acc.port)
        self.greeting = _text(msg)
        if code != 220:
            raise self.reply_error(code, self.greeting)
        smtp.local_hostname = _ehlo_name(smtp.sock)
        try:
            # Replies are awaited after every write; Nagle would only add delayed-ACK stalls.
            smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        self._ehlo()
        if acc.security == STARTTLS:
            if not smtp.has_extn("starttls"):
                raise self.error(TLS_FAILURE, R_NO_STARTTLS)
            self.phase = PHASE_STARTTLS
            self.heard = False  # what counts is what the server says inside TLS
            smtp.starttls(context=context)
            self._check_pin(smtp.sock, pin)
            self._ehlo()
        self.der = smtp.sock.getpeercert(binary_form=True) or b""
        log.debug("%s: %s, SIZE=%s, AUTH=%s", self.server, self.tls_version, self.size_limit,
                  " ".join(self.auth_mechanisms))

    def _check_pin(self, sock: ssl.SSLSocket, pin: str | None) -> None:
        if not pin:
            return
        der = sock.getpeercert(binary_form=True) or b""
        if not certs.pin_matches(der, pin):
            presented = certs.sha256_fingerprint(der) if der else ""
            raise self.error(TLS_FAILURE, R_PIN_MISMATCH, presented=presented)

    def _ehlo(self) -> None:
        self.phase = PHASE_EHLO
        self.smtp.sock.settimeout(self.timeout)
        code, msg = self.smtp.ehlo()
        if code != 250:
            raise self.reply_error(code, _text(msg))
        self.heard = True

    def login(self, password: Credential) -> None:
        smtp = self.smtp
        if not isinstance(smtp.sock, ssl.SSLSocket):
            # Unreachable by construction; kept so no future change can send AUTH in clear.
            raise self.error(TLS_FAILURE, R_NO_STARTTLS)
        self.phase = PHASE_AUTH
        if not smtp.has_extn("auth"):
            raise self.error(CONFIG, R_NO_AUTH)
        if _is_bearer(password):
            self._login_xoauth2(password)
            return
        mechanisms = self.auth_mechanisms
        user = self.account.username.encode("utf-8")
        secret = password.encode("utf-8")
        if "PLAIN" in mechanisms:
            code, resp = smtp.docmd("AUTH", "PLAIN " + _b64(b"\0" + user + b"\0" + secret))
        elif "LOGIN" in mechanisms:
            code, resp = smtp.docmd("AUTH", "LOGIN " + _b64(user))
            if code == 334:
                code, resp = smtp.docmd(_b64(secret))
        else:
            raise self.error(AUTH, R_NO_PASSWORD_LOGIN, mechanisms=" ".join(mechanisms))
        if code != 235:
            raise self.reply_error(code, _text(resp))
        log.debug("%s: logged in as %s", self.server, self.account.username)

    # -- XOAUTH2 ---------------------------------------------------------------------------

    def _login_xoauth2(self, login: BearerLogin) -> None:
        mechanisms = self.auth_mechanisms
        if "XOAUTH2" not in mechanisms:
            raise self.error(AUTH, R_NO_XOAUTH2, mechanisms=" ".join(mechanisms))
        code, text = self._auth_xoauth2(self._token(login.bearer))
        if code != 235 and self._fresh_token_may_help(code, text):
            # Refused although not expired by our clock (revoked, rotated, clock skew):
            # renewed once, and AUTH tried again on this connection (RFC 4954 allows it).
            log.info("%s refused the access token (%d); renewing it once", self.server, code)
            code, text = self._auth_xoauth2(self._token(login.renew))
        if code != 235:
            raise self.reply_error(code, text)
        log.debug("%s: signed in as %s (XOAUTH2)", self.server, self.account.username)

    def _token(self, get: Callable[[], str]) -> str:
        phase, self.phase = self.phase, PHASE_AUTH
        try:
            token = get()
        except SignInError as err:
            raise self._sign_in_failure(err) from None
        finally:
            self.phase = phase
        if not token or not token.isascii() or any(c.isspace() or c == "\x01" for c in token):
            raise self.error(AUTH, R_OAUTH_CONFIG, reason_detail="malformed token")
        return token

    def _sign_in_failure(self, err: SignInError) -> SendError:
        if err.code == SIGN_IN_AGAIN:
            return self.error(AUTH, R_SIGN_IN_AGAIN, sign_in=err.detail)
        if err.code == SIGN_IN_UNAVAILABLE:
            return self.error(TEMPORARY, R_SIGN_IN_SERVER, sign_in=err.detail)
        if err.code == SIGN_IN_NOT_REGISTERED:
            return self.error(CONFIG, R_NOT_REGISTERED)
        return self.error(CONFIG, R_OAUTH_CONFIG, sign_in=err.detail)

    def _auth_xoauth2(self, token: str) -> tuple[int, str]:
        user = self.account.username
        if not user or "\x01" in user:
            raise self.error(CONFIG, R_SETTINGS, fields="username")
        blob = _b64(f"user={user}\x01auth=Bearer {token}\x01\x01".encode())
        self.scrub.add_bearer(token, blob)
        smtp = self.smtp
        if len(f"AUTH XOAUTH2 {blob}\r\n") <= COMMAND_LINE_LIMIT:
            code, resp = smtp.docmd("AUTH", "XOAUTH2 " + blob)
        else:  # RFC 4954: a response that does not fit the line goes after the 334
            code, resp = smtp.docmd("AUTH", "XOAUTH2")
            if code == 334:
                code, resp = smtp.docmd(blob)
        if code == 334:
            # Gmail's refusal: a base64 JSON challenge ({"status":"401",...}) that the client
            # must answer with an empty line before the final reply comes.
            log.info("%s: XOAUTH2 refused: %s", self.server, _challenge_text(resp))
            code, resp = smtp.docmd("")
        return code, self.scrub(_text(resp))

    def _fresh_token_may_help(self, code: int, text: str) -> bool:
        if code not in (530, 534, 535):
            return False
        if enhanced_code(text) in _POLICY_CODES:
            return False
        return provider_reason(code, text, PHASE_AUTH, self.provider, True) not in \
            _POLICY_REASONS

    def envelope(self, mail_from: str, rcpt_to: list[str], size: int) -> None:
        smtp = self.smtp
        self.phase = PHASE_MAIL
        options = []
        if smtp.has_extn("size"):
            options.append(f"SIZE={size}")
        if smtp.has_extn("8bitmime"):
            # Declared whatever the content (RFC 6152 allows it for 7-bit text too): saves a
            # pass over a 60 MB message to find out.
            options.append("BODY=8BITMIME")
        for address in (mail_from, *rcpt_to):
            if not address.isascii():
                if not smtp.has_extn("smtputf8"):
                    raise self.error(PERMANENT, R_UTF8_ADDRESS, address=address)
                options.append("SMTPUTF8")
                break
        code, resp = smtp.mail(mail_from, options)
        if code != 250:
            raise self.reply_error(code, _text(resp), address=mail_from)
        self.phase = PHASE_RCPT
        for address in rcpt_to:
            code, resp = smtp.rcpt(address)
            if code not in (250, 251):
                raise self.reply_error(code, _text(resp), address=address)

    def start_data(self) -> None:
        self.phase = PHASE_DATA
        self.smtp.putcmd("data")
        code, resp = self.smtp.getreply()
        if code != 354:
            raise self.reply_error(code, _text(resp))

    def upload(self, data: bytes, plan: list[int] | None, progress: Progress | None,
               chunk_size: int, chunk_timeout: float,
               before_end: Callable[[], None] | None = None) -> None:
        """Send the message and the final "."; progress is reported for all but the last
        chunk (the caller reports that one, after on_uploaded). `before_end()` runs just
        before the last chunk and the terminating "." leave."""
        self.phase = PHASE_UPLOAD
        sock = self.smtp.sock
        sock.settimeout(chunk_timeout)
        total = len(data)
        log.debug("%s: uploading %d bytes", self.server, total)
        try:
            # One chunk is held back so the terminating line leaves with the last one: sent
            # alone, Nagle's algorithm would hold it until the server's delayed ACK.
            held: tuple[int, bytes | memoryview] | None = None
            for item in dot_stuffed(data, chunk_size, plan=plan):
                if held is not None:
                    sock.sendall(held[1])
                    if progress is not None:
                        progress(held[0], total)
                held = item
            if before_end is not None:
                before_end()
            sock.sendall(b"".join((held[1] if held else b"", end_of_data(data))))
        except OSError as exc:
            if not _timed_out(exc):
                # The server may have said why before closing (e.g. 552 mid-upload).
                reply = self._pending_reply()
                if reply is not None:
                    raise self.reply_error(*reply) from None
            raise
        self.phase = PHASE_FINAL
        log.debug("%s: upload complete; waiting for the final reply", self.server)

    def _pending_reply(self) -> tuple[int, str] | None:
        try:
            self.smtp.sock.settimeout(PENDING_REPLY_TIMEOUT)
            code, resp = self.smtp.getreply()
        except (OSError, smtplib.SMTPException, AttributeError):
            return None
        return (code, _text(resp)) if 400 <= code < 600 else None

    def final_reply(self, final_timeout: float) -> tuple[int, str]:
        self.smtp.sock.settimeout(final_timeout)
        code, resp = self.smtp.getreply()
        text = self.scrub(_text(resp))
        if 200 <= code < 300:
            return code, text
        if not 400 <= code < 600:
            raise self.error(UNKNOWN, code=code, text=text)
        raise self.reply_error(code, text)

    def quit(self) -> None:
        smtp = self.smtp
        if smtp is None or smtp.sock is None:
            return
        self.phase = PHASE_QUIT
        try:
            smtp.sock.settimeout(QUIT_TIMEOUT)
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            pass

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.close()
            except OSError:
                pass

    # -- what the server told us -----------------------------------------------------------

    @property
    def size_limit(self) -> int | None:
        raw = (self.smtp.esmtp_features.get("size") or "").strip()
        try:
            value = int(raw.split()[0]) if raw else 0
        except ValueError:
            return None
        return value or None  # RFC 1870: 0 means no fixed limit

    @property
    def auth_mechanisms(self) -> tuple[str, ...]:
        return tuple((self.smtp.esmtp_features.get("auth") or "").upper().split())

    @property
    def tls_version(self) -> str:
        sock = self.smtp.sock if self.smtp is not None else None
        return (sock.version() or "") if isinstance(sock, ssl.SSLSocket) else ""

    def info(self, *, logged_in: bool) -> ServerInfo:
        sock = self.smtp.sock
        cipher = sock.cipher() if isinstance(sock, ssl.SSLSocket) else None
        acc = self.account
        return ServerInfo(
            host=acc.host, port=acc.port, security=acc.security, greeting=self.greeting,
            tls_version=self.tls_version, cipher=cipher[0] if cipher else "",
            cert_sha256=certs.sha256_fingerprint(self.der) if self.der else "",
            size_limit=self.size_limit, auth_mechanisms=self.auth_mechanisms,
            eight_bit_mime=self.smtp.has_extn("8bitmime"),
            smtputf8=self.smtp.has_extn("smtputf8"), logged_in=logged_in)
