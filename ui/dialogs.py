"""Dialogs shared by several screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox


def show_crash(info: str, log_path: Path | None) -> None:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("TinBài")
    box.setText(QCoreApplication.translate(
        "Dialogs", "Something unexpected went wrong. Your drafts are saved. If it happens "
        "again, copy the details and send them to whoever helps you with TinBài."))
    if log_path is not None:
        box.setInformativeText(QCoreApplication.translate(
            "Dialogs", "The details are also in {file}.").format(file=log_path))
    box.setDetailedText(info)
    copy = box.addButton(QCoreApplication.translate("Dialogs", "&Copy the details"),
                         QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("Dialogs", "&Close"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(info)
