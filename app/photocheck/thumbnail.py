"""Does the preview the camera stored in EXIF still show the picture?

A lossless crop or rotation (jpegtran, Windows' "rotate") rewrites the picture but keeps the
old preview. Both are compared on a tiny grey version: the picture is decoded at 1/8 scale
with Pillow's `draft()` (libjpeg skips most of the work), and the two are correlated.

A camera's preview is not always a plain scaled copy, and each way cameras make it is tried
(the best score counts):
- letterboxed: a fixed 160 × 120 preview of a 3:2 or 16:9 picture, with bands;
- cropped: Android's camera interface makes a preview of another aspect by cropping the
  middle of the picture ("the thumbnail will always have a smaller field of view");
- stretched: the whole picture squeezed into the preview's shape;
- upright: a preview already turned the way EXIF Orientation says the picture is shown.
A blank preview (one colour: a placeholder) says nothing and is not compared.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

GRID = 16  # compare on GRID x GRID pixels
MATCH_THRESHOLD = 0.85  # correlation: corpus originals 0.96-1.0, lossless crops 0.73 and less
MAX_THUMBNAIL_PIXELS = 4096 * 4096


class DecodeError(ValueError):
    """The picture (not the preview) cannot be decoded."""


@dataclass(frozen=True)
class ThumbnailResult:
    checked: bool  # False when the comparison could not be made (no usable preview)
    score: float | None = None  # correlation, -1..1
    note: str = ""

    @property
    def matches(self) -> bool:
        return not self.checked or (self.score is not None and self.score >= MATCH_THRESHOLD)


def _pil():
    from PIL import Image  # heavy: loaded on first use

    return Image


ASPECT_SLACK = 0.03  # aspect ratios closer than this are the same shape

# EXIF Orientation -> the PIL transposition that shows the stored picture upright
_UPRIGHT = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE",
            6: "ROTATE_270", 7: "TRANSVERSE", 8: "ROTATE_90"}


def compare(thumbnail: bytes, data: bytes, width: int, height: int,
            orientation: int | None = None) -> ThumbnailResult:
    """Compare the EXIF preview with the JPEG picture in `data` (`width` x `height`, stored
    with EXIF `orientation`).

    Raises DecodeError when the picture itself cannot be decoded; a broken preview only
    gives `checked=False`.
    """
    Image = _pil()
    try:
        thumb = Image.open(io.BytesIO(thumbnail))
        tw, th = thumb.size
        if not tw or not th or tw * th > MAX_THUMBNAIL_PIXELS:
            return ThumbnailResult(False, note="preview size unusable")
        thumb.draft("L", (tw, th))
        thumb = thumb.convert("L")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return ThumbnailResult(False, note="preview unreadable")
    if width * height > (Image.MAX_IMAGE_PIXELS or math.inf):
        return ThumbnailResult(False, note="picture too large to decode")
    try:
        im = Image.open(io.BytesIO(data))
        im.draft("L", (max(tw, GRID) * 2, max(th, GRID) * 2))
        im = im.convert("L")
    except Image.DecompressionBombError:
        return ThumbnailResult(False, note="picture too large to decode")
    except (OSError, ValueError, SyntaxError) as exc:
        raise DecodeError(str(exc)) from exc
    whole = _grid(thumb, Image)
    if _flat(whole) and not _flat(_grid(im, Image)):
        return ThumbnailResult(False, note="preview blank")
    pictures = [(im, width / height)]
    if orientation in _UPRIGHT:
        turned = im.transpose(getattr(Image.Transpose, _UPRIGHT[orientation]))
        pictures.append((turned, turned.width / turned.height))
    taspect = thumb.width / thumb.height
    best = -1.0
    for picture, aspect in pictures:
        grid = _grid(picture, Image)
        scores = [_correlation(_grid(_content(thumb, aspect), Image), grid)]
        if not _same_shape(aspect, taspect):
            scores.append(_correlation(whole, grid))  # stretched
            scores.append(_correlation(whole, _grid(_middle(picture, taspect), Image)))
        best = max(best, *scores)
    return ThumbnailResult(True, round(best, 3))


def _same_shape(a: float, b: float) -> bool:
    return abs(a / b - 1) < ASPECT_SLACK


def _flat(grid: list[float]) -> bool:
    n = len(grid)
    mean = sum(grid) / n
    return sum((x - mean) ** 2 for x in grid) < n * 4


def _middle(picture, aspect: float):
    """The middle of `picture` with the shape `aspect` (how Android crops its preview)."""
    w, h = picture.size
    if w / h > aspect:
        cw = max(2, round(h * aspect))
        left = (w - cw) // 2
        return picture.crop((left, 0, left + cw, h))
    ch = max(2, round(w / aspect))
    top = (h - ch) // 2
    return picture.crop((0, top, w, top + ch))


def _content(thumb, aspect: float):
    """The part of the preview that shows the picture (cameras letterbox a 3:2 picture in a
    4:3 preview)."""
    tw, th = thumb.size
    taspect = tw / th
    if abs(aspect / taspect - 1) < 0.03:
        return thumb
    if aspect > taspect:  # picture wider: bands above and below
        h = tw / aspect
        top = (th - h) / 2
        box = (0, round(top), tw, round(top + h))
    else:  # picture narrower: bands left and right
        w = th * aspect
        left = (tw - w) / 2
        box = (round(left), 0, round(left + w), th)
    if box[2] - box[0] < 2 or box[3] - box[1] < 2:
        return thumb
    return thumb.crop(box)


def _grid(im, Image) -> list[float]:
    small = im.resize((GRID, GRID), Image.Resampling.BOX)
    return [float(v) for v in small.tobytes()]


def _correlation(a: list[float], b: list[float]) -> float:
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    da = [x - ma for x in a]
    db = [y - mb for y in b]
    va = sum(x * x for x in da)
    vb = sum(y * y for y in db)
    if va < n * 4 or vb < n * 4:
        # (Nearly) flat pictures: correlation means nothing; compare brightness instead.
        return 1.0 if abs(ma - mb) < 24 else 0.0
    return sum(x * y for x, y in zip(da, db)) / math.sqrt(va * vb)
