"""The main window: a stack of screens (home, first-start setup, the guided flow, settings)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QMargins, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.prefs import Prefs
from ui.style import scale_headings

START_AT_THE_LATEST_MS = 500
DEFAULT_SIZE = QSize(1100, 760)  # on a screen that has room for it
# The frame (title bar, borders) a window gets on Windows 10/11 at 100 %, until the real one
# is known once the window is on screen.
FRAME_GUESS = QMargins(8, 31, 8, 8)


def fit_rect(wanted: QRect, available: QRect, frame: QMargins = FRAME_GUESS, *,
             centre: bool = False) -> QRect:
    """The window's inner rectangle: `wanted`, made small enough that it and its `frame`
    fit inside `available` (the screen less the taskbar) and moved inside it; centred in it
    when asked (first start). Pure: the window and the tests call it alike."""
    room_w = max(1, available.width() - frame.left() - frame.right())
    room_h = max(1, available.height() - frame.top() - frame.bottom())
    w, h = min(wanted.width(), room_w), min(wanted.height(), room_h)
    left, top = available.x() + frame.left(), available.y() + frame.top()
    if centre:
        x, y = left + (room_w - w) // 2, top + (room_h - h) // 2
    else:
        x = min(max(wanted.x(), left), left + room_w - w)
        y = min(max(wanted.y(), top), top + room_h - h)
    return QRect(x, y, w, h)


class _FirstPaint(QObject):
    """Calls `then` once the window has been painted for the first time (or a moment later
    anyway, if no paint comes), by asking every few milliseconds whether Qt has shown it.

    Qt paints a widget window in the same step in which the platform reports it exposed, so
    "exposed" means "painted". Asked rather than watched: a Python event handler of any kind
    before the first paint makes PySide realise its event types (~13 million instructions,
    over 2 % of a bare window's whole start-up)."""

    POLL_MS = 5

    def __init__(self, window: QMainWindow, then, at_the_latest_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._deadline = time.monotonic() + at_the_latest_ms / 1000
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._ask)
        self._timer.start()

    def _ask(self) -> None:
        handle = self._window.windowHandle()
        if (handle is not None and handle.isExposed()) or time.monotonic() >= self._deadline:
            self.stop()
            self._then()

    def stop(self) -> None:
        """Never call `then` (the window closed first)."""
        self._timer.stop()


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, prefs: Prefs):
        super().__init__()
        self.data_dir = Path(data_dir)
        self.prefs = prefs
        self.session = None  # the data side (ui/session.py), made after the first paint
        self.services = None  # the session's link to the core, once it exists
        self.today = date.today  # the clock for quotas and reminders (tests fix it)
        # (Qt adds " — TinBài", the application's name, to the title)
        self.setWindowTitle(self.window_title())
        self._restored = prefs.geometry() is not None and self.restoreGeometry(prefs.geometry())
        if not self._restored:
            self.resize(DEFAULT_SIZE)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_top_bar())
        self._banner_box = QVBoxLayout()
        self._banner_box.setContentsMargins(12, 6, 12, 0)
        outer.addLayout(self._banner_box)
        self._banner = None  # the warning strip and the toast are made when first needed
        self.stack = QStackedWidget()
        # Every screen scrolls rather than clips when the window is smaller than it (a
        # 1024 × 768 screen with larger text, 150 % scaling): the window never grows past
        # the screen to make room.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.stack)
        outer.addWidget(self.scroller, 1)
        self.setCentralWidget(central)
        self._toast = None
        self._toast_owner = None  # the screen (and step) the message belongs to
        self.stack.currentChanged.connect(lambda _i: self.page_changed())
        scale_headings(self)
        self.fit_to_screen()

        self.loading = QLabel(self.tr("Opening your data…"))
        self.loading.setIndent(24)
        self.stack.addWidget(self.loading)
        self.home = None
        self.flow = None
        self.setup = None
        self.settings_page = None
        self.outbox_page = None
        self.history_page = None

        # The data, and the core that works on it, load once the window has been painted:
        # the first paint waits for neither (and if no paint comes, a moment later anyway).
        self._first_paint = _FirstPaint(self, self._painted, START_AT_THE_LATEST_MS)

    def _painted(self) -> None:
        """The window is on screen: fit it again now that the window manager has framed it
        (ui/launch.py also does on the turn after showing it, before Windows paints), then
        open the data."""
        self.refit()
        self._start_session()

    def _start_session(self) -> None:
        if self.session is not None:
            return
        # The app-wide input manners (ui/inputs.py) from now on: an application event filter
        # sees every event, and installed before the first paint it cost start-up ~1.8x a
        # bare window instead of ~1.3x (each kind of event met for the first time).
        from ui import inputs  # seam: after the first paint, like the data side below
        from ui.session import Session  # seam: the data side loads after the first paint

        inputs.install(QApplication.instance())
        self._add_shortcuts()

        self.session = Session(self)
        self.services = self.session.services
        self.session.start()

    # -- the screen it is on -------------------------------------------------------------
    def window_title(self) -> str:
        """"<what it is> - TinBài": ending in the app's name, so Qt adds nothing, with a plain
        hyphen, so X11's legacy WM_NAME (COMPOUND_TEXT, cut at an em dash) holds all of it."""
        return self.tr("News for the editorial board") + " - TinBài"

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Keep the whole window, frame included, inside the screen's available area: at
        first start the default size if it fits (centred), and a size saved on a bigger
        screen brought back inside this one. `available` is for tests (a small screen)."""
        if self.isMaximized() or self.isFullScreen():
            return
        rect = self.geometry()
        if available is None:
            screen = QGuiApplication.screenAt(rect.center()) if self._restored else None
            screen = screen or self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                return
            available = screen.availableGeometry()
        frame = self._frame_margins()
        self.setGeometry(fit_rect(rect, available, frame, centre=not self._restored))

    def _frame_margins(self) -> QMargins:
        # (Not asked before the window is shown: it has no frame yet, and the question
        # alone realises PySide's QWindow type before the first paint.)
        handle = self.windowHandle() if self.isVisible() else None
        if handle is not None:
            margins = handle.frameMargins()
            if not margins.isNull():
                return margins
        return FRAME_GUESS

    def refit(self) -> None:
        """Fit again if the window with its real frame is not inside the screen."""
        frame = self.frameGeometry()
        screen = self.screen()
        if screen is not None and not screen.availableGeometry().contains(frame):
            self.fit_to_screen()

    @property
    def sender(self):
        """The send controller, once the data is open (None before)."""
        return self.session.sender if self.session is not None else None

    # -- layout --------------------------------------------------------------------------
    def _build_top_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("topBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(12, 8, 12, 4)
        title = QLabel("TinBài")
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addStretch(1)
        self.home_button = QPushButton(self.tr("Home"))
        self.home_button.clicked.connect(self.show_home)
        self.outbox_button = QPushButton(self.tr("Outbox"))
        self.outbox_button.clicked.connect(self.show_outbox)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.clicked.connect(self.show_history)
        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.clicked.connect(self.show_settings)
        # Ctrl+1…4 rather than Alt letters: the pages below use the letters for their fields.
        for number, b in enumerate(self._top_buttons(), start=1):
            b.setEnabled(False)
            b.setToolTip(f"Ctrl+{number}")
            layout.addWidget(b)
        return bar

    def _top_buttons(self) -> tuple[QPushButton, ...]:
        return (self.home_button, self.outbox_button, self.history_button,
                self.settings_button)

    def _add_shortcuts(self) -> None:
        """Ctrl+N and Ctrl+1…4, made with the session: before it nothing they reach works,
        and the key types cost start-up before the first paint."""
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+N"), self, activated=self.new_submission)
        for number, b in enumerate(self._top_buttons(), start=1):
            QtGui.QShortcut(QtGui.QKeySequence(f"Ctrl+{number}"), self, activated=b.click)

    def _add_page(self, page: QWidget) -> None:
        self.stack.addWidget(page)
        scale_headings(page)  # after it has its parent: reparenting resolves fonts anew

    @property
    def banner(self):
        if self._banner is None:
            from ui.widgets import Banner

            self._banner = Banner("warning")
            self._banner_box.addWidget(self._banner)
        return self._banner

    @property
    def toast(self):
        if self._toast is None:
            from ui.widgets import Toast

            self._toast = Toast(self.centralWidget())
        return self._toast

    def show_toast(self, text: str, action: str = "", callback=None, seconds: float = 8) -> None:
        """A message for the screen (and step) on show now: it goes when the user moves on."""
        self.toast.show_message(text, action, callback, seconds)
        self._toast_owner = self.where()

    def hide_toast(self) -> None:
        if self._toast is not None:
            self._toast.hide()

    def where(self) -> tuple:
        """The screen on show, and the step when it is the guided flow."""
        page = self.stack.currentWidget()
        step = self.flow.current_index() if page is self.flow and self.flow is not None \
            else None
        return page, step

    def page_changed(self) -> None:
        """Another screen or step is on show: a message about the last one goes with it."""
        if self._toast is not None and self._toast.isVisible() and \
                self._toast_owner != self.where():
            self._toast.hide()
        self.scroller.ensureVisible(0, 0)

    # -- what the session reports -------------------------------------------------------
    def data_opened(self, unit, recovery_notice: str | None) -> None:
        """The data is open: the top bar works; first start asks for the unit."""
        if recovery_notice:
            self.banner.show_text(recovery_notice)
        for b in self._top_buttons():
            b.setEnabled(True)
        if unit is None:
            self.show_setup()
        else:
            self.show_home()

    def show_outbox_count(self, n: int) -> None:
        self.outbox_button.setText(self.tr("Outbox ({count})").format(count=n) if n
                                   else self.tr("Outbox"))
        if self.home is not None and self.stack.currentWidget() is self.home:
            self.home.refresh()

    def data_failed(self, message: str) -> None:
        self.loading.setText(message)
        self.loading.setWordWrap(True)

    def save_failed(self, message: str) -> None:
        self.banner.show_text(message)

    def draft_saved(self, draft_id: str, updated_at: str) -> None:
        if self._banner is not None and self._banner.isVisible() and \
                self.services.store and not self.services.store.recovery_notice:
            self._banner.hide()

    # -- screens -------------------------------------------------------------------------
    def _ensure_home(self):
        if self.home is None:
            from ui.home import HomePage

            self.home = HomePage(self)
            self._add_page(self.home)
        return self.home

    def _ensure_flow(self):
        if self.flow is None:
            from ui.flow.flow import SubmissionFlow

            self.flow = SubmissionFlow(self)
            self._add_page(self.flow)
        return self.flow

    def show_home(self) -> None:
        self._leave_flow()
        self._leave_setup()
        home = self._ensure_home()
        home.refresh()
        self.stack.setCurrentWidget(home)
        home.setFocus()

    def show_setup(self) -> None:
        self._leave_flow()
        if self.setup is None:
            from ui.setup import SetupPage

            self.setup = SetupPage(self)
            self._add_page(self.setup)
        elif self.stack.currentWidget() is not self.setup:
            self.setup.reopen()
        self.stack.setCurrentWidget(self.setup)
        self.setup.unit_name.setFocus()  # typing starts at once, with no click first

    def setup_needed(self) -> None:
        """A new item was asked for before a unit and an author were saved."""
        self.show_setup()
        self.setup.explain(self.tr("Every item needs your unit and its author: tell TinBài "
                                   "about them first, then write the item."))

    def setup_done(self) -> None:
        self.show_home()
        self.show_toast(self.tr("Saved. Press “Write a new item” to begin."))

    def _leave_flow(self) -> None:
        if self.flow is not None and self.stack.currentWidget() is self.flow:
            self.flow.leave()

    def _leave_setup(self) -> None:
        if self.setup is not None and self.stack.currentWidget() is self.setup:
            self.setup.leave()  # what was typed is kept for the next time

    def show_outbox(self) -> None:
        self._leave_flow()
        self._leave_setup()
        if self.outbox_page is None:
            from ui.outbox_page import OutboxPage

            self.outbox_page = OutboxPage(self)
            self._add_page(self.outbox_page)
        self.outbox_page.refresh()
        self.stack.setCurrentWidget(self.outbox_page)

    def show_history(self) -> None:
        self._leave_flow()
        self._leave_setup()
        if self.history_page is None:
            from ui.history_page import HistoryPage

            self.history_page = HistoryPage(self)
            self._add_page(self.history_page)
        self.history_page.refresh()
        self.stack.setCurrentWidget(self.history_page)

    def show_settings(self) -> None:
        self._leave_flow()
        self._leave_setup()
        if self.settings_page is None:
            from ui.settings import SettingsPage

            self.settings_page = SettingsPage(self)
            self._add_page(self.settings_page)
        self.settings_page.load()
        self.stack.setCurrentWidget(self.settings_page)

    def show_account(self, text: str) -> None:
        """Settings, at the email account, saying why the user was brought there."""
        self.show_settings()
        self.settings_page.show_account(text)

    def new_submission(self) -> None:
        if self.session is not None:
            self.session.new_submission()

    def open_draft(self, draft_id: str, at: str | None = None, then=None) -> None:
        """Open a draft in the guided flow, at the step it was left at (or `at`); `then()`
        once it is on show."""
        if self.session is not None:
            self.session.open_draft(draft_id, at, then)

    def open_flow(self, submission, state, at: str | None = None) -> None:
        """Show the guided flow on a draft (the session read it)."""
        self._leave_setup()
        flow = self._ensure_flow()
        self.stack.setCurrentWidget(flow)  # shown first, so the first field can take the focus
        flow.open(submission, state, at)

    def send_for_real(self, submission_id: str) -> None:
        """An item sent in practice goes to the board: its review, and the question there."""
        self.open_draft(submission_id, "review",
                        then=lambda: self.flow.steps[-1].send_for_real())

    def language_changed(self) -> None:
        """Rebuild every screen in the new language (drafts are saved first)."""
        from ui import i18n

        self._leave_flow()
        i18n.install(self.prefs.language)
        for page in (self.home, self.flow, self.setup, self.settings_page, self.outbox_page,
                     self.history_page):
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self.home = self.flow = self.setup = self.settings_page = None
        self.outbox_page = self.history_page = None
        self.setWindowTitle(self.window_title())
        self.home_button.setText(self.tr("Home"))
        self.history_button.setText(self.tr("History"))
        self.settings_button.setText(self.tr("Settings"))
        self.session.outbox_changed()
        self.loading.setText(self.tr("Opening your data…"))
        self.show_settings()

    # -- closing -------------------------------------------------------------------------
    def _close_anyway(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("TinBài")
        box.setText(self.tr("The latest changes to the draft could not be saved (the disk may "
                            "be full). If TinBài closes now, they are lost."))
        back = box.addButton(self.tr("&Keep TinBài open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close &anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is not back

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 (Qt)
        self._first_paint.stop()  # closed before it was painted: its data never opens
        self._leave_flow()
        self._leave_setup()
        if self.session is not None and not self.session.flush() and not self._close_anyway():
            event.ignore()  # the user keeps the window and the unsaved text
            return
        self.prefs.set_geometry(self.saveGeometry())
        if self.session is not None:
            self.session.shutdown()
        super().closeEvent(event)
