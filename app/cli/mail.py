"""`tinbai account`, `tinbai queue`, `tinbai outbox`, `tinbai practice`."""

from __future__ import annotations

import json
import sys
import webbrowser
from pathlib import Path

from app import settings
from app.base.errors import UserError
from app.base.i18n import translate
from app.cli.common import UsageError, open_store, print_json
from app.document.messages import parse_summary
from app.mail import accounts
from app.mail.errors import SIGN_IN_NOT_REGISTERED, SendError, SignInError
from app.model.states import OutboxState
from app.outbox import practice
from app.outbox.box import Outbox
from app.outbox.items import state_text
from app.sending.prepare import SubmissionError
from app.sending.queue import queue_submission
from app.sending.send import credential_for, needs_password, send_due

EXIT_FAILED = 1
EXIT_INVALID = 2


def register(sub, add_common) -> None:
    account = sub.add_parser("account", help=translate("Cli", "the email account to send from"))
    acc = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    aset = acc.add_parser("set", help=translate("Cli", "set the sending account"))
    aset.add_argument("--preset", metavar="ID", help=translate(
        "Cli", "the mail provider: gmail, m365, outlook, yahoo, custom, or one from the "
               "federation's providers file"))
    aset.add_argument("--host")
    aset.add_argument("--port", type=int)
    aset.add_argument("--security", choices=("starttls", "tls"))
    aset.add_argument("--user", help=translate("Cli", "login name (usually the address)"))
    aset.add_argument("--from", dest="from_addr", metavar="ADDR")
    aset.add_argument("--name", help=translate("Cli", "your name as the board sees it"))
    aset.add_argument("--cafile", help=translate("Cli", "a private CA file to trust"))
    aset.add_argument("--pin", help=translate("Cli", "SHA-256 fingerprint of a certificate to "
                                                     "trust for this account"))
    aset.add_argument("--password-stdin", action="store_true", help=translate(
        "Cli", "read the password from standard input and keep it in the system keychain"))
    aset.add_argument("--oauth", action="store_true", help=translate(
        "Cli", "sign in with the provider in the browser instead of a password"))
    aset.add_argument("--no-browser", action="store_true", help=translate(
        "Cli", "with --oauth: print the sign-in address as JSON instead of opening a browser, "
               "and wait (5 minutes at most) for the sign-in to finish"))
    add_common(aset)
    aset.set_defaults(run=run_account_set)
    atest = acc.add_parser("test", help=translate("Cli", "log in without sending"))
    atest.add_argument("--password-stdin", action="store_true")
    add_common(atest)
    atest.set_defaults(run=run_account_test)
    ashow = acc.add_parser("show", help=translate("Cli", "print the account (no password)"))
    add_common(ashow)
    ashow.set_defaults(run=run_account_show)

    queue = sub.add_parser("queue", help=translate(
        "Cli", "validate a draft, build its bundle and messages, put them in the outbox"))
    queue.add_argument("draft_id", metavar="DRAFT_ID")
    queue.add_argument("--again", action="store_true", help=translate(
        "Cli", "queue an item that was already sent (only if the board asked)"))
    add_common(queue)
    queue.set_defaults(run=run_queue)

    outbox = sub.add_parser("outbox", help=translate("Cli", "the outbox"))
    ob = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    olist = ob.add_parser("list", help=translate("Cli", "list the outbox"))
    olist.add_argument("--json", action="store_true")
    olist.add_argument("--all", action="store_true", help=translate("Cli", "include sent ones"))
    add_common(olist)
    olist.set_defaults(run=run_outbox_list)
    osend = ob.add_parser("send", help=translate("Cli", "send what is due"))
    osend.add_argument("--password-stdin", action="store_true")
    add_common(osend)
    osend.set_defaults(run=run_outbox_send)
    for name, helptext in (
            ("retry", translate("Cli", "try a message again now")),
            ("cancel", translate("Cli", "cancel a message that was not sent")),
            ("arrived", translate("Cli", "a message in doubt is in the Sent folder: mark it "
                                         "sent")),
            ("resend", translate("Cli", "a message in doubt did not arrive: send it again"))):
        p = ob.add_parser(name, help=helptext)
        p.add_argument("item_id", metavar="ID")
        add_common(p)
        p.set_defaults(run=run_outbox_action, action=name)

    mailbox = sub.add_parser("practice", help=translate("Cli", "the practice mailbox"))
    pr = mailbox.add_subparsers(dest="practice_command", metavar="ACTION", required=True)
    plist = pr.add_parser("list", help=translate("Cli", "list the practice mailbox"))
    plist.add_argument("--json", action="store_true")
    add_common(plist)
    plist.set_defaults(run=run_practice_list)


def _password(args, store) -> str | None:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    from app.mail import secrets  # seam: keyring

    account = settings.get(store, settings.ACCOUNT)
    return secrets.get_password(account) if account else None


# -- account -----------------------------------------------------------------------------
def run_account_set(args) -> int:
    store = open_store(args)
    catalogue = settings.providers_in_force(store)
    if args.no_browser and not args.oauth:
        raise UsageError(translate("Cli", "--no-browser goes with --oauth."))
    if args.oauth and args.password_stdin:
        raise UsageError(translate("Cli", "Choose --oauth or --password-stdin, not both."))
    if args.preset:
        provider = catalogue.get(args.preset)
        if provider is None:
            raise UsageError(translate("Cli", "Unknown provider “{id}”. The providers are: "
                                              "{ids}.").format(id=args.preset,
                                                               ids=", ".join(catalogue)))
        if not provider.takes_password and not args.oauth:
            print(provider.help, file=sys.stderr)
            print(translate("Cli", "Sign in with --oauth instead."), file=sys.stderr)
            return EXIT_INVALID
        user = args.user or args.from_addr
        if not user:
            raise UsageError(translate("Cli", "Give --user (the email address to log in)."))
        account = accounts.account_from_preset(
            args.preset, user, args.from_addr, catalogue=catalogue,
            auth=accounts.OAUTH_AUTH if args.oauth else accounts.PASSWORD_AUTH)
        if args.host:
            account.host = args.host
        if args.port:
            account.port = args.port
        if args.security:
            account.security = args.security
    else:
        if not (args.host and args.port and args.security and args.user):
            raise UsageError(translate(
                "Cli", "Give --preset NAME, or --host, --port, --security and --user."))
        if args.oauth:
            raise UsageError(translate("Cli", "Signing in with --oauth needs --preset."))
        account = accounts.Account(preset=accounts.CUSTOM, host=args.host, port=args.port,
                                   security=args.security, username=args.user,
                                   from_addr=args.from_addr or args.user)
    account.display_name = args.name or account.display_name
    if args.cafile:
        path = Path(args.cafile).expanduser().resolve()
        if not path.is_file():
            raise UsageError(translate("Cli", "No such file: {path}").format(path=path))
        account.cafile = str(path)
    if args.pin:
        account.pinned_sha256 = args.pin
    problems = account.problems()
    if problems:
        print_json([{"field": "account", "code": "invalid", "message": m} for m in problems])
        return EXIT_INVALID
    if args.oauth:
        return _sign_in(store, account, catalogue, browser=not args.no_browser)
    settings.put(store, settings.ACCOUNT, account)
    stored = None
    if args.password_stdin:
        from app.mail import secrets  # seam: keyring

        password = sys.stdin.readline().rstrip("\r\n")
        stored = secrets.store_password(account, password)
        if not stored:
            print(translate("Cli", "There is no system keychain here: the password was not "
                                   "kept. Give it with --password-stdin when sending."),
                  file=sys.stderr)
    out = {"account": account.to_dict()}
    if stored is not None:
        out["password_stored"] = stored
    print_json(out)
    return 0


def _line(value) -> None:
    """One JSON line on stdout, at once (a caller may be waiting to read it)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _sign_in(store, account, catalogue, *, browser: bool) -> int:
    """Sign the account in with its provider, then keep the account (only on success)."""
    from app.mail import oauth  # seam: oauthlib

    provider = catalogue.provider_of(account.preset, account.host)

    if browser:
        def open_browser(url: str) -> None:
            print(translate("Cli", "Sign in in the browser window that opens. If none opens, "
                                   "open this address:"), file=sys.stderr)
            print(url, file=sys.stderr)
            webbrowser.open(url)
    else:
        def open_browser(url: str) -> None:
            _line({"authorize_url": url})

    try:
        kept = oauth.sign_in(account, provider, open_browser=open_browser)
    except SignInError as err:
        _line({"ok": False, "code": err.code, "message": err.message, "advice": err.advice})
        return EXIT_INVALID if err.code == SIGN_IN_NOT_REGISTERED else EXIT_FAILED
    settings.put(store, settings.ACCOUNT, account)
    if not kept:
        print(translate("Cli", "There is no system keychain here: the sign-in is kept only "
                               "until this command ends."), file=sys.stderr)
    _line({"ok": True})
    return 0


def run_account_show(args) -> int:
    account = settings.get(open_store(args), settings.ACCOUNT)
    out = {"account": account.to_dict() if account else None}
    if account is not None and account.oauth:
        from app.mail import oauth  # seam: oauthlib, keyring

        out["signed_in"] = oauth.signed_in(account)
    print_json(out)
    return 0


def run_account_test(args) -> int:
    from app.mail import transport  # seam: smtplib and ssl

    store = open_store(args)
    account = settings.get(store, settings.ACCOUNT)
    if account is None:
        raise UsageError(translate("Cli", "No account yet: run `tinbai account set` first."))
    if account.oauth:
        credential = credential_for(store, account, None)  # the sign-in: no password
    else:
        credential = _password(args, store)
        if not credential:
            raise UsageError(translate(
                "Cli", "No password: give it with --password-stdin, or store it with "
                       "`tinbai account set ... --password-stdin`."))
    try:
        info = transport.check_login(account, credential)
    except SendError as err:
        settings.learn_from_failure(store, account, err, 0)
        print_json({"ok": False, "kind": err.kind, "reason": err.reason,
                    "message": err.message, "advice": err.advice, "technical": err.technical})
        return EXIT_FAILED
    settings.remember_size_limit(store, account, info.size_limit)
    print_json({"ok": True, "server": f"{info.host}:{info.port}", "tls": info.tls_version,
                "size_limit": info.size_limit, "message": translate(
                    "Cli", "Logged in. The account is ready to send.")})
    return 0


# -- queue and outbox ----------------------------------------------------------------------
def run_queue(args) -> int:
    store = open_store(args)
    sub = store.load_draft(args.draft_id)
    if sub is None:
        print_json([{"field": "id", "code": "not-found", "message": translate(
            "Cli", "There is no draft {id}.").format(id=args.draft_id)}])
        return EXIT_INVALID
    try:
        queued = queue_submission(store, sub, allow_again=args.again)
    except SubmissionError as err:
        print_json(err.problems)
        return EXIT_INVALID
    except UserError as err:
        print_json([{"field": "queue", "code": err.code, "message": err.message}])
        return EXIT_INVALID
    print_json({
        "submission": sub.id,
        "bundle": str(queued.bundle.path),
        "practice": queued.practice,
        "messages": [{"id": i.id, "part": i.part, "parts": i.parts, "subject": i.subject,
                      "size": i.size, "message_id": i.message_id, "state": i.state}
                     for i in queued.items],
    })
    return 0


def run_outbox_list(args) -> int:
    outbox = Outbox(open_store(args))
    items = outbox.items() if args.all else outbox.pending()
    if args.json:
        print_json([i.to_dict() for i in items])
    else:
        for i in items:
            print(f"{i.id[:8]}  {state_text(i):40}  {i.subject}")
    return 0


def run_outbox_send(args) -> int:
    store = open_store(args)  # (emails left mid-send by a dead process are made true first)
    password = None
    if args.password_stdin or needs_password(store):
        password = _password(args, store)
        if not password:
            raise UsageError(translate(
                "Cli", "No password: give it with --password-stdin, or store it with "
                       "`tinbai account set ... --password-stdin`."))

    def progress(item, done, total):
        if sys.stderr.isatty():
            print(f"\r{item.subject[:50]}: {done * 100 // max(total, 1)}%", end="",
                  file=sys.stderr)

    try:
        reports = send_due(store, password, progress=progress)
    except UserError as err:
        print(err.message, file=sys.stderr)
        return EXIT_FAILED
    outbox = Outbox(store)
    failing_states = (OutboxState.RETRYING, OutboxState.ATTENTION, OutboxState.UNKNOWN)
    left = outbox.items(states=(*failing_states, OutboxState.QUEUED))
    print_json({"sent": [r.item.to_dict() for r in reports if r.ok],
                "failed": [r.item.to_dict() for r in reports if not r.ok],
                "left": [i.to_dict() for i in left]})
    failing = [i for i in left if i.state in failing_states]
    return EXIT_FAILED if failing else 0


def run_outbox_action(args) -> int:
    outbox = Outbox(open_store(args))
    matches = [i for i in outbox.items() if i.id.startswith(args.item_id)]
    if len(matches) != 1:
        raise UsageError(translate("Cli", "No single outbox message matches {id}.").format(
            id=args.item_id))
    item = matches[0]
    done = {"retry": outbox.retry_now, "cancel": outbox.cancel, "arrived": outbox.mark_arrived,
            "resend": outbox.send_again}[args.action](item.id)
    if not done:
        print(translate("Cli", "Not possible in the state “{state}”.").format(
            state=item.state), file=sys.stderr)
        return EXIT_INVALID
    print_json(outbox.get(item.id).to_dict())
    return 0


def run_practice_list(args) -> int:
    store = open_store(args)
    out = []
    for path in practice.messages(store.data_dir):
        summary = parse_summary(path.read_bytes())
        out.append({"file": str(path), "subject": summary["subject"], "to": summary["to"],
                    "date": summary["date"], "submission": summary["submission"],
                    "part": summary["part"],
                    "attachments": [{"name": a["name"], "size": a["size"]}
                                    for a in summary["attachments"]]})
    if args.json:
        print_json(out)
    else:
        for m in out:
            print(f"{m['date']}  {m['subject']}")
    return 0
