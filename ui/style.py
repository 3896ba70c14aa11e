"""Look: the platform's style with a calm palette, readable sizes, a larger-text option."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 10.5
LARGE_FACTOR = 1.3

STYLESHEET = """
QLabel#fieldLabel { font-weight: 600; }
QLabel#hint { color: #555555; }
QLabel#quota { color: #1f4f85; padding: 6px 0px; }
QLabel#muted { color: #555555; }
QPushButton { padding: 6px 14px; }
QPushButton#primary { background: #1f5fa8; color: white; border: 1px solid #174a84;
    border-radius: 4px; font-weight: 600; }
QPushButton#primary:disabled { background: #9db5d3; }
QPushButton#primary:focus { border: 2px solid #f0b400; }
QFrame#banner_info { background: #e8f0fb; border: 1px solid #b6cbe8; border-radius: 4px; }
QFrame#banner_warning { background: #fff4d6; border: 1px solid #e7c66b; border-radius: 4px; }
QFrame#banner_error { background: #fde8e6; border: 1px solid #e5a29b; border-radius: 4px; }
QFrame#banner_ok { background: #e6f4ea; border: 1px solid #9fd3ad; border-radius: 4px; }
QFrame#toast { background: #323232; border-radius: 6px; }
QFrame#toast QLabel { color: white; }
QFrame#toast QPushButton { color: #9ecbff; background: transparent; border: none;
    font-weight: 600; }
QFrame#toast QPushButton#toastClose { color: white; font-size: 130%; padding: 0px; }
QListWidget#steps { border: none; background: transparent; }
QListWidget#steps::item:selected { background: #dce8f7; color: black; }
"""


# Headings are bigger than the text around them (style sheets cannot say "150 %").
SCALES = {"pageTitle": 1.5, "stepTitle": 1.3, "quota": 1.15}


def scale_headings(root) -> None:
    """Size the headings under `root` from the application's current font."""
    from PySide6.QtWidgets import QLabel

    base = QApplication.font().pointSizeF()
    for label in root.findChildren(QLabel):
        factor = SCALES.get(label.objectName())
        if factor:
            font = label.font()
            font.setPointSizeF(base * factor)
            font.setBold(True)  # here, not in the style sheet, which would reset the size
            label.setFont(font)


def apply(app: QApplication, large_text: bool) -> None:
    # The platform's own style (Windows' on Windows): familiar to officers, and nothing to
    # build at start-up. Our style sheet only adds colours and weights on top.
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * (LARGE_FACTOR if large_text else 1.0))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
    for window in app.topLevelWidgets():
        scale_headings(window)
