"""Importing the article's text from the files officers actually have."""

import pytest

from app.document.importer import TextImportError, import_text
from tests.helpers import BODY


def make_docx(path, paragraphs):
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def as_cp1258_text(text):
    """Windows' Vietnamese code page: â ê ô ă ơ ư whole, the five tones as separate marks."""
    import unicodedata

    out, base = [], -1
    for ch in unicodedata.normalize("NFD", text):
        if ch in "\u0302\u0306\u031b" and base >= 0:  # NFD may put a tone before it
            out[base] = unicodedata.normalize("NFC", out[base] + ch)
        else:
            if not unicodedata.combining(ch):
                base = len(out)
            out.append(ch)
    return "".join(out)


def test_docx_title_and_body(tmp_path):
    path = make_docx(tmp_path / "bài viết.docx",
                     ["Công đoàn cơ sở phòng A tổ chức tặng quà", "", *BODY.split("\n")])
    got = import_text(path)
    assert got.title == "Công đoàn cơ sở phòng A tổ chức tặng quà"
    assert got.body == BODY


def test_docx_without_a_title_line_keeps_everything_as_body(tmp_path):
    path = make_docx(tmp_path / "a.docx", BODY.split("\n"))
    got = import_text(path)
    assert got.title == "" and got.body == BODY


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_txt_in_the_encodings_windows_writes(tmp_path, encoding):
    text = "Hội nghị người lao động\r\n\r\nSáng nay, công đoàn cơ sở tổ chức hội nghị."
    path = tmp_path / "tin.txt"
    path.write_bytes((as_cp1258_text(text) if encoding == "cp1258" else text).encode(encoding))
    got = import_text(path)
    assert got.title == "Hội nghị người lao động"
    assert got.body == "Sáng nay, công đoàn cơ sở tổ chức hội nghị."


@pytest.mark.parametrize("name, content, code", [
    ("old.doc", b"\xd0\xcf\x11\xe0 old word", "old-doc"),
    ("photo.jpg", b"\xff\xd8\xff", "unsupported"),
    ("empty.txt", b"", "empty"),
    ("broken.docx", b"PK not really a zip", "bad-docx"),
])
def test_unusable_files_say_what_to_do(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TextImportError) as err:
        import_text(path)
    assert err.value.code == code and err.value.message


def test_missing_file(tmp_path):
    with pytest.raises(TextImportError) as err:
        import_text(tmp_path / "không có.docx")
    assert err.value.code == "missing"
