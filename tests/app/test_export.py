"""The quarterly list as CSV and .xlsx, read back with the csv module and openpyxl."""

from __future__ import annotations

import csv
import errno
import io
import os
import unicodedata
import zipfile
from datetime import date, datetime
from xml.etree import ElementTree as ET

import openpyxl
import pytest

from app.base import i18n
from app.quota import SentItem, export, parse_period
from app.quota.export import (
    ExportError,
    csv_bytes,
    default_file_name,
    export_rows,
    headers,
    list_title,
    write_csv,
    write_xlsx,
    xlsx_bytes,
)
from app.text.collation import name_sort_key, sort_key

Q3 = parse_period("2026-Q3")
UNIT_A = "Công đoàn cơ sở Trường Tiểu học Đồng Hỷ"
UNIT_B = "Công đoàn cơ sở Công ty Than Núi Hồng"
UNIT_C = "Ban Nữ công"


def items() -> list[SentItem]:
    return [
        SentItem("s1", date(2026, 7, 3), title="Công đoàn cơ sở tặng quà đoàn viên khó khăn",
                 author="Nông Văn Khánh", unit=UNIT_A, published=True,
                 published_on=date(2026, 7, 10), link="https://congdoan.example.vn/tin/1"),
        SentItem("s2", date(2026, 8, 14), title="Hội thi “Nữ công giỏi” năm 2026",
                 author="Đỗ Thị Ánh", unit=UNIT_A),
        SentItem("s2", date(2026, 8, 14), title="Hội thi “Nữ công giỏi” năm 2026",
                 author="Đỗ Thị Ánh", unit=UNIT_A),  # part 2 of the same submission
        SentItem("s3", date(2026, 9, 30), title="Ký kết thỏa ước lao động tập thể",
                 author="Trần Văn An", unit=UNIT_B, published=True,
                 published_on=date(2026, 10, 2), link="https://congdoan.example.vn/tin/3"),
        SentItem("s4", date(2026, 9, 1), title="Tập huấn", author="Lê Thị Ơn", unit=UNIT_B,
                 practice=True),
        SentItem("s5", date(2026, 10, 1), title="Quý IV", author="Lê Ân", unit=UNIT_B),
        SentItem("s6", date(2026, 6, 30), title="Quý II", author="Lê Ân", unit=UNIT_B),
        SentItem("s7", date(2026, 7, 20), title="Ngày hội đoàn viên", author="Hà Văn Bình",
                 unit=UNIT_C),
    ]


EXPECTED = [  # Ban < Công đoàn…Công ty < Công đoàn…Trường; authors by given name
    (1, UNIT_C, "Hà Văn Bình", "Ngày hội đoàn viên", date(2026, 7, 20), False, None, ""),
    (2, UNIT_B, "Trần Văn An", "Ký kết thỏa ước lao động tập thể", date(2026, 9, 30), True,
     date(2026, 10, 2), "https://congdoan.example.vn/tin/3"),
    (3, UNIT_A, "Đỗ Thị Ánh", "Hội thi “Nữ công giỏi” năm 2026", date(2026, 8, 14), False,
     None, ""),
    (4, UNIT_A, "Nông Văn Khánh", "Công đoàn cơ sở tặng quà đoàn viên khó khăn",
     date(2026, 7, 3), True, date(2026, 7, 10), "https://congdoan.example.vn/tin/1"),
]


def as_tuples(rows) -> list[tuple]:
    return [(r.number, r.unit, r.author, r.title, r.sent_on, r.published, r.published_on,
             r.link) for r in rows]


def test_rows_filtered_merged_sorted_numbered():
    assert as_tuples(export_rows(items(), Q3)) == EXPECTED


def test_rows_order_is_vietnamese():
    rows = export_rows(items(), None)
    keys = [(sort_key(r.unit), name_sort_key(r.author)) for r in rows]
    assert keys == sorted(keys)
    assert [r.number for r in rows] == list(range(1, len(rows) + 1))
    assert len(rows) == 6  # every counted item: one per submission, no practice


def test_units_and_authors_in_vietnamese_not_code_point_order():
    units = ["Văn phòng", "Ủy ban Kiểm tra", "Đoàn thanh niên", "Ban Nữ công", "Ánh Dương"]
    authors = ["Lê Ước", "Lê Vân", "Đinh Ánh", "Trần Bình"]
    got = export_rows([SentItem(f"{u}{a}", date(2026, 7, 1), unit=u, author=a)
                       for u in units for a in authors], Q3)
    want_units = ["Ánh Dương", "Ban Nữ công", "Đoàn thanh niên", "Ủy ban Kiểm tra", "Văn phòng"]
    want_authors = ["Đinh Ánh", "Trần Bình", "Lê Ước", "Lê Vân"]
    assert [(r.unit, r.author) for r in got] == [(u, a) for u in want_units for a in want_authors]
    assert sorted(units) != want_units and sorted(authors) != want_authors


def test_published_only():
    rows = export_rows(items(), Q3, published_only=True)
    assert [r.title for r in rows] == [EXPECTED[1][3], EXPECTED[3][3]]
    assert [r.number for r in rows] == [1, 2]


# -- CSV ---------------------------------------------------------------------------------------

def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_bytes_bom_crlf_and_vietnamese_intact():
    data = csv_bytes(items(), Q3)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 5 and b"\n" not in data.replace(b"\r\n", b"")
    table = read_csv(data)
    assert table[0] == headers()
    assert table[1:] == [
        ["1", UNIT_C, "Hà Văn Bình", "Ngày hội đoàn viên", "20/07/2026", export.yes_no(False),
         "", ""],
        ["2", UNIT_B, "Trần Văn An", "Ký kết thỏa ước lao động tập thể", "30/09/2026",
         export.yes_no(True), "02/10/2026", "https://congdoan.example.vn/tin/3"],
        ["3", UNIT_A, "Đỗ Thị Ánh", "Hội thi “Nữ công giỏi” năm 2026", "14/08/2026",
         export.yes_no(False), "", ""],
        ["4", UNIT_A, "Nông Văn Khánh", "Công đoàn cơ sở tặng quà đoàn viên khó khăn",
         "03/07/2026", export.yes_no(True), "10/07/2026", "https://congdoan.example.vn/tin/1"],
    ]


def test_csv_quotes_commas_and_normalises_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Công đoàn, tin \"mới\"")
    assert decomposed != "Công đoàn, tin \"mới\""
    data = csv_bytes([SentItem("x", date(2026, 7, 1), title=decomposed, unit="A")], Q3)
    assert read_csv(data)[1][3] == "Công đoàn, tin \"mới\""
    assert "Công đoàn, tin \"\"mới\"\"".encode() in data


def test_csv_with_no_items_is_just_the_header():
    assert read_csv(csv_bytes([], Q3)) == [headers()]


def test_headers_go_through_translation(monkeypatch):
    # Vietnamese wording given here; the catalogue's own is checked after the .ts merge.
    fake = {("Export", "Unit"): "Đơn vị", ("Export", "No."): "STT",
            ("Export", "Yes"): "Có", ("Export", "Not yet"): "Chưa"}
    monkeypatch.setitem(i18n._catalogues, "vi", {**i18n._catalogue("vi"), **fake})
    table = read_csv(csv_bytes(items(), Q3))
    assert table[0][:2] == ["STT", "Đơn vị"]
    assert [row[5] for row in table[1:]] == ["Chưa", "Có", "Chưa", "Có"]


def test_vietnamese_headers_from_the_catalogue():
    # Vietnamese wording: runs once the .ts catalogue holds the export strings (after the merge).
    if i18n.translate("Export", "Unit") == "Unit":
        pytest.skip("the Vietnamese catalogue does not hold the export strings yet")
    assert headers() == ["STT", "Đơn vị", "Tác giả", "Tít tin, bài", "Ngày gửi", "Đã đăng",
                         "Ngày đăng", "Đường dẫn"]
    assert (export.yes_no(True), export.yes_no(False)) == ("Có", "Chưa")
    assert list_title(Q3) == "Danh sách tin, bài — Quý III/2026"


def test_english_headers_and_title():
    i18n.set_language("en")
    assert headers() == ["No.", "Unit", "Author", "Title", "Date sent", "Published",
                         "Date published", "Link"]
    assert list_title(Q3) == "List of news items and articles — Quarter III/2026"
    assert list_title(None) == "List of news items and articles"


# -- XLSX --------------------------------------------------------------------------------------

def load(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data)).active


def test_xlsx_reads_back_with_openpyxl():
    sheet = load(xlsx_bytes(items(), Q3))
    assert sheet["A1"].value == list_title(Q3)
    assert sheet["A1"].font.b and sheet["A1"].font.sz == 14
    assert "A1:H1" in {str(r) for r in sheet.merged_cells.ranges}
    assert [c.value for c in sheet[2]] == headers()
    assert all(c.font.b for c in sheet[2])
    assert sheet.freeze_panes == "A3"
    got = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=3)]
    want = [(n, unit, author, title, datetime.combine(sent, datetime.min.time()),
             export.yes_no(pub), datetime.combine(pon, datetime.min.time()) if pon else None,
             link or None) for n, unit, author, title, sent, pub, pon, link in EXPECTED]
    assert got == want
    assert sheet["E3"].number_format == "dd/mm/yyyy" and sheet["E3"].is_date
    units = [row[1] for row in got]
    assert units == sorted(units, key=sort_key)
    assert sheet.column_dimensions["D"].width >= 30
    assert sheet.column_dimensions["A"].width <= 6
    assert sheet.max_row == 6 and sheet.max_column == 8


def test_xlsx_without_title_and_empty():
    sheet = load(xlsx_bytes([], Q3, title=False))
    assert [c.value for c in sheet[1]] == headers()
    assert sheet.max_row == 1 and sheet.freeze_panes == "A2"


def test_xlsx_parts_are_well_formed_xml():
    data = xlsx_bytes(items(), Q3)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml"
        assert {"_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"} <= set(names)
        for name in names:
            ET.fromstring(archive.read(name))
        assert "Print_Titles" in archive.read("xl/workbook.xml").decode()
    assert xlsx_bytes(items(), Q3) == data  # deterministic


def test_xlsx_survives_awkward_text():
    nasty = "A <b> & \"c\" 'd'\x00\x07\x1f end\ud800"
    long_title = "Tin " * 9000
    sheet = load(xlsx_bytes([SentItem("x", date(2026, 7, 1), title=nasty, unit="=1+1",
                                      author=long_title)], Q3))
    assert sheet["D3"].value == "A <b> & \"c\" 'd' end"
    assert sheet["B3"].value == "=1+1" and sheet["B3"].data_type == "s"  # text, not a formula
    assert len(sheet["C3"].value) == 32767


def test_xlsx_dates_before_1900_are_text():
    sheet = load(xlsx_bytes([SentItem("x", date(1899, 12, 31), unit="A")], None))
    assert sheet["E3"].value == "31/12/1899"


def test_csv_and_xlsx_agree():
    table = read_csv(csv_bytes(items(), Q3))[1:]
    sheet = load(xlsx_bytes(items(), Q3))
    for row, cells in zip(table, sheet.iter_rows(min_row=3, values_only=True), strict=True):
        assert row[1:4] == list(cells[1:4])
        assert row[4] == cells[4].strftime("%d/%m/%Y")


# -- files -------------------------------------------------------------------------------------

def test_write_files_atomically(tmp_path):
    csv_path = write_csv(tmp_path / default_file_name(Q3, "csv"), items(), Q3)
    xlsx_path = write_xlsx(tmp_path / default_file_name(Q3, ".xlsx"), items(), Q3)
    assert csv_path.name == "danh-sach-tin-bai-2026-Q3.csv"
    assert xlsx_path.name == "danh-sach-tin-bai-2026-Q3.xlsx"
    assert csv_path.read_bytes() == csv_bytes(items(), Q3)
    assert xlsx_path.read_bytes() == xlsx_bytes(items(), Q3)
    assert sorted(os.listdir(tmp_path)) == sorted([csv_path.name, xlsx_path.name])
    assert default_file_name(None, "csv") == "danh-sach-tin-bai.csv"


def test_write_into_a_missing_folder_is_a_clear_error(tmp_path):
    target = tmp_path / "nope" / "list.csv"
    with pytest.raises(ExportError) as info:
        write_csv(target, items(), Q3)
    assert str(target) in str(info.value)


@pytest.mark.parametrize(("error", "code"), [
    (PermissionError(errno.EACCES, "Permission denied"), "open"),
    (OSError(errno.ENOSPC, "No space left on device"), "full"),
    (OSError(errno.EIO, "Input/output error"), "other"),
])
def test_write_failures_are_clear_errors(tmp_path, monkeypatch, error, code):
    i18n.set_language("en")

    def refuse(path, data, durable=True):
        raise error

    monkeypatch.setattr(export.atomic, "write_bytes", refuse)
    target = tmp_path / "list.xlsx"
    with pytest.raises(ExportError) as info:
        write_xlsx(target, items(), Q3)
    message = str(info.value)
    assert str(target) in message
    assert ("Excel" in message) == (code == "open")
    assert ("disk is full" in message) == (code == "full")
    assert info.value.__cause__ is error
