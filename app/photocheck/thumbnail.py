"""Does the preview the camera stored in EXIF still show the picture?

A lossless crop or rotation (jpegtran, Windows' "rotate") rewrites the picture but keeps the
old preview. Both are compared on a tiny grey version: the picture is decoded at 1/8 scale
with Pillow's `draft()` (libjpeg skips most of the work), the preview's letterbox bands are
cut off, and the two are correlated.
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


def compare(thumbnail: bytes, data: bytes, width: int, height: int) -> ThumbnailResult:
    """Compare the EXIF preview with the JPEG picture in `data` (`width` x `height`).

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
    thumb = _content(thumb, width / height)
    a = _grid(thumb, Image)
    b = _grid(im, Image)
    return ThumbnailResult(True, round(_correlation(a, b), 3))


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
