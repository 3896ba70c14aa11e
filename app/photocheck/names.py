"""File names that messengers, social networks and screenshots give to pictures."""

from __future__ import annotations

import re
import unicodedata

# (app shown to the user, pattern on the file name without folders). Proper names are not
# translated.
MESSENGER_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (app, re.compile(pattern, re.I)) for app, pattern in (
        ("Facebook Messenger", r"^received_\d{15,17}(?:\(\d+\))?\.jpe?g$"),
        ("Facebook", r"^FB_IMG_\d{13}"),
        ("Facebook", r"^\d{6,}_\d{6,}_\d{6,}_[no]\.(?:jpe?g|webp|png)$"),
        ("WhatsApp", r"^IMG-\d{8}-WA\d{4}"),
        ("Telegram", r"^photo_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
        ("Zalo", r"^z\d{12,16}_[0-9a-f]{32}"),
        ("Zalo", r"(?:^|[^a-z])zalo(?:[^a-z]|$)"),
        ("Viber", r"^viber_image_\d{4}-\d{2}-\d{2}"),
        ("WeChat", r"^(?:mmexport|wx_camera_)\d{13}"),
        ("Signal", r"^signal-\d{4}-\d{2}-\d{2}-\d{6}"),
        ("LINE", r"^LINE_(?:ALBUM|P)_?\d"),
    ))

_SCREENSHOT = re.compile(
    r"^(?:screenshot|screen shot|screen_shot|scr_|ảnh chụp màn hình|capture d.écran)", re.I)


def messenger_app(name: str) -> str | None:
    """The app whose naming `name` follows, or None."""
    name = unicodedata.normalize("NFC", name)
    for app, pattern in MESSENGER_NAMES:
        if pattern.search(name):
            return app
    return None


def is_screenshot_name(name: str) -> bool:
    return bool(_SCREENSHOT.search(unicodedata.normalize("NFC", name)))
