"""The email the board receives, built once from a bundle (DESIGN.md §4).

From the officer's account to the editorial address; subject `Tin bài: <title> — <unit>`;
a plain-text body with the eight fields in template order (and an HTML alternative), the
approval and the photo-check summary; attachments: the .docx, the photos under their ASCII
names, manifest.json. A submission larger than the server's limit is split into numbered,
self-contained messages (`(phần k/n)`) sharing the submission id; part 1 carries the
document; only a single photo that cannot fit in any message is refused.

The subject and names are pre-encoded with `email.header.Header`: Python 3.10–3.12's
EmailMessage folding drops the space between encoded words in long Vietnamese subjects.
"""

from __future__ import annotations

import hashlib
import html as html_mod
import json
import math
from dataclasses import dataclass, field
from email import encoders, message_from_bytes, policy
from email.header import Header, decode_header, make_header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path

from app import model
from app.base import i18n
from app.base.errors import UserError
from app.base.i18n import translate
from app.document import render

DEFAULT_SIZE_LIMIT = 25 * 1024 * 1024  # when neither the server nor the preset says
BASE64_LINE = 57  # input bytes per 76-character base64 line
PART_OVERHEAD = 600  # MIME headers of one attachment, generously
MESSAGE_MARGIN = 16 * 1024  # top-level headers, boundaries, and rounding
SMTP_POLICY = policy.compat32.clone(linesep="\r\n", max_line_length=78)

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PHOTO_TYPES = {
    ".jpg": ("image", "jpeg"), ".jpeg": ("image", "jpeg"), ".heic": ("image", "heic"),
    ".heif": ("image", "heif"), ".avif": ("image", "avif"), ".png": ("image", "png"),
    ".webp": ("image", "webp"), ".tif": ("image", "tiff"), ".tiff": ("image", "tiff"),
    ".gif": ("image", "gif"), ".bmp": ("image", "bmp"),
}


class MessageError(UserError):
    """An email could not be built from the bundle."""


@dataclass
class Attachment:
    name: str  # ASCII file name as it appears in the email
    path: Path
    size: int
    sha256: str
    kind: str  # "document" | "photo" | "manifest"

    @property
    def encoded_size(self) -> int:
        return base64_size(self.size) + PART_OVERHEAD


@dataclass
class BuiltMessage:
    part: int
    parts: int
    message_id: str
    subject: str
    data: bytes
    attachments: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def base64_size(n: int) -> int:
    """Bytes of base64 with CRLF every 76 characters (×1.3684 for large n)."""
    return math.ceil(n / BASE64_LINE) * 78


def subject_for(sub: model.Submission, part: int = 1, parts: int = 1) -> str:
    t = render.template()
    subject = t["subject"].format(title=sub.title, unit=sub.unit)
    if parts > 1:
        subject += t["subject_part"].format(part=part, parts=parts)
    return subject


def _file(folder: Path, name: str, kind: str, expected_sha: str | None = None) -> Attachment:
    path = folder / name
    data_hash = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            data_hash.update(chunk)
            size += len(chunk)
    digest = data_hash.hexdigest()
    if expected_sha and digest != expected_sha:
        raise MessageError("photo-changed", translate(
            "Message", "The photo {name} in the bundle folder is not the one that was checked. "
            "Build the bundle again.").format(name=Path(name).name))
    return Attachment(Path(name).name, path, size, digest, kind)


def collect_attachments(folder: Path, manifest: dict) -> tuple[list[Attachment],
                                                                list[Attachment]]:
    """(document and manifest, photos) of a bundle, photos verified against the manifest."""
    fixed = [_file(folder, manifest["documents"]["docx"], "document"),
             _file(folder, "manifest.json", "manifest")]
    photos = [_file(folder, p["file"], "photo", p["sha256"]) for p in manifest["photos"]]
    return fixed, photos


def plan_parts(fixed: list[Attachment], photos: list[Attachment], text_size: int,
               limit: int) -> list[list[Attachment]]:
    """Photos in order, packed into messages under `limit`; part 1 also has the document."""
    document = [a for a in fixed if a.kind == "document"]
    common = [a for a in fixed if a.kind != "document"]  # manifest: in every part
    base = MESSAGE_MARGIN + text_size + sum(a.encoded_size for a in common)
    first = base + sum(a.encoded_size for a in document)
    # What cannot be split is judged first, so that a photo is never blamed for the text.
    if base > limit:
        raise MessageError("text-too-large", translate(
            "Message", "The article's text alone ({size}) is more than this mail server "
            "accepts in one email ({limit}). Shorten the article.").format(
            size=_mb(base), limit=_mb(limit)))
    if first > limit:
        raise MessageError("document-too-large", translate(
            "Message", "The Word document ({size}) is more than this mail server accepts in "
            "one email ({limit}). Shorten the article.").format(
            size=_mb(first - base), limit=_mb(limit)))
    for i, photo in enumerate(photos, start=1):
        if base + photo.encoded_size > limit:
            raise MessageError("photo-too-large", translate(
                "Message", "Photo {number} ({size}) is too large to be sent by email even on "
                "its own: this mail server accepts at most {limit} per message. Send it another "
                "way (for example a shared link) and remove it from the item.").format(
                number=i, size=_mb(photo.size), limit=_mb(limit)))
    parts: list[list[Attachment]] = [list(document)]
    used = first
    for photo in photos:
        if used + photo.encoded_size > limit:
            parts.append([])
            used = base
        parts[-1].append(photo)
        used += photo.encoded_size
    return [p + common for p in parts]


def _mb(n: int) -> str:
    return i18n.file_size(n)


def _text_bodies(sub: model.Submission, doc: render.Document, part: int, parts: int,
                 attachments: list[Attachment]) -> tuple[str, str]:
    t = render.template()
    head = [t["email_greeting"], "", t["email_intro"].format(unit=sub.unit)]
    if parts > 1:
        head.append(t["email_part"].format(part=part, parts=parts, id=sub.id))
        photos = [a.name for a in attachments if a.kind == "photo"]
        if photos:
            head.append(t["email_part_photos"].format(files=", ".join(photos)))
    head.append(t["email_attachments"].format(files=", ".join(a.name for a in attachments)))
    text = "\n".join(head) + "\n\n" + render.to_text(doc) + "\n" + t["email_closing"] + "\n" + \
        sub.author + "\n"
    html_head = "".join(f"<p>{html_mod.escape(line)}</p>" for line in head if line)
    html = (f"<html><body>{html_head}<hr>{render.to_html(doc)}<hr>"
            f"<p>{html_mod.escape(t['email_closing'])}<br>{html_mod.escape(sub.author)}</p>"
            "</body></html>")
    return text, html


def _header(value: str, name: str) -> Header | str:
    if value.isascii():
        return value
    return Header(value, "utf-8", maxlinelen=75, header_name=name)


def _address(name: str, addr: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    encoded = Header(name, "utf-8").encode()
    return f"{encoded} <{addr}>"


def _attachment_part(a: Attachment) -> MIMEBase:
    data = a.path.read_bytes()
    if hashlib.sha256(data).hexdigest() != a.sha256:
        raise MessageError("file-changed", translate(
            "Message", "The file {name} changed while the email was being built. Build the "
            "bundle again.").format(name=a.name))
    if a.kind == "document":
        part = MIMEApplication(data, DOCX_TYPE[1])
    elif a.kind == "manifest":
        part = MIMEApplication(data, "json")
    else:
        main, sub_ = PHOTO_TYPES.get(Path(a.name).suffix.lower(), ("application", "octet-stream"))
        part = MIMEApplication(data, sub_) if main == "application" else MIMEBase(main, sub_)
        if main != "application":
            part.set_payload(data)
            encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=a.name)
    return part


def build_messages(sub: model.Submission, bundle_folder: str | Path, manifest: dict, *,
                   sender_name: str, sender_addr: str, to_addr: str,
                   size_limit: int | None = None, date: str | None = None,
                   domain: str | None = None) -> list[BuiltMessage]:
    """The messages for one submission, each with its final bytes (CRLF, ready for DATA)."""
    folder = Path(bundle_folder)
    limit = size_limit or DEFAULT_SIZE_LIMIT
    fixed, photos = collect_attachments(folder, manifest)
    doc = render.document(sub)
    sample_text, sample_html = _text_bodies(sub, doc, 1, 2, fixed + photos)
    text_size = base64_size(len(sample_text.encode())) + base64_size(
        len(sample_html.encode())) + 2 * PART_OVERHEAD
    date = date or formatdate(localtime=True)
    domain = domain or (sender_addr.rsplit("@", 1)[-1] if "@" in sender_addr else "tinbai.local")
    margin = 0
    for _attempt in range(4):
        plan = plan_parts(fixed, photos, text_size + margin, limit)
        built = [_build_one(sub, doc, k, len(plan), attachments, sender_name, sender_addr,
                            to_addr, date, domain) for k, attachments in enumerate(plan, 1)]
        largest = max(m.size for m in built)
        if largest <= limit:
            return built
        margin += largest - limit + 4096  # the estimate was short: plan again with room
    raise MessageError("cannot-split", translate(
        "Message", "The item could not be divided into emails small enough for the server."))


def _build_one(sub: model.Submission, doc: render.Document, part: int, parts: int,
               attachments: list[Attachment], sender_name: str, sender_addr: str,
               to_addr: str, date: str, domain: str) -> BuiltMessage:
    subject = subject_for(sub, part, parts)
    text, html = _text_bodies(sub, doc, part, parts, attachments)
    msg = MIMEMultipart("mixed")
    message_id = make_msgid(idstring=f"tinbai.{sub.id[:12]}.{part}", domain=domain)
    msg["From"] = _address(sender_name, sender_addr)
    msg["To"] = to_addr
    msg["Date"] = date
    msg["Message-ID"] = message_id
    msg["Subject"] = _header(subject, "Subject")
    msg["X-TinBai-Submission"] = sub.id
    msg["X-TinBai-Part"] = f"{part}/{parts}"
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText(text, "plain", "utf-8"))
    alternative.attach(MIMEText(html, "html", "utf-8"))
    msg.attach(alternative)
    for a in attachments:
        msg.attach(_attachment_part(a))
    data = msg.as_bytes(policy=SMTP_POLICY)
    return BuiltMessage(part, parts, message_id, subject, data, [a.name for a in attachments])


def parse_summary(data: bytes) -> dict:
    """What a received message says (for the practice mailbox and tests): headers, text,
    attachments with their SHA-256."""

    msg = message_from_bytes(data, policy=policy.default)
    raw = message_from_bytes(data)  # compat32: headers exactly as written, decoded below
    out = {
        "subject": str(make_header(decode_header(raw.get("Subject", "")))),
        "from": str(make_header(decode_header(raw.get("From", "")))),
        "to": msg.get("To", ""),
        "date": msg.get("Date", ""),
        "message_id": msg.get("Message-ID", ""),
        "submission": msg.get("X-TinBai-Submission", ""),
        "part": msg.get("X-TinBai-Part", ""),
        "text": "",
        "html": "",
        "attachments": [],
    }
    for p in msg.walk():
        if p.is_multipart():
            continue
        if p.get_content_disposition() == "attachment":
            payload = p.get_payload(decode=True) or b""
            out["attachments"].append({"name": p.get_filename(), "size": len(payload),
                                       "sha256": hashlib.sha256(payload).hexdigest(),
                                       "type": p.get_content_type()})
        elif p.get_content_type() == "text/plain" and not out["text"]:
            out["text"] = p.get_content()
        elif p.get_content_type() == "text/html" and not out["html"]:
            out["html"] = p.get_content()
    return out


def manifest_from(data: bytes) -> dict | None:
    """The manifest.json attached to a message, if any."""

    msg = message_from_bytes(data, policy=policy.default)
    for p in msg.walk():
        if p.get_filename() == "manifest.json":
            return json.loads(p.get_payload(decode=True))
    return None
