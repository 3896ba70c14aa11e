import errno
import hashlib
import json
import shutil

import pytest

from app.document import bundle
from app.storage.database import Store
from app.storage.photos import import_photo
from tests.helpers import complete_submission, make_jpeg
from tests.photos import phone_folder

CAPTIONS = [
    "Đồng chí Nông Văn B trao quà cho đoàn viên Phạm Thị X",
    "Các đoàn viên chụp ảnh lưu niệm tại hội trường",
    "Toàn cảnh buổi trao quà tại Phòng A",
]


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def real_submission(tmp_path):
    store = Store(tmp_path / "data")
    sources = phone_folder(tmp_path / "phone")
    photos = [import_photo(store, s, c) for s, c in zip(sources, CAPTIONS)]
    sub = complete_submission(photos)
    store.save_draft(sub)
    return store, sub, sources


def test_bundle_layout_and_byte_identical_photos(tmp_path, real_submission):
    store, sub, sources = real_submission
    result = bundle.build(store, sub, tmp_path / "out")
    assert result.path.parent == tmp_path / "out"
    date, slug = result.path.name.split(" ")
    assert date == sub.approval.confirmed_at[:10]
    assert slug.startswith("cong-doan-co-so-phong-a-to-chuc-tang-qua-doan-vien") and len(slug) <= 60
    names = sorted(p.name for p in (result.path / "Anh").iterdir())
    assert names == [
        "01-dong-chi-nong-van-b-trao-qua-cho-doan-vien-pham.jpg",
        "02-cac-doan-vien-chup-anh-luu-niem-tai-hoi-truong.heic",
        "03-toan-canh-buoi-trao-qua-tai-phong-a.jpg",
    ]
    for src, name in zip(sources, names):
        assert sha(result.path / "Anh" / name) == sha(src)
    manifest = json.loads((result.path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["submission_id"] == sub.id
    assert [p["sha256"] for p in manifest["photos"]] == [sha(s) for s in sources]
    assert [p["caption"] for p in manifest["photos"]] == CAPTIONS
    assert manifest["fields"]["title"] == sub.title
    assert manifest["bank"]["code"] == "VCB"
    assert manifest["approval"]["name"] == "Nông Văn B"
    assert manifest["program"]["version"]
    text = (result.path / result.text_name).read_text(encoding="utf-8-sig")
    assert "1. Tít tin, bài: " + sub.title in text


def test_docx_follows_the_template_order_without_photos(tmp_path, real_submission):
    import docx

    store, sub, _ = real_submission
    result = bundle.build(store, sub, tmp_path / "out")
    d = docx.Document(str(result.path / result.docx_name))
    labels = [p.text for p in d.paragraphs if p.text[:2] in {f"{i}." for i in range(1, 9)}]
    expected = ["Tít tin, bài", "Nội dung bài viết", "Chú thích ảnh", "Tác giả",
                "Đơn vị công tác", "Số điện thoại", "Số tài khoản của tác giả",
                "Tên chủ tài khoản"]
    assert [lbl.split(". ", 1)[1].split(":")[0] for lbl in labels] == expected
    full = "\n".join(p.text for p in d.paragraphs)
    assert sub.title in full and "Nông Văn K" in full and "NONG VAN K" in full
    for caption in CAPTIONS:
        assert caption in full
    assert not d.inline_shapes  # the board wants photos in a separate folder, never inside
    with __import__("zipfile").ZipFile(result.path / result.docx_name) as z:
        assert not [n for n in z.namelist() if n.startswith("word/media/")]


def test_building_twice_gives_the_same_files(tmp_path, real_submission):
    store, sub, _ = real_submission
    first = bundle.digest_folder(bundle.build(store, sub, tmp_path / "a").path)
    sub.bundle_path = None
    second_result = bundle.build(store, sub, tmp_path / "a")
    second = bundle.digest_folder(second_result.path)
    assert first == second
    assert len(list((tmp_path / "a").iterdir())) == 1  # rebuilt in place, no "(2)" copy


def test_rebuild_after_edit_replaces_stale_photos(tmp_path):
    store = Store(tmp_path / "data")
    photos = [import_photo(store, make_jpeg(tmp_path / f"{i}.jpg", color=(i * 40, 0, 0)), c)
              for i, c in enumerate(CAPTIONS)]
    sub = complete_submission(photos)
    out = tmp_path / "out"
    first = bundle.build(store, sub, out)
    sub.bundle_path = str(first.path)
    del sub.photos[0]
    second = bundle.build(store, sub, out)
    assert second.path == first.path
    assert len(list((second.path / "Anh").iterdir())) == 2


def test_other_submission_with_same_title_gets_its_own_folder(tmp_path):
    store = Store(tmp_path / "data")
    photo = import_photo(store, make_jpeg(tmp_path / "a.jpg"), CAPTIONS[0])
    a = complete_submission([photo])
    b = complete_submission([photo])
    b.created_at = a.created_at
    b.approval.confirmed_at = a.approval.confirmed_at
    pa = bundle.build(store, a, tmp_path / "out").path
    pb = bundle.build(store, b, tmp_path / "out").path
    assert pa != pb and pb.name.endswith("(2)")


def test_changed_photo_stops_the_build(tmp_path):
    store = Store(tmp_path / "data")
    photo = import_photo(store, make_jpeg(tmp_path / "a.jpg"), CAPTIONS[0])
    sub = complete_submission([photo])
    path = store.photo_path(photo)
    path.write_bytes(path.read_bytes()[:-20] + b"\x00" * 20)
    with pytest.raises(bundle.BundleError) as err:
        bundle.build(store, sub, tmp_path / "out")
    assert err.value.code == "photo-changed" and "1" in err.value.message
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_unusable_destination_is_explained_and_leaves_nothing(tmp_path):
    store = Store(tmp_path / "data")
    sub = complete_submission([import_photo(store, make_jpeg(tmp_path / "a.jpg"), "Ảnh 1 x y")])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(bundle.BundleError) as err:
        bundle.build(store, sub, blocker / "TinBai")
    assert err.value.message and str(blocker) in err.value.message


def test_disk_full_while_copying_leaves_no_half_bundle(tmp_path, monkeypatch):
    store = Store(tmp_path / "data")
    sub = complete_submission([import_photo(store, make_jpeg(tmp_path / "a.jpg"), "Ảnh 1 x y")])

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full)
    with pytest.raises(bundle.BundleError) as err:
        bundle.build(store, sub, tmp_path / "out")
    assert err.value.code == "disk-full"
    assert list((tmp_path / "out").iterdir()) == []
