"""Signing in with the mail provider in the browser: OAuth 2.0 for XOAUTH2 over SMTP.

One client for every provider (the providers are data: app/mail/providers.py). The flow is
the authorization code with PKCE (S256) and a `state` check (RFC 6749, 7636, 8252): the
system browser opens the provider's page; the provider sends the browser back to a one-shot
listener on 127.0.0.1 (random port), which answers with a page saying the browser may be
closed; the code is exchanged for tokens. oauthlib does the protocol (PKCE values, the
authorize URL, request bodies, parsing answers into typed errors); stdlib urllib does HTTP.
The authorize and token endpoints must be https, except on loopback (tests, a local identity
provider): our own rule, checked before anything is sent (oauthlib's own check would refuse
the loopback redirect itself).

The refresh token goes to the keychain only (app/mail/secrets.py); the access token stays in
this process's memory and is renewed when it expires or the server refuses it. No token ever
reaches a log, a message or an exception: errors are `SignInError`s carrying the provider's
error code and description at most. Everything here blocks: run it on a worker thread.
"""

from __future__ import annotations

import hmac
import html
import http.server
import logging
import secrets as random_source
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass

from oauthlib.oauth2 import WebApplicationClient
from oauthlib.oauth2.rfc6749 import errors as oauth_errors

from app.base.i18n import translate
from app.mail import secrets
from app.mail.accounts import Account
from app.mail.errors import (
    SIGN_IN_AGAIN,
    SIGN_IN_CANCELLED,
    SIGN_IN_CONFIG,
    SIGN_IN_NOT_REGISTERED,
    SIGN_IN_REFUSED,
    SIGN_IN_UNAVAILABLE,
    SignInError,
)
from app.mail.providers import OAuthConfig, Provider, secure_endpoint

log = logging.getLogger(__name__)

SIGN_IN_WAIT = 300.0  # the user has five minutes in the browser
HTTP_TIMEOUT = 30.0
EXPIRY_LEEWAY = 120.0  # renew an access token this long before it expires
CALLBACK_PATH = "/callback"
VERIFIER_LENGTH = 64  # 43..128 characters (RFC 7636)

OpenBrowser = Callable[[str], object]


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str | None
    expires_at: float
    scope: tuple[str, ...] = ()

    def expired(self, now: float | None = None) -> bool:
        return (now or time.time()) >= self.expires_at - EXPIRY_LEEWAY

    def __repr__(self) -> str:  # never a token in a log
        return f"Tokens(expires_at={self.expires_at:.0f}, refresh={bool(self.refresh_token)})"


def _config(provider: Provider) -> OAuthConfig:
    config = provider.oauth
    if config is None or not config.registered:
        raise SignInError(SIGN_IN_NOT_REGISTERED, provider=provider.brand)
    for url in (config.authorize_url, config.token_url):
        if not secure_endpoint(url):
            raise SignInError(SIGN_IN_CONFIG, provider=provider.brand, detail="insecure endpoint")
    return config


def https_context(account: Account) -> ssl.SSLContext:
    """Verified TLS for the provider's endpoints: the system's CAs plus the account's CA file
    (a private identity provider; the tests' CA)."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if account.cafile:
        try:
            context.load_verify_locations(cafile=account.cafile)
        except (OSError, ValueError):
            raise SignInError(SIGN_IN_CONFIG, detail="cafile") from None
    return context


# -- the loopback redirect -----------------------------------------------------------------

_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>TinBài</title></head><body style="font-family:sans-serif;margin:3em;max-width:40em">
<h1>{title}</h1><p>{text}</p></body></html>"""


class LoopbackListener:
    """A one-shot HTTP listener on 127.0.0.1 at a random port (never on other interfaces).

    The first GET to CALLBACK_PATH is the provider's answer: it is kept, answered with a
    page that says the browser may be closed, and the listener stops. Other paths (the
    browser's /favicon.ico) get 404. The query holds the code: it is never logged.
    """

    def __init__(self, expected_state: str) -> None:
        self._expected = expected_state
        self._result: dict[str, str] | None = None
        self._done = threading.Event()
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                parts = urllib.parse.urlsplit(self.path)
                if parts.path != CALLBACK_PATH or owner._done.is_set():
                    self.send_error(404)
                    return
                params = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
                ok = "code" in params and "error" not in params and hmac.compare_digest(
                    params.get("state", "").encode(), owner._expected.encode())
                body = _page(ok).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                owner._result = params
                owner._done.set()

            def log_message(self, *args) -> None:  # the query holds the code
                pass

        self._server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self._server.timeout = 0.25
        self.port = self._server.server_address[1]
        self.redirect_uri = f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True,
                                        name="tinbai-signin-listener")
        self._thread.start()

    def _serve(self) -> None:
        while not self._done.is_set() and not self._closed.is_set():
            self._server.handle_request()

    def wait(self, timeout: float) -> dict[str, str] | None:
        """The provider's answer, or None (no answer in time, or cancelled)."""
        self._done.wait(timeout)
        result = self._result
        self.close()
        return result

    def cancel(self) -> None:
        self._done.set()

    def close(self) -> None:
        self._closed.set()
        self._done.set()
        if self._thread is not threading.current_thread():
            self._thread.join(2)
        self._server.server_close()


def _page(ok: bool) -> str:
    if ok:
        title = translate("OAuth", "Signed in")
        text = translate("OAuth", "You may close this browser window and go back to TinBài.")
    else:
        title = translate("OAuth", "The sign-in did not succeed")
        text = translate("OAuth", "You may close this browser window, go back to TinBài and "
                                  "try again.")
    lang = "en" if translate("OAuth", "Signed in") == "Signed in" else "vi"
    return _PAGE.format(lang=lang, title=html.escape(title), text=html.escape(text))


# -- talking to the token endpoint ---------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # a token endpoint never redirects
        return None


def _post_form(url: str, body: str, context: ssl.SSLContext, brand: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body.encode("ascii"), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json",
        "User-Agent": "TinBai"})
    # The system's proxy settings apply (ProxyHandler stays); redirects are not followed.
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context),
                                         _NoRedirect)
    try:
        with opener.open(request, timeout=HTTP_TIMEOUT) as response:
            return response.status, response.read(1 << 20)
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read(1 << 20)
    except (urllib.error.URLError, OSError) as exc:  # DNS, refused, TLS, timeout
        reason = getattr(exc, "reason", exc)
        raise SignInError(SIGN_IN_UNAVAILABLE, provider=brand,
                          detail=type(reason).__name__) from None


def _token_request(client: WebApplicationClient, provider: Provider, body: str,
                   old_refresh: str | None, context: ssl.SSLContext) -> Tokens:
    config = _config(provider)
    brand = provider.brand
    status, raw = _post_form(config.token_url, body, context, brand)
    if status >= 500:
        raise SignInError(SIGN_IN_UNAVAILABLE, provider=brand, detail=f"HTTP {status}")

    def detail(exc: oauth_errors.OAuth2Error) -> str:
        return f"{exc.error}: {exc.description or ''}".strip(": ")[:300]

    try:
        # scope=None: oauthlib would raise a Warning when fewer scopes come back than were
        # asked (Microsoft leaves out offline_access); the SMTP scope is checked below.
        token = client.parse_request_body_response(raw.decode("utf-8", "replace"), scope=None)
    except (oauth_errors.InvalidGrantError, oauth_errors.AccessDeniedError) as exc:
        raise SignInError(SIGN_IN_AGAIN, provider=brand, detail=detail(exc)) from None
    except (oauth_errors.InvalidClientError, oauth_errors.UnauthorizedClientError,
            oauth_errors.UnsupportedGrantTypeError, oauth_errors.InvalidScopeError,
            oauth_errors.InvalidRequestError) as exc:
        raise SignInError(SIGN_IN_CONFIG, provider=brand, detail=detail(exc)) from None
    except (oauth_errors.TemporarilyUnavailableError, oauth_errors.ServerError) as exc:
        raise SignInError(SIGN_IN_UNAVAILABLE, provider=brand, detail=detail(exc)) from None
    except oauth_errors.MissingTokenError:  # not JSON (a proxy's page): try again later
        raise SignInError(SIGN_IN_UNAVAILABLE, provider=brand,
                          detail=f"no token (HTTP {status})") from None
    except oauth_errors.OAuth2Error as exc:  # Microsoft's interaction_required, ...
        raise SignInError(SIGN_IN_AGAIN, provider=brand, detail=detail(exc)) from None
    except (ValueError, TypeError) as exc:
        raise SignInError(SIGN_IN_UNAVAILABLE, provider=brand,
                          detail=f"malformed answer ({type(exc).__name__})") from None
    if str(token.get("token_type", "bearer")).lower() != "bearer" or \
            not token.get("access_token"):
        raise SignInError(SIGN_IN_CONFIG, provider=brand, detail="not a bearer token")
    granted = tuple(token.get("scope") or config.scopes)
    if config.smtp_scope and config.smtp_scope not in granted:
        raise SignInError(SIGN_IN_AGAIN, provider=brand, detail="sending mail not granted")
    try:
        expires_in = float(token.get("expires_in") or 3600)
    except (TypeError, ValueError):
        expires_in = 3600.0
    return Tokens(token["access_token"], token.get("refresh_token") or old_refresh,
                  time.time() + expires_in, granted)


def _secret(config: OAuthConfig) -> dict[str, str]:
    # oauthlib sends client_secret="" as an empty parameter: only pass a real one (Google
    # desktop clients have one; Microsoft public clients must send none).
    return {"client_secret": config.client_secret} if config.client_secret else {}


# -- signing in ----------------------------------------------------------------------------


class SignIn:
    """One sign-in attempt: `url` is what the browser opens; `run()` does the rest."""

    def __init__(self, provider: Provider, account: Account, *,
                 context: ssl.SSLContext | None = None) -> None:
        self.provider = provider
        self.config = _config(provider)
        self.context = context or https_context(account)
        self.client = WebApplicationClient(self.config.client_id)
        self.code_verifier = self.client.create_code_verifier(VERIFIER_LENGTH)
        challenge = self.client.create_code_challenge(self.code_verifier, "S256")
        self.state = random_source.token_urlsafe(32)
        self.listener = LoopbackListener(self.state)
        extras = dict(self.config.authorize_params)
        if account.username:
            extras["login_hint"] = account.username
        # oauthlib insists on https; our rule also allows http on loopback (a local identity
        # provider), which secure_endpoint() checked: the URL is built as https and given
        # back its scheme, the only part that differs.
        authorize = self.config.authorize_url
        plain = authorize.startswith("http://")
        try:
            url = self.client.prepare_request_uri(
                "https://" + authorize[len("http://"):] if plain else authorize,
                redirect_uri=self.listener.redirect_uri, scope=list(self.config.scopes),
                state=self.state, code_challenge=challenge, code_challenge_method="S256",
                **extras)
        except oauth_errors.OAuth2Error as exc:
            self.listener.close()
            raise SignInError(SIGN_IN_CONFIG, provider=provider.brand,
                              detail=exc.error or type(exc).__name__) from None
        self.url = "http://" + url[len("https://"):] if plain else url

    def cancel(self) -> None:
        """Stop waiting for the browser (another thread may call this)."""
        self.listener.cancel()

    def run(self, open_browser: OpenBrowser = webbrowser.open,
            wait: float = SIGN_IN_WAIT) -> Tokens:
        try:
            open_browser(self.url)
        except BaseException:
            self.listener.close()
            raise
        params = self.listener.wait(wait)
        if params is None:
            raise SignInError(SIGN_IN_CANCELLED, provider=self.provider.brand, detail="timeout")
        return self.exchange(self.check_redirect(params))

    def check_redirect(self, params: dict[str, str]) -> str:
        """The authorization code, after the state check (made first: an attacker's error
        page must not look genuine)."""
        brand = self.provider.brand
        if not hmac.compare_digest(params.get("state", "").encode(), self.state.encode()):
            raise SignInError(SIGN_IN_REFUSED, provider=brand, detail="state")
        if "error" in params:
            try:
                oauth_errors.raise_from_error(params["error"], params)
            except oauth_errors.AccessDeniedError as exc:
                raise SignInError(SIGN_IN_CANCELLED, provider=brand,
                                  detail=exc.error) from None
            except oauth_errors.OAuth2Error as exc:
                raise SignInError(SIGN_IN_CONFIG, provider=brand,
                                  detail=exc.error or "error") from None
            raise SignInError(SIGN_IN_CONFIG, provider=brand, detail="error")
        code = params.get("code", "")
        if not code:
            raise SignInError(SIGN_IN_REFUSED, provider=brand, detail="no code")
        return code

    def exchange(self, code: str, *, code_verifier: str | None = None) -> Tokens:
        body = self.client.prepare_request_body(
            code=code, redirect_uri=self.listener.redirect_uri, include_client_id=True,
            code_verifier=code_verifier or self.code_verifier, **_secret(self.config))
        tokens = _token_request(self.client, self.provider, body, None, self.context)
        if not tokens.refresh_token:  # without it every send would need the browser
            raise SignInError(SIGN_IN_CONFIG, provider=self.provider.brand,
                              detail="no refresh token")
        return tokens


def refresh(provider: Provider, refresh_token: str, context: ssl.SSLContext) -> Tokens:
    """A new access token from the refresh token (SignInError SIGN_IN_AGAIN when the
    sign-in is gone: invalid_grant)."""
    config = _config(provider)
    client = WebApplicationClient(config.client_id)
    body = client.prepare_refresh_body(
        refresh_token=refresh_token,
        scope=list(config.scopes) if config.refresh_scopes else None,
        client_id=config.client_id, **_secret(config))
    return _token_request(client, provider, body, refresh_token, context)


# -- an account's sign-in ------------------------------------------------------------------

_lock = threading.Lock()  # one token request at a time: refresh tokens may rotate
_access: dict[str, Tokens] = {}  # the access tokens of this process, by account


def _key(account: Account, provider: Provider) -> str:
    return f"{provider.id}:{account.keychain_key}"


def sign_in(account: Account, provider: Provider, *, open_browser: OpenBrowser = webbrowser.open,
            wait: float = SIGN_IN_WAIT, attempt: Callable[[SignIn], None] | None = None) -> bool:
    """Sign `account` in with `provider` in the browser and keep the sign-in.

    Returns True when the sign-in went to the keychain, False when it is kept for this
    session only (no keychain here). `attempt(sign_in)` is told the attempt first (so that
    another thread can cancel it). Raises SignInError.
    """
    signing = SignIn(provider, account)
    if attempt is not None:
        attempt(signing)
    tokens = signing.run(open_browser, wait)
    with _lock:
        kept = secrets.store_refresh_token(account, tokens.refresh_token)
        _access[_key(account, provider)] = tokens
    log.info("signed in with %s for %s", provider.id, account.username)
    return kept


def signed_in(account: Account) -> bool:
    return secrets.get_refresh_token(account) is not None


def sign_out(account: Account) -> None:
    with _lock:
        for key in [k for k in _access if k.endswith(":" + account.keychain_key)]:
            del _access[key]
    secrets.delete_refresh_token(account)


class OAuthLogin:
    """What the transport logs in with for a signed-in account: a bearer token that renews
    itself (`bearer()`), and one forced renewal after the server refused it (`renew()`)."""

    def __init__(self, account: Account, provider: Provider,
                 context: ssl.SSLContext | None = None) -> None:
        self.account = account
        self.provider = provider
        self._context = context
        self.renewals = 0
        self.issued: list[str] = []  # every access token this login handed out (scrubbing)

    @property
    def context(self) -> ssl.SSLContext:
        if self._context is None:
            self._context = https_context(self.account)
        return self._context

    def bearer(self) -> str:
        with _lock:
            tokens = _access.get(_key(self.account, self.provider))
            if tokens is None or tokens.expired():
                tokens = self._renew_locked()
            self.issued.append(tokens.access_token)
            return tokens.access_token

    def renew(self) -> str:
        with _lock:
            tokens = self._renew_locked()
            self.issued.append(tokens.access_token)
            return tokens.access_token

    def _renew_locked(self) -> Tokens:
        _config(self.provider)  # no registered client: signing in again cannot help
        stored = secrets.get_refresh_token(self.account)
        if not stored:
            raise SignInError(SIGN_IN_AGAIN, provider=self.provider.brand, detail="not signed in")
        try:
            tokens = refresh(self.provider, stored, self.context)
        except SignInError as err:
            if err.code == SIGN_IN_AGAIN:
                # The kept sign-in is dead: forget it, so that nothing keeps trying it.
                _access.pop(_key(self.account, self.provider), None)
                secrets.delete_refresh_token(self.account)
            raise
        if tokens.refresh_token and tokens.refresh_token != stored:
            secrets.store_refresh_token(self.account, tokens.refresh_token)  # rotated
        _access[_key(self.account, self.provider)] = tokens
        self.renewals += 1
        return tokens


def forget_access_tokens() -> None:
    """Drop the access tokens held in memory (tests; signing out everything)."""
    with _lock:
        _access.clear()
