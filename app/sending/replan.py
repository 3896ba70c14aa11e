"""Build an item's emails again under a smaller size limit, from the emails themselves.

When a server turns out to take less than an item was built for (it advertised a smaller
SIZE, or it answered 552 "too large" after the upload) and no part of the item was accepted
yet, the item is divided again: same submission id, numbered parts, part 1 with the
document, each email under the new limit. The files come from the stored emails (their
attachments are the bundle's files, checked against the manifest's SHA-256 again), not from
the bundle folder, which the user may have moved since; the text comes from the history row
(the submission as it was queued). The new emails replace the old ones in one transaction
(`Outbox.replace_parts`). Only a single photo larger than the limit is refused: that
MessageError says what to do.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.utils import parseaddr
from pathlib import Path, PurePosixPath

from app import model
from app.document.messages import MessageError, build_messages
from app.model.states import OutboxState as S
from app.outbox.box import Outbox
from app.outbox.errors import OutboxError
from app.outbox.items import OutboxItem
from app.storage.database import Store


def needs_rebuild(item: OutboxItem, limit: int | None) -> bool:
    return bool(limit) and item.size > limit


def replan(store: Store, item: OutboxItem, limit: int) -> list[OutboxItem]:
    """Rebuild the submission of `item` under `limit` bytes; returns its new emails.

    Raises MessageError (a photo too large even alone) or OutboxError (part of the item is
    on its way or was accepted: rebuilding could send it twice)."""
    outbox = Outbox(store)
    parts = [i for i in outbox.items(submission_id=item.submission_id)
             if i.state != S.CANCELLED and i.practice == item.practice]
    if any(i.state not in (S.QUEUED, S.RETRYING, S.ATTENTION) for i in parts):
        raise OutboxError("partly-sent", "part of the item is on its way or was accepted")
    sub = _submission(store, item.submission_id)
    datas = [outbox.message_bytes(i) for i in sorted(parts, key=lambda i: i.part)]
    work = Path(tempfile.mkdtemp(prefix=".replan-", dir=outbox.folder))
    try:
        manifest, sender_name = _unpack(datas, work)
        messages = build_messages(sub, work, manifest, sender_name=sender_name,
                                  sender_addr=item.sender, to_addr=item.recipient,
                                  size_limit=limit)
        staged = outbox.stage(messages)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return outbox.replace_parts(item.submission_id, [i.id for i in parts], staged)


def _submission(store: Store, submission_id: str) -> model.Submission:
    rows = store.execute("SELECT doc FROM history WHERE submission_id=?", (submission_id,))
    if not rows:
        rows = store.execute("SELECT doc FROM drafts WHERE id=?", (submission_id,))
    if not rows:
        raise OutboxError("no-submission", "the item's record is missing")
    return model.Submission.from_dict(json.loads(rows[0][0]))


def _unpack(datas: list[bytes], folder: Path) -> tuple[dict, str]:
    """Write the attachments of an item's emails as its bundle was laid out: the document,
    manifest.json and the photos where the manifest names them. Returns (manifest, the
    sender's display name)."""
    files: dict[str, bytes] = {}
    sender_name = ""
    for data in datas:
        msg = message_from_bytes(data, policy=policy.default)
        if not sender_name:
            raw = message_from_bytes(data).get("From", "")
            sender_name = parseaddr(str(make_header(decode_header(raw))))[0]
        for part in msg.walk():
            name = part.get_filename()
            if part.get_content_disposition() == "attachment" and name:
                files[name] = part.get_payload(decode=True) or b""
    if "manifest.json" not in files:
        raise MessageError("no-manifest", "the stored emails carry no manifest")
    manifest = json.loads(files["manifest.json"])
    wanted = [manifest["documents"]["docx"], "manifest.json",
              *(p["file"] for p in manifest["photos"])]
    for rel in wanted:
        path = PurePosixPath(rel)
        name = path.name
        if path.is_absolute() or ".." in path.parts:
            raise MessageError("bad-manifest", f"unexpected file name {rel!r}")
        if name not in files:
            raise MessageError("missing-file", f"the stored emails lack {name}")
        target = folder.joinpath(*path.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files[name])
    return manifest, sender_name
