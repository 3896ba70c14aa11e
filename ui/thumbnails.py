"""Small previews of photos, made on worker threads (QImage is safe off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

THUMB = 112


def load_thumbnail(path: str, size: int = THUMB) -> QImage | None:
    """A preview scaled while decoding (fast for JPEG); None when Qt cannot read the format."""
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
    if max(image.width(), image.height()) > size:
        image = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image
