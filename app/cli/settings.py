"""`tinbai settings set|get`: the editorial address, the unit's level, practice mode, rules."""

from __future__ import annotations

from pathlib import Path

from app.base.i18n import translate
from app.cli import UsageError
from app.cli.common import open_store, print_json

KEYS = ("editorial-address", "unit-level", "unit-name", "practice-mode", "bundle-folder",
        "rules-file")


def register(sub, add_common) -> None:
    settings = sub.add_parser("settings", help=translate("Cli", "read or change settings"))
    ss = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    sset = ss.add_parser("set", help=translate("Cli", "change a setting"))
    sset.add_argument("key", choices=KEYS)
    sset.add_argument("value")
    add_common(sset)
    sset.set_defaults(run=run_set)
    sget = ss.add_parser("get", help=translate("Cli", "read a setting"))
    sget.add_argument("key", choices=(*KEYS, "unit-levels"))
    sget.add_argument("--json", action="store_true")
    add_common(sget)
    sget.set_defaults(run=run_get)


def run_set(args) -> int:
    from app import model, org, sending
    from app import settings as names
    from app.quota import rules as quota_rules

    store = open_store(args)
    value = args.value.strip()
    if args.key == "editorial-address":
        if "@" not in value or " " in value or value.startswith("@") or value.endswith("@"):
            raise UsageError(translate("Cli", "“{value}” is not an email address.").format(
                value=value))
        store.set_setting(names.EDITORIAL_ADDRESS, value)
    elif args.key in ("unit-level", "unit-name"):
        unit = store.get_unit() or model.Unit()
        if args.key == "unit-level":
            rules = org.rules_in_force(store)
            if rules.get(value) is None:
                raise UsageError(translate(
                    "Cli", "Unknown level “{value}”. The levels are: {levels}.").format(
                    value=value, levels=", ".join(rules.level_ids)))
            unit.level = value
        else:
            unit.name = value
        store.set_unit(unit)
    elif args.key == "practice-mode":
        if value not in ("on", "off"):
            raise UsageError(translate("Cli", "Say on or off."))
        store.set_setting(sending.PRACTICE_MODE, value == "on")
    elif args.key == "bundle-folder":
        store.set_setting(names.BUNDLE_BASE, str(Path(value).expanduser().resolve()))
    elif args.key == "rules-file":
        try:
            text = Path(value).read_text(encoding="utf-8-sig")
            quota_rules.parse_rules(text, source=value)
        except OSError as exc:
            raise UsageError(translate("Cli", "The file {file} cannot be read ({error}).")
                             .format(file=value, error=exc.strerror or exc)) from exc
        except quota_rules.RulesError as exc:
            print_json([p.to_dict() for p in exc.problems])
            return 2
        store.set_setting(org.RULES_SETTING, text)
    print_json({"key": args.key, "value": value})
    return 0


def run_get(args) -> int:
    from app import org, sending
    from app import settings as names

    store = open_store(args)
    if args.key == "unit-levels":
        rules = org.rules_in_force(store)
        levels = [{"id": lv.id, "name": lv.name, "period": lv.period, "required": lv.required}
                  for lv in rules.levels]
        if args.json:
            print_json(levels)
        else:
            for lv in levels:
                print(f"{lv['id']:12} {lv['name']}")
        return 0
    unit = store.get_unit()
    value = {
        "editorial-address": names.editorial_address(store),
        "unit-level": unit.level if unit else None,
        "unit-name": unit.name if unit else None,
        "practice-mode": sending.practice_mode(store),
        "bundle-folder": str(names.bundle_base(store)),
        "rules-file": bool(store.get_setting(org.RULES_SETTING)),
    }[args.key]
    print_json({"key": args.key, "value": value}) if args.json else print(value)
    return 0
