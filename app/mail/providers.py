"""Mail providers as data: their SMTP servers, how one signs in, their real size limits.

The shipped providers are resources/data/mail-providers.json (format:
resources/data/mail-providers.schema.md). The OAuth client IDs are not in it: they cannot be
registered from here and are never borrowed from another program, so whoever ships TinBài
(the federation) registers its own and gives them in a providers file, which adds providers
or replaces them by id. Such a file is given by `TINBAI_PROVIDERS=FILE` or imported in
Settings (app/settings.py keeps it); the catalogue in force is the shipped file, then the
imported file, then the file named by the environment.

Reading a file never changes anything by itself: `parse_providers`/`load_providers` return a
new `Catalogue` or raise `ProvidersError` listing every problem, each naming where it is and
what is wrong, in the user's language (the model is app/quota/rules.py).

Words: the shipped providers' names and help texts are English source strings in this module
(marked for Qt's lupdate, translated with the rest of the catalogue, checked complete by
tools/translations.py); a providers file may bring its own words, as a text or as
`{"vi": ..., "en": ...}`, which then win.
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import logging
import os
import re
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.base import i18n, paths
from app.base.errors import UserError
from app.base.i18n import QT_TRANSLATE_NOOP, translate
from app.base.json_words import type_name

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
SHIPPED = ("data", "mail-providers.json")
ENV_FILE = "TINBAI_PROVIDERS"
MAX_FILE_BYTES = 1_000_000

STARTTLS = "starttls"
TLS = "tls"
SECURITY_MODES = (STARTTLS, TLS)

# How a provider takes a password over SMTP.
PASSWORD = "password"  # the account's own password
APP_PASSWORD = "app-password"  # a separate app password (after 2-Step Verification)
NO_PASSWORD = "none"  # refused: only OAuth works
PASSWORD_KINDS = (PASSWORD, APP_PASSWORD, NO_PASSWORD)

CUSTOM = "custom"

TOP_KEYS = ("version", "name", "note", "providers")
PROVIDER_KEYS = ("id", "name", "smtp", "password", "oauth", "size_limit", "domains", "hosts",
                 "mx", "help", "help_url", "note")
SMTP_KEYS = ("host", "port", "security", "alternatives")
ALTERNATIVE_KEYS = ("port", "security")
OAUTH_KEYS = ("brand", "authorize_url", "token_url", "client_id", "client_secret", "scopes",
              "authorize_params", "refresh_scopes")
# Scopes that only ask for identity or a refresh token: the others are what SMTP needs.
NON_SMTP_SCOPES = frozenset({"offline_access", "openid", "email", "profile"})

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
_MAX_ID = 40

# The shipped providers' words (English sources; the data keys them by id and name).
_SHIPPED_NAMES = (
    QT_TRANSLATE_NOOP("Mail", "Gmail"),
    QT_TRANSLATE_NOOP("Mail", "Microsoft 365 (work or school account)"),
    QT_TRANSLATE_NOOP("Mail", "Outlook.com / Hotmail (personal account)"),
    QT_TRANSLATE_NOOP("Mail", "Yahoo Mail"),
    QT_TRANSLATE_NOOP("Mail", "Another mail server"),
)
_SHIPPED_HELP = {
    "gmail": QT_TRANSLATE_NOOP(
        "Mail",
        "Gmail does not accept your usual password here: either sign in with Google in the "
        "browser, or use an app password. To make an app password: turn on 2-Step "
        "Verification (Google Account → Security → 2-Step Verification), then open Google "
        "Account → Security → 2-Step Verification → App passwords, create a password named "
        "TinBai and type its 16 letters here. The server is filled in for you "
        "(smtp.gmail.com, port 587 with STARTTLS; port 465 with TLS also works)."),
    "m365": QT_TRANSLATE_NOOP(
        "Mail",
        "For a work or school mailbox on Microsoft 365. Sign in with Microsoft in the "
        "browser; a password works only where your organisation still allows it (Microsoft "
        "turns password sending off by the end of December 2026). If sending is refused "
        "either way, ask your IT administrator to turn on \"Authenticated SMTP\" (SMTP AUTH) "
        "for your mailbox. The server is filled in for you (smtp.office365.com, port 587 "
        "with STARTTLS)."),
    "outlook": QT_TRANSLATE_NOOP(
        "Mail",
        "Personal Outlook.com, Hotmail and Live accounts work only by signing in with "
        "Microsoft in the browser: since 16 September 2024 Microsoft no longer lets programs "
        "like this one sign in with a password, not even an app password."),
    "yahoo": QT_TRANSLATE_NOOP(
        "Mail",
        "Yahoo Mail needs an app password, not your usual password. To make one: sign in to "
        "Yahoo, open Account security, choose Generate app password, name it TinBai and type "
        "the password it shows here. The server is filled in for you (smtp.mail.yahoo.com, "
        "port 465 with TLS; port 587 with STARTTLS also works)."),
    CUSTOM: QT_TRANSLATE_NOOP(
        "Mail",
        "For any other mail provider or your organisation's own server. Ask the people who "
        "run it for the outgoing mail server name, the port and the security choice "
        "(usually port 587 with STARTTLS, or port 465 with TLS). If the server uses its own "
        "certificate, the program shows its fingerprint so you can check it with them "
        "before trusting it."),
}


# -- the model -----------------------------------------------------------------------------


def _words(value: str | Mapping[str, str] | None) -> str:
    """A text from the data in the current language: a dict by language, or an English
    source string looked up in the catalogue."""
    if not value:
        return ""
    if isinstance(value, Mapping):
        lang = i18n.language()
        return value.get(lang) or value.get(i18n.DEFAULT_LANGUAGE) or next(
            iter(value.values()), "")
    return translate("Mail", value)


@dataclass(frozen=True)
class OAuthConfig:
    """How to sign in with a provider in the browser (OAuth 2.0, authorization code + PKCE)."""

    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    client_id: str = ""  # empty: no client registered (the federation's file gives one)
    client_secret: str | None = None  # Google desktop clients have one that is not secret
    brand: str = ""  # "Google", "Microsoft": the words on the sign-in button
    authorize_params: tuple[tuple[str, str], ...] = ()
    refresh_scopes: bool = False  # ask for the scopes again when refreshing (Microsoft)

    @property
    def registered(self) -> bool:
        return bool(self.client_id)

    @property
    def smtp_scope(self) -> str:
        """The scope a token must carry to send mail."""
        return next((s for s in self.scopes if s not in NON_SMTP_SCOPES), "")

    def __repr__(self) -> str:  # no secret in a log, even a non-secret one
        return f"OAuthConfig({self.authorize_url!r}, client={'yes' if self.client_id else 'no'})"


@dataclass(frozen=True)
class Provider:
    id: str
    name: str  # English source (shipped) or the file's text; use `label`
    host: str = ""
    port: int = 587
    security: str = STARTTLS
    alternatives: tuple[tuple[int, str], ...] = ()  # other (port, security) that also work
    password: str = PASSWORD  # PASSWORD, APP_PASSWORD or NO_PASSWORD
    oauth: OAuthConfig | None = None
    size_limit: int | None = None  # the provider's real limit (may be below what it advertises)
    domains: tuple[str, ...] = ()  # email domains that belong to this provider
    hosts: tuple[str, ...] = ()  # SMTP host names that belong to this provider
    mx: tuple[str, ...] = ()  # MX host suffixes that say "this domain is hosted here"
    help_url: str = ""
    help_text: Any = None  # the file's own help (a text or {"vi", "en"}), else the shipped
    names: Any = field(default=None, compare=False)  # the file's name as given ({"vi","en"})

    @property
    def label(self) -> str:
        return _words(self.names or self.name)

    @property
    def help(self) -> str:
        return _words(self.help_text) or _words(_SHIPPED_HELP.get(self.id, ""))

    @property
    def brand(self) -> str:
        return (self.oauth.brand if self.oauth else "") or self.label

    @property
    def takes_password(self) -> bool:
        return self.password != NO_PASSWORD

    @property
    def app_password(self) -> bool:
        return self.password == APP_PASSWORD

    @property
    def offers_oauth(self) -> bool:
        """Signing in with the browser is the way for this provider (registered or not)."""
        return self.oauth is not None

    @property
    def oauth_ready(self) -> bool:
        return self.oauth is not None and self.oauth.registered

    @property
    def usable(self) -> bool:
        """Something can log in: a password, or a registered OAuth client."""
        return self.takes_password or self.oauth_ready


class Catalogue(Mapping[str, Provider]):
    """The providers in force, by id, in the order they are offered (immutable)."""

    def __init__(self, raw: list[dict], origin: str = "") -> None:
        self._raw = [dict(r) for r in raw]
        self._providers = {r["id"]: _build(r) for r in self._raw}
        self.origin = origin

    def __getitem__(self, key: str) -> Provider:
        return self._providers[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._providers)

    def __len__(self) -> int:
        return len(self._providers)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Catalogue) and self._raw == other._raw

    __hash__ = None  # type: ignore[assignment]

    @property
    def raw(self) -> list[dict]:
        return [dict(r) for r in self._raw]

    def require(self, provider_id: str) -> Provider:
        try:
            return self._providers[provider_id]
        except KeyError:
            raise ValueError(f"unknown mail provider: {provider_id!r}") from None

    def for_address(self, address: str) -> Provider | None:
        """The provider an email address belongs to, from its domain (no network)."""
        domain = domain_of(address)
        for provider in self._providers.values():
            if domain and domain in provider.domains:
                return provider
        return None

    def for_host(self, host: str) -> Provider | None:
        host = (host or "").strip().lower().rstrip(".")
        for provider in self._providers.values():
            if host and (host in provider.hosts or host == provider.host.lower()):
                return provider
        return None

    def for_mx(self, exchanges: list[str]) -> Provider | None:
        """The provider that hosts a domain whose MX records are `exchanges`."""
        for exchange in exchanges:
            name = exchange.lower().rstrip(".")
            for provider in self._providers.values():
                if any(name == s or name.endswith("." + s) for s in provider.mx):
                    return provider
        return None

    def provider_of(self, preset: str, host: str) -> Provider:
        """The provider of an account: its preset, else the one its host belongs to."""
        if preset in self._providers and preset != CUSTOM:
            return self._providers[preset]
        return self.for_host(host) or self._providers.get(CUSTOM) or _build(
            {"id": CUSTOM, "name": "Another mail server", "smtp": {"host": ""}})

    def with_file(self, text: str, source: str = "") -> Catalogue:
        """This catalogue with a providers file's entries added or replacing (by id)."""
        entries, problems = _parse(text, source, self)
        if problems:
            raise ProvidersError(problems, source)
        return self._merged(entries, source)

    def _merged(self, entries: list[dict], origin: str) -> Catalogue:
        raw = {r["id"]: r for r in self._raw}
        for entry in entries:
            # Replaces the entry of the same id; keys the file leaves out keep their value,
            # inside "smtp" and "oauth" too (a file that only brings a client_id keeps
            # Google's access_type=offline, without which no refresh token comes).
            merged = {**raw.get(entry["id"], {})}
            for key, value in entry.items():
                before = merged.get(key)
                if key in ("smtp", "oauth") and isinstance(before, dict) and value:
                    value = {**before, **value}
                merged[key] = value
            raw[entry["id"]] = merged
        return Catalogue(list(raw.values()), origin or self.origin)


def domain_of(address: str) -> str:
    return (address or "").rpartition("@")[2].strip().lower().rstrip(".")


def _build(r: dict) -> Provider:
    smtp = r.get("smtp") or {}
    oauth = r.get("oauth")
    config = None
    if oauth:
        config = OAuthConfig(
            authorize_url=oauth["authorize_url"], token_url=oauth["token_url"],
            scopes=tuple(oauth["scopes"]), client_id=oauth.get("client_id") or "",
            client_secret=oauth.get("client_secret") or None, brand=oauth.get("brand") or "",
            authorize_params=tuple((oauth.get("authorize_params") or {}).items()),
            refresh_scopes=bool(oauth.get("refresh_scopes")))
    name = r.get("name") or r["id"]
    return Provider(
        id=r["id"], name=name if isinstance(name, str) else _words(name),
        names=name if isinstance(name, Mapping) else None,
        host=smtp.get("host") or "", port=smtp.get("port") or 587,
        security=smtp.get("security") or STARTTLS,
        alternatives=tuple((a["port"], a["security"]) for a in smtp.get("alternatives") or ()),
        password=r.get("password") or PASSWORD, oauth=config, size_limit=r.get("size_limit"),
        domains=tuple(d.lower() for d in r.get("domains") or ()),
        hosts=tuple(h.lower() for h in r.get("hosts") or ()),
        mx=tuple(m.lower() for m in r.get("mx") or ()), help_url=r.get("help_url") or "",
        help_text=r.get("help") or None)


# -- problems ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProviderProblem:
    """One thing wrong in a providers file: a stable code, where (a JSON path), a sentence."""

    code: str
    where: str
    message: str

    def to_dict(self) -> dict:
        return {"code": self.code, "where": self.where, "message": self.message}


class ProvidersError(UserError):
    """A providers file that cannot be used: refused whole. The providers in use stay."""

    def __init__(self, problems: list[ProviderProblem], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        if source:
            heading = translate(
                "MailProviders", "The mail providers file {name} has {count} problem(s); the "
                "providers in use stay unchanged:").format(name=source, count=len(problems))
        else:
            heading = translate(
                "MailProviders", "The mail providers file has {count} problem(s); the "
                "providers in use stay unchanged:").format(count=len(problems))
        super().__init__("bad-providers",
                         "\n".join([heading] + [f"- {p.message}" for p in self.problems]))


# -- reading -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def shipped() -> Catalogue:
    """The providers shipped with the program (no client IDs)."""
    path = paths.resource(*SHIPPED)
    entries, problems = _parse(path.read_text(encoding="utf-8"), str(path), None)
    if problems:  # a broken shipped file is a bug of ours: say it loudly
        raise ProvidersError(problems, str(path))
    return Catalogue(entries, str(path))


def read_file(path: str | os.PathLike) -> str:
    """A providers file's text; ProvidersError if it cannot be read as UTF-8."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProvidersError([ProviderProblem("file-too-large", "", translate(
                "MailProviders", "The file {path} is too large ({size} bytes) to be a mail "
                "providers file.").format(path=path, size=size))], str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise ProvidersError([ProviderProblem("file-missing", "", translate(
            "MailProviders", "The mail providers file {path} does not exist.").format(
            path=path))], str(path)) from None
    except OSError as exc:
        raise ProvidersError([ProviderProblem("file-unreadable", "", translate(
            "MailProviders", "The mail providers file {path} cannot be read ({error}).").format(
            path=path, error=exc.strerror or exc))], str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProvidersError([ProviderProblem("not-utf8", "", translate(
            "MailProviders", "The mail providers file is not UTF-8 text (byte {position}); save "
            "it again as UTF-8.").format(position=exc.start))], str(path)) from None


def parse_providers(text: str, source: str = "", base: Catalogue | None = None) -> Catalogue:
    """`base` (the shipped providers by default) with the file's providers added or replacing
    by id; ProvidersError naming every problem."""
    return (base if base is not None else shipped()).with_file(text, source)


def load_providers(path: str | os.PathLike, base: Catalogue | None = None) -> Catalogue:
    return parse_providers(read_file(path), str(path), base)


def validate_providers_text(text: str, base: Catalogue | None = None) -> list[ProviderProblem]:
    """Every problem in a providers document (an empty list: it can be used)."""
    return _parse(text, "", base if base is not None else shipped())[1]


def in_force(imported_text: str | None = None) -> Catalogue:
    """The providers in force: shipped, then an imported file's text, then $TINBAI_PROVIDERS.

    A faulty stored text or environment file is left out (and logged); it never replaces
    good providers. `env_problem()` says what is wrong with the environment's file.
    """
    catalogue = shipped()
    if imported_text:
        try:
            catalogue = catalogue.with_file(imported_text, "settings")
        except ProvidersError as exc:
            log.warning("the imported mail providers are not used: %s", exc.message)
    env = os.environ.get(ENV_FILE)
    if env:
        try:
            catalogue = _env_catalogue(env, catalogue)
        except ProvidersError as exc:
            log.warning("%s is not used: %s", ENV_FILE, exc.message)
    return catalogue


def env_problem() -> ProvidersError | None:
    """Why the file named by $TINBAI_PROVIDERS is not used, or None."""
    env = os.environ.get(ENV_FILE)
    if not env:
        return None
    try:
        load_providers(env, shipped())
    except ProvidersError as exc:
        return exc
    return None


def _env_catalogue(env: str, base: Catalogue) -> Catalogue:
    return load_providers(Path(env).expanduser(), base)


# -- the MX lookup -------------------------------------------------------------------------

MxLookup = Callable[[str], list[str]]


def lookup_mx(domain: str, *, lifetime: float = 3.0) -> list[str]:
    """The MX exchange names of `domain`, best preference first, from the system's resolver
    (raises on any DNS failure). Blocks up to `lifetime` seconds: never on the GUI thread."""
    import dns.resolver  # seam: dnspython loads when an address needs a lookup

    answer = dns.resolver.Resolver().resolve(domain, "MX", lifetime=lifetime, search=False)
    records = sorted(answer, key=lambda r: r.preference)
    return [r.exchange.to_text(omit_final_dot=True) for r in records]


def detect(address: str, catalogue: Catalogue, lookup: MxLookup | None = lookup_mx
           ) -> Provider | None:
    """The provider of an email address: its domain if known, else (where the resolver
    answers) its MX records (Google Workspace, Microsoft 365). None: unknown."""
    known = catalogue.for_address(address)
    if known is not None or lookup is None:
        return known
    domain = domain_of(address)
    if not domain or "." not in domain:
        return None
    try:
        exchanges = lookup(domain)
    except Exception as exc:  # no answer (offline, NXDOMAIN, timeout): unknown, not an error
        log.info("no MX answer for %s (%s)", domain, type(exc).__name__)
        return None
    return catalogue.for_mx(exchanges)


# -- validation ----------------------------------------------------------------------------


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def secure_endpoint(url: str) -> bool:
    """https, or http on a loopback address only (tests, a local identity provider)."""
    parts = urllib.parse.urlsplit(url or "")
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and is_loopback(parts.hostname)


class _Object(dict):
    duplicates: list[str]


def _pairs(pairs):
    obj = _Object()
    obj.duplicates = []
    for key, value in pairs:
        if key in obj and key not in obj.duplicates:
            obj.duplicates.append(key)
        obj[key] = value
    return obj


def _no_constants(name: str):
    raise ValueError(f"{name} is not allowed")


def _parse(text: str, source: str, base: Catalogue | None
           ) -> tuple[list[dict], list[ProviderProblem]]:
    text = (text or "").lstrip("\ufeff")
    if not text.strip():
        return [], [ProviderProblem("empty", "", translate(
            "MailProviders", "The mail providers file is empty."))]
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        return [], [ProviderProblem("bad-json", "", translate(
            "MailProviders", "The mail providers file is not valid JSON near line {line}, "
            "column {column} ({detail}): check the commas, quotes and brackets there.").format(
            line=exc.lineno, column=exc.colno, detail=exc.msg))]
    except (ValueError, RecursionError) as exc:
        return [], [ProviderProblem("bad-json", "", translate(
            "MailProviders", "The mail providers file is not valid JSON ({detail}).").format(
            detail=exc))]
    checker = _Checker(base)
    entries = checker.file(data)
    return (entries if not checker.problems else []), checker.problems


def _over(base: object, value: object) -> object:
    """`value` over the shipped object of the same provider (what the merge will make)."""
    if isinstance(base, dict) and isinstance(value, dict):
        merged = _Object({**base, **value})
        merged.duplicates = list(getattr(value, "duplicates", []))
        return merged
    return value


class _Checker:
    def __init__(self, base: Catalogue | None) -> None:
        self.base = {r["id"]: r for r in base.raw} if base is not None else {}
        self.problems: list[ProviderProblem] = []

    def add(self, code: str, where: str, message: str) -> None:
        self.problems.append(ProviderProblem(code, where, message))

    def missing(self, where: str, place: str, key: str) -> None:
        self.add("missing-key", where, translate(
            "MailProviders", "{place}: the key “{key}” is missing.").format(place=place, key=key))

    def wrong_type(self, where: str, place: str, key: str, expected: str, value: object) -> None:
        self.add("wrong-type", where, translate(
            "MailProviders", "{place}: “{key}” must be {expected}, not {found}.").format(
            place=place, key=key, expected=expected, found=type_name(value)))

    def keys(self, obj: dict, allowed: tuple[str, ...], path: str, place: str) -> None:
        for key in getattr(obj, "duplicates", []):
            self.add("duplicate-key", f"{path}{key}", translate(
                "MailProviders", "{place}: the key “{key}” is written twice.").format(
                place=place, key=key))
        for key in obj:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if close:
                msg = translate("MailProviders", "{place}: unknown key “{key}”; did you mean "
                                "“{suggestion}”?").format(place=place, key=key,
                                                          suggestion=close[0])
            else:
                msg = translate("MailProviders", "{place}: unknown key “{key}”; the keys "
                                "allowed here are: {keys}.").format(
                    place=place, key=key, keys=", ".join(allowed))
            self.add("unknown-key", f"{path}{key}", msg)

    def file(self, data: object) -> list[dict]:
        place = translate("MailProviders", "The mail providers file")
        if not isinstance(data, dict):
            self.add("not-object", "", translate(
                "MailProviders", "The mail providers file must hold a JSON object, not "
                "{found}.").format(found=type_name(data)))
            return []
        self.keys(data, TOP_KEYS, "", place)
        version = data.get("version", FORMAT_VERSION)
        if type(version) is not int:
            self.wrong_type("version", place, "version",
                            translate("MailProviders", "a whole number"), version)
        elif version > FORMAT_VERSION:
            self.add("newer-version", "version", translate(
                "MailProviders", "The mail providers file is format version {version}, newer "
                "than this TinBài reads ({supported}); update TinBài.").format(
                version=version, supported=FORMAT_VERSION))
        elif version < 1:
            self.add("bad-version", "version", translate(
                "MailProviders", "{place}: “version” must be {supported}.").format(
                place=place, supported=FORMAT_VERSION))
        for key in ("name", "note"):
            if key in data and not isinstance(data[key], str):
                self.wrong_type(key, place, key, translate("MailProviders", "a text"),
                                data[key])
        providers = data.get("providers")
        if "providers" not in data:
            self.missing("providers", place, "providers")
            return []
        if not isinstance(providers, list):
            self.wrong_type("providers", place, "providers",
                            translate("MailProviders", "a list"), providers)
            return []
        if not providers:
            self.add("no-providers", "providers", translate(
                "MailProviders", "The mail providers file lists no provider; add at least one "
                "to “providers”."))
            return []
        out: list[dict] = []
        seen: dict[str, int] = {}
        for i, raw in enumerate(providers):
            entry = self.provider(raw, i)
            if entry is None:
                continue
            if entry["id"] in seen:
                self.add("duplicate-id", f"providers[{i}].id", translate(
                    "MailProviders", "Providers {first} and {second} have the same id “{id}”; "
                    "each provider needs its own id.").format(
                    first=seen[entry["id"]] + 1, second=i + 1, id=entry["id"]))
                continue
            seen[entry["id"]] = i
            out.append(entry)
        return out

    def provider(self, raw: object, i: int) -> dict | None:
        path = f"providers[{i}]."
        if not isinstance(raw, dict):
            self.add("wrong-type", f"providers[{i}]", translate(
                "MailProviders", "Provider {number}: each provider must be an object with "
                "“id”, “name” and “smtp”, not {found}.").format(
                number=i + 1, found=type_name(raw)))
            return None
        before = len(self.problems)
        pid = raw.get("id")
        if isinstance(pid, str) and pid:
            place = translate("MailProviders", "Provider {number} (“{id}”)").format(
                number=i + 1, id=pid)
        else:
            place = translate("MailProviders", "Provider {number}").format(number=i + 1)
        self.keys(raw, PROVIDER_KEYS, path, place)
        if "id" not in raw:
            self.missing(f"{path}id", place, "id")
        elif not isinstance(pid, str):
            self.wrong_type(f"{path}id", place, "id", translate("MailProviders", "a text"), pid)
        elif not _ID.match(pid) or len(pid) > _MAX_ID:
            self.add("bad-id", f"{path}id", translate(
                "MailProviders", "{place}: the id “{id}” must be lower-case ASCII letters, "
                "digits and hyphens, at most {limit} characters (for example “lien-doan”)."
            ).format(place=place, id=pid, limit=_MAX_ID))
        known = isinstance(pid, str) and pid in self.base
        # A new provider needs its name and server; one that replaces a known id may give
        # only what changes (the other keys keep their value).
        for key in ("name", "smtp"):
            if key not in raw and not known:
                self.missing(f"{path}{key}", place, key)
        if "name" in raw:
            self.words(raw["name"], f"{path}name", place, "name", required=True)
        if "help" in raw:
            self.words(raw["help"], f"{path}help", place, "help", required=False)
        base = self.base.get(pid, {}) if known else {}
        if "smtp" in raw:
            self.smtp(_over(base.get("smtp"), raw["smtp"]), f"{path}smtp.", place, pid)
        if "password" in raw and raw["password"] not in PASSWORD_KINDS:
            self.add("bad-password", f"{path}password", translate(
                "MailProviders", "{place}: “password” must be one of: {kinds}.").format(
                place=place, kinds=", ".join(PASSWORD_KINDS)))
        if "oauth" in raw and raw["oauth"] is not None:
            self.oauth(_over(base.get("oauth"), raw["oauth"]), f"{path}oauth.", place)
        if "size_limit" in raw and raw["size_limit"] is not None:
            value = raw["size_limit"]
            if type(value) is not int:
                self.wrong_type(f"{path}size_limit", place, "size_limit",
                                translate("MailProviders", "a whole number"), value)
            elif not 100_000 <= value <= 1 << 31:
                self.add("out-of-range", f"{path}size_limit", translate(
                    "MailProviders", "{place}: “size_limit” is {value} bytes; it must be between "
                    "{low} and {high}.").format(place=place, value=value, low=100_000,
                                                 high=1 << 31))
        for key in ("domains", "hosts", "mx"):
            if key in raw:
                self.names_list(raw[key], f"{path}{key}", place, key)
        for key in ("help_url", "note"):
            if key in raw and not isinstance(raw[key], str):
                self.wrong_type(f"{path}{key}", place, key,
                                translate("MailProviders", "a text"), raw[key])
        if "help_url" in raw and isinstance(raw["help_url"], str) and raw["help_url"] and \
                not raw["help_url"].startswith("https://"):
            self.add("insecure-url", f"{path}help_url", translate(
                "MailProviders", "{place}: “{key}” must be an https:// address.").format(
                place=place, key="help_url"))
        if known:
            merged = {**self.base[pid], **raw}
            if merged.get("password") == NO_PASSWORD and not merged.get("oauth"):
                self.add("no-way-in", f"{path}password", translate(
                    "MailProviders", "{place}: a provider that takes no password needs "
                    "“oauth”.").format(place=place))
        elif raw.get("password") == NO_PASSWORD and not raw.get("oauth"):
            self.add("no-way-in", f"{path}password", translate(
                "MailProviders", "{place}: a provider that takes no password needs “oauth”."
            ).format(place=place))
        if len(self.problems) > before:
            return None
        return {k: v for k, v in raw.items() if k != "note"}

    def words(self, value: object, where: str, place: str, key: str, *, required: bool) -> None:
        if isinstance(value, str):
            if required and not value.strip():
                self.add("empty", where, translate(
                    "MailProviders", "{place}: “{key}” must not be empty.").format(
                    place=place, key=key))
            return
        if isinstance(value, dict) and value and all(
                isinstance(k, str) and isinstance(v, str) and v.strip()
                for k, v in value.items()):
            return
        self.add("bad-words", where, translate(
            "MailProviders", "{place}: “{key}” must be a text, or an object of texts by "
            "language such as {{\"vi\": \"…\", \"en\": \"…\"}}.").format(place=place, key=key))

    def smtp(self, value: object, path: str, place: str, pid: object) -> None:
        if not isinstance(value, dict):
            self.wrong_type(path.rstrip("."), place, "smtp",
                            translate("MailProviders", "an object"), value)
            return
        self.keys(value, SMTP_KEYS, path, place)
        host = value.get("host")
        if "host" not in value:
            self.missing(f"{path}host", place, "smtp.host")
        elif not isinstance(host, str):
            self.wrong_type(f"{path}host", place, "smtp.host",
                            translate("MailProviders", "a text"), host)
        elif (host or pid != CUSTOM) and not _HOST.match(host):
            self.add("bad-host", f"{path}host", translate(
                "MailProviders", "{place}: “{value}” is not a mail server name.").format(
                place=place, value=host))
        self.port_security(value, path, place, required=True)
        alternatives = value.get("alternatives", [])
        if not isinstance(alternatives, list):
            self.wrong_type(f"{path}alternatives", place, "smtp.alternatives",
                            translate("MailProviders", "a list"), alternatives)
            return
        for j, alt in enumerate(alternatives):
            where = f"{path}alternatives[{j}]."
            if not isinstance(alt, dict):
                self.wrong_type(where.rstrip("."), place, "smtp.alternatives",
                                translate("MailProviders", "a list"), alt)
                continue
            self.keys(alt, ALTERNATIVE_KEYS, where, place)
            self.port_security(alt, where, place, required=True)

    def port_security(self, value: dict, path: str, place: str, *, required: bool) -> None:
        port = value.get("port")
        if "port" not in value:
            if required:
                self.missing(f"{path}port", place, "port")
        elif type(port) is not int:
            self.wrong_type(f"{path}port", place, "port",
                            translate("MailProviders", "a whole number"), port)
        elif not 0 < port < 65536:
            self.add("bad-port", f"{path}port", translate(
                "MailProviders", "{place}: the port {value} must be between 1 and 65535."
            ).format(place=place, value=port))
        security = value.get("security")
        if "security" not in value:
            if required:
                self.missing(f"{path}security", place, "security")
        elif security not in SECURITY_MODES:
            self.add("bad-security", f"{path}security", translate(
                "MailProviders", "{place}: “security” must be “starttls” or “tls”, not "
                "“{value}”: TinBài never sends a password without TLS.").format(
                place=place, value=security))

    def oauth(self, value: object, path: str, place: str) -> None:
        if not isinstance(value, dict):
            self.wrong_type(path.rstrip("."), place, "oauth",
                            translate("MailProviders", "an object"), value)
            return
        self.keys(value, OAUTH_KEYS, path, place)
        for key in ("authorize_url", "token_url"):
            url = value.get(key)
            if key not in value:
                self.missing(f"{path}{key}", place, f"oauth.{key}")
            elif not isinstance(url, str):
                self.wrong_type(f"{path}{key}", place, f"oauth.{key}",
                                translate("MailProviders", "a text"), url)
            elif not secure_endpoint(url):
                self.add("insecure-url", f"{path}{key}", translate(
                    "MailProviders", "{place}: “{key}” must be an https:// address (http:// is "
                    "allowed only on this computer, 127.0.0.1 or localhost).").format(
                    place=place, key=f"oauth.{key}"))
        for key in ("client_id", "client_secret", "brand"):
            if key in value and value[key] is not None and not isinstance(value[key], str):
                self.wrong_type(f"{path}{key}", place, f"oauth.{key}",
                                translate("MailProviders", "a text"), value[key])
        scopes = value.get("scopes")
        if "scopes" not in value:
            self.missing(f"{path}scopes", place, "oauth.scopes")
        elif not isinstance(scopes, list) or not scopes or not all(
                isinstance(s, str) and s and not any(c.isspace() for c in s) for s in scopes):
            self.add("bad-scopes", f"{path}scopes", translate(
                "MailProviders", "{place}: “oauth.scopes” must be a list of scopes without "
                "spaces, such as [\"https://mail.google.com/\"].").format(place=place))
        elif all(s in NON_SMTP_SCOPES for s in scopes):
            self.add("bad-scopes", f"{path}scopes", translate(
                "MailProviders", "{place}: “oauth.scopes” has no scope for sending mail."
            ).format(place=place))
        params = value.get("authorize_params", {})
        if not isinstance(params, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in params.items()):
            self.add("wrong-type", f"{path}authorize_params", translate(
                "MailProviders", "{place}: “oauth.authorize_params” must be an object of "
                "texts.").format(place=place))
        if "refresh_scopes" in value and not isinstance(value["refresh_scopes"], bool):
            self.wrong_type(f"{path}refresh_scopes", place, "oauth.refresh_scopes",
                            translate("MailProviders", "true/false"), value["refresh_scopes"])

    def names_list(self, value: object, where: str, place: str, key: str) -> None:
        if not isinstance(value, list) or not all(
                isinstance(v, str) and _HOST.match(v) for v in value):
            self.add("bad-names", where, translate(
                "MailProviders", "{place}: “{key}” must be a list of domain names such as "
                "[\"example.org\"].").format(place=place, key=key))
