"""Every stored setting, in one registry: its key, its default, how it is read and checked.

Values live in the database's `settings` table as JSON (app/storage/schema.py). Read them with
`get(store, SETTING)` and change them with `put(store, SETTING, value)`, which checks the value
first and raises `SettingError` (a message for the user) instead of storing a bad one. The
helpers below the registry answer the questions several places ask (is this practice mode?
which rules are in force? which size limit applies?), so each has one answer.

GUI-only preferences (language, text size, window size) are read before the database opens
and live in the GUI's own INI file (ui/prefs.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from app import model
from app.base import paths
from app.base.errors import UserError
from app.base.i18n import translate
from app.mail import providers as mail_providers
from app.mail.accounts import Account
from app.mail.errors import R_OVER_SIZE, TOO_LARGE, SendError
from app.model import validation
from app.photocheck import credentials
from app.quota import rules as quota_rules
from app.storage.database import Store

T = TypeVar("T")

DEFAULT_EDITORIAL_ADDRESS = "congdoanbk@gmail.com"
# The size budget for a server not yet heard from: Postfix's and Zimbra's default, which
# many *.gov.vn servers keep.
UNHEARD_SIZE_LIMIT = 10_240_000
# After a server refused a message of S bytes as too large (without saying its limit),
# emails are built under S × 3/4 (and never above the unheard-of budget).
REFUSED_STEP = 0.75


class SettingError(UserError):
    """A value that cannot be stored for this setting."""


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str  # the row in the settings table (never renamed: old databases keep it)
    default: Callable[[Store], T]
    decode: Callable[[Any], T] = lambda v: v  # stored JSON -> value
    encode: Callable[[T], Any] = lambda v: v  # value -> JSON
    check: Callable[[T], T] | None = None  # normalises, or raises SettingError


def get(store: Store, setting: Setting[T]) -> T:
    raw = store.get_setting(setting.key)
    return setting.default(store) if raw is None else setting.decode(raw)


def put(store: Store, setting: Setting[T], value: T | None) -> T | None:
    """Store a checked value (None: back to the default). Returns what was stored."""
    if value is not None and setting.check is not None:
        value = setting.check(value)
    store.set_setting(setting.key, None if value is None else setting.encode(value))
    return value


# -- checks --------------------------------------------------------------------------------
def check_email_address(value: str) -> str:
    """The one rule for the board's address (settings, CLI, rules file)."""
    address = (value or "").strip()
    if not validation.is_email_address(address):
        raise SettingError("bad-address", translate(
            "Settings", "“{value}” is not an email address.").format(value=address))
    return address


def _check_folder(value: Path) -> Path:
    return Path(value).expanduser().resolve()


# -- the registry --------------------------------------------------------------------------
UNIT: Setting[model.Unit | None] = Setting(
    "unit", lambda _s: None, model.Unit.from_dict,
    lambda u: {"name": u.name, "level": u.level}, validation.normalise_unit)
EDITORIAL_ADDRESS: Setting[str] = Setting(
    "editorial_address", lambda s: rules_in_force(s).editorial_address
    or DEFAULT_EDITORIAL_ADDRESS, str, str, check_email_address)
BUNDLE_BASE: Setting[Path] = Setting(
    "bundle_base", lambda _s: paths.default_bundle_base(), Path, str, _check_folder)
PRACTICE_CHOSEN: Setting[bool] = Setting(  # the box in Settings; see practice_mode()
    "practice_mode", lambda _s: False, bool, bool)
ACCOUNT: Setting[Account | None] = Setting(
    "account", lambda _s: None, Account.from_dict, lambda a: a.to_dict())
SERVER_SIZES: Setting[dict] = Setting(  # {"host:port": the SIZE it advertised; 0: none}
    "server_size_limits", lambda _s: {}, dict, dict)
SERVER_REFUSED: Setting[dict] = Setting(  # {"host:port": the smallest size it refused}
    "server_refused_sizes", lambda _s: {}, dict, dict)
PROVIDERS_TEXT: Setting[str | None] = Setting(  # an imported mail providers file, validated
    "mail_providers_text", lambda _s: None, str, str)
RULES_TEXT: Setting[str | None] = Setting(  # an imported rules file, as validated JSON
    "quota_rules_text", lambda _s: None, str, str)
REMINDER_SHOWN: Setting[date | None] = Setting(
    "quota_reminder_shown_on", lambda _s: None, date.fromisoformat, date.isoformat)
LAST_APPROVAL: Setting[dict] = Setting(  # {"name", "position"} of the last approver
    "last_approval", lambda _s: {}, dict, dict)
TRUST_LIST_TEXT: Setting[str | None] = Setting(  # an imported C2PA trust list (checked PEM)
    "c2pa_trust_list_text", lambda _s: None, str, str)

PRACTICE_OFF_ASKED: Setting[bool] = Setting(  # asked once whether a saved account ends it
    "practice_off_asked", lambda _s: False, bool, bool)
SETUP_DRAFT: Setting[dict] = Setting(  # what first-start setup had typed, until it is saved
    "setup_draft", lambda _s: {}, dict, dict)  # {"unit": {"name", "level"}, "author": {...}}

REGISTRY = (UNIT, EDITORIAL_ADDRESS, BUNDLE_BASE, PRACTICE_CHOSEN, ACCOUNT, SERVER_SIZES,
            SERVER_REFUSED, PROVIDERS_TEXT, RULES_TEXT, REMINDER_SHOWN, LAST_APPROVAL,
            PRACTICE_OFF_ASKED, SETUP_DRAFT, TRUST_LIST_TEXT)


# -- answers that several places need -------------------------------------------------------
def practice_mode(store: Store) -> bool:
    """Practice when chosen, or while no account exists (training days need none)."""
    return get(store, PRACTICE_CHOSEN) or get(store, ACCOUNT) is None


def editorial_address(store: Store) -> str:
    """The address typed in Settings, else the rules file's, else the 2019 letter's."""
    return get(store, EDITORIAL_ADDRESS)


def rules_in_force(store: Store) -> quota_rules.Rules:
    """The rules file the user imported, else the shipped one (a bad stored file never wins)."""
    text = get(store, RULES_TEXT)
    if text:
        try:
            return quota_rules.parse_rules(text, source="settings")
        except quota_rules.QuotaError:
            pass
    return quota_rules.default_rules()


def import_rules_file(store: Store, path: str | Path) -> quota_rules.Rules:
    """Validate a rules file with the rules loader and, only if it is sound, keep it as the
    rules in force. Raises RulesError (every problem listed); the old rules stay."""
    rules = quota_rules.load_rules(path)
    put(store, RULES_TEXT, rules.to_json())
    return rules


def reset_rules(store: Store) -> quota_rules.Rules:
    """Back to the rules shipped with the program."""
    put(store, RULES_TEXT, None)
    return quota_rules.default_rules()


def trust_list_in_force(store: Store) -> str | None:
    """The trust list for content credentials the user imported (PEM), else None: the list
    shipped with the program (a stored list that no longer passes the check never wins)."""
    text = get(store, TRUST_LIST_TEXT)
    if text:
        try:
            return credentials.parse_trust_list(text).pem
        except credentials.TrustListError:
            pass
    return None


def import_trust_list(store: Store, path: str | Path) -> credentials.TrustList:
    """Check a trust list file whole and, only if every certificate in it is sound, keep it
    in place of the shipped one. Raises TrustListError (every problem listed); the list in
    force stays."""
    trust = credentials.load_trust_list(path)
    put(store, TRUST_LIST_TEXT, trust.pem)
    return trust


def reset_trust_list(store: Store) -> None:
    """Back to the trust list shipped with the program."""
    put(store, TRUST_LIST_TEXT, None)


def providers_in_force(store: Store) -> mail_providers.Catalogue:
    """The mail providers: the shipped ones, then an imported file, then $TINBAI_PROVIDERS."""
    return mail_providers.in_force(get(store, PROVIDERS_TEXT))


def import_providers_file(store: Store, path: str | Path) -> mail_providers.Catalogue:
    """Validate a mail providers file and, only if it is sound, keep it (it adds providers
    or replaces them by id). Raises ProvidersError (every problem listed); nothing changes."""
    text = mail_providers.read_file(path)
    mail_providers.parse_providers(text, str(path))  # raises: the old file stays
    put(store, PROVIDERS_TEXT, text)
    return mail_providers.in_force(text)


def reset_providers(store: Store) -> mail_providers.Catalogue:
    """Back to the providers shipped with the program (and $TINBAI_PROVIDERS)."""
    put(store, PROVIDERS_TEXT, None)
    return mail_providers.in_force(None)


def _server_key(account: Account) -> str:
    return f"{account.host.strip().lower()}:{account.port}"


def size_limit(store: Store, account: Account | None) -> int | None:
    """The size budget of this account's emails: the smallest of what its server advertised
    (learned at every connection), the provider's real limit, UNHEARD_SIZE_LIMIT while the
    server was never heard from, and 3/4 of a size it refused as too large."""
    if account is None:
        return None
    key = _server_key(account)
    heard = get(store, SERVER_SIZES)
    advertised = heard.get(key, heard.get(f"{account.host}:{account.port}"))
    limits = [n for n in (advertised, account.size_limit) if n]
    if advertised is None:
        limits.append(UNHEARD_SIZE_LIMIT)
    refused = get(store, SERVER_REFUSED).get(key)
    if refused:
        limits.append(min(UNHEARD_SIZE_LIMIT, int(refused * REFUSED_STEP)))
    return min(limits) if limits else None


def remember_size_limit(store: Store, account: Account, advertised: int | None) -> None:
    """What the server advertised at a connection (None or 0: no SIZE, heard all the same)."""
    known = get(store, SERVER_SIZES)
    key = _server_key(account)
    value = int(advertised or 0)
    if known.get(key) != value:
        put(store, SERVER_SIZES, {**known, key: value})


def learn_from_failure(store: Store, account: Account, err: SendError, size: int) -> None:
    """What a failed send or test taught about the server's size limit: what it advertised
    (if EHLO was answered) and, for a "too large" refusal of `size` bytes that the server
    had not announced, that size."""
    if "server_size" in err.details:
        remember_size_limit(store, account, err.details["server_size"])
    if err.kind == TOO_LARGE and err.reason != R_OVER_SIZE and size:
        known = get(store, SERVER_REFUSED)
        key = _server_key(account)
        if not known.get(key) or size < known[key]:
            put(store, SERVER_REFUSED, {**known, key: int(size)})
