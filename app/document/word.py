"""The article as a .docx laid out like the board's template; no photo inside (board's rule).

python-docx is imported on first use (it is slow to import). The file is made reproducible:
fixed document properties and fixed zip timestamps, so building twice gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from app.document.render import Document

FONT = "Times New Roman"  # the administrative standard font in Vietnam
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def build_docx(doc: Document, *, created_at: str, title: str) -> bytes:
    import docx  # seam: python-docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(docx.oxml.ns.qn("w:rFonts"))
    if rfonts is not None:
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(docx.oxml.ns.qn(attr), FONT)

    heading = d.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(doc.heading.upper())
    run.bold = True

    for f in doc.fields:
        p = d.add_paragraph()
        label = p.add_run(f"{f.number}. {f.label}")
        label.bold = True
        if f.key in ("body", "captions"):
            label.add_text(":")
            for line in f.lines:
                body = d.add_paragraph(line)
                if f.key == "body":
                    body.paragraph_format.first_line_indent = Pt(28)
                    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            p.add_run(": " + f.lines[0])

    d.add_paragraph(doc.photos_note).runs[0].italic = True
    p = d.add_paragraph()
    p.add_run(doc.approval_heading + ": ").bold = True
    p.add_run(doc.approval)
    if doc.checks:
        d.add_paragraph().add_run(doc.check_heading + ":").bold = True
        for line in doc.checks:
            d.add_paragraph(line)
    foot = d.add_paragraph(doc.footer)
    foot.runs[0].font.size = Pt(9)

    created = datetime.fromisoformat(created_at).replace(tzinfo=None, microsecond=0)
    props = d.core_properties
    props.author = "TinBài"
    props.last_modified_by = "TinBài"
    props.title = title
    props.created = created
    props.modified = created
    props.revision = 1
    props.last_printed = created

    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps and attributes: reproducible bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
