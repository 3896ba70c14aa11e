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
    # Content credentials (C2PA): what the photo's own signed record says.
    "c2pa-ai": (
        REJECT,
        lambda: translate(
            "PhotoCheck",
            "The photo's content credentials say it was made or changed with artificial "
            "intelligence ({editor}): {actions}."),
        _as_taken,
    ),
    "c2pa-edited": (
        REJECT,
        lambda: translate(
            "PhotoCheck",
            "The photo's content credentials say it was edited with {editor}: {actions}."),
        _as_taken,
    ),
    "c2pa-invalid": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The photo carries content credentials, but they do not check out: {problem}."),
        lambda: translate(
            "PhotoCheck",
            "Copy the photo from the phone or camera again; if this stays, ask where the file "
            "comes from."),
    ),
    "c2pa-unchecked": (
        REVIEW,
        lambda: translate(
            "PhotoCheck",
            "The photo carries content credentials, but this computer could not check them."),
        _look_again,
    ),
    # Not a doubt: signed evidence in the photo's favour (shown, never a verdict by itself).
    "c2pa-capture": (
        OK,
        lambda: translate(
            "PhotoCheck",
            "The photo's content credentials, signed by {signer}, say that {device} took it "
            "and that it has not changed since. {trust}"),
        lambda: "",
    ),
}

CODES = tuple(_CATALOGUE)

# Within one severity, the reasons that explain most come first (the first is the "main
# reason" shown in lists).
PRIORITY = (
    "not-found", "not-a-file", "unreadable", "empty-file", "too-large", "too-many-pixels",
    "not-an-image", "damaged", "internal-error",
    "c2pa-ai", "c2pa-edited", "c2pa-invalid",
    "not-camera-format", "editor-software", "social-network", "photoshop-block",
    "size-mismatch", "re-encoded", "no-exif", "exif-damaged", "no-camera",
    "thumbnail-mismatch", "size-rotated", "messenger-name", "screenshot-name",
    "metadata-edited", "encoder-layout", "no-makernote", "iptc-block", "camera-incomplete",
    "small-image", "c2pa-unchecked", "c2pa-capture",
)
_ORDER = {code: i for i, code in enumerate(PRIORITY)}
_SEVERITY_RANK = {ERROR: 0, REJECT: 1, REVIEW: 2, OK: 3}


def sort_reasons(reasons: list[Reason]) -> list[Reason]:
    """Most serious first; within a severity, the most telling first."""
    return sorted(reasons, key=lambda r: (_SEVERITY_RANK.get(r.severity, 3),
                                          _ORDER.get(r.code, len(_ORDER))))


def severity_of(code: str) -> str:
    return _CATALOGUE[code][0]


def is_positive(reason: Reason) -> bool:
    """A finding in the photo's favour (severity ok): shown, but no doubt and no verdict."""
    return reason.severity == OK


def make_reason(code: str, **values: object) -> Reason:
    """The reason `code` in the current language, with `{name}` placeholders filled in.

    The values are kept as given (codes, not words) so that the reason can be said again in
    another language; a few codes turn them into words first (`_DISPLAY`)."""
    severity, message, remedy = _CATALOGUE[code]
    text = message()
    strings = {k: str(v) for k, v in values.items()}
    if strings:
        shown = _DISPLAY[code](strings) if code in _DISPLAY else strings
        text = text.format(**shown)
    return Reason(code=code, message=text, remedy=remedy(), severity=severity,
                  values=tuple(sorted(strings.items())))


# Content credentials in words -------------------------------------------------------------

_ACTIONS: dict[str, _Text] = {
    "c2pa.color_adjustments": lambda: translate("PhotoCheck", "colours adjusted"),
    "c2pa.cropped": lambda: translate("PhotoCheck", "cropped"),
    "c2pa.edited": lambda: translate("PhotoCheck", "edited"),
    "c2pa.edited.metadata": lambda: translate("PhotoCheck", "details changed"),
    "c2pa.resized": lambda: translate("PhotoCheck", "resized"),
    "c2pa.orientation": lambda: translate("PhotoCheck", "turned"),
    "c2pa.filtered": lambda: translate("PhotoCheck", "filter applied"),
    "c2pa.drawing": lambda: translate("PhotoCheck", "drawn on"),
    "c2pa.placed": lambda: translate("PhotoCheck", "something placed into it"),
    "c2pa.removed": lambda: translate("PhotoCheck", "something removed"),
    "c2pa.redacted": lambda: translate("PhotoCheck", "parts hidden"),
    "c2pa.converted": lambda: translate("PhotoCheck", "converted to another format"),
    "c2pa.transcoded": lambda: translate("PhotoCheck", "compressed again"),
    "c2pa.repackaged": lambda: translate("PhotoCheck", "repackaged"),
    "c2pa.published": lambda: translate("PhotoCheck", "published"),
    "c2pa.watermarked": lambda: translate("PhotoCheck", "watermarked"),
    "c2pa.created": lambda: translate("PhotoCheck", "created"),
    "c2pa.opened": lambda: translate("PhotoCheck", "opened"),
    "c2pa.unknown": lambda: translate("PhotoCheck", "changed in an unknown way"),
}
_SOURCES: dict[str, _Text] = {
    "trainedAlgorithmicMedia": lambda: translate("PhotoCheck", "generated by AI"),
    "compositeWithTrainedAlgorithmicMedia": lambda: translate(
        "PhotoCheck", "partly generated by AI"),
    "algorithmicMedia": lambda: translate("PhotoCheck", "generated by a program"),
    "compositeSynthetic": lambda: translate("PhotoCheck", "combined with generated content"),
    "algorithmicallyEnhanced": lambda: translate("PhotoCheck", "enhanced by AI"),
    "screenCapture": lambda: translate("PhotoCheck", "a screenshot"),
    "digitalCreation": lambda: translate("PhotoCheck", "drawn on a computer"),
    "virtualRecording": lambda: translate("PhotoCheck", "a recording of a virtual scene"),
    "composite": lambda: translate("PhotoCheck", "put together from several pictures"),
    "negativeFilm": lambda: translate("PhotoCheck", "a scan of a film negative"),
    "positiveFilm": lambda: translate("PhotoCheck", "a scan of a slide"),
    "print": lambda: translate("PhotoCheck", "a scan of a print"),
    "digitalCapture": lambda: translate("PhotoCheck", "taken by a camera"),
    "computationalCapture": lambda: translate("PhotoCheck", "taken by a phone camera"),
    "compositeCapture": lambda: translate("PhotoCheck", "several camera shots combined"),
}
_PROBLEMS: dict[str, _Text] = {
    "changed": lambda: translate("PhotoCheck", "the file was changed after it was signed"),
    "signature": lambda: translate("PhotoCheck", "the signature is broken"),
    "expired": lambda: translate(
        "PhotoCheck", "the signer's certificate had expired or was withdrawn"),
    "altered": lambda: translate("PhotoCheck", "the credentials themselves were altered"),
    "damaged": lambda: translate("PhotoCheck", "the credentials are damaged and cannot be read"),
    "other": lambda: translate("PhotoCheck", "they failed validation"),
}


def action_words(action: str, source: str = "") -> str:
    """One C2PA action as a few plain words ("cropped", "generated by AI")."""
    if source and source in _SOURCES and (source not in ("digitalCapture",
                                                         "computationalCapture")
                                          or action == "c2pa.created"):
        return _SOURCES[source]()
    if action in _ACTIONS:
        return _ACTIONS[action]()
    return action.removeprefix("c2pa.").replace("_", " ")


def actions_words(encoded: str) -> str:
    """Actions kept as "action|source action|source …" as a list of words, repeats once."""
    words: list[str] = []
    for item in encoded.split():
        action, _, source = item.partition("|")
        word = action_words(action, source)
        if word not in words:
            words.append(word)
    return ", ".join(words)


def encode_actions(actions: list[dict[str, str]]) -> str:
    """The inverse of `actions_words`' input: how a reason keeps its actions."""
    return " ".join(f"{a['action']}|{a['source']}" if a.get("source") else a["action"]
                    for a in actions if a.get("action"))


def problem_words(problem: str) -> str:
    return (_PROBLEMS.get(problem) or _PROBLEMS["other"])()


def _unknown(value: str) -> str:
    return value or translate("PhotoCheck", "an unnamed program")


def _c2pa_display(values: dict[str, str]) -> dict[str, str]:
    out = dict(values)
    if "actions" in out:
        out["actions"] = actions_words(out["actions"])
    if "editor" in out:
        out["editor"] = _unknown(out["editor"])
    if "problem" in out:
        out["problem"] = problem_words(out["problem"])
    if "signer" in out:
        out["signer"] = out["signer"] or translate("PhotoCheck", "an unnamed signer")
    if "device" in out:
        out["device"] = out["device"] or translate("PhotoCheck", "the camera")
    if "trust" in out:
        out["trust"] = trust_words(out["trust"] == "trusted")
    return out


def trust_words(trusted: bool) -> str:
    if trusted:
        return translate("PhotoCheck", "The signer is on the trust list of content "
                                       "credentials.")
    return translate("PhotoCheck", "The signer is not on the trust list, so who signed "
                                   "cannot be confirmed.")


_DISPLAY: dict[str, Callable[[dict[str, str]], dict[str, str]]] = {
    code: _c2pa_display for code in ("c2pa-ai", "c2pa-edited", "c2pa-invalid", "c2pa-capture")
}


def credentials_lines(summary: dict | None) -> list[tuple[str, str]]:
    """(label, value) lines that describe a photo's content credentials (details panel,
    email): validity and trust, signer, claim generator, actions. Empty without any."""
    if not summary or not summary.get("state"):
        return []
    state = summary["state"]
    if state == "trusted":
        validity = translate("PhotoCheck", "valid, signer on the trust list")
    elif state == "valid":
        validity = translate("PhotoCheck", "valid, signer not on the trust list")
    elif state == "unchecked":
        validity = translate("PhotoCheck", "not checked on this computer")
    else:
        validity = translate("PhotoCheck", "not valid: {problem}").format(
            problem=problem_words(summary.get("problem") or "other"))
    lines = [(translate("PhotoCheck", "Content credentials (C2PA)"), validity)]
    if summary.get("signer"):
        signer = summary["signer"]
        if summary.get("issuer") and summary["issuer"] != signer:
            signer = f"{signer} ({summary['issuer']})"
        lines.append((translate("PhotoCheck", "Signed by"), signer))
    if summary.get("claim_generator"):
        lines.append((translate("PhotoCheck", "Written by"), summary["claim_generator"]))
    actions = summary.get("actions") or []
    if actions:
        words = actions_words(encode_actions(actions))
        agents = sorted({a["agent"] for a in actions if a.get("agent")})
        if agents:
            words += f" ({', '.join(agents)})"
        lines.append((translate("PhotoCheck", "Recorded actions"), words))
    return lines


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
