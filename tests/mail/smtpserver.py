"""Real SMTP servers for tests: aiosmtpd on 127.0.0.1, a trustme CA, and faults on demand.

Each `SMTPTestServer` runs its own asyncio loop in a thread on a random free port, in one of
three modes: "starttls" (STARTTLS required before anything, AUTH only inside TLS), "tls"
(implicit TLS, like port 465) and "plain" (no STARTTLS at all, yet AUTH advertised in the
clear: a trap a correct client must refuse). It records every delivered message (envelope
and exact bytes), every AUTH line and attempt, every command verb, and optionally the raw
bytes received, so tests can prove what reached the server and what never did.

Faults are named (`DATA_451`, `DROP_AFTER_UPLOAD`, ...) and fire always or a given number
of times; a seeded random mode gives each new connection a chance of one random fault.
Slow-server faults hold the session until `release()` or a time limit, never sleeping to
synchronise; `stop()` aborts whatever is still held.

With `oauth=` (a tests/mail/oauthserver.py authorization server) the server also offers AUTH
XOAUTH2 and checks each bearer token with that server (known, unexpired, the SMTP scope, the
right user), refusing like Gmail (`oauth_style="gmail"`: "334 <base64 JSON>", then 535 after
the client's empty line) or like Exchange Online ("microsoft": 535 5.7.3 at once); it
records whether the token came as the initial response or after "334". `refuse_auth=TEXT`
answers every AUTH with that reply (a provider's own refusal words).

Fixtures (`smtp_pki`, `make_server`, `smtp_server`, `memory_keyring`) are defined here and
re-exported by tests/mail/conftest.py; other test folders can import them the same way.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import itertools
import json
import logging
import random
import socket
import ssl
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme
from aiosmtpd.smtp import MISSING, SMTP, AuthResult
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.mail.accounts import CUSTOM, Account

HOST = "127.0.0.1"
DEFAULT_USER = "officer@example.org"
DEFAULT_PASSWORD = "Mật-khẩu ứng-dụng 7fQ2zX"  # non-ASCII on purpose: AUTH is UTF-8
MODES = ("starttls", "tls", "plain")

# Faults.
CONNECT_421 = "421-at-connect"  # greet with 421 and close
RCPT_550 = "550-at-rcpt"  # refuse the recipient
DATA_451 = "451-after-data"  # read the whole message, then answer 451
DATA_552 = "552-after-data"  # read the whole message, then answer 552
DROP_BEFORE_DATA = "drop-before-data"  # close the connection when DATA arrives
DROP_AFTER_UPLOAD = "drop-after-upload"  # read the whole message, close without a reply
STALL_GREETING = "stall-greeting"  # accept the connection, greet only when released
STALL_UPLOAD = "stall-upload"  # stop reading right after 354 (until released)
DELAY_FINAL = "delay-final"  # hold the final reply (until released)
ECHO_AUTH = "echo-auth"  # 535 whose text quotes the credentials back (tests scrubbing)
MAIL_554 = "554-at-mail"  # refuse the session at MAIL (a block list), not the address
FAULTS = (CONNECT_421, RCPT_550, DATA_451, DATA_552, DROP_BEFORE_DATA, DROP_AFTER_UPLOAD,
          STALL_GREETING, STALL_UPLOAD, DELAY_FINAL, ECHO_AUTH, MAIL_554)
RANDOM_FAULTS = (CONNECT_421, DROP_BEFORE_DATA, DATA_451, DROP_AFTER_UPLOAD)


def _not_login_data_chatter(record: logging.LogRecord) -> bool:
    # aiosmtpd 1.4 warns on every successful AUTH about its own deprecated attribute.
    return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_not_login_data_chatter)


# -- certificates --------------------------------------------------------------------------


def der_sha256(leaf: trustme.LeafCert) -> str:
    der = ssl.PEM_cert_to_DER_cert(leaf.cert_chain_pems[0].bytes().decode("ascii"))
    return hashlib.sha256(der).hexdigest()


@dataclass
class ServerPKI:
    """A private CA, server certificates it issued, and the cafile clients trust it through."""

    ca: trustme.CA
    cert: trustme.LeafCert  # valid for 127.0.0.1 and localhost
    wrong_name_cert: trustme.LeafCert  # valid only for mail.example.invalid
    cafile: Path
    other_cafile: Path  # another CA: trusting it must not help

    @classmethod
    def create(cls, folder: Path) -> ServerPKI:
        ca = trustme.CA(organization_name="TinBai test CA")
        cert = ca.issue_cert(HOST, "localhost", common_name="mail.test.invalid")
        wrong = ca.issue_cert("mail.example.invalid")
        cafile = folder / "ca.pem"
        ca.cert_pem.write_to_path(str(cafile))
        other_cafile = folder / "other-ca.pem"
        trustme.CA(organization_name="Unrelated CA").cert_pem.write_to_path(str(other_cafile))
        return cls(ca, cert, wrong, cafile, other_cafile)

    def server_context(self, leaf: trustme.LeafCert) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        leaf.configure_cert(context)
        return context


# -- what the server saw -------------------------------------------------------------------


@dataclass(frozen=True)
class Delivered:
    session: int
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes  # exactly the message bytes received (dot-stuffing removed)
    mail_options: tuple[str, ...]
    tls: bool
    user: str | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class AuthAttempt:
    session: int
    mechanism: str
    login: str
    success: bool
    tls: bool


class FaultPlan:
    """Which faults fire: named ones (always, or `times` times) and seeded random ones."""

    def __init__(self, faults: Iterable[str | tuple[str, int]] = (), *, random_rate: float = 0.0,
                 seed: int | None = None, random_faults: Iterable[str] = RANDOM_FAULTS) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, int | None] = {}
        for fault in faults:
            name, times = (fault, None) if isinstance(fault, str) else fault
            self.add(name, times)
        self.random_rate = random_rate
        self.random_faults = tuple(random_faults)
        self._rng = random.Random(seed)
        self.fired: list[tuple[int, str]] = []  # (session, fault), in order

    def add(self, name: str, times: int | None = None) -> None:
        """Make `name` fire `times` more times (None: every time)."""
        if name not in FAULTS:
            raise ValueError(f"unknown fault {name!r}")
        with self._lock:
            self._counts[name] = times

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()
            self.random_rate = 0.0

    def draw_random(self) -> str | None:
        """The random fault for a new session (or None), consuming the same draws each time."""
        with self._lock:
            if not self.random_rate or not self.random_faults:
                return None
            roll, choice = self._rng.random(), self._rng.choice(self.random_faults)
            return choice if roll < self.random_rate else None

    def take(self, name: str) -> bool:
        with self._lock:
            if name not in self._counts:
                return False
            left = self._counts[name]
            if left is None:
                return True
            if left <= 0:
                return False
            self._counts[name] = left - 1
            return True

    def record(self, session: int, name: str) -> None:
        with self._lock:
            self.fired.append((session, name))


# -- the SMTP session ----------------------------------------------------------------------


@dataclass(frozen=True)
class _BearerData:
    login: bytes  # read by the delivery recorder, like a password login's auth_data
    token: str


def parse_xoauth2(raw: bytes) -> tuple[str, str] | None:
    """(user, token) from "user=U^Aauth=Bearer T^A^A", or None if malformed."""
    try:
        fields = raw.decode("utf-8").split("\x01")
    except UnicodeDecodeError:
        return None
    if len(fields) != 4 or fields[2:] != ["", ""]:
        return None
    user_field, auth_field = fields[0], fields[1]
    if not user_field.startswith("user=") or auth_field[:12].lower() != "auth=bearer ":
        return None
    user, token = user_field[5:], auth_field[12:]
    return (user, token) if user and token else None


class _FaultySMTP(SMTP):
    """aiosmtpd's SMTP with recording and fault hooks."""

    # RFC 4954: a SASL response after "334" may be 12288 octets (a Microsoft token is about
    # 2 KB). The reader is built with this limit; DATA lines keep 1001 (set back below).
    line_length_limit = 12290

    def __init__(self, owner: SMTPTestServer, **kwargs) -> None:
        self._owner = owner
        self.number = owner._next_session_number()
        self.random_fault = owner.plan.draw_random()
        self._stall_after_354 = False
        self._started = False
        self._ended = False
        super().__init__(owner._handler, **kwargs)
        self.line_length_limit = 1001
        # Record every command verb as it is dispatched.
        for verb, method in list(self._smtp_methods.items()):
            self._smtp_methods[verb] = self._recording(verb, method)

    def _recording(self, verb, method):
        async def wrapper(arg):
            self._owner._record_command(self.number, verb)
            await method(arg)
        return wrapper

    def fires(self, name: str) -> bool:
        hit = self.random_fault == name or self._owner.plan.take(name)
        if hit:
            self._owner.plan.record(self.number, name)
        return hit

    @property
    def in_tls(self) -> bool:
        return self._owner.mode == "tls" or self._tls_protocol is not None

    # -- connection lifecycle --

    def connection_made(self, transport) -> None:
        first = not self._started
        self._started = True
        super().connection_made(transport)
        if first:
            self._owner._session_started(self)

    def connection_lost(self, exc) -> None:
        try:
            super().connection_lost(exc)
        finally:
            if not self._ended:
                self._ended = True
                self._owner._session_ended(self)

    def data_received(self, data: bytes) -> None:
        if self._owner.record_raw:
            self._owner._record_raw(self.number, data)
        super().data_received(data)

    async def drop(self) -> None:
        """Cut the connection without a word; connection_lost() then cancels this task."""
        if self.transport is not None:
            self.transport.abort()
        await asyncio.get_running_loop().create_future()

    # -- XOAUTH2 --

    async def auth_XOAUTH2(self, _server, args: list[str]) -> AuthResult:  # noqa: N802
        owner = self._owner
        if len(args) == 2:
            form = "initial-response"
            try:
                raw = base64.b64decode(args[1], validate=True)
            except binascii.Error:
                await self.push("501 5.5.2 Cannot decode response")
                return AuthResult(success=False, handled=True)
        else:
            form = "after-334"
            raw = await self.challenge_auth("", encode_to_b64=False)
            if raw is MISSING:
                return AuthResult(success=False, handled=True)
        parsed = parse_xoauth2(raw)
        if parsed is None:
            await self.push("501 5.5.2 Malformed XOAUTH2 response")
            return AuthResult(success=False, handled=True)
        user, token = parsed
        ok = owner.refuse_auth is None and owner.oauth.check_access_token(
            token, user, owner.oauth_scope) and user == owner.user
        owner._record_xoauth2(self.number, form, user, ok, self.in_tls)
        if ok:
            return AuthResult(success=True, auth_data=_BearerData(user.encode(), token))
        if owner.refuse_auth is not None:
            return AuthResult(success=False, handled=False, message=owner.refuse_auth)
        if owner.oauth_style == "gmail":
            error = json.dumps({"status": "401", "schemes": "bearer",
                                "scope": owner.oauth_scope})
            empty = await self.challenge_auth(error, encode_to_b64=True)
            if empty is MISSING:
                return AuthResult(success=False, handled=True)
            owner._record_empty_line(empty == b"")
            return AuthResult(success=False, handled=False, message=(
                "535-5.7.8 Username and Password not accepted. For more information, go "
                "to\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials "
                "a1b2c3 - gsmtp"))
        return AuthResult(success=False, handled=False, message=(
            "535 5.7.3 Authentication unsuccessful [TEST0PR00CA0000.test.prod.outlook.com "
            "2026-12-01T08:00:00.000Z 08DD0000]"))

    # -- fault hooks --

    async def _handle_client(self) -> None:
        if self.fires(STALL_GREETING):
            # A server that accepts and says nothing (a connection test waits on it).
            await self._owner._hold(self._owner.stall_seconds)
            if self.transport is None or self.transport.is_closing():
                return  # the client gave up meanwhile
        if self.fires(CONNECT_421):
            await self.push("421 4.3.2 Service not available, closing transmission channel")
            self.transport.close()
            return
        await super()._handle_client()

    async def smtp_MAIL(self, arg):
        if self._owner.require_auth and not self.session.authenticated:
            await self.push("530 5.7.0 Authentication required")
            return
        if self.fires(MAIL_554):
            await self.push("554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked "
                            "using zen.spamhaus.org")
            return
        await super().smtp_MAIL(arg)

    async def smtp_RCPT(self, arg):
        if self.envelope.mail_from and self.fires(RCPT_550):
            await self.push("550 5.1.1 The email account that you tried to reach does not exist")
            return
        await super().smtp_RCPT(arg)

    async def smtp_DATA(self, arg):
        if self.envelope.rcpt_tos and not arg:
            if self.fires(DROP_BEFORE_DATA):
                await self.drop()
                return
            if self.fires(STALL_UPLOAD):
                self._stall_after_354 = True
        await super().smtp_DATA(arg)

    async def push(self, status) -> None:
        await super().push(status)
        if self._stall_after_354:
            text = status.decode("ascii", "replace") if isinstance(status, bytes) else status
            if text.startswith("354"):
                self._stall_after_354 = False
                # Not reading: the client's socket buffers fill and its sends block.
                await self._owner._hold(self._owner.stall_seconds)


class _Handler:
    def __init__(self, owner: SMTPTestServer) -> None:
        self.owner = owner

    async def handle_exception(self, error: Exception) -> str:
        # E.g. a STARTTLS handshake the client refused (untrusted certificate): recorded
        # for tests instead of being logged as a server crash.
        self.owner._record_error(error)
        return f"500 Error: {type(error).__name__}"

    async def handle_DATA(self, server: _FaultySMTP, session, envelope) -> str:
        owner = self.owner
        if server.fires(DELAY_FINAL):
            await owner._hold(owner.delay_seconds)
        if server.fires(DATA_451):
            return "451 4.3.0 Mail server temporarily rejected message"
        if server.fires(DATA_552) or (owner.silent_limit is not None and
                                      len(envelope.original_content) > owner.silent_limit):
            owner._record_too_large(len(envelope.original_content))
            return "552 5.3.4 Message size exceeds fixed maximum message size"
        drop = server.fires(DROP_AFTER_UPLOAD)
        record = owner._delivered(server, session, envelope)
        if drop:
            owner._record_drop(record)
            if not owner.deliver_before_drop:
                await server.drop()
        owner._record_delivery(record)
        if drop:
            await server.drop()
        return f"250 2.0.0 OK queued as T{server.number:04d}"


# -- the server ----------------------------------------------------------------------------


class SMTPTestServer:
    """One aiosmtpd server in its own thread; see the module docstring."""

    def __init__(self, mode: str = "starttls", *, pki: ServerPKI,
                 faults: Iterable[str | tuple[str, int]] = (), size_limit: int | None = None,
                 user: str = DEFAULT_USER, password: str = DEFAULT_PASSWORD,
                 wrong_name: bool = False, random_rate: float = 0.0, seed: int | None = None,
                 random_faults: Iterable[str] = RANDOM_FAULTS, record_raw: bool = False,
                 stall_seconds: float = 10.0, delay_seconds: float = 10.0,
                 deliver_before_drop: bool = True, require_auth: bool = True,
                 keep_messages: bool = True, oauth=None, oauth_style: str = "gmail",
                 oauth_scope: str = "https://mail.google.com/", password_login: bool = True,
                 refuse_auth: str | None = None, silent_limit: int | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode = mode
        self.pki = pki
        self.host = HOST
        self.port: int = 0
        self.user = user
        self.password = password
        self.size_limit = size_limit
        self.record_raw = record_raw
        self.stall_seconds = stall_seconds
        self.delay_seconds = delay_seconds
        self.deliver_before_drop = deliver_before_drop
        self.require_auth = require_auth
        self.keep_messages = keep_messages  # False: count deliveries only (benchmarks)
        self.oauth = oauth  # an authorization server: XOAUTH2 is offered and checked
        self.oauth_style = oauth_style
        self.oauth_scope = oauth_scope
        self.password_login = password_login
        self.refuse_auth = refuse_auth  # every AUTH gets this reply (a provider's words)
        # A limit the server does not advertise: larger messages get 552 after the upload.
        self.silent_limit = silent_limit
        self.refused_sizes: list[int] = []
        self.xoauth2: list[tuple[int, str, str, bool]] = []  # (session, form, user, ok)
        self.empty_lines_after_challenge = 0
        self.delivered_count = 0
        self.plan = FaultPlan(faults, random_rate=random_rate, seed=seed,
                              random_faults=random_faults)
        leaf = pki.wrong_name_cert if wrong_name else pki.cert
        self.cert_sha256 = der_sha256(leaf)
        self._server_ssl = pki.server_context(leaf)
        self._handler = _Handler(self)

        self.messages: list[Delivered] = []
        self.dropped_after_upload: list[Delivered] = []
        self.auth_attempts: list[AuthAttempt] = []
        self.commands: list[tuple[int, str]] = []
        self.raw: dict[int, bytearray] = defaultdict(bytearray)
        self.errors: list[str] = []  # exceptions inside sessions ("TLSSetupException: ...")
        self.sessions = 0  # connections that reached the SMTP greeting stage

        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._active: set[_FaultySMTP] = set()
        self._numbers = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._startup_error: BaseException | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self._release: asyncio.Event | None = None

    # -- conveniences for tests --

    @property
    def cafile(self) -> Path:
        return self.pki.cafile

    @property
    def auth_lines(self) -> int:
        """How many AUTH commands reached the server (whatever their outcome)."""
        return self.verbs().count("AUTH")

    def verbs(self, session: int | None = None) -> list[str]:
        with self._lock:
            return [v for s, v in self.commands if session is None or s == session]

    def received_raw(self) -> bytes:
        with self._lock:
            return b"".join(bytes(v) for v in self.raw.values())

    def account(self, **overrides) -> Account:
        """An account that sends through this server and trusts it through the cafile."""
        values = dict(preset=CUSTOM, host=self.host, port=self.port,
                      security="tls" if self.mode == "tls" else "starttls",
                      username=self.user, from_addr=self.user, display_name="Nguyễn Thị Hoa",
                      cafile=str(self.pki.cafile))
        values.update(overrides)
        return Account(**values)

    def release(self) -> None:
        """End every stall and delay now (and for the rest of this server's life)."""
        if self.loop is not None and self._release is not None:
            self.loop.call_soon_threadsafe(self._release.set)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until no session is open; False if `timeout` passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._active, timeout)

    # -- lifecycle --

    def start(self) -> SMTPTestServer:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), daemon=True,
                                        name=f"smtp-test-{self.mode}")
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the test SMTP server did not start")
        if self._startup_error is not None:
            raise self._startup_error
        return self

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._shutdown)
        thread.join(10)

    def __enter__(self) -> SMTPTestServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self.loop = loop
        asyncio.set_event_loop(loop)
        try:
            self._release = asyncio.Event()
            server = loop.run_until_complete(loop.create_server(
                self._factory, self.host, 0,
                ssl=self._server_ssl if self.mode == "tls" else None))
            self.port = server.sockets[0].getsockname()[1]
        except BaseException as exc:  # reported to start()
            self._startup_error = exc
            loop.close()
            ready.set()
            return
        self._listener = server
        ready.set()
        try:
            loop.run_forever()
        finally:
            server.close()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(server.wait_closed())
            loop.close()

    def _shutdown(self) -> None:
        self._release.set()
        self._listener.close()
        for proto in list(self._active):
            if proto.transport is not None:
                proto.transport.abort()
        # connection_lost callbacks were scheduled by abort(); stop after they ran.
        self.loop.call_soon(self.loop.stop)

    def _factory(self) -> _FaultySMTP:
        excluded = [] if self.oauth is not None else ["XOAUTH2"]
        if not self.password_login:
            excluded += ["LOGIN", "PLAIN"]
        kwargs = dict(hostname="mail.test.invalid", ident="TinBai test SMTP",
                      data_size_limit=self.size_limit, enable_SMTPUTF8=True, loop=self.loop,
                      authenticator=self._authenticate,
                      auth_require_tls=self.mode == "starttls",
                      auth_exclude_mechanism=excluded)
        if self.mode == "starttls":
            kwargs.update(tls_context=self._server_ssl, require_starttls=True)
        return _FaultySMTP(self, **kwargs)

    # -- called from the loop thread --

    def _next_session_number(self) -> int:
        return next(self._numbers)

    def _session_started(self, proto: _FaultySMTP) -> None:
        with self._lock:
            self.sessions += 1
            self._active.add(proto)

    def _session_ended(self, proto: _FaultySMTP) -> None:
        with self._idle:
            self._active.discard(proto)
            self._idle.notify_all()

    def _record_command(self, session: int, verb: str) -> None:
        with self._lock:
            self.commands.append((session, verb))

    def _record_error(self, error: BaseException) -> None:
        cause = error.__cause__
        text = f"{type(error).__name__}: {cause or error}"
        with self._lock:
            self.errors.append(text)

    def _record_xoauth2(self, session: int, form: str, user: str, ok: bool, tls: bool) -> None:
        with self._lock:
            self.xoauth2.append((session, form, user, ok))
            self.auth_attempts.append(AuthAttempt(session, "XOAUTH2", user, ok, tls))

    def _record_too_large(self, size: int) -> None:
        with self._lock:
            self.refused_sizes.append(size)

    def _record_empty_line(self, empty: bool) -> None:
        with self._lock:
            self.empty_lines_after_challenge += int(empty)

    def _record_raw(self, session: int, data: bytes) -> None:
        with self._lock:
            self.raw[session] += data

    def _delivered(self, server: _FaultySMTP, session, envelope) -> Delivered:
        login = getattr(session.auth_data, "login", None)
        return Delivered(
            session=server.number, mail_from=envelope.mail_from,
            rcpt_tos=tuple(envelope.rcpt_tos), data=bytes(envelope.original_content),
            mail_options=tuple(envelope.mail_options), tls=server.in_tls,
            user=login.decode("utf-8", "replace") if login else None)

    def _record_delivery(self, record: Delivered) -> None:
        with self._lock:
            self.delivered_count += 1
            if self.keep_messages:
                self.messages.append(record)

    def _record_drop(self, record: Delivered) -> None:
        with self._lock:
            self.dropped_after_upload.append(record)

    async def _hold(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._release.wait(), seconds)
        except TimeoutError:
            pass

    def _authenticate(self, server: _FaultySMTP, session, envelope, mechanism: str,
                      auth_data) -> AuthResult:
        login = auth_data.login.decode("utf-8", "replace")
        ok = login == self.user and auth_data.password == self.password.encode("utf-8")
        if self.refuse_auth is not None:
            with self._lock:
                self.auth_attempts.append(
                    AuthAttempt(server.number, mechanism, login, False, server.in_tls))
            return AuthResult(success=False, handled=False, message=self.refuse_auth)
        with self._lock:
            self.auth_attempts.append(
                AuthAttempt(server.number, mechanism, login, ok, server.in_tls))
        if server.fires(ECHO_AUTH):
            # A careless server quoting the credentials back in its error reply.
            plain = auth_data.password.decode("utf-8", "replace")
            blob = base64.b64encode(b"\0" + auth_data.login + b"\0" + auth_data.password)
            return AuthResult(success=False, handled=False,
                              message=f"535 5.7.8 Rejected {login}/{plain} ({blob.decode()})")
        return AuthResult(success=ok, handled=False, auth_data=auth_data)


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


# -- an in-memory keychain -----------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keychain in a dict, installed with keyring.set_keyring() (never auto-detected); it
    refuses what Windows Credential Manager refuses (a value over 1280 characters)."""

    priority = 1
    viable = False  # keep keyring's own backend detection from ever picking it

    # Windows Credential Manager refuses a blob over 2560 bytes, and keyring writes UTF-16.
    WINDOWS_BLOB_LIMIT = 2560

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.blob_limit: int | None = self.WINDOWS_BLOB_LIMIT

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.blob_limit and len(password.encode("utf-16-le")) > self.blob_limit:
            raise OSError(1783, "CredWrite", "The stub received bad data.")
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such password") from None


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def smtp_pki(tmp_path_factory) -> ServerPKI:
    return ServerPKI.create(tmp_path_factory.mktemp("smtp-pki"))


@pytest.fixture
def make_server(smtp_pki):
    """Factory: make_server(mode="starttls"|"tls"|"plain", faults=..., size_limit=..., ...)."""
    servers: list[SMTPTestServer] = []

    def factory(mode: str = "starttls", **kwargs) -> SMTPTestServer:
        server = SMTPTestServer(mode, pki=smtp_pki, **kwargs).start()
        servers.append(server)
        return server

    yield factory
    for server in servers:
        server.stop()


@pytest.fixture
def smtp_server(make_server) -> SMTPTestServer:
    return make_server("starttls")


@pytest.fixture
def memory_keyring():
    """An in-memory keychain for the test, and a clean session cache before and after."""
    import keyring.core

    from app.mail import secrets

    previous = keyring.core._keyring_backend
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    secrets.forget_session()
    yield backend
    keyring.core._keyring_backend = previous
    secrets.forget_session()
