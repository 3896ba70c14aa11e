"""Step 2: the photos (copied into the store as they are), each with its caption."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import model
from app.base.i18n import file_size
from app.photocheck.messages import credentials_lines, reason_texts, verdict_label
from app.storage.photos import PhotoImportError, import_photo
from app.text import mojibake
from app.text.normalise import as_typed
from ui.flow.step import Step
from ui.prefs import PHOTOS
from ui.thumbnails import THUMB, load_thumbnail
from ui.widgets import Banner, FieldMessage

PHOTO_FILTER_EXTS = "*.jpg *.jpeg *.JPG *.JPEG *.heic *.HEIC *.heif *.png *.webp *.tif *.tiff"
BADGE_COLOURS = {  # background, text: green / amber / red / grey
    "ok": ("#d8f0dd", "#14532d"), "review": ("#fff1c2", "#6b4500"),
    "reject": ("#fbd5d1", "#7f1d1d"), "error": ("#e3e3e3", "#333333"),
    None: ("#e8eef7", "#1f3a5f"),
}


def human_size(n: int) -> str:
    return file_size(n)


class PhotoRow(QFrame):
    caption_changed = Signal(str, str)  # photo id, caption
    explanation_changed = Signal(str, str)  # photo id, why a rejected photo is sent anyway
    move_requested = Signal(str, int)  # photo id, -1 up / +1 down
    remove_requested = Signal(str)

    def __init__(self, photo: model.Photo, number: int):
        super().__init__()
        self.photo_id = photo.id
        self.setObjectName("photoRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.thumb = QLabel(photo.ext.lstrip(".").upper())
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("background: #eeeeee; color: #666666;")
        grid.addWidget(self.thumb, 0, 0, 3, 1)
        self.number = QLabel()
        self.number.setObjectName("fieldLabel")
        self.info = QLabel()
        self.info.setObjectName("muted")
        self.info.setWordWrap(True)  # long names from phones must not widen the page
        self.info.setMinimumWidth(60)
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.info, 1)
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        head.addWidget(self.badge)
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(lambda on: self.details.setVisible(on))
        head.addWidget(self.details_button)
        grid.addLayout(head, 0, 1)
        self.caption = QLineEdit(photo.caption)
        self.caption.setPlaceholderText(self.tr("Who, doing what, where — for example: "
                                                "Đồng chí Nông Văn B trao quà cho đoàn viên"))
        self.caption.textEdited.connect(lambda t: self.caption_changed.emit(self.photo_id, t))
        grid.addWidget(self.caption, 1, 1)
        self.message = FieldMessage()
        grid.addWidget(self.message, 2, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("photoDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        grid.addWidget(self.details, 3, 1)
        self._grid = grid
        self._explanation_text = photo.explanation
        self.explanation_label = None  # made when a photo is rejected (most never are)
        self.explanation = None
        buttons = QVBoxLayout()
        self.up = QPushButton("↑")
        self.down = QPushButton("↓")
        self.remove = QPushButton(self.tr("Remove"))
        for b in (self.up, self.down):
            b.setFixedWidth(40)
        self.up.clicked.connect(lambda: self.move_requested.emit(self.photo_id, -1))
        self.down.clicked.connect(lambda: self.move_requested.emit(self.photo_id, 1))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.photo_id))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        grid.addLayout(buttons, 0, 2, 6, 1)
        grid.setColumnStretch(1, 1)
        self.set_photo(photo, number)
        self.set_check(photo.check)

    def set_photo(self, photo: model.Photo, number: int) -> None:
        self.number.setText(self.tr("Photo {number}").format(number=number))
        self.info.setText(f"{photo.original_name} · {human_size(photo.size)}")
        self.caption.setAccessibleName(self.tr("Caption of photo {number}").format(number=number))
        self.up.setAccessibleName(self.tr("Move photo {number} up").format(number=number))
        self.down.setAccessibleName(self.tr("Move photo {number} down").format(number=number))
        self.remove.setAccessibleName(self.tr("Remove photo {number}").format(number=number))

    def set_check(self, check: model.PhotoCheck | None) -> None:
        """The badge, its tooltip, the details panel and, for a reject, the explanation."""
        verdict = check.verdict if check is not None else None
        background, colour = BADGE_COLOURS.get(verdict, BADGE_COLOURS[None])
        self.badge.setStyleSheet(f"background: {background}; color: {colour}; "
                                 "border-radius: 8px; padding: 2px 10px; font-weight: 600;")
        word = verdict_label(verdict) if verdict else self.tr("Checking…")
        self.badge.setText(word)
        self.badge.setAccessibleName(self.tr("Originality: {verdict}").format(verdict=word))
        found = list(check.reasons) if check is not None else []
        reasons = [reason_texts(r) for r in found if r.severity != "ok"]
        positives = [reason_texts(r)[0] for r in found if r.severity == "ok"]
        lines = [f"• {m} {r}".strip() for m, r in reasons] + [f"• {m}" for m in positives]
        self.badge.setToolTip("\n".join(lines) or word)
        self.details_button.setVisible(check is not None)
        self.details.setText(self._details_html(check, reasons, positives) if check else "")
        rejected = verdict == "reject"
        if rejected and self.explanation is None:
            self._make_explanation()
        if self.explanation is not None:
            self.explanation_label.setVisible(rejected)
            self.explanation.setVisible(rejected)

    def _make_explanation(self) -> None:
        self.explanation_label = QLabel(self.tr(
            "This photo does not look like an original. If it must be sent as it is, write "
            "why (for example: the only photo of the event, sent by a member through Zalo):"))
        self.explanation_label.setWordWrap(True)
        self.explanation = QPlainTextEdit(self._explanation_text)
        self.explanation.setMaximumHeight(70)
        self.explanation.setTabChangesFocus(True)
        self.explanation.setAccessibleName(self.tr("Why this photo is sent anyway"))
        self.explanation_label.setBuddy(self.explanation)
        self.explanation.textChanged.connect(
            lambda: self.explanation_changed.emit(self.photo_id, self.explanation.toPlainText()))
        self._grid.addWidget(self.explanation_label, 4, 1)
        self._grid.addWidget(self.explanation, 5, 1)

    def _details_html(self, check: model.PhotoCheck, reasons: list[tuple[str, str]],
                      positives: list[str] = ()) -> str:
        e = html.escape
        facts = check.facts
        rows = []
        what = self.tr("What to do:")
        for m, r in reasons:
            rows.append(f"<p><b>{e(m)}</b><br>{e(what)} {e(r)}</p>")
        if not reasons:
            nothing = self.tr("Nothing suggests this photo was changed.")
            rows.append(f"<p>{e(nothing)}</p>")
        for m in positives:  # signed evidence in the photo's favour (content credentials)
            rows.append(f"<p>✔ {e(m)}</p>")
        credentials = credentials_lines(facts.get("c2pa"))
        if credentials:
            rows.append("<p>" + "<br>".join(f"{e(k)}: {e(v)}" for k, v in credentials) +
                        "</p>")
        known = [
            (self.tr("Format"), facts.get("format")),
            (self.tr("Size"), f"{facts['width']} × {facts['height']}"
             if facts.get("width") and facts.get("height") else None),
            (self.tr("Camera"), " ".join(x for x in (facts.get("make"), facts.get("model"))
                                         if x) or None),
            (self.tr("Taken"), facts.get("date_taken")),
            (self.tr("Program named in the file"), facts.get("software")),
            (self.tr("JPEG quality (for information only)"), facts.get("jpeg_quality")),
        ]
        rows.append("<p>" + "<br>".join(f"{e(k)}: {e(str(v))}" for k, v in known if v) +
                    "</p>")
        return "".join(rows)

    def set_thumbnail(self, pixmap: QPixmap) -> None:
        self.thumb.setPixmap(pixmap)
        self.thumb.setStyleSheet("")


class PhotosStep(Step):
    key = "photos"

    def title(self) -> str:
        return self.tr("Photos and captions")

    def __init__(self, flow):
        super().__init__(flow)
        self.setAcceptDrops(True)
        intro = QLabel(self.tr(
            "Add the original photos as the phone or camera made them (not sent through Zalo "
            "or Messenger, not edited). They are copied as they are and sent in a separate "
            "folder. Give each one a specific caption: who, doing what, where."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        label = QLabel(self.tr("3. Photo captions"))
        label.setObjectName("fieldLabel")
        self.layout_.addWidget(label)

        tools = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add photos…"))
        self.add_button.clicked.connect(self._choose)
        tools.addWidget(self.add_button)
        drop = QLabel(self.tr("or drag photos here"))
        drop.setObjectName("muted")
        tools.addWidget(drop)
        tools.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Copying photos"))
        self.progress.hide()
        tools.addWidget(self.progress)
        self.layout_.addLayout(tools)

        self.check_progress = QLabel()
        self.check_progress.setObjectName("muted")
        self.check_progress.hide()
        self.layout_.addWidget(self.check_progress)
        self.errors = Banner("error")
        self.errors.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # (it takes the focus to be read)
        self.layout_.addWidget(self.errors)
        self.mojibake_banner = Banner("warning")
        (convert,) = self.mojibake_banner.set_actions(self.tr("&Convert to Unicode"))
        convert.clicked.connect(self._convert)
        self.layout_.addWidget(self.mojibake_banner)
        self.message = FieldMessage()
        self.layout_.addWidget(self.message)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        holder = QWidget()
        holder.setLayout(self.rows_box)
        self.layout_.addWidget(holder)
        self.empty = QLabel(self.tr("No photos yet."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(120)
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(1)
        self.rows: dict[str, PhotoRow] = {}
        self._thumbs: dict[str, QPixmap] = {}
        self._failures: list[str] = []

    # -- loading and rows ------------------------------------------------------------------
    def load(self) -> None:
        for row in self.rows.values():
            row.deleteLater()
        self.rows.clear()
        self.errors.hide()
        for photo in self.sub.photos:
            self._add_row(photo)
        self._renumber()
        self.check_progress.hide()
        self.check_unchecked()

    def _add_row(self, photo: model.Photo, number: int | None = None) -> PhotoRow:
        row = PhotoRow(photo, number or len(self.rows) + 1)
        row.caption_changed.connect(self._caption_changed)
        row.explanation_changed.connect(self._explanation_changed)
        row.move_requested.connect(self._move)
        row.remove_requested.connect(self._remove)
        self.rows[photo.id] = row
        self.rows_box.addWidget(row)
        if number is not None:  # appended at the end: only its neighbour's arrow changes
            row.up.setEnabled(number > 1)
            row.down.setEnabled(False)
            previous = self.sub.photos[number - 2].id if number > 1 else None
            if previous in self.rows:
                self.rows[previous].down.setEnabled(True)
        self._request_thumbnail(photo)
        return row

    def _renumber(self) -> None:
        for i, photo in enumerate(self.sub.photos, start=1):
            row = self.rows[photo.id]
            self.rows_box.removeWidget(row)
            self.rows_box.insertWidget(i - 1, row)
            row.set_photo(photo, i)
            row.up.setEnabled(i > 1)
            row.down.setEnabled(i < len(self.sub.photos))
        self.empty.setVisible(not self.sub.photos)
        self.show_problems()

    def _request_thumbnail(self, photo: model.Photo) -> None:
        if photo.sha256 in self._thumbs:
            self.rows[photo.id].set_thumbnail(self._thumbs[photo.sha256])
            return
        path = str(self.services.store.photo_path(photo))
        self.services.background(load_thumbnail, path,
                                 done=lambda image, p=photo: self._thumbnail_ready(p, image))

    def _thumbnail_ready(self, photo: model.Photo, image) -> None:
        if image is None:
            return
        pixmap = QPixmap.fromImage(image)
        self._thumbs[photo.sha256] = pixmap
        row = self.rows.get(photo.id)
        if row is not None:
            row.set_thumbnail(pixmap)

    # -- editing ---------------------------------------------------------------------------
    def _caption_changed(self, photo_id: str, text: str) -> None:
        photo = self.sub.photo(photo_id)
        if photo is not None:
            photo.caption = as_typed(text)
            self.changed()

    def _explanation_changed(self, photo_id: str, text: str) -> None:
        photo = self.sub.photo(photo_id)
        if photo is not None and photo.explanation != text:
            photo.explanation = as_typed(text)
            self.changed()

    def _move(self, photo_id: str, delta: int) -> None:
        photos = self.sub.photos
        i = next(k for k, p in enumerate(photos) if p.id == photo_id)
        j = i + delta
        if 0 <= j < len(photos):
            photos[i], photos[j] = photos[j], photos[i]
            self._renumber()
            self.rows[photo_id].caption.setFocus()
            self.changed()

    def _remove(self, photo_id: str) -> None:
        photos = self.sub.photos
        index = next(k for k, p in enumerate(photos) if p.id == photo_id)
        photo = photos.pop(index)
        self.rows.pop(photo_id).deleteLater()
        self._renumber()
        self.changed()

        sub = self.sub

        def undo():
            if not self.flow.is_open(sub):
                self.flow.update_stored(
                    sub.id, lambda stored: stored.photos.insert(min(index, len(stored.photos)),
                                                                photo))
                return
            self.sub.photos.insert(min(index, len(self.sub.photos)), photo)
            self._add_row(photo)
            self._renumber()
            self.changed()

        self.flow.window_.show_toast(self.tr("Photo {number} removed.").format(number=index + 1),
                                     self.tr("&Undo"), undo, seconds=12)

    # -- adding ----------------------------------------------------------------------------
    def _choose(self) -> None:
        prefs = self.flow.window_.prefs
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), prefs.folder(PHOTOS),
            self.tr("Photos ({patterns});;All files (*)").format(patterns=PHOTO_FILTER_EXTS))
        if paths:
            prefs.remember_file(PHOTOS, paths[0])
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        """Copy the files into the store on a worker thread, then show them in order."""
        store = self.services.store
        sub = self.sub  # the draft these photos are for, even if another is open later
        self.progress.setRange(0, 0)  # busy until the files are counted
        self.progress.show()
        self.add_button.setEnabled(False)
        self.errors.hide()
        self._failures: list[str] = []
        to_gui = self.services.to_gui

        def work():
            files = self._expand(paths)
            to_gui(self._set_total, len(files))
            for path in files:
                try:
                    to_gui(self._imported, (sub, import_photo(store, path)))
                except PhotoImportError as exc:
                    to_gui(self._import_failed, exc.message)

        self.services.background(work, done=lambda _: self._batch_done(), owner=self,
                                 failed=lambda exc: (self._import_failed(exc.message),
                                                     self._batch_done()))

    def check(self, photos: list[model.Photo]) -> None:
        """Check the stored copies on the services' check pool; verdicts come one by one."""
        if not photos:
            return
        if self.check_progress.isHidden():  # (showing it again would lay the page out again)
            self.check_progress.setText(self.tr("Checking that the photos are originals…"))
            self.check_progress.show()
        store = self.services.store
        for photo in photos:
            self.services.check(store.photo_path(photo), photo.original_name, owner=self,
                                done=lambda report, sha=photo.sha256: self._checked(sha, report))

    def check_unchecked(self) -> None:
        """Photos of an older draft that were never checked: check them now."""
        self.check([p for p in self.sub.photos if not p.check])

    def _checked(self, sha: str, report) -> None:
        record = report.to_check(sha)  # about these very bytes
        if not any(p.sha256 == sha for p in self.sub.photos):
            return  # another draft is open: its photos are checked when it opens again
        for photo in self.sub.photos:
            if photo.sha256 == sha:
                photo.check = record
                row = self.rows.get(photo.id)
                if row is not None:
                    row.set_check(record)
        if all(p.check for p in self.sub.photos):
            self.check_progress.hide()
        self.flow.save_quietly()  # a verdict is not an edit: the approval stands
        self.recheck_soon()

    def _set_total(self, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)

    @staticmethod
    def _expand(paths: list[str]) -> list[str]:
        out = []
        for p in paths:
            path = Path(p)
            if path.is_dir():  # a folder dropped from the phone: its files, in name order
                out += [str(f) for f in sorted(path.iterdir()) if f.is_file()]
            else:
                out.append(str(path))
        return out

    def _step_progress(self) -> None:
        self.progress.setValue(self.progress.value() + 1)

    def _imported(self, result) -> None:
        sub, photo = result
        self._step_progress()
        if not self.flow.is_open(sub):
            # The user opened another draft meanwhile: the photo goes to its own draft.
            def add(stored):
                if not any(p.sha256 == photo.sha256 for p in stored.photos):
                    stored.photos.append(photo)

            self.flow.update_stored(sub.id, add)
            return
        if any(p.sha256 == photo.sha256 for p in self.sub.photos):
            self._failures.append(self.tr("{name} is already in this item.").format(
                name=photo.original_name))
            self._show_failures()
            return
        self.sub.photos.append(photo)
        row = self._add_row(photo, len(self.sub.photos))
        if not self.empty.isHidden():
            self.empty.hide()
        self.edited.emit(self.key)
        self.recheck_soon()
        self.check([photo])
        if len(self.sub.photos) == 1:
            row.caption.setFocus()

    def _import_failed(self, message: str) -> None:
        self._step_progress()
        self._failures.append(message)
        self._show_failures()

    def _show_failures(self) -> None:
        self.errors.show_text("\n".join(self._failures))
        typing = isinstance(QApplication.focusWidget(), (QLineEdit, QPlainTextEdit))
        if typing:  # a caption being typed keeps the keyboard; the message still shows
            self.scroll_to(self.errors)
            QTimer.singleShot(0, self.errors, lambda: self.scroll_to(self.errors))
        else:  # what went wrong shows, wherever the page was, and takes the focus
            self.reveal(self.errors)

    def _batch_done(self) -> None:
        self.progress.hide()
        self.add_button.setEnabled(True)

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # -- problems --------------------------------------------------------------------------
    def _convert(self) -> None:
        for photo in self.sub.photos:
            finding = mojibake.detect(photo.caption)
            row = self.rows.get(photo.id)
            if finding is not None and row is not None:
                row.caption.selectAll()
                row.caption.insert(finding.converted)  # Ctrl+Z in the field undoes it
                photo.caption = finding.converted
        self.changed()

    def show_problems(self) -> None:
        problems = self.problems()
        if any(p.code == "mojibake" for p in problems):
            self.mojibake_banner.show_text(self.tr(
                "A caption looks typed in an old font (TCVN3 or VNI) and will be unreadable "
                "for the board. Convert it to Unicode?"))
        else:
            self.mojibake_banner.hide()
        problems = [p for p in problems if p.code != "mojibake"]
        general = [p for p in problems if p.photo_id is None]
        self.message.show_problems(general if self.attempted else [])
        for photo_id, row in self.rows.items():
            mine = [p for p in problems if p.photo_id == photo_id]
            if not self.attempted and not row.caption.text():
                mine = [p for p in mine if p.code != "caption-missing"]
            row.message.show_problems(mine)

    def focus_first_error(self) -> None:
        """Scroll to the first photo that blocks (or to what is missing) and focus it."""
        for p in self.problems():
            if p.severity == "error" and p.photo_id in self.rows:
                row = self.rows[p.photo_id]
                if p.code == "photo-reject-unexplained" and row.explanation is not None:
                    self.reveal(row, row.explanation)
                else:
                    self.reveal(row, row.caption)
                return
        self.reveal(self.message if self.message.isVisibleTo(self) else self.add_button,
                    self.add_button)
