"""Importing an article's text from the worst files an officer's PC can hold: each answered
within seconds, in little memory, with plain words, through both faces."""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import time
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.document.importer import TextImportError, import_text
from tests.conftest import REPO

TEXT = "Công đoàn phường tổ chức hội nghị người lao động\n\nSáng nay, hơn hai trăm đoàn viên."
DOC_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>{}</w:body></w:document>')


def paragraphs_xml(*texts: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)


def docx(path, document_xml: bytes | str, *, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compress) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document_xml)
    return path


def zip_bomb(path, inflated: int):
    """A small .docx whose document inflates to `inflated` bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            block = b" " * (1024 * 1024)
            for _ in range(inflated // len(block)):
                member.write(block)
    return path


def _entity(i: int) -> str:
    inner = ("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10
    return f'<!ENTITY lol{i} "{inner}">'


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(_entity(i) for i in range(1, 10))
                  + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                    '2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body>'
                    '</w:document>')


def attacks(tmp_path):
    """(file, what it must give: a code, or "ok")."""
    out = []
    out.append((docx(tmp_path / "hỏng.docx", b"<w:document><w:body><w:p>"), "bad-docx"))
    out.append((zip_bomb(tmp_path / "bom.docx", 400 * 1024 * 1024), "too-large"))
    out.append((docx(tmp_path / "cuoi.docx", BILLION_LAUGHS), "bad-docx"))
    fifo = tmp_path / "ống.txt"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        out.append((fifo, "not-a-file"))
    zero = tmp_path / "zero.txt"
    if os.path.exists("/dev/zero"):
        zero.symlink_to("/dev/zero")
        out.append((zero, "not-a-file"))
    huge = tmp_path / "lớn.txt"
    with huge.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    out.append((huge, "too-large"))
    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes(TEXT.encode("utf-16-le"))
    out.append((utf16, "ok"))
    noise = tmp_path / "rác.txt"
    noise.write_bytes(random.Random(1).randbytes(200_000))
    out.append((noise, "not-text"))
    noisy_docx = tmp_path / "rác.docx"
    noisy_docx.write_bytes(random.Random(2).randbytes(50_000))
    out.append((noisy_docx, "bad-docx"))
    controls = tmp_path / "word.txt"
    controls.write_text("Tít\x0bcủa tin\x07\n\nĐoạn\x0cmột\x00 hai\x1b ba", encoding="utf-8")
    out.append((controls, "ok"))
    return out


def test_every_attack_is_answered_in_words_never_a_traceback(tmp_path):
    for path, expected in attacks(tmp_path):
        started = time.monotonic()
        if expected == "ok":
            got = import_text(path)
            assert "\x00" not in got.body and "\x07" not in got.title + got.body
        else:
            with pytest.raises(TextImportError) as err:
                import_text(path)
            assert err.value.code == expected, path.name
            assert err.value.message and path.name in err.value.message
        assert time.monotonic() - started < 5, path.name


def run_cli(*args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=REPO, timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(REPO)))
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return proc, time.monotonic() - started, max(rss_kb, before)


@pytest.mark.skipif(sys.platform == "win32", reason="measures with getrusage")
def test_the_command_line_refuses_them_quickly_and_in_little_memory(tmp_path):
    for path, expected in attacks(tmp_path):
        proc, seconds, rss_kb = run_cli("import-text", str(path), "--json")
        assert "Traceback" not in proc.stderr, proc.stderr
        out = json.loads(proc.stdout)
        if expected == "ok":
            assert proc.returncode == 0 and set(out) == {"title", "body"}
        else:
            assert proc.returncode == 2 and out[0]["code"] == expected, (path.name, out)
        assert seconds < 10, path.name
        assert rss_kb < 300 * 1024, (path.name, rss_kb)


def test_utf16_without_a_mark_and_control_characters_come_in_clean(tmp_path):
    (path, _), = [a for a in attacks(tmp_path) if a[0].name == "unicode.txt"]
    got = import_text(path)
    assert got.title == "Công đoàn phường tổ chức hội nghị người lao động"
    assert got.body == "Sáng nay, hơn hai trăm đoàn viên."
    path = tmp_path / "word.txt"  # Word's soft line break and page break are line ends here
    got = import_text(path)
    assert (got.title, got.body) == ("Tít", "của tin\nĐoạn\nmột hai ba")


def test_tables_and_text_boxes_are_read_once(tmp_path):
    xml = DOC_XML.format(
        paragraphs_xml("Tít của tin") +
        '<w:tbl><w:tr><w:tc>' + paragraphs_xml("Trong bảng") + '</w:tc></w:tr></w:tbl>' +
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/'
        '2006"><mc:Choice>' + paragraphs_xml("Hộp chữ") + '</mc:Choice><mc:Fallback>' +
        paragraphs_xml("Hộp chữ") + '</mc:Fallback></mc:AlternateContent>')
    got = import_text(docx(tmp_path / "bảng.docx", xml))
    assert got.title == "Tít của tin" and got.body == "Trong bảng\nHộp chữ"


@settings(max_examples=150)
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".docx", ""]))
def test_any_bytes_give_text_or_a_plain_refusal(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("any") / f"tệp{suffix}"
    path.write_bytes(data)
    try:
        got = import_text(path)
    except TextImportError as exc:
        assert exc.code in {"bad-docx", "not-text", "empty"} and exc.message
    else:
        assert got.title or got.body


@settings(max_examples=60)
@given(st.data())
def test_mutated_word_documents_never_crash(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("docx")
    good = docx(folder / "tốt.docx", DOC_XML.format(paragraphs_xml("Tít", "Nội dung bài")))
    raw = bytearray(good.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(raw)))
    path = folder / "sửa.docx"
    path.write_bytes(bytes(raw[:cut]))
    try:
        import_text(path)
    except TextImportError as exc:
        assert exc.code in {"bad-docx", "empty"}
