"""`tinbai draft new --json FILE`, `tinbai draft list --json`, `tinbai bundle ID --out DIR`,
`tinbai import-text FILE --json`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app import model, settings
from app.base.i18n import translate
from app.cli.common import open_store, print_json
from app.document import bundle
from app.document.importer import TextImportError, import_text
from app.model import banks, validation
from app.sending.prepare import check_unchecked
from app.storage.photos import PhotoImportError, discard_unreferenced, import_photo

EXIT_INVALID = 2


def register(sub, add_common) -> None:
    draft = sub.add_parser("draft", help=translate("Cli", "create or list drafts"))
    draft_sub = draft.add_subparsers(dest="draft_command", metavar="ACTION", required=True)

    new = draft_sub.add_parser("new", help=translate("Cli", "create a draft from a JSON file"))
    new.add_argument("--json", dest="json_file", metavar="FILE", required=True,
                     help=translate("Cli", "JSON file with the fields and photos ('-': stdin)"))
    add_common(new)
    new.set_defaults(run=run_new)

    lst = draft_sub.add_parser("list", help=translate("Cli", "list the drafts"))
    lst.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add_common(lst)
    lst.set_defaults(run=run_list)

    imp = sub.add_parser("import-text", help=translate(
        "Cli", "read an article's title and text from a .docx or .txt file"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add_common(imp)
    imp.set_defaults(run=run_import_text)

    bundle = sub.add_parser("bundle", help=translate("Cli", "build the bundle folder of a draft"))
    bundle.add_argument("draft_id", metavar="ID")
    bundle.add_argument("--out", metavar="DIR", help=translate(
        "Cli", "base folder (default: the one in the settings, else Documents/TinBai)"))
    add_common(bundle)
    bundle.set_defaults(run=run_bundle)


def _fail(problems: list[dict]) -> int:
    print_json(problems)
    return EXIT_INVALID


def _problem(field: str, code: str, message: str) -> dict:
    return {"field": field, "code": code, "message": message, "severity": "error"}


def _read_input(path: str) -> dict | list[dict]:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        return [_problem("json", "unreadable", translate(
            "Cli", "The file {file} cannot be read ({error}).").format(
            file=path, error=exc.strerror or exc))]
    try:
        data = json.loads(text)
    except ValueError as exc:
        return [_problem("json", "bad-json", translate(
            "Cli", "The file {file} is not valid JSON ({error}).").format(file=path, error=exc))]
    if not isinstance(data, dict):
        return [_problem("json", "bad-json", translate(
            "Cli", "The JSON must be an object with the submission's fields."))]
    return data


def _text(data: dict, key: str) -> str:
    value = data.get(key, "")
    return "" if value is None else str(value)


def run_new(args) -> int:
    data = _read_input(args.json_file)
    if isinstance(data, list):
        return _fail(data)
    problems: list[dict] = []
    sub = model.Submission(
        title=_text(data, "title"), body=_text(data, "body"), author=_text(data, "author"),
        unit=_text(data, "unit"), phone=_text(data, "phone"), account=_text(data, "account"),
        holder=_text(data, "holder"))
    bank_text = _text(data, "bank")
    if bank_text:
        bank = banks.find(bank_text)
        if bank is None:
            problems.append(_problem(model.BANK, "bank-unknown", translate(
                "Cli", "Unknown bank {bank}: give its BIN (970436), code (VCB) or short name "
                "(Vietcombank).").format(bank=bank_text)))
        else:
            sub.bank_bin = bank.bin
    approval = data.get("approval") or {}
    if isinstance(approval, dict):
        sub.approval.name = _text(approval, "name")
        sub.approval.position = _text(approval, "position")
        if sub.approval.name and sub.approval.position:
            sub.approval.confirmed_at = model.now_iso()
    photos = data.get("photos") or []
    if not isinstance(photos, list):
        photos = []
        problems.append(_problem(model.PHOTOS, "bad-json", translate(
            "Cli", "'photos' must be a list of {\"path\", \"caption\"}.")))
    base = Path(args.json_file).parent if args.json_file != "-" else Path.cwd()

    store = open_store(args)
    unit = settings.get(store, settings.UNIT)
    if unit is not None:
        sub.unit_level = unit.level
        if not sub.unit:
            sub.unit = unit.name
    for i, entry in enumerate(photos, start=1):
        if not isinstance(entry, dict) or not entry.get("path"):
            problems.append(_problem(model.PHOTOS, "bad-json", translate(
                "Cli", "Photo {number}: give its 'path'.").format(number=i)))
            continue
        path = Path(str(entry["path"])).expanduser()
        if not path.is_absolute():
            path = base / path
        try:
            photo = import_photo(store, path, _text(entry, "caption"))
            photo.explanation = _text(entry, "explanation")
            sub.photos.append(photo)
        except PhotoImportError as exc:
            problems.append(_problem(model.PHOTOS, exc.code, exc.message))

    validation.normalise(sub)
    if not problems:
        check_unchecked(store, sub)  # each photo's originality verdict, as in the window
    problems += [p.to_dict() for p in validation.errors(validation.validate(sub))]
    if problems:
        discard_unreferenced(store, sub.photos)
        return _fail(problems)
    store.save_draft(sub)
    print_json({"id": sub.id})
    return 0


def run_import_text(args) -> int:
    """`{"title", "body"}` on stdout; exit 2 with the list of problems."""
    try:
        imported = import_text(args.file)
    except TextImportError as exc:
        return _fail([_problem("file", exc.code, exc.message)])
    if args.json:
        print_json({"title": imported.title, "body": imported.body})
    else:
        print("\n\n".join(t for t in (imported.title, imported.body) if t))
    return 0


def run_list(args) -> int:
    store = open_store(args)
    drafts = store.list_drafts()
    if args.json:
        print_json([{"id": d.id, "title": d.title, "created_at": d.created_at,
                     "updated_at": d.updated_at, "state": d.state,
                     "complete": f"{d.filled}/{d.total}", "photos": d.photos} for d in drafts])
    else:
        for d in drafts:
            print(f"{d.id}  {d.updated_at[:10]}  {d.filled}/{d.total}  {d.title}")
    return 0


def run_bundle(args) -> int:
    store = open_store(args)
    sub = store.load_draft(args.draft_id)
    if sub is None:
        return _fail([_problem("id", "not-found", translate(
            "Cli", "There is no draft {id}.").format(id=args.draft_id))])
    problems = validation.errors(validation.validate(sub))
    if problems:
        return _fail([p.to_dict() for p in problems])
    base = Path(args.out) if args.out else settings.get(store, settings.BUNDLE_BASE)
    try:
        result = bundle.build(store, sub, base)
    except bundle.BundleError as exc:
        return _fail([_problem("bundle", exc.code, exc.message)])
    sub.bundle_path = str(result.path)
    store.save_draft(sub, touch=False)
    print_json({"path": str(result.path)})
    return 0
