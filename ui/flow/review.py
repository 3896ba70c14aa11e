"""Step 5: the item as the board will read it; build the bundle folder."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser

from app import render, validation
from ui.flow.step import Step
from ui.widgets import Banner


class ReviewStep(Step):
    key = "review"

    def title(self) -> str:
        return self.tr("Review and bundle")

    def __init__(self, flow):
        super().__init__(flow)
        intro = QLabel(self.tr("This is the item as the editorial board will read it. Check "
                               "it once more, then build the bundle."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.problems_banner = Banner("error")
        self.layout_.addWidget(self.problems_banner)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("The item as the board will read it"))
        self.preview.setMinimumHeight(300)
        self.layout_.addWidget(self.preview, 1)

        actions = QHBoxLayout()
        self.build_button = QPushButton(self.tr("&Build the bundle"))
        self.build_button.setObjectName("primary")
        self.build_button.clicked.connect(self.build)
        actions.addWidget(self.build_button)
        actions.addStretch(1)
        self.layout_.addLayout(actions)

        self.result = Banner("ok")
        self.open_button, self.copy_button = self.result.set_actions(
            self.tr("&Open the folder"), self.tr("&Copy the email text"))
        self.open_button.clicked.connect(self._open_folder)
        self.copy_button.clicked.connect(self._copy_text)
        self.layout_.addWidget(self.result)
        self._bundle_path = None

    def entered(self) -> None:
        self.refresh()
        self.build_button.setFocus()

    def refresh(self) -> None:
        self.preview.setHtml(render.to_html(render.document(self.sub)))
        errors = validation.errors(validation.validate(self.sub))
        if errors:
            self.problems_banner.show_text("\n".join(p.message for p in errors))
        else:
            self.problems_banner.hide()
        self.build_button.setEnabled(not errors)
        self.result.setVisible(self._bundle_path is not None)

    def load(self) -> None:
        self._bundle_path = None
        self.result.hide()

    def build(self) -> None:
        from app import bundle, settings

        if validation.errors(validation.validate(self.sub)):
            self.refresh()
            return
        validation.normalise(self.sub)
        store = self.services.store
        sub = self.sub

        def work():
            result = bundle.build(store, sub, settings.bundle_base(store))
            sub.bundle_path = str(result.path)
            store.save_draft(sub, touch=False)
            return result

        self.build_button.setEnabled(False)
        self.build_button.setText(self.tr("Building…"))
        self.services.write(work, done=self._built, failed=self._failed)

    def _built(self, result) -> None:
        self.build_button.setEnabled(True)
        self.build_button.setText(self.tr("&Build the bundle again"))
        self._bundle_path = result.path
        self.result.show_text(self.tr(
            "The bundle is ready in {folder}: the document, the same text as .txt, the photos "
            "folder Anh and manifest.json.").format(folder=result.path))
        self.open_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.build_button.setEnabled(True)
        self.build_button.setText(self.tr("&Build the bundle"))
        self.problems_banner.show_text(getattr(exc, "message", str(exc)))

    def _open_folder(self) -> None:
        if self._bundle_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._bundle_path)))

    def _copy_text(self) -> None:
        QGuiApplication.clipboard().setText(render.to_text(render.document(self.sub)))
        self.flow.window_.show_toast(self.tr(
            "The email text is copied. Paste it into your email, attach the files of the "
            "bundle folder, and send it to the board."))
