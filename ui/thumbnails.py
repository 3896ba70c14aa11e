"""Small previews of photos, made on worker threads (QImage is safe off the GUI thread).

JPEG, PNG and the other formats Qt reads are scaled while decoding. HEIC/HEIF (iPhones), which
Qt cannot read, is decoded with pillow-heif: the small picture phones store in the file when
there is one (milliseconds), else the whole picture (a second or more for 12 MP), so always
on the worker pool. libheif turns the picture as the file says (irot/imir): it comes out
upright. The file is only read: never converted, never rewritten. Previews are kept in a
small cache, keyed by the file's path, size and time, so a draft opened again shows them at
once.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from app.base.filetype import HEIF, sniff

THUMB = 112
CACHE_SIZE = 256  # previews kept (about 50 KB each at 112 px)
MAX_HEIF_BYTES = 256 * 1024 * 1024

_cache: OrderedDict[tuple, QImage] = OrderedDict()
_lock = threading.Lock()


def load_thumbnail(path: str, size: int = THUMB) -> QImage | None:
    """A preview at most `size` pixels on its long side; None when it cannot be decoded."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = (os.fspath(path), size, st.st_size, st.st_mtime_ns)
    with _lock:
        image = _cache.get(key)
        if image is not None:
            _cache.move_to_end(key)
            return image
    image = _heif_thumbnail(path, size) if _is_heif(path) else _qt_thumbnail(path, size)
    if image is not None:
        with _lock:
            _cache[key] = image
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return image


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def _is_heif(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return False
    return sniff(head).format == HEIF


def _qt_thumbnail(path: str, size: int) -> QImage | None:
    """Scaled while decoding (fast for JPEG); None when Qt cannot read the format."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    reader.setAllocationLimit(256)  # MB; a decompression bomb is refused, not decoded
    full = reader.size()
    if full.isValid() and full.width() > 0 and full.height() > 0:
        scale = size / max(full.width(), full.height())
        if scale < 1:
            reader.setScaledSize(QSize(max(1, round(full.width() * scale)),
                                       max(1, round(full.height() * scale))))
    image = reader.read()
    if image.isNull():
        return None
    return _fit(image, size)


def _fit(image: QImage, size: int) -> QImage:
    if max(image.width(), image.height()) > size:
        image = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def _heif_thumbnail(path: str, size: int) -> QImage | None:
    try:
        if os.path.getsize(path) > MAX_HEIF_BYTES:
            return None
        import pillow_heif  # seam: HEIC decoding loads with the first iPhone photo
        from PIL import Image  # seam: Pillow

        heif = pillow_heif.open_heif(path, convert_hdr_to_8bit=True)
        primary = heif[heif.primary_index]
        picked = None
        # the phone's own small picture: the smallest one at least as large as asked
        for i in range(len(primary.info.get("thumbnails", []))):
            candidate = primary.get_thumbnail(i)
            if max(candidate.size) >= size and (picked is None
                                                 or candidate.size[0] < picked.size[0]):
                picked = candidate
        im = (picked or primary).to_pillow().convert("RGB")
        im.thumbnail((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
    except Exception:  # noqa: BLE001 (whatever libheif says of a broken file: no preview)
        return None
    data = im.tobytes()
    image = QImage(data, im.width, im.height, 3 * im.width, QImage.Format.Format_RGB888)
    return image.copy()  # detached from `data`, which QImage does not own
