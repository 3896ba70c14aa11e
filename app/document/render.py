"""The submission as the board reads it: the eight numbered fields in template order.

One structure feeds the .txt and .docx of the bundle, the email body and the review page, so
they always say the same thing. The wording is the board's (resources/data/template-vi.json),
always Vietnamese.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from app import __version__, model
from app.base import paths
from app.model import banks, phone
from app.text.normalise import bank_form, paragraphs


@lru_cache(maxsize=1)
def template() -> dict:
    return json.loads(paths.resource("data", "template-vi.json").read_text(encoding="utf-8"))


@dataclass
class Field:
    number: int
    key: str
    label: str
    lines: list[str]  # one line for most fields, paragraphs for the body, one per photo


@dataclass
class Document:
    heading: str
    fields: list[Field]
    photos_note: str
    approval_heading: str
    approval: str
    check_heading: str
    checks: list[str] = field(default_factory=list)
    footer: str = ""


def photo_file_name(index: int, photo: model.Photo) -> str:
    """`01-<ascii-slug-of-caption>.<ext>`: safe in any mail client and file system."""
    from app.text.normalise import ascii_slug

    return f"{index:02d}-{ascii_slug(photo.caption, max_length=50, fallback='anh')}{photo.ext}"


def photo_file_names(sub: model.Submission) -> list[str]:
    return [photo_file_name(i, p) for i, p in enumerate(sub.photos, start=1)]


def format_date(iso: str | None) -> tuple[str, str]:
    """(HH:MM, dd/MM/yyyy) of an ISO time; empty strings when absent."""
    if not iso:
        return "", ""
    t = datetime.fromisoformat(iso)
    return t.strftime("%H:%M"), t.strftime("%d/%m/%Y")


def account_line(sub: model.Submission) -> str:
    t = template()
    account = sub.account or t["empty"]
    bank = banks.by_bin(sub.bank_bin)
    return f"{account} — {t['bank']} {bank.label}" if bank and sub.account else account


def holder_line(sub: model.Submission) -> str:
    t = template()
    if not sub.holder:
        return t["empty"]
    form = bank_form(sub.holder)
    return sub.holder if form == sub.holder else f"{sub.holder} ({t['bank_form']}: {form})"


def reason_message(reason: model.CheckReason) -> str:
    """A stored photo-check reason, in the board's language (Vietnamese)."""
    from app.base import i18n
    from app.photocheck.messages import reason_texts

    with i18n.using("vi"):
        return reason_texts(reason)[0]


def credentials_summary(summary: dict | None) -> str:
    """A photo's content credentials (C2PA) in one Vietnamese sentence for the board:
    validity and trust, signer, claim generator, actions. Empty without credentials."""
    from app.base import i18n
    from app.photocheck.messages import credentials_lines

    with i18n.using("vi"):
        return "; ".join(f"{label}: {value}" for label, value in credentials_lines(summary))


def photos_summary(sub: model.Submission) -> str:
    """What the photos are, truly: how many are originals, and what the others are (which
    one needs a look, which one is not an original and comes with an explanation)."""
    t = template()
    count = len(sub.photos)
    if not count:
        return t["photos_none"]
    original = sum(1 for p in sub.photos if p.verdict == "ok")
    if original == count:
        return t["photos_all_original"].format(count=count)
    head = t["photos_some_original"].format(count=count, original=original) if original \
        else t["photos_count"].format(count=count)
    groups: dict[tuple[str, bool], list[int]] = {}
    for i, p in enumerate(sub.photos, start=1):
        if p.verdict != "ok":
            groups.setdefault((p.verdict or "", bool(p.explanation.strip())), []).append(i)
    others = []
    for (verdict, explained), numbers in groups.items():
        text = t["photos_other"].format(numbers=", ".join(map(str, numbers)),
                                        verdict=t["verdicts"].get(verdict, t["verdicts"][""]))
        others.append(t["photos_explained"].format(text=text) if explained else text)
    return "; ".join([head, *others])


def document(sub: model.Submission) -> Document:
    t = template()
    labels = t["fields"]
    empty = t["empty"]
    files = photo_file_names(sub)
    captions = [
        t["photo_line"].format(number=i, file=name, caption=p.caption or empty)
        for i, (p, name) in enumerate(zip(sub.photos, files), start=1)
    ] or [empty]
    checked_phone = phone.check_phone(sub.phone)
    phone_text = checked_phone.pretty if checked_phone.kind in (
        phone.MOBILE, phone.LANDLINE) else (sub.phone or empty)
    values = {
        model.TITLE: [sub.title or empty],
        model.BODY: paragraphs(sub.body) or [empty],
        model.CAPTIONS: captions,
        model.AUTHOR: [sub.author or empty],
        model.UNIT: [sub.unit or empty],
        model.PHONE: [phone_text],
        model.ACCOUNT: [account_line(sub)],
        model.HOLDER: [holder_line(sub)],
    }
    fields_ = [Field(i, key, labels[key], values[key])
               for i, key in enumerate(model.TEMPLATE_FIELDS, start=1)]
    a = sub.approval
    hhmm, date = format_date(a.confirmed_at)
    approval = t["approval_line"].format(
        name=a.name or empty, position=a.position or empty, time=hhmm or empty,
        date=date or empty)
    checks = []
    for i, (p, name) in enumerate(zip(sub.photos, files), start=1):
        verdict = t["verdicts"].get(p.verdict or "", t["verdicts"][""])
        line = f"{i:02d}. {name}: {verdict}"
        doubts = [r for r in (p.check.reasons if p.check else ()) if r.severity != "ok"]
        reasons = [reason_message(r) for r in doubts]
        if reasons and p.verdict != "ok":
            line += " — " + "; ".join(r for r in reasons if r)
        credentials = credentials_summary(p.check.facts.get("c2pa") if p.check else None)
        if credentials:
            line += f" [{credentials}]"
        if p.explanation:
            line += " " + t["explanation"].format(text=p.explanation)
        checks.append(line)
    return Document(
        heading=t["heading"],
        fields=fields_,
        photos_note=t["photos_note"].format(summary=photos_summary(sub)),
        approval_heading=t["approval_heading"],
        approval=approval,
        check_heading=t["photo_check_heading"],
        checks=checks,
        footer=t["sent_with"].format(version=__version__, id=sub.id),
    )


def to_text(doc: Document) -> str:
    """Plain text, CRLF-free; one blank line between fields."""
    out = [doc.heading.upper(), ""]
    for f in doc.fields:
        if f.key in (model.BODY, model.CAPTIONS):
            out.append(f"{f.number}. {f.label}:")
            out.extend(f.lines)
        else:
            out.append(f"{f.number}. {f.label}: {f.lines[0]}")
        out.append("")
    out += [doc.photos_note, "", f"{doc.approval_heading}: {doc.approval}", ""]
    if doc.checks:
        out.append(f"{doc.check_heading}:")
        out.extend(doc.checks)
        out.append("")
    out.append(doc.footer)
    return "\n".join(out) + "\n"


def to_html(doc: Document) -> str:
    """The same document as simple HTML (the email's HTML part, the review page)."""
    import html

    e = html.escape
    parts = [f"<h3 style='text-align:center'>{e(doc.heading.upper())}</h3>"]
    for f in doc.fields:
        if f.key in (model.BODY, model.CAPTIONS):
            parts.append(f"<p><b>{f.number}. {e(f.label)}:</b></p>")
            parts += [f"<p style='margin-left:16px'>{e(line)}</p>" for line in f.lines]
        else:
            parts.append(f"<p><b>{f.number}. {e(f.label)}:</b> {e(f.lines[0])}</p>")
    parts.append(f"<p><i>{e(doc.photos_note)}</i></p>")
    parts.append(f"<p><b>{e(doc.approval_heading)}:</b> {e(doc.approval)}</p>")
    if doc.checks:
        parts.append(f"<p><b>{e(doc.check_heading)}:</b></p>")
        parts += [f"<p style='margin-left:16px'>{e(line)}</p>" for line in doc.checks]
    if doc.footer:
        parts.append(f"<p style='color:#666666;font-size:small'>{e(doc.footer)}</p>")
    return "\n".join(parts)
