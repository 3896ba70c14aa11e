"""Builders shared by tests: a complete Vietnamese submission, synthetic photos."""

from __future__ import annotations

import io
from pathlib import Path

from app import model

BODY = (
    "Sáng ngày 20/11, Công đoàn cơ sở phòng A đã tổ chức trao quà cho 15 đoàn viên có hoàn "
    "cảnh khó khăn. Đồng chí Nông Văn B, Chủ tịch công đoàn cơ sở, thăm hỏi, động viên các "
    "đoàn viên vượt qua khó khăn, yên tâm công tác.\n"
    "Buổi trao quà diễn ra ấm cúng, thể hiện sự quan tâm của tổ chức công đoàn."
)


def make_jpeg(path: Path, size=(64, 48), color=(200, 30, 30)) -> Path:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "JPEG", quality=90)
    path.write_bytes(buf.getvalue())
    return path


def complete_submission(photos: list[model.Photo] | None = None) -> model.Submission:
    sub = model.Submission(
        title="Công đoàn cơ sở phòng A tổ chức tặng quà đoàn viên có hoàn cảnh khó khăn",
        body=BODY,
        author="Nông Văn K",
        unit="Công đoàn cơ sở Phòng A",
        phone="0983 123 456",
        bank_bin="970436",
        account="0123456789",
        holder="Nông Văn K",
        photos=photos or [],
    )
    sub.approval = model.Approval("Nông Văn B", "Chủ tịch Công đoàn cơ sở", model.now_iso())
    return sub
