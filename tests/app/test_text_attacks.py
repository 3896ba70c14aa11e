"""Any text a user can type, paste or import: what validation accepts always bundles, is
sent and reads back; what cannot be written is dropped, never a letter."""

from __future__ import annotations

import io
import unicodedata
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.document import bundle
from app.document.messages import build_messages, parse_summary
from app.model import validation
from app.storage.database import Store
from app.storage.photos import import_photo
from app.text.normalise import as_typed, clean_body, clean_line
from tests.helpers import complete_submission
from tests.photos import original_jpeg

# Every code point, surrogates and noncharacters included.
ANY_CHAR = st.characters(codec=None, categories=None)
ANY_TEXT = st.text(ANY_CHAR, max_size=300)
WORD_PASTE = ["\x0b", "\x0c", "\x00", "\x07", "\x1b", "\u2028", "\u2029", "\u202e", "\u200b",
              "\ufeff", "\u00ad", "\ud800", "\ufffe", "\U0010ffff", "\r\n", "\r", "\x85"]


def xml_char(ch: str) -> bool:
    o = ord(ch)
    return o in (9, 10, 13) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or \
        0x10000 <= o <= 0x10FFFF


@settings(max_examples=500)
@given(ANY_TEXT)
def test_what_is_typed_keeps_every_letter_and_only_writable_characters(text):
    out = as_typed(text)
    assert all(xml_char(ch) for ch in out)
    assert "\r" not in out
    letters = [ch for ch in unicodedata.normalize("NFC", "".join(
        ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)) if ch.isalpha()]
    kept = [ch for ch in out if ch.isalpha()]
    assert len(kept) >= len([ch for ch in letters if unicodedata.category(ch) != "Cf"]) - \
        sum(1 for ch in text if ch in "\ufffe\uffff")  # noqa: E501 (no letter is lost)
    assert as_typed(out) == out  # idempotent


def test_words_soft_line_break_and_friends_are_mapped_or_dropped():
    assert as_typed("Công\x0bđoàn\x0cphường") == "Công\nđoàn\nphường"
    assert clean_line("Tít\x0bcủa\u2028tin\x00\x07\x1b") == "Tít của tin"
    assert clean_body("Đoạn một\u2029Đoạn hai\x0cBa\r\nBốn\rNăm\x85Sáu") == \
        "Đoạn một\nĐoạn hai\nBa\nBốn\nNăm\nSáu"
    assert as_typed("a\u202eb\u200bc\ufeffde") == "abcde"
    # the soft hyphen is kept: in an old TCVN3 text it is the letter "ư"
    assert as_typed("Tr\u00adêng") == "Tr\u00adêng"
    assert as_typed("Đồng chí 👨\u200d👩 \ue000") == "Đồng chí 👨\u200d👩 \ue000"  # kept


@pytest.fixture(scope="module")
def photo_file(tmp_path_factory):
    return original_jpeg(tmp_path_factory.mktemp("phone") / "DSC_0001.JPG")


def pipeline(tmp_path, photo_file, **fields):
    """Validate; when nothing blocks, bundle, build the emails and read them back."""
    store = Store(tmp_path / "data")
    try:
        photo = import_photo(store, photo_file, fields.pop("caption", "Toàn cảnh hội nghị"))
        sub = complete_submission([photo])
        for key, value in fields.items():
            setattr(sub, key, value)
        validation.normalise(sub)
        errors = validation.errors(validation.validate(sub))
        if errors:
            return sub, errors, None
        built = bundle.build(store, sub, tmp_path / "out")
        messages = build_messages(sub, built.path, built.manifest, sender_name=sub.author,
                                  sender_addr="a@b.vn", to_addr="bbt@b.vn")
        return sub, [], (built, messages)
    finally:
        store.close()


def docx_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                   HealthCheck.too_slow])
@given(title=ANY_TEXT, body=st.text(ANY_CHAR, min_size=0, max_size=2000), caption=ANY_TEXT,
       author=ANY_TEXT, unit=ANY_TEXT, holder=ANY_TEXT)
def test_a_draft_validation_accepts_always_bundles_sends_and_reads_back(
        tmp_path_factory, photo_file, title, body, caption, author, unit, holder):
    tmp = tmp_path_factory.mktemp("item")
    body = body + " " + " ".join(["chữ"] * 35)  # enough words not to be the point
    sub, errors, done = pipeline(tmp, photo_file, title=title, body=body, caption=caption,
                                 author=author, unit=unit, holder=holder)
    if errors:
        assert {p.code for p in errors} <= {"required", "caption-missing", "too-long"}
        return
    built, messages = done
    assert built.manifest["fields"]["title"] == sub.title == clean_line(title)
    summary = parse_summary(messages[0].data)
    assert sub.title in summary["subject"]
    assert sub.title.replace("&", "&amp;").replace("<", "&lt;").split(" ")[0] in \
        docx_text(built.path / built.docx_name)


def test_pasted_word_text_bundles(tmp_path, photo_file):
    noisy = "".join(f"Đoạn {i}{ch}" for i, ch in enumerate(WORD_PASTE))
    sub, errors, done = pipeline(tmp_path, photo_file,
                                 title="Tít\x0btừ Word\x07\u202e" + "\x0c",
                                 body=(noisy + " chữ") * 20, caption="Ảnh\x0bhội nghị\x00")
    assert errors == []
    built, _messages = done
    assert sub.title == "Tít từ Word"
    import docx

    d = docx.Document(io.BytesIO((built.path / built.docx_name).read_bytes()))
    assert d.core_properties.title == "Tít từ Word"


def test_too_long_is_said_plainly_and_never_called_a_photo_problem(tmp_path, photo_file):
    _sub, errors, _ = pipeline(tmp_path, photo_file, title="Tít " * 100,
                               body="Nội dung dài. " * 800_000)  # a 10 MB body
    by_field = {p.field: p for p in errors}
    assert by_field["title"].code == by_field["body"].code == "too-long"
    assert "ảnh" not in by_field["body"].message.lower()
    assert "11.199.999" in by_field["body"].message  # Vietnamese thousands


@pytest.mark.parametrize("title", ["CON", "con", "Nul", "AUX", "com1", "LPT9", "prn."])
def test_reserved_windows_names_never_become_file_names(tmp_path, photo_file, title):
    _sub, errors, done = pipeline(tmp_path, photo_file, title=title)
    assert errors == []
    built, _ = done
    stem = built.docx_name.rsplit(".", 1)[0]
    assert stem.lower() not in bundle.RESERVED_NAMES and not stem.endswith((".", " "))


def test_a_long_documents_path_is_respected(tmp_path, photo_file):
    onedrive = "OneDrive - Liên đoàn Lao động tỉnh Thái Nguyên"
    base = tmp_path / onedrive / "Documents" / "TinBai"
    base = base.with_name("TinBai" + "-" * (150 - len(str(base))))  # a 150-character path
    sub, errors, _ = pipeline(tmp_path, photo_file, title="Hội nghị người lao động " * 9,
                              caption="Toàn cảnh hội nghị người lao động năm hai nghìn " * 3)
    assert errors == []
    store = Store(tmp_path / "data")
    built = bundle.build(store, sub, base)
    store.close()
    longest = max(len(str(p)) for p in built.path.rglob("*"))
    assert longest <= bundle.MAX_PATH
    assert len(built.path.name) < len("2026-12-01 ") + bundle.FOLDER_SLUG  # shortened


def test_a_path_too_long_for_windows_is_refused_in_words(tmp_path, photo_file):
    sub, _errors, _ = pipeline(tmp_path, photo_file)
    store = Store(tmp_path / "data")
    with pytest.raises(bundle.BundleError) as err:
        bundle.build(store, sub, tmp_path / ("x" * 240))
    store.close()
    assert err.value.code == "path-too-long" and "x" * 240 in err.value.message
