"""A real OAuth 2.0 authorization server for tests, on 127.0.0.1 over HTTPS (the trustme CA).

- `GET /authorize`: checks the client and that redirect_uri is a loopback http URL (those
  errors are shown, never redirected: RFC 6749 4.1.2.1); requires `response_type=code` and
  PKCE S256; "consents" at once for `user` and redirects with a single-use code and the
  state (or `error=access_denied`, or another state: a tampered answer, on demand).
- `POST /token`: `authorization_code` (the code is single use even when the exchange fails,
  valid 60 s, bound to the client and redirect_uri, its verifier checked against the S256
  challenge) and `refresh_token` (rotating, like Microsoft; revoked ones get invalid_grant).
  A public client must send no secret (Entra's AADSTS700025); a client registered with a
  secret must send it (Google desktop clients).
- `check_access_token()` is what the test SMTP server asks; `revoke()`,
  `expire_access_tokens()` and `access_ttl` drive the refresh and sign-in-again paths.

`Browser` follows an authorize URL like the system browser would (urllib, the test CA),
asks the loopback listener for /favicon.ico too, and keeps the page it was shown.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.server
import json
import secrets
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.mail.providers import is_loopback

CLIENT_ID = "tinbai-test-client"
SMTP_SCOPE = "https://mail.google.com/"


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: tuple[str, ...]
    user: str
    expires: float


@dataclass
class _Grant:
    client_id: str
    user: str
    scope: tuple[str, ...]
    revoked: bool = False


class AuthServer:
    def __init__(self, pki, *, user: str, clients: dict[str, str | None] | None = None,
                 access_ttl: float = 3600.0, access_token_chars: int = 200,
                 refresh_token_chars: int = 1800, drop_offline_access: bool = True) -> None:
        self.pki = pki
        self.user = user
        self.clients = clients if clients is not None else {CLIENT_ID: None}
        self.access_ttl = access_ttl
        self.access_token_chars = access_token_chars
        self.refresh_token_chars = refresh_token_chars  # past Credential Manager's 1280
        self.drop_offline_access = drop_offline_access  # as Microsoft does
        self.tamper_state_once = False
        self.deny_once = False
        self.codes: dict[str, _Code] = {}
        self.grants: dict[str, _Grant] = {}
        self.access: dict[str, tuple[str, tuple[str, ...], float]] = {}
        self.log: list[tuple[str, str]] = []  # (grant_type, error or "")
        self.issued: list[str] = []  # every token issued (to look for leaks)
        self.lock = threading.Lock()

    # -- lifecycle --

    def start(self) -> AuthServer:
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                parts = urllib.parse.urlsplit(self.path)
                if parts.path != "/authorize":
                    return self._send(404, b"not found", "text/plain")
                status, location, body = owner._authorize(
                    dict(urllib.parse.parse_qsl(parts.query)))
                if location:
                    self.send_response(302)
                    self.send_header("Location", location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    self._send(status, body.encode(), "text/plain; charset=utf-8")

            def do_POST(self):  # noqa: N802
                if self.path != "/token":
                    return self._send(404, b"not found", "text/plain")
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                status, payload = owner._token(form, self.headers.get("Authorization"))
                self._send(status, json.dumps(payload).encode(), "application/json")

            def _send(self, status, body, ctype):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.socket = self.pki.server_context(self.pki.cert).wrap_socket(
            self.httpd.socket, server_side=True)
        self.base_url = f"https://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True,
                                       name="test-oauth-server")
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    # -- what a test drives --

    def revoke(self) -> None:
        """The user withdrew the app's access: every grant and access token dies."""
        with self.lock:
            for grant in self.grants.values():
                grant.revoked = True
            self.access.clear()

    def expire_access_tokens(self) -> None:
        """Access tokens refused before the client expects (server-side revocation)."""
        with self.lock:
            self.access.clear()

    def check_access_token(self, token: str, user: str, scope: str) -> bool:
        with self.lock:
            entry = self.access.get(token)
        return bool(entry and entry[2] > time.time() and scope in entry[1]
                    and entry[0].lower() == user.lower())

    def grant_types(self) -> list[str]:
        return [g for g, _e in self.log]

    def providers_file(self, folder: Path, provider_id: str = "gmail", *,
                       scopes: list[str] | None = None, client_id: str = CLIENT_ID,
                       secret: str | None = None, smtp=None) -> Path:
        """A federation's providers file that points `provider_id` at this server."""
        oauth = {"authorize_url": f"{self.base_url}/authorize",
                 "token_url": f"{self.base_url}/token", "client_id": client_id,
                 "scopes": scopes or [SMTP_SCOPE]}
        if secret:
            oauth["client_secret"] = secret
        entry: dict = {"id": provider_id, "oauth": oauth}
        if smtp is not None:
            entry["smtp"] = {"host": smtp.host, "port": smtp.port,
                             "security": "tls" if smtp.mode == "tls" else "starttls"}
            entry["size_limit"] = None
        path = folder / f"providers-{provider_id}.json"
        path.write_text(json.dumps({"providers": [entry]}), encoding="utf-8")
        return path

    # -- endpoints --

    def _authorize(self, p: dict[str, str]) -> tuple[int, str, str]:
        redirect_uri = p.get("redirect_uri", "")
        parts = urllib.parse.urlsplit(redirect_uri)
        if p.get("client_id", "") not in self.clients:
            return 400, "", "unknown client_id"
        if parts.scheme != "http" or not is_loopback(parts.hostname):
            return 400, "", "redirect_uri must be a loopback http URL"

        def back(**params: str) -> tuple[int, str, str]:
            return 302, f"{redirect_uri}?{urllib.parse.urlencode(params)}", ""

        state = p.get("state", "")
        if p.get("response_type") != "code":
            return back(error="unsupported_response_type", state=state)
        if p.get("code_challenge_method") != "S256" or len(p.get("code_challenge", "")) != 43:
            return back(error="invalid_request", error_description="PKCE S256 required",
                        state=state)
        if self.deny_once:
            self.deny_once = False
            return back(error="access_denied", state=state)
        code = secrets.token_urlsafe(32)
        with self.lock:
            self.codes[code] = _Code(p["client_id"], redirect_uri, p["code_challenge"],
                                     tuple(p.get("scope", "").split()), self.user,
                                     time.time() + 60)
        if self.tamper_state_once:
            self.tamper_state_once = False
            state = secrets.token_urlsafe(32)  # an attacker's answer with its own code
        return back(code=code, state=state)

    def _client_ok(self, form: dict[str, str], authorization: str | None) -> dict | None:
        client_id, secret = form.get("client_id", ""), form.get("client_secret")
        if authorization and authorization.lower().startswith("basic "):
            client_id, _, secret = base64.b64decode(authorization[6:]).decode().partition(":")
        if client_id not in self.clients:
            return {"error": "invalid_client", "error_description": "unknown client"}
        expected = self.clients[client_id]
        if expected is None and secret is not None:
            return {"error": "invalid_client", "error_description": "AADSTS700025: Client is "
                    "public so neither 'client_assertion' nor 'client_secret' should be "
                    "presented."}
        if expected is not None and not hmac.compare_digest(secret or "", expected):
            return {"error": "invalid_client", "error_description": "client_secret missing"}
        return None

    def _token(self, form: dict[str, str], authorization: str | None) -> tuple[int, dict]:
        grant_type = form.get("grant_type", "")
        failure = self._client_ok(form, authorization)
        if failure is not None:
            result = 401, failure
        elif grant_type == "authorization_code":
            result = self._code_grant(form)
        elif grant_type == "refresh_token":
            result = self._refresh_grant(form)
        else:
            result = 400, {"error": "unsupported_grant_type"}
        self.log.append((grant_type, result[1].get("error", "")))
        return result

    def _code_grant(self, form: dict[str, str]) -> tuple[int, dict]:
        with self.lock:
            entry = self.codes.pop(form.get("code", ""), None)  # single use
        if entry is None or entry.expires < time.time():
            return 400, {"error": "invalid_grant", "error_description": "unknown code"}
        if entry.client_id != form.get("client_id") or \
                entry.redirect_uri != form.get("redirect_uri"):
            return 400, {"error": "invalid_grant", "error_description": "redirect mismatch"}
        verifier = form.get("code_verifier", "")
        computed = base64.urlsafe_b64encode(hashlib.sha256(
            verifier.encode("ascii", "replace")).digest()).rstrip(b"=").decode()
        if not 43 <= len(verifier) <= 128 or not hmac.compare_digest(computed, entry.challenge):
            return 400, {"error": "invalid_grant",
                         "error_description": "PKCE verification failed (code_verifier)."}
        return 200, self._issue(entry.client_id, entry.user, entry.scope)

    def _refresh_grant(self, form: dict[str, str]) -> tuple[int, dict]:
        with self.lock:
            grant = self.grants.get(form.get("refresh_token", ""))
            if grant is None or grant.revoked or grant.client_id != form.get("client_id"):
                return 400, {"error": "invalid_grant", "error_description":
                             "AADSTS70008: The refresh token has expired or was revoked."}
            del self.grants[form["refresh_token"]]  # rotation: the old one is spent
        return 200, self._issue(grant.client_id, grant.user, grant.scope)

    def _issue(self, client_id: str, user: str, scope: tuple[str, ...]) -> dict:
        access = secrets.token_urlsafe(self.access_token_chars)[:self.access_token_chars]
        refresh = secrets.token_urlsafe(self.refresh_token_chars)[:self.refresh_token_chars]
        with self.lock:
            self.access[access] = (user, scope, time.time() + self.access_ttl)
            self.grants[refresh] = _Grant(client_id, user, scope)
            self.issued += [access, refresh]
        shown = [s for s in scope if not (self.drop_offline_access and s == "offline_access")]
        return {"token_type": "Bearer", "access_token": access,
                "expires_in": int(self.access_ttl), "scope": " ".join(shown),
                "refresh_token": refresh}


class _Capture(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the 302 surfaces as an HTTPError carrying Location


class Browser:
    """Plays the system browser: follows the authorize URL, then the loopback redirect."""

    def __init__(self, cafile: Path) -> None:
        self.context = ssl.create_default_context(cafile=str(cafile))
        self.pages: list[str] = []
        self.opened: list[str] = []
        self.tamper = None  # a function changing the redirect URL before it is followed

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=self.context),
                                             _Capture)
        try:
            opener.open(url, timeout=10)
            raise AssertionError("the authorization server did not redirect")
        except urllib.error.HTTPError as exc:
            with exc:
                if exc.code != 302:
                    raise AssertionError(f"authorize: HTTP {exc.code} {exc.read()!r}") from None
                location = exc.headers["Location"]
        if self.tamper is not None:
            location = self.tamper(location)
        parts = urllib.parse.urlsplit(location)
        try:  # a real browser asks for the icon too: the listener must ignore it
            urllib.request.urlopen(f"{parts.scheme}://{parts.netloc}/favicon.ico", timeout=5)
        except urllib.error.HTTPError as exc:
            exc.close()
        with urllib.request.urlopen(location, timeout=10) as page:
            self.pages.append(page.read().decode("utf-8"))
        return True


@pytest.fixture
def oauth_server(smtp_pki):
    """An authorization server that "signs in" the test SMTP server's default user."""
    from tests.mail.smtpserver import DEFAULT_USER

    server = AuthServer(smtp_pki, user=DEFAULT_USER).start()
    yield server
    server.stop()


@pytest.fixture
def browser(smtp_pki) -> Browser:
    return Browser(smtp_pki.cafile)


@pytest.fixture
def fresh_tokens():
    """No access token of another test is reused from this process's memory."""
    from app.mail import oauth

    oauth.forget_access_tokens()
    yield
    oauth.forget_access_tokens()
