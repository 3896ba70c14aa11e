"""From measured evidence to reasons. Pure: no file access, no decoding.

Hard signals (reject) each hold for every camera original in the development corpus; soft
signals (review) ask a person to look. The encoder's fingerprint on its own is never more
than a review: some Android camera stacks are built on libjpeg.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.base.filetype import HEIF, JPEG
from app.photocheck import credentials, names, software
from app.photocheck.app13 import App13Facts
from app.photocheck.exif import ExifFacts
from app.photocheck.jpeg_markers import JpegLayout, libjpeg_layout
from app.photocheck.messages import encode_actions, make_reason
from app.photocheck.report import Reason
from app.photocheck.thumbnail import ThumbnailResult
from app.photocheck.xmp import XmpFacts

MIN_LONG_SIDE = 1200
SIZE_SLACK = 16  # pixels a lossless rotation with -trim can drop (one MCU)

# Makes whose cameras (nearly) always write a MakerNote. Lower-case prefixes of EXIF Make.
MAKERNOTE_MAKES = ("canon", "nikon", "sony", "fujifilm", "olympus", "om digital", "panasonic",
                   "pentax", "ricoh", "leica", "sigma", "casio", "minolta", "konica minolta")
# Apple phones write one since iOS 7 or so; be sure with iOS 8 and later.
APPLE_MAKERNOTE_FROM_IOS = 8


@dataclass
class Evidence:
    """Everything measured about one file, before any judgement."""

    file_name: str
    format: str | None
    width: int | None = None
    height: int | None = None
    exif: ExifFacts | None = None
    exif_damaged: bool = False
    xmp: XmpFacts | None = None
    app13: App13Facts | None = None
    jpeg: JpegLayout | None = None
    app_ids: list[tuple[int, str]] = field(default_factory=list)  # (n, identifier) of APPn
    thumbnail_layout: JpegLayout | None = None  # the EXIF preview's structure
    thumbnail_libjpeg: bool = False  # the EXIF preview has the IJG libjpeg layout too
    mpf_pictures: int | None = None  # pictures the MPF index lists that are all really there


def evaluate(ev: Evidence) -> list[Reason]:
    """Reasons from headers and metadata (the preview comparison is `thumbnail_reason`)."""
    reasons: list[Reason] = []
    if ev.format not in (JPEG, HEIF):
        reasons.append(make_reason("not-camera-format", format=ev.format))
        reasons += _name_reasons(ev.file_name)
        return reasons
    reasons += _exif_reasons(ev)
    reasons += _program_reasons(ev)
    reasons += _size_reasons(ev)
    reasons += _layout_reasons(ev)
    reasons += _name_reasons(ev.file_name)
    long_side = max(ev.width or 0, ev.height or 0)
    if 0 < long_side < MIN_LONG_SIDE:
        reasons.append(make_reason("small-image", long=long_side))
    return _unique(reasons)


def thumbnail_reason(result: ThumbnailResult) -> Reason | None:
    if result.checked and not result.matches:
        return make_reason("thumbnail-mismatch")
    return None


def credential_reasons(summary: dict | None) -> list[Reason]:
    """What a photo's content credentials (C2PA, `credentials.read_credentials`) say.

    A valid record of edits or of AI → not original; a record that fails validation → a
    person looks; a valid camera record → a finding in the photo's favour (severity ok): it
    is shown, and never outweighs another reason. No credentials → nothing: most cameras and
    phones write none.
    """
    if not summary or not summary.get("state"):
        return []
    state = summary["state"]
    if state == "unchecked":
        return [make_reason("c2pa-unchecked")]
    if state in ("invalid", "damaged"):
        return [make_reason("c2pa-invalid", problem=summary.get("problem") or "other")]
    actions = summary.get("actions") or []
    kind = summary.get("kind")
    if kind == "ai":
        shown = [a for a in actions if credentials.is_ai(a)] or actions
        return [make_reason("c2pa-ai", editor=summary.get("editor") or "",
                            actions=encode_actions(shown))]
    if kind == "edited":
        shown = [a for a in actions
                 if credentials.is_edit(a) or credentials.is_made_by_program(a)] or actions
        return [make_reason("c2pa-edited", editor=summary.get("editor") or "",
                            actions=encode_actions(shown))]
    if kind == "capture":
        return [make_reason("c2pa-capture", signer=summary.get("signer") or "",
                            device=summary.get("device") or "",
                            trust="trusted" if summary.get("trusted") else "untrusted")]
    return []


def _unique(reasons: list[Reason]) -> list[Reason]:
    seen: set[str] = set()
    out = []
    for r in reasons:
        if r.code not in seen:
            seen.add(r.code)
            out.append(r)
    return out


def has_camera(exif: ExifFacts | None) -> bool:
    return bool(exif and (exif.make or exif.model))


def _exif_reasons(ev: Evidence) -> list[Reason]:
    if ev.exif_damaged:
        return [make_reason("exif-damaged")]
    exif = ev.exif
    if exif is None:
        return [make_reason("no-exif")]
    out = []
    if not exif.make and not exif.model:
        out.append(make_reason("no-camera"))
    elif not exif.make or not exif.model:
        out.append(make_reason("camera-incomplete"))
    if exif.make and exif.has_makernote is False and makernote_expected(exif):
        out.append(make_reason("no-makernote"))
    return out


def makernote_expected(exif: ExifFacts) -> bool:
    make = (exif.make or "").strip().lower()
    if make.startswith(MAKERNOTE_MAKES) and not make.startswith("sony ericsson"):
        return True
    if make == "apple":
        major = (exif.software or "").split(".", 1)[0]
        return major.isdigit() and int(major) >= APPLE_MAKERNOTE_FROM_IOS
    return False


def software_values(ev: Evidence) -> list[str]:
    """Every value that names the program that wrote the file, most telling first."""
    values: list[str] = []
    if ev.exif:
        values += [v for v in (ev.exif.software, ev.exif.processing_software) if v]
    if ev.xmp:
        values += [v for v in (ev.xmp.creator_tool, ev.xmp.software) if v]
        values += ev.xmp.history_agents
    return values


def _program_reasons(ev: Evidence) -> list[Reason]:
    out = []
    make = ev.exif.make if ev.exif else None
    model = ev.exif.model if ev.exif else None
    for value in software_values(ev):
        if software.classify(value, make, model).is_editor:
            out.append(make_reason("editor-software", name=value))
            break
    else:
        if ev.xmp and ev.xmp.camera_raw:
            out.append(make_reason("editor-software", name="Adobe Camera Raw"))
    if ev.app13:
        if ev.app13.social:
            out.append(make_reason("social-network"))
        if ev.app13.photoshop:
            out.append(make_reason("photoshop-block"))
        elif ev.app13.iptc and not ev.app13.social:
            out.append(make_reason("iptc-block"))
    if ev.xmp and ev.xmp.microsoft_photo:
        out.append(make_reason("metadata-edited"))
    return out


def recorded_size(exif: ExifFacts | None) -> tuple[int, int] | None:
    if exif is None:
        return None
    if exif.pixel_width and exif.pixel_height:
        return exif.pixel_width, exif.pixel_height
    if exif.ifd0_width and exif.ifd0_height:
        return exif.ifd0_width, exif.ifd0_height
    return None


def _size_reasons(ev: Evidence) -> list[Reason]:
    recorded = recorded_size(ev.exif)
    if recorded is None or not ev.width or not ev.height:
        return []
    real = (ev.width, ev.height)
    if recorded == real:
        return []
    values = {"real": f"{real[0]} × {real[1]}", "recorded": f"{recorded[0]} × {recorded[1]}"}
    swapped = (recorded[1], recorded[0])
    if ev.format == HEIF:
        # HEIF stores the picture as tiles with their own rotation rules; phones record the
        # sensor's orientation. Only a difference beyond a turn is worth a look.
        if sorted(recorded) == sorted(real):
            return []
        return [make_reason("size-rotated", **values)]
    if swapped == real or _close(recorded, real) or _close(swapped, real):
        return [make_reason("size-rotated", **values)]
    return [make_reason("size-mismatch", **values)]


def _close(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return abs(a[0] - b[0]) < SIZE_SLACK and abs(a[1] - b[1]) < SIZE_SLACK


def _layout_reasons(ev: Evidence) -> list[Reason]:
    """The JPEG encoder's fingerprint beside camera EXIF.

    libjpeg (Pillow, ImageMagick, GIMP, cjpeg...) writes a JFIF header first, then the
    markers it was given (the copied EXIF), then one table per DQT and DHT segment. Camera
    firmware starts with EXIF and groups its tables. The full libjpeg signature with a JFIF
    header ahead of camera EXIF means the picture was compressed again and the camera's
    EXIF copied over — unless the camera's own preview has the libjpeg layout too (then the
    phone itself may use libjpeg, and a person should decide).
    """
    layout = ev.jpeg
    if layout is None or not has_camera(ev.exif):
        return []
    libjpeg = libjpeg_layout(layout)
    adobe = any(n == 14 and ident.startswith("Adobe") for n, ident in ev.app_ids)
    if libjpeg and not layout.progressive and not adobe and ev.mpf_pictures:
        # Some Android camera stacks are built on libjpeg, but no program that compresses a
        # picture again (or turns it losslessly) keeps the pictures after its end that the
        # camera's MPF index lists: with all of them there, the layout is the camera's.
        return []
    if libjpeg and jfif_before_exif(ev.app_ids) and not ev.thumbnail_libjpeg:
        return [make_reason("re-encoded")]
    if libjpeg or adobe or layout.progressive:
        return [make_reason("encoder-layout")]
    return []


def lossless_rewrite_possible(ev: Evidence) -> bool:
    """Could the picture have been cropped or turned without being compressed again?

    Only libjpeg's lossless transformations do that (jpegtran, and the programs built on its
    transupp code: IrfanView, XnView, digiKam, Windows tools based on it...), and they write
    the tables back the libjpeg way, one per segment. A file whose tables are still grouped
    as the camera wrote them was not rewritten by them, so its preview need not be compared
    (a costly decode of the whole picture) and a camera preview that is not a plain copy of
    the picture raises no needless doubt.
    """
    layout = ev.jpeg
    if layout is None:
        return False
    adobe = any(n == 14 and ident.startswith("Adobe") for n, ident in ev.app_ids)
    return libjpeg_layout(layout) or layout.progressive or adobe


def jfif_before_exif(app_ids: list[tuple[int, str]]) -> bool:
    jfif = next((i for i, (n, ident) in enumerate(app_ids) if n == 0 and ident == "JFIF"), None)
    exif = next((i for i, (n, ident) in enumerate(app_ids) if n == 1 and ident == "Exif"), None)
    return jfif is not None and exif is not None and jfif < exif


def _name_reasons(file_name: str) -> list[Reason]:
    app = names.messenger_app(file_name)
    out = []
    if app:
        out.append(make_reason("messenger-name", app=app))
    if names.is_screenshot_name(file_name):
        out.append(make_reason("screenshot-name"))
    return out
