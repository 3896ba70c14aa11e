"""The email the board receives: fields, Vietnamese, attachments, splitting."""

import hashlib
from email import message_from_bytes, policy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.document import bundle
from app.document import messages as message
from app.storage.database import Store
from app.storage.photos import import_photo
from tests.helpers import complete_submission, make_jpeg
from tests.photos import phone_folder

VI_WORDS = ("công đoàn cơ sở phòng tổ chức tặng quà đoàn viên có hoàn cảnh khó khăn Liên "
            "Lao động tỉnh Thái Nguyên — hội nghị người năm 2026 Đồng chí Nông Văn ưu tú "
            "Phạm Thị Xuân Đào “trích dẫn”").split()


def built(tmp_path, photos, limit=None, title=None):
    store = Store(tmp_path / "data")
    records = [import_photo(store, p, f"Ảnh số {i} về hội nghị người lao động")
               for i, p in enumerate(photos, 1)]
    sub = complete_submission(records)
    if title:
        sub.title = title
    b = bundle.build(store, sub, tmp_path / "out")
    msgs = message.build_messages(sub, b.path, b.manifest, sender_name="Nông Văn K",
                                  sender_addr="k@example.com", to_addr="congdoanbk@gmail.com",
                                  size_limit=limit)
    return sub, b, msgs


def test_one_message_with_every_field_and_attachment(tmp_path):
    srcs = phone_folder(tmp_path / "phone", ("DSC_0042.JPG", "IMG_1034.heic"))
    sub, b, msgs = built(tmp_path, srcs)
    assert len(msgs) == 1
    got = message.parse_summary(msgs[0].data)
    assert got["subject"] == f"Tin bài: {sub.title} — {sub.unit}"
    assert got["from"] == "Nông Văn K <k@example.com>"
    assert got["to"] == "congdoanbk@gmail.com"
    assert got["submission"] == sub.id
    for label in ("1. Tít tin, bài", "2. Nội dung bài viết", "3. Chú thích ảnh", "4. Tác giả",
                  "5. Đơn vị công tác", "6. Số điện thoại", "7. Số tài khoản của tác giả",
                  "8. Tên chủ tài khoản", "Kiểm duyệt"):
        assert label in got["text"]
    order = [got["text"].index(f"{n}. ") for n in range(1, 9)]
    assert order == sorted(order)
    assert sub.body.split("\n")[0] in got["text"] and "NONG VAN K" in got["text"]
    assert "Tít tin, bài" in got["html"]
    names = [a["name"] for a in got["attachments"]]
    assert names[0] == b.docx_name and "manifest.json" in names
    photos = [a for a in got["attachments"] if a["type"].startswith("image/")]
    assert [a["sha256"] for a in photos] == [hashlib.sha256(s.read_bytes()).hexdigest()
                                            for s in srcs]
    assert all(n.isascii() for n in names)
    assert all(len(line) <= 998 for line in msgs[0].data.split(b"\r\n"))
    assert b"\n" not in msgs[0].data.replace(b"\r\n", b"")


def test_split_under_a_small_limit_keeps_every_photo_once(tmp_path):
    srcs = [make_jpeg(tmp_path / f"{i}.jpg", size=(900, 700), color=(i * 20, 90, 200))
            for i in range(6)]
    for s in srcs:  # make each photo ~120 KB of incompressible bytes, still a JPEG
        s.write_bytes(s.read_bytes() + hashlib.sha512(s.name.encode()).digest() * 1800)
    limit = 400_000
    sub, b, msgs = built(tmp_path, srcs, limit=limit)
    assert len(msgs) > 1
    assert all(m.size <= limit for m in msgs)
    summaries = [message.parse_summary(m.data) for m in msgs]
    n = len(msgs)
    for k, s in enumerate(summaries, 1):
        assert s["subject"].endswith(f" (phần {k}/{n})")
        assert s["submission"] == sub.id and s["part"] == f"{k}/{n}"
        assert "1. Tít tin, bài" in s["text"]  # every part is readable on its own
        assert "manifest.json" in [a["name"] for a in s["attachments"]]
    docs = [s for s in summaries if any(a["name"] == b.docx_name for a in s["attachments"])]
    assert docs == [summaries[0]]  # part 1 carries the document
    sent = [a["sha256"] for s in summaries for a in s["attachments"]
            if a["type"].startswith("image/")]
    assert sent == [hashlib.sha256(p.read_bytes()).hexdigest() for p in srcs]
    assert len({m.message_id for m in msgs}) == n


def test_a_photo_too_big_for_any_message_is_refused_by_name(tmp_path):
    big = make_jpeg(tmp_path / "big.jpg")
    big.write_bytes(big.read_bytes() + b"\x00" * 300_000)
    with pytest.raises(message.MessageError) as err:
        built(tmp_path, [make_jpeg(tmp_path / "small.jpg"), big], limit=200_000)
    assert err.value.code == "photo-too-large" and "2" in err.value.message


def test_a_text_too_big_for_the_server_is_never_blamed_on_a_photo(tmp_path):
    """The longest body validation accepts, under a small server limit: the text is named."""
    store = Store(tmp_path / "data")
    sub = complete_submission([import_photo(store, make_jpeg(tmp_path / "a.jpg"), "Ảnh một")])
    sub.body = ("Nội dung dài của bài viết về hội nghị. " * 2600)[:100_000]
    b = bundle.build(store, sub, tmp_path / "out")
    with pytest.raises(message.MessageError) as err:
        message.build_messages(sub, b.path, b.manifest, sender_name="Nông Văn K",
                               sender_addr="k@example.com", to_addr="congdoanbk@gmail.com",
                               size_limit=250_000)
    assert err.value.code == "text-too-large"
    assert "ảnh" not in err.value.message.lower() and "Rút ngắn" in err.value.message


def test_changed_photo_in_bundle_is_refused(tmp_path):
    store = Store(tmp_path / "data")
    sub = complete_submission([import_photo(store, make_jpeg(tmp_path / "a.jpg"), "Ảnh một")])
    b = bundle.build(store, sub, tmp_path / "out")
    photo = b.path / b.manifest["photos"][0]["file"]
    photo.write_bytes(photo.read_bytes() + b"edited")
    with pytest.raises(message.MessageError) as err:
        message.build_messages(sub, b.path, b.manifest, sender_name="", sender_addr="a@b.c",
                               to_addr="x@y.z")
    assert err.value.code == "photo-changed"


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(VI_WORDS), min_size=1, max_size=45),
       author=st.lists(st.sampled_from(VI_WORDS), min_size=1, max_size=14))
def test_vietnamese_subjects_and_names_survive_any_length(tmp_path_factory, words, author):
    tmp = tmp_path_factory.mktemp("vi")
    store = Store(tmp / "data")
    sub = complete_submission([import_photo(store, make_jpeg(tmp / "a.jpg"), "Ảnh một")])
    sub.title = " ".join(words)
    sub.author = " ".join(author)
    b = bundle.build(store, sub, tmp / "out")
    (m,) = message.build_messages(sub, b.path, b.manifest, sender_name=sub.author,
                                  sender_addr="k@example.com", to_addr="congdoanbk@gmail.com")
    parsed = message_from_bytes(m.data, policy=policy.default)
    assert str(parsed["Subject"]) == f"Tin bài: {sub.title} — {sub.unit}"
    if len(sub.author.encode()) <= 39:
        # A name that fits one encoded word reads right even in Python's modern parser; a
        # longer one is split as RFC 2047 allows, which that parser (not mail clients)
        # reads with stray spaces, so longer names are checked by the RFC reading below.
        assert parsed["From"].addresses[0].display_name == sub.author
    summary = message.parse_summary(m.data)
    assert sub.title in summary["text"]
    assert summary["from"] == f"{sub.author} <k@example.com>"  # as the practice mailbox shows
