"""True words about the photos: the review page, the .docx, the .txt and the email say how
many are originals and which one comes with an explanation; no "Anh/" folder in an email."""

from __future__ import annotations

import io
import zipfile

from app import model
from app.document import bundle, render
from app.document import messages as message
from app.model.states import Verdict
from app.storage.database import Store
from app.storage.photos import import_photo
from tests.helpers import complete_submission
from tests.photos import original_jpeg

CLAIM = "4 ảnh gốc, không nén, không chỉnh sửa"


def four_photos(tmp_path, verdicts):
    store = Store(tmp_path / "data")
    photos = []
    for i, verdict in enumerate(verdicts, start=1):
        photo = import_photo(store, original_jpeg(tmp_path / f"IMG_{i}.jpg", seed=i),
                             f"Ảnh số {i} về hội nghị người lao động")
        photo.check = model.PhotoCheck(Verdict(verdict)) if verdict else None
        if verdict == "reject":
            photo.explanation = "Ảnh duy nhất của buổi lễ, đoàn viên gửi qua Zalo."
        photos.append(photo)
    return store, complete_submission(photos)


def docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_all_originals_say_so(tmp_path):
    _store, sub = four_photos(tmp_path, ["ok"] * 4)
    assert CLAIM in render.to_text(render.document(sub))


def test_a_rejected_photo_is_named_with_its_explanation_everywhere(tmp_path):
    store, sub = four_photos(tmp_path, ["ok", "ok", "ok", "reject"])
    true_words = "4 ảnh, trong đó 3 ảnh gốc, không nén, không chỉnh sửa; ảnh 4 không phải " \
                 "ảnh gốc, có ghi lý do vẫn gửi"
    review = render.to_html(render.document(sub))  # what the review page shows
    assert true_words in review and CLAIM not in review
    b = bundle.build(store, sub, tmp_path / "out")
    txt = next(b.path.glob("*.txt")).read_text(encoding="utf-8")
    assert true_words in txt and CLAIM not in txt
    docx = docx_text((b.path / b.docx_name).read_bytes())
    assert true_words in docx and CLAIM not in docx
    (msg,) = message.build_messages(sub, b.path, b.manifest, sender_name="Nông Văn K",
                                    sender_addr="k@example.com", to_addr="bbt@example.org")
    got = message.parse_summary(msg.data)
    for body in (got["text"], got["html"]):
        assert true_words in body and CLAIM not in body
        assert "Anh/" not in body  # the photos are attachments here, not a folder
        assert "Ảnh gốc được gửi kèm" not in body


def test_photos_that_need_a_look_or_were_not_checked(tmp_path):
    _store, sub = four_photos(tmp_path, ["review", "ok", "review", None])
    summary = render.photos_summary(sub)
    assert summary == "4 ảnh, trong đó 1 ảnh gốc, không nén, không chỉnh sửa; ảnh 1, 3 cần " \
                      "xem lại; ảnh 4 chưa kiểm tra"
