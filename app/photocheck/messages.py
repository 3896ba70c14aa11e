"""Every sentence the photo check shows, keyed by stable reason codes.

Texts are English source strings marked for Qt's lupdate (context "PhotoCheck"); they are
translated when a reason is made, so the current language applies. Values go in with
`.format()` after translation.
"""

from __future__ import annotations

from collections.abc import Callable

from app.base.i18n import translate
from app.photocheck.report import ERROR, OK, REJECT, REVIEW, Reason


# Remedies shared by several reasons.
def _copy_from_phone() -> str:
    return translate("PhotoCheck", "Copy the photo straight from the phone with a USB cable.")


def _copy_again() -> str:
    return translate("PhotoCheck", "Copy the photo from the phone or camera again.")


def _as_taken() -> str:
    return translate(
        "PhotoCheck", "Send the photo as it came from the phone or camera, before any editing.")


def _full_size() -> str:
    return translate(
        "PhotoCheck", "Send the full-size photo as it came from the phone or camera.")


def _look_again() -> str:
    return translate(
        "PhotoCheck",
        "Check that this is the file the phone or camera made; if it is, you can send it.")


def _try_again() -> str:
    return translate(
        "PhotoCheck",
        "Try again; if it happens again, send the photo with a note explaining where it comes "
        "from.")


def _send_as_file() -> str:
    return translate(
        "PhotoCheck",
        "Ask for the photo to be sent as a file; in Zalo, send it as a file or choose the "
        "original (HD) photo.")


_Text = Callable[[], str]

_CATALOGUE: dict[str, tuple[str, _Text, _Text]] = {
    # The file cannot be read.
    "not-found": (
        ERROR,
        lambda: translate("PhotoCheck", "The file cannot be found."),
        lambda: translate(
            "PhotoCheck",
            "Check that the phone or USB stick is still connected, then add the photo again."),
    ),
    "not-a-file": (
        ERROR,
        lambda: translate("PhotoCheck", "This is a folder, not a photo file."),
        lambda: translate("PhotoCheck", "Open the folder and choose the photos inside it."),
    ),
    "unreadable": (
        ERROR,
        lambda: translate("PhotoCheck", "The file cannot be opened."),
        lambda: translate(
            "PhotoCheck",
            "Close any program that is using the photo, or copy it to the computer first, "
            "then add it again."),
    ),
    "empty-file": (
        ERROR,
        lambda: translate("PhotoCheck", "The file is empty (0 bytes)."),
        _copy_again,
    ),
    "too-large": (
        ERROR,
        lambda: translate("PhotoCheck", "The file is far too large to be a photo."),
        lambda: translate(
            "PhotoCheck", "Choose the photo file that the phone or camera made."),
    ),
    "too-many-pixels": (
        ERROR,
        lambda: translate(
            "PhotoCheck",
            "The picture claims to be far larger than any camera photo, so it was not opened."),
        lambda: translate(
            "PhotoCheck", "Choose the photo file that the phone or camera made."),
    ),
    "damaged": (
        ERROR,
        lambda: translate("PhotoCheck", "The photo file is damaged or incomplete."),
        _copy_again,
    ),
    "not-an-image": (
        ERROR,
        lambda: translate("PhotoCheck", "This file is not a photo."),
        lambda: translate(
            "PhotoCheck", "Choose a photo (JPEG or HEIC) taken by a phone or camera."),
    ),
    "internal-error": (
        ERROR,
        lambda: translate(
            "PhotoCheck", "The photo could not be checked because of a fault in this program."),
        _try_again,
    ),
    # Hard signals: not an original.
    "not-camera-format": (
        REJECT,
        lambda: translate(
            "PhotoCheck",
            "This is a {format} file, not a photo as a phone or camera saves it (JPEG or "
            "HEIC)."),
        lambda: translate(
            "PhotoCheck",
            "Choose the photo the phone or camera took, not a screenshot or a converted copy."),
    ),
    "no-exif": (
        REJECT,
        lambda: translate(
            "PhotoCheck",
            "The file has no camera information (EXIF): it was saved again by a program or "
            "app."),
        _copy_from_phone,
    ),
    "exif-damaged": (
        REJECT,
        lambda: translate(
            "PhotoCheck", "The camera information (EXIF) in the file is damaged."),
        _copy_again,
    ),
    "no-camera": (
        REJECT,
        lambda: translate(
            "PhotoCheck",
            "The file does not say which phone or camera took it: the camera information was "
            "removed or replaced."),
        _copy_from_phone,
    ),
    "editor-software": (
        REJECT,
        lambda: translate(
            "PhotoCheck", "The photo was saved by a photo editing program or app: {name}."),
        _as_taken,
    ),
    "photoshop-block": (
        REJECT,
        lambda: translate(
            "PhotoCheck",
            "The file contains data written by Adobe Photoshop or a similar editing program."),
        _as_taken,
    ),
    "social-network": (
        REJECT,
        lambda: translate(
            "PhotoCheck",
            "The photo was downloaded from a social network (Facebook or similar), which "
            "compresses photos."),
        lambda: translate(
            "PhotoCheck", "Ask the person who took the photo to send you the original file."),
    ),
    "size-mismatch": (
        REJECT,
        lambda: translate(
            "PhotoCheck",
            "The picture is {real} pixels but the camera recorded {recorded}: it was resized "
            "or cropped."),
        _full_size,
    ),
    "re-encoded": (
        REJECT,
        lambda: translate(
            "PhotoCheck",
            "The picture was compressed again by a computer program; only the camera "
            "information was copied over."),
        _copy_from_phone,
    ),
    # Soft signals: a person should look.
    "camera-incomplete": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The file names the phone or camera only in part (its make or model is missing)."),
        _look_again,
    ),
    "size-rotated": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The picture is {real} pixels but the camera recorded {recorded}: it may have "
            "been turned or trimmed by a program."),
        lambda: translate(
            "PhotoCheck",
            "Send the photo as it came from the phone or camera, without turning or "
            "cropping it."),
    ),
    "no-makernote": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The camera maker's own notes (MakerNote) are missing from the file: a program "
            "may have rewritten it."),
        _copy_from_phone,
    ),
    "thumbnail-mismatch": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The small preview the camera stored in the file does not match the picture: it "
            "was probably cropped or turned."),
        lambda: translate(
            "PhotoCheck",
            "Send the photo as it came from the phone or camera, without turning or "
            "cropping it."),
    ),
    "encoder-layout": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The picture data is laid out the way computer programs save JPEG files, not the "
            "way most cameras do."),
        _look_again,
    ),
    "metadata-edited": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The photo's details were changed on a computer (for example a rating or tags were "
            "added)."),
        _copy_from_phone,
    ),
    "iptc-block": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The file contains caption or copyright details (IPTC), usually added by a "
            "program."),
        _look_again,
    ),
    "messenger-name": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The file name is the kind {app} gives to photos it received: the photo was "
            "probably compressed on the way."),
        _send_as_file,
    ),
    "screenshot-name": (
        REVIEW,
        lambda: translate("PhotoCheck", "The file name says it is a screenshot."),
        lambda: translate("PhotoCheck", "Send the photo itself, not a screenshot of it."),
    ),
    "small-image": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The picture is small ({long} pixels on its long side); photos from phones and "
            "cameras are larger."),
        _full_size,
    ),
}

CODES = tuple(_CATALOGUE)

# Within one severity, the reasons that explain most come first (the first is the "main
# reason" shown in lists).
PRIORITY = (
    "not-found", "not-a-file", "unreadable", "empty-file", "too-large", "too-many-pixels",
    "not-an-image", "damaged", "internal-error",
    "not-camera-format", "editor-software", "social-network", "photoshop-block",
    "size-mismatch", "re-encoded", "no-exif", "exif-damaged", "no-camera",
    "thumbnail-mismatch", "size-rotated", "messenger-name", "screenshot-name",
    "metadata-edited", "encoder-layout", "no-makernote", "iptc-block", "camera-incomplete",
    "small-image",
)
_ORDER = {code: i for i, code in enumerate(PRIORITY)}
_SEVERITY_RANK = {ERROR: 0, REJECT: 1, REVIEW: 2}


def sort_reasons(reasons: list[Reason]) -> list[Reason]:
    """Most serious first; within a severity, the most telling first."""
    return sorted(reasons, key=lambda r: (_SEVERITY_RANK.get(r.severity, 3),
                                          _ORDER.get(r.code, len(_ORDER))))


def severity_of(code: str) -> str:
    return _CATALOGUE[code][0]


def make_reason(code: str, **values: object) -> Reason:
    """The reason `code` in the current language, with `{name}` placeholders filled in."""
    severity, message, remedy = _CATALOGUE[code]
    text = message()
    strings = {k: str(v) for k, v in values.items()}
    if strings:
        text = text.format(**strings)
    return Reason(code=code, message=text, remedy=remedy(), severity=severity,
                  values=tuple(sorted(strings.items())))


def reason_texts(reason: Reason) -> tuple[str, str]:
    """(message, remedy) of a stored reason in the current language; the stored words when
    the code is unknown (a report made by another version)."""
    if reason.code not in _CATALOGUE:
        return reason.message, reason.remedy
    try:
        again = make_reason(reason.code, **dict(reason.values))
    except (KeyError, IndexError):
        return reason.message, reason.remedy
    return again.message, again.remedy


def verdict_label(verdict: str) -> str:
    """The verdict as a short word for tables and lists."""
    if verdict == OK:
        return translate("PhotoCheck", "Original")
    if verdict == REVIEW:
        return translate("PhotoCheck", "Needs a look")
    if verdict == REJECT:
        return translate("PhotoCheck", "Not original")
    return translate("PhotoCheck", "Cannot check")
