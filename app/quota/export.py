"""The unit's list of sent items for a period, in the shape of the board's quarterly list,
as CSV and as .xlsx (DESIGN.md §6).

Columns: STT, Đơn vị, Tác giả, Tít tin, bài, Ngày gửi, Đã đăng (Có/Chưa), Ngày đăng, Đường
dẫn; the labels go through the translation catalogue.

Which items: those that count for the quota (app.quota.counted_items: practice items left
out, a submission split into several emails listed once) whose send date falls in the period
(all of them when no period is given; only the published ones with `published_only`).
Order: by unit, then by author as Vietnamese lists of people are ordered (given name, then
family and middle names: app.collation.name_sort_key), then by send date, then by title;
STT numbers the rows in that order.

CSV: UTF-8 with a byte-order mark (so Excel on Windows reads Vietnamese correctly), commas,
CRLF line ends, a header row and no title row (a table for programs as much as for people);
dates as dd/mm/yyyy text.

.xlsx: written here with zipfile and XML (no dependency): one sheet, a bold title row
("Danh sách tin, bài — Quý III/2026") then a bold header row kept in view when scrolling and
repeated on every printed page, column widths fitted to the content, text as inline strings,
dates as real dates shown dd/mm/yyyy (Excel and LibreOffice sort and filter them as dates;
dates before 1 Mar 1900, which Excel cannot hold, are written as dd/mm/yyyy text), printed A4
landscape fitted to the page width. Links are plain text.

Files are written whole or not at all (app.atomicio).
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from app.base import atomic
from app.base.errors import UserError
from app.base.i18n import translate
from app.quota.engine import SentItem, counted_items
from app.quota.periods import Period, capitalised, format_date, period_name
from app.text.collation import name_sort_key, sort_key
from app.text.normalise import nfc

COLUMNS = ("number", "unit", "author", "title", "sent_on", "published", "published_on", "link")
# Column widths in characters: (minimum, maximum) for fitting to the content.
_WIDTHS = {"number": (5, 6), "unit": (16, 40), "author": (14, 28), "title": (30, 70),
           "sent_on": (11, 11), "published": (8, 10), "published_on": (11, 11),
           "link": (12, 50)}
_WRAP = ("unit", "author", "title")
_DATE_COLUMNS = ("sent_on", "published_on")
_MAX_CELL = 32767  # Excel's limit on the characters of a cell
_EXCEL_EPOCH = date(1899, 12, 30)
_FIRST_EXCEL_DATE = date(1900, 3, 1)  # earlier serials are wrong in Excel (its 1900 leap year)
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


class ExportError(UserError):
    """The list could not be written; the message says why and what to do."""

    def __init__(self, message: str, code: str = "export") -> None:
        super().__init__(code, message)


@dataclass(frozen=True)
class ExportRow:
    number: int
    unit: str
    author: str
    title: str
    sent_on: date
    published: bool
    published_on: date | None
    link: str

    def texts(self) -> list[str]:
        """The row as the CSV writes it."""
        return [str(self.number), self.unit, self.author, self.title, format_date(self.sent_on),
                yes_no(self.published),
                format_date(self.published_on) if self.published_on else "", self.link]


def headers() -> list[str]:
    """The column labels, translated ("STT", "Đơn vị", "Tác giả", "Tít tin, bài", …)."""
    return [
        translate("Export", "No."),
        translate("Export", "Unit"),
        translate("Export", "Author"),
        translate("Export", "Title"),
        translate("Export", "Date sent"),
        translate("Export", "Published"),
        translate("Export", "Date published"),
        translate("Export", "Link"),
    ]


def yes_no(published: bool) -> str:
    return translate("Export", "Yes") if published else translate("Export", "Not yet")


def list_title(period: Period | None) -> str:
    """ "Danh sách tin, bài — Quý III/2026" """
    if period is None:
        return translate("Export", "List of news items and articles")
    return translate("Export", "List of news items and articles — {period}").format(
        period=capitalised(period_name(period)))


def export_rows(items: Iterable[SentItem], period: Period | None = None, *,
                published_only: bool = False) -> list[ExportRow]:
    """The rows of the list: counted items sent in `period`, ordered and numbered."""
    chosen = [it for it in counted_items(items).items
              if (period is None or it.sent_on in period)
              and (it.published or not published_only)]
    chosen.sort(key=lambda it: (sort_key(nfc(it.unit)), name_sort_key(nfc(it.author)),
                                it.sent_on, sort_key(nfc(it.title)), it.submission_id))
    return [ExportRow(number=n, unit=_clean(it.unit), author=_clean(it.author),
                      title=_clean(it.title), sent_on=it.sent_on, published=bool(it.published),
                      published_on=it.published_on if it.published else None,
                      link=_clean(it.link))
            for n, it in enumerate(chosen, start=1)]


def _clean(text: str | None) -> str:
    return nfc(text or "").strip()


# -- CSV ------------------------------------------------------------------------------------

def csv_bytes(items: Iterable[SentItem], period: Period | None = None, *,
              published_only: bool = False) -> bytes:
    """The list as CSV: UTF-8 with BOM, commas, CRLF, a header row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers())
    for row in export_rows(items, period, published_only=published_only):
        writer.writerow(row.texts())
    return ("\ufeff" + buffer.getvalue()).encode("utf-8", "replace")


def write_csv(path: str | os.PathLike, items: Iterable[SentItem],
              period: Period | None = None, *, published_only: bool = False) -> Path:
    data = csv_bytes(items, period, published_only=published_only)
    return _write(path, data)


# -- XLSX -----------------------------------------------------------------------------------

_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_CONTENT_TYPES = (
    _XML_HEAD
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.styles+xml"/>'
    "</Types>")

_ROOT_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_NS_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_NS_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>")

_WORKBOOK_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_NS_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_NS_REL}/styles" Target="styles.xml"/>'
    "</Relationships>")

_FONT = '<name val="Times New Roman"/><family val="1"/><charset val="0"/>'
_BORDER = ('<border><left style="thin"><color auto="1"/></left><right style="thin"><color '
           'auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin">'
           '<color auto="1"/></bottom><diagonal/></border>')

# Cell styles (indexes into cellXfs).
_S_DEFAULT, _S_HEADER, _S_TEXT, _S_WRAP, _S_DATE, _S_TITLE, _S_CENTER = range(7)

_STYLES = (
    _XML_HEAD + f'<styleSheet xmlns="{_NS_MAIN}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
    '<fonts count="3">'
    f'<font><sz val="12"/>{_FONT}</font>'
    f'<font><b/><sz val="12"/>{_FONT}</font>'
    f'<font><b/><sz val="14"/>{_FONT}</font>'
    "</fonts>"
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/>'
    "</patternFill></fill></fills>"
    f'<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>{_BORDER}'
    "</borders>"
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="7">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" '
    'applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" '
    'vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" '
    'applyAlignment="1"><alignment vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" '
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" '
    'applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" '
    'applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>")


def _xml_text(text: str) -> str:
    text = _ILLEGAL_XML.sub("", nfc(text))
    if len(text) > _MAX_CELL:
        text = text[:_MAX_CELL]
    return escape(text)


def _column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _text_cell(ref: str, text: str, style: int) -> str:
    if not text:
        return f'<c r="{ref}" s="{style}"/>'
    return (f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
            f"{_xml_text(text)}</t></is></c>")


def _date_cell(ref: str, day: date | None) -> str:
    if day is None:
        return f'<c r="{ref}" s="{_S_DATE}"/>'
    if day < _FIRST_EXCEL_DATE:
        return _text_cell(ref, format_date(day), _S_CENTER)
    return f'<c r="{ref}" s="{_S_DATE}"><v>{(day - _EXCEL_EPOCH).days}</v></c>'


def _sheet_name() -> str:
    name = _SHEET_NAME_BAD.sub(" ", translate("Export", "List")).strip().strip("'")[:31]
    return name or "Sheet1"


def _widths(head: list[str], rows: list[ExportRow]) -> list[float]:
    longest = [len(label) for label in head]
    for row in rows:
        longest = [max(n, len(text)) for n, text in zip(longest, row.texts(), strict=True)]
    return [float(min(_WIDTHS[c][1], max(_WIDTHS[c][0], n + 2)))
            for c, n in zip(COLUMNS, longest, strict=True)]


def xlsx_bytes(items: Iterable[SentItem], period: Period | None = None, *,
               title: bool = True, published_only: bool = False) -> bytes:
    """The list as an Office Open XML workbook (opens in Excel and LibreOffice)."""
    rows = export_rows(items, period, published_only=published_only)
    head = headers()
    last_col = _column_letter(len(COLUMNS) - 1)
    header_row = 2 if title else 1
    last_row = header_row + len(rows)

    xml_rows: list[str] = []
    if title:
        xml_rows.append(f'<row r="1" ht="24" customHeight="1">'
                        f'{_text_cell("A1", list_title(period), _S_TITLE)}</row>')
    cells = "".join(_text_cell(f"{_column_letter(i)}{header_row}", label, _S_HEADER)
                    for i, label in enumerate(head))
    xml_rows.append(f'<row r="{header_row}">{cells}</row>')
    for offset, row in enumerate(rows, start=1):
        r = header_row + offset
        out = [f'<c r="A{r}" s="{_S_CENTER}"><v>{row.number}</v></c>']
        for i, column in enumerate(COLUMNS[1:], start=1):
            ref = f"{_column_letter(i)}{r}"
            value = getattr(row, column)
            if column in _DATE_COLUMNS:
                out.append(_date_cell(ref, value))
            elif column == "published":
                out.append(_text_cell(ref, yes_no(value), _S_CENTER))
            else:
                out.append(_text_cell(ref, value, _S_WRAP if column in _WRAP else _S_TEXT))
        xml_rows.append(f'<row r="{r}">{"".join(out)}</row>')

    cols = "".join(f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>'
                   for i, w in enumerate(_widths(head, rows), start=1))
    merge = (f'<mergeCells count="1"><mergeCell ref="A1:{last_col}1"/></mergeCells>'
             if title else "")
    sheet = (
        _XML_HEAD + f'<worksheet xmlns="{_NS_MAIN}" xmlns:r="{_NS_REL}">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="A1:{last_col}{last_row}"/>'
        '<sheetViews><sheetView workbookViewId="0">'
        f'<pane ySplit="{header_row}" topLeftCell="A{header_row + 1}" activePane="bottomLeft" '
        'state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15.75"/>'
        f"<cols>{cols}</cols>"
        f'<sheetData>{"".join(xml_rows)}</sheetData>'
        f"{merge}"
        '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" '
        'footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
        "</worksheet>")

    sheet_name = _sheet_name()
    quoted = "'" + sheet_name.replace("'", "''") + "'"
    workbook = (
        _XML_HEAD + f'<workbook xmlns="{_NS_MAIN}" xmlns:r="{_NS_REL}">'
        "<bookViews><workbookView/></bookViews>"
        f'<sheets><sheet name={quoteattr(sheet_name)} sheetId="1" r:id="rId1"/></sheets>'
        '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'
        f"{escape(quoted)}!${header_row}:${header_row}</definedName></definedNames>"
        "</workbook>")

    parts = (
        ("[Content_Types].xml", _CONTENT_TYPES),
        ("_rels/.rels", _ROOT_RELS),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
        ("xl/styles.xml", _STYLES),
        ("xl/worksheets/sheet1.xml", sheet),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def write_xlsx(path: str | os.PathLike, items: Iterable[SentItem],
               period: Period | None = None, *, title: bool = True,
               published_only: bool = False) -> Path:
    data = xlsx_bytes(items, period, title=title, published_only=published_only)
    return _write(path, data)


def default_file_name(period: Period | None, extension: str) -> str:
    """ASCII file name for the list: "danh-sach-tin-bai-2026-Q3.xlsx"."""
    stem = "danh-sach-tin-bai" + (f"-{period.key}" if period else "")
    return f"{stem}.{extension.lstrip('.')}"


def _write(path: str | os.PathLike, data: bytes) -> Path:
    path = Path(path)
    try:
        atomic.write_bytes(path, data)
    except OSError as exc:
        if atomic.is_disk_full(exc):
            message = translate(
                "Export", "The disk is full: {path} was not written. Free some space and try "
                "again.")
        elif not path.parent.is_dir():
            message = translate(
                "Export", "The folder of {path} does not exist; choose another place.")
        elif atomic.is_read_only(exc):
            message = translate(
                "Export", "{path} cannot be written: if it is open in Excel, close it and try "
                "again, or choose another place.")
        else:
            message = translate("Export", "{path} cannot be written ({error}).")
        raise ExportError(message.format(path=path, error=exc.strerror or exc)) from exc
    return path
