"""Install the Vietnamese (or English) translations, whatever the Windows language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.base import i18n, paths

_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Load our catalogue and our Vietnamese for Qt's own buttons and menus."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    i18n.set_language(language)
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        for name in ("qtbase_vi.qm", "tinbai_vi.qm"):
            t = QTranslator(app)
            if t.load(str(paths.resource("translations", name))):
                app.installTranslator(t)
                _installed.append(t)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def format_date(iso: str | None, with_time: bool = False) -> str:
    """dd/MM/yyyy (and HH:mm) whatever the language: what Vietnamese offices write."""
    if not iso:
        return ""
    from datetime import datetime

    t = datetime.fromisoformat(iso)
    return t.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")


def format_mail_date(value: str) -> str:
    """An email's Date header ("Tue, 03 Nov 2026 10:00:00 +0700") as dd/MM/yyyy HH:mm."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).strftime("%d/%m/%Y %H:%M")
    except (TypeError, ValueError, IndexError):
        return value


# Counts in words: English says "1 photo" and "2 photos"; Vietnamese "1 ảnh", "2 ảnh".
def photo_count(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Counts", "1 photo")
    return QCoreApplication.translate("Counts", "{count} photos").format(count=n)


def email_count(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Counts", "1 email")
    return QCoreApplication.translate("Counts", "{count} emails").format(count=n)


def word_count_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Counts", "1 word")
    return QCoreApplication.translate("Counts", "{count} words").format(count=n)
