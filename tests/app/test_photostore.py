import hashlib
import os
import shutil

import pytest

from app.storage.database import Store
from app.storage.photos import PhotoImportError, import_photo, verify_photo
from tests.helpers import make_jpeg
from tests.photos import phone_folder


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_real_photos_are_copied_byte_for_byte(tmp_path):
    names = ("DSC_0042.JPG", "IMG_1034.heic", "Apple iPhone 6.jpg")
    originals = phone_folder(tmp_path / "phone", names)[0].parent
    store = Store(tmp_path / "data")
    for name in names:
        src = originals / name
        before = (sha(src), os.stat(src).st_mtime_ns)
        photo = import_photo(store, src, "Chú thích")
        assert photo.sha256 == before[0]
        assert sha(store.photo_path(photo)) == photo.sha256
        assert photo.original_name == name and photo.size == src.stat().st_size
        assert (sha(src), os.stat(src).st_mtime_ns) == before  # the original is untouched
    assert import_photo(store, originals / "IMG_1034.heic").ext == ".heic"


def test_vietnamese_and_odd_names(tmp_path):
    store = Store(tmp_path / "data")
    src = make_jpeg(tmp_path / "Ảnh hội nghị — đợt #1 (bản gốc).JPG")
    photo = import_photo(store, src)
    assert photo.original_name == src.name
    assert photo.ext == ".jpg"
    assert verify_photo(store, photo)


def _file(folder, name, data):
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("setup, code", [
    (lambda d: d / "gone.jpg", "missing"),
    (lambda d: _file(d, "empty.jpg", b""), "empty"),
    (lambda d: _file(d, "notes.jpg", "biên bản họp".encode()), "not-an-image"),
    (lambda d: d, "not-a-file"),
])
def test_bad_inputs_have_codes_and_messages(tmp_path, setup, code):
    store = Store(tmp_path / "data")
    with pytest.raises(PhotoImportError) as err:
        import_photo(store, setup(tmp_path))
    assert err.value.code == code and err.value.message
    assert not [p for p in store.photos_dir.rglob("*") if p.is_file()]  # nothing half-written


def test_huge_file_is_refused_without_copying(tmp_path, monkeypatch):
    from app.storage import photos

    monkeypatch.setattr(photos, "MAX_PHOTO_BYTES", 1000)
    store = Store(tmp_path / "data")
    src = make_jpeg(tmp_path / "big.jpg", size=(400, 400))
    with pytest.raises(PhotoImportError) as err:
        import_photo(store, src)
    assert err.value.code == "too-large"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path):
    store = Store(tmp_path / "data")
    src = make_jpeg(tmp_path / "locked.jpg")
    src.chmod(0)
    with pytest.raises(PhotoImportError) as err:
        import_photo(store, src)
    assert err.value.code == "unreadable"


def test_changed_copy_is_detected(tmp_path):
    store = Store(tmp_path / "data")
    photo = import_photo(store, make_jpeg(tmp_path / "a.jpg"))
    path = store.photo_path(photo)
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))
    assert not verify_photo(store, photo)
    path.unlink()
    assert not verify_photo(store, photo)


def test_same_photo_twice_is_stored_once(tmp_path):
    store = Store(tmp_path / "data")
    src = make_jpeg(tmp_path / "a.jpg")
    shutil.copy(src, tmp_path / "b.jpg")
    a = import_photo(store, src)
    b = import_photo(store, tmp_path / "b.jpg")
    assert store.photo_path(a) == store.photo_path(b)
    assert len([p for p in store.photos_dir.rglob("*") if p.is_file()]) == 1
