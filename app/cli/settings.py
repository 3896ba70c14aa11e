"""`tinbai settings set|get`: the editorial address, the unit's level, practice mode, rules."""

from __future__ import annotations

from pathlib import Path

from app import model, settings
from app.base.i18n import translate
from app.cli.common import UsageError, open_store, print_json
from app.mail.providers import ProvidersError
from app.photocheck.credentials import TrustListError
from app.quota.rules import RulesError
from app.settings import SettingError

KEYS = ("editorial-address", "unit-level", "unit-name", "practice-mode", "bundle-folder",
        "rules-file", "providers-file", "trust-list")
BUILT_IN = "built-in"  # `settings set trust-list built-in`: back to the shipped list


def register(sub, add_common) -> None:
    settings = sub.add_parser("settings", help=translate("Cli", "read or change settings"))
    ss = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    sset = ss.add_parser("set", help=translate("Cli", "change a setting"))
    sset.add_argument("key", choices=KEYS)
    sset.add_argument("value")
    add_common(sset)
    sset.set_defaults(run=run_set)
    sget = ss.add_parser("get", help=translate("Cli", "read a setting"))
    sget.add_argument("key", choices=(*KEYS, "unit-levels", "providers"))
    sget.add_argument("--json", action="store_true")
    add_common(sget)
    sget.set_defaults(run=run_get)


def run_set(args) -> int:
    store = open_store(args)
    value = args.value.strip()
    try:
        if args.key == "editorial-address":
            value = settings.put(store, settings.EDITORIAL_ADDRESS, value)
        elif args.key in ("unit-level", "unit-name"):
            unit = settings.get(store, settings.UNIT) or model.Unit()
            if args.key == "unit-level":
                rules = settings.rules_in_force(store)
                if rules.get(value) is None:
                    raise UsageError(translate(
                        "Cli", "Unknown level “{value}”. The levels are: {levels}.").format(
                        value=value, levels=", ".join(rules.level_ids)))
                unit.level = value
            else:
                unit.name = value
            settings.put(store, settings.UNIT, unit)
        elif args.key == "practice-mode":
            if value not in ("on", "off"):
                raise UsageError(translate("Cli", "Say on or off."))
            settings.put(store, settings.PRACTICE_CHOSEN, value == "on")
        elif args.key == "bundle-folder":
            value = str(settings.put(store, settings.BUNDLE_BASE, Path(value)))
        elif args.key == "rules-file":
            settings.import_rules_file(store, value)
        elif args.key == "providers-file":
            if value == "default":
                settings.reset_providers(store)
            else:
                settings.import_providers_file(store, value)
        elif args.key == "trust-list":
            if value == BUILT_IN:
                settings.reset_trust_list(store)
            else:
                value = {"file": value,
                         "certificates": settings.import_trust_list(store, value).count}
    except (RulesError, ProvidersError) as exc:
        print_json([p.to_dict() for p in exc.problems])
        return 2
    except TrustListError as exc:
        print_json([{"certificate": p.number, "message": p.message} for p in exc.problems])
        return 2
    except SettingError as exc:
        raise UsageError(exc.message) from exc
    print_json({"key": args.key, "value": value})
    return 0


def run_get(args) -> int:
    store = open_store(args)
    if args.key == "unit-levels":
        rules = settings.rules_in_force(store)
        levels = [{"id": lv.id, "name": lv.name, "period": lv.period, "required": lv.required}
                  for lv in rules.levels]
        if args.json:
            print_json(levels)
        else:
            for lv in levels:
                print(f"{lv['id']:12} {lv['name']}")
        return 0
    if args.key == "providers":
        found = [{"id": p.id, "name": p.label, "host": p.host, "port": p.port,
                  "security": p.security, "password": p.password,
                  "oauth": p.oauth_ready, "size_limit": p.size_limit}
                 for p in settings.providers_in_force(store).values()]
        if args.json:
            print_json(found)
        else:
            for p in found:
                print(f"{p['id']:12} {p['name']}")
        return 0
    unit = settings.get(store, settings.UNIT)
    value = {
        "editorial-address": settings.editorial_address(store),
        "unit-level": unit.level if unit else None,
        "unit-name": unit.name if unit else None,
        "practice-mode": settings.practice_mode(store),
        "bundle-folder": str(settings.get(store, settings.BUNDLE_BASE)),
        "rules-file": settings.get(store, settings.RULES_TEXT) is not None,
        "providers-file": settings.get(store, settings.PROVIDERS_TEXT) is not None,
        "trust-list": "imported" if settings.trust_list_in_force(store) else BUILT_IN,
    }[args.key]
    print_json({"key": args.key, "value": value}) if args.json else print(value)
    return 0
