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
from app.mail.accounts import Account
from app.model import validation
from app.photocheck import credentials
from app.quota import rules as quota_rules
from app.storage.database import Store

T = TypeVar("T")

DEFAULT_EDITORIAL_ADDRESS = "congdoanbk@gmail.com"


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
SERVER_SIZES: Setting[dict] = Setting(  # {"host:port": the SIZE the server advertised}
    "server_size_limits", lambda _s: {}, dict, dict)
RULES_TEXT: Setting[str | None] = Setting(  # an imported rules file, as validated JSON
    "quota_rules_text", lambda _s: None, str, str)
REMINDER_SHOWN: Setting[date | None] = Setting(
    "quota_reminder_shown_on", lambda _s: None, date.fromisoformat, date.isoformat)
LAST_APPROVAL: Setting[dict] = Setting(  # {"name", "position"} of the last approver
    "last_approval", lambda _s: {}, dict, dict)
TRUST_LIST_TEXT: Setting[str | None] = Setting(  # an imported C2PA trust list (checked PEM)
    "c2pa_trust_list_text", lambda _s: None, str, str)

REGISTRY = (UNIT, EDITORIAL_ADDRESS, BUNDLE_BASE, PRACTICE_CHOSEN, ACCOUNT, SERVER_SIZES,
            RULES_TEXT, REMINDER_SHOWN, LAST_APPROVAL, TRUST_LIST_TEXT)


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


def size_limit(store: Store, account: Account | None) -> int | None:
    """The largest email this account's server takes: what it advertised, else the preset's."""
    if account is None:
        return None
    learned = get(store, SERVER_SIZES).get(f"{account.host}:{account.port}")
    return learned or account.size_limit


def remember_size_limit(store: Store, account: Account, advertised: int | None) -> None:
    if not advertised:
        return
    known = get(store, SERVER_SIZES)
    key = f"{account.host}:{account.port}"
    if known.get(key) != advertised:
        put(store, SERVER_SIZES, {**known, key: advertised})
