"""`tinbai --self-test`: prove that this build works, on this machine, without user data.

Run from a checkout, an installed wheel or the frozen build, it loads every shipped resource,
opens the main window, a temporary database, checks the built-in camera photo, builds an
email for a complete item (without sending it) and reports the keychain. One line per check:

    OK   name                 detail
    FAIL name                 what went wrong
    INFO name                 a fact, never a failure

then a summary; the exit status is 0 only if no check failed. Everything happens in a fresh
temporary folder (under TEMP/TMP/TMPDIR), removed at the end: the user's data folder is never
opened, even when --data-dir is given. The text is English: it is a diagnostic for support.
"""

from __future__ import annotations

import io
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

TEST_PHOTO = ("selftest", "test-photo.jpg")
TEST_HEIC = ("selftest", "test-photo.heic")
KNOWN_STRING = ("Validation", "Type the title.")
KNOWN_VIETNAMESE = "Nhập tít tin, bài."
REQUIRED_QM = ("tinbai_vi.qm", "qtbase_vi.qm")
ICON_SIZES = (16, 256)
WINDOW_TIMEOUT = 30.0  # seconds for the window to open its data and show its first screen
TITLE = "Công đoàn phường tổ chức ngày hội công nhân"


class CheckFailed(Exception):
    """A check's expectation was not met; the message is the detail line."""


class Report:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0
        self.notes = 0

    def line(self, status: str, name: str, detail: str) -> None:
        detail = " ".join(str(detail).split())  # one line, whatever the exception said
        print(f"{status:<4} {name:<26} {detail}", flush=True)

    def ok(self, name: str, detail: str) -> None:
        self.passed += 1
        self.line("OK", name, detail)

    def fail(self, name: str, detail: str) -> None:
        self.failed += 1
        self.line("FAIL", name, detail)

    def info(self, name: str, detail: str) -> None:
        self.notes += 1
        self.line("INFO", name, detail)

    def check(self, name: str, fn: Callable[[], str | None], *args) -> bool:
        """Run one check: OK with the detail it returns, FAIL with why it raised."""
        try:
            detail = fn(*args)
        except CheckFailed as exc:
            self.fail(name, str(exc))
            return False
        except Exception as exc:  # any error is a failed check, never a crashed self-test
            where = traceback.extract_tb(exc.__traceback__)[-1]
            self.fail(name, f"{type(exc).__name__}: {exc} "
                            f"(at {Path(where.filename).name}:{where.lineno})")
            return False
        self.ok(name, detail or "")
        return True


def _require(condition: object, detail: str) -> None:
    if not condition:
        raise CheckFailed(detail)


# -- output and platform -------------------------------------------------------------------
def _ensure_output() -> None:
    """Printable stdout: a windowed Windows build has none (attach to the caller's console if
    there is one), and a piped Windows console may not encode Vietnamese."""
    if sys.stdout is None:
        stream = None
        if sys.platform == "win32":
            import ctypes

            attach_parent_process = -1
            if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
                stream = open("CONOUT$", "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
        sys.stdout = stream or open(os.devnull, "w")  # noqa: SIM115 (lives as long as the process)
        if sys.stderr is None:
            sys.stderr = sys.stdout
        return
    try:
        sys.stdout.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError):
        pass


def _default_platform() -> None:
    """Offscreen Qt when there is no screen (a Linux box without a display)."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _fresh(fn):
    """Call an lru_cached loader without its cache: the check must read the file now."""
    return getattr(fn, "__wrapped__", fn)()


def _wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    """Run the Qt event loop until `predicate()` is true or `timeout` seconds have passed."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return True
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return predicate()


# -- 1. resources --------------------------------------------------------------------------
def _resource_folder() -> str:
    from app.base import paths

    folder = paths.resource_dir()
    _require(folder.is_dir(), f"{folder} is not a folder")
    return str(folder)


def _banks() -> str:
    from app.model import banks

    found = _fresh(banks.banks)
    _require(found, "banks-vn.tsv has no bank")
    _require(banks.find("970436") is not None or any(b.bin == "970436" for b in found),
             "banks-vn.tsv lacks Vietcombank (970436)")
    return f"data/banks-vn.tsv: {len(found)} banks"


def _quota_rules() -> str:
    from app.quota import rules

    loaded = _fresh(rules.default_rules)
    _require(loaded.levels, "quota-rules.json has no unit level")
    return f"data/quota-rules.json: {len(loaded.levels)} unit levels ({loaded.name})"


def _mail_providers() -> str:
    from app.mail import providers

    catalogue = _fresh(providers.shipped)
    ids = list(catalogue)
    _require("gmail" in ids, "mail-providers.json lacks Gmail")
    return f"data/mail-providers.json: {len(ids)} providers"


def _template() -> str:
    from app.document import render

    t = _fresh(render.template)
    _require(isinstance(t, dict) and t.get("subject"), "template-vi.json has no subject line")
    return f"data/template-vi.json: {len(t)} entries"


def _translation(path: Path) -> str:
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    _require(t.load(str(path)), f"QTranslator cannot load {path}")
    if path.name == "tinbai_vi.qm":
        got = t.translate(*KNOWN_STRING)
        _require(got == KNOWN_VIETNAMESE,
                 f"{path.name} translates {KNOWN_STRING[1]!r} as {got!r}")
        return f"{path.name} loads and translates {KNOWN_STRING[1]!r}"
    return f"{path.name} loads ({path.stat().st_size} bytes)"


def _vietnamese_catalogue() -> str:
    from app.base import i18n

    table = i18n.load_ts(i18n.catalogue_path("vi"))
    _require(table.get(KNOWN_STRING) == KNOWN_VIETNAMESE,
             f"tinbai_vi.ts: {KNOWN_STRING[1]!r} -> {table.get(KNOWN_STRING)!r}")
    previous = i18n.language()
    i18n.set_language("vi")
    try:
        got = i18n.translate(*KNOWN_STRING)
    finally:
        i18n.set_language(previous)
    _require(got == KNOWN_VIETNAMESE, f"translate() gives {got!r}")
    return f"{len(table)} strings; {KNOWN_STRING[1]!r} -> {got!r}"


def _icon() -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QPixmap

    from app.base import paths

    ico = paths.resource("icons", "tinbai.ico")
    png = paths.resource("icons", "tinbai.png")
    _require(ico.is_file() and png.is_file(), f"icons missing in {ico.parent}")
    icon = QIcon(str(ico))
    sizes = {s.width() for s in icon.availableSizes()}
    _require(not icon.isNull(), "tinbai.ico does not load (Qt's ico image plugin missing?)")
    _require(all(s in sizes for s in ICON_SIZES),
             f"tinbai.ico has sizes {sorted(sizes)}, wanted {list(ICON_SIZES)}")
    pixmap = QPixmap(str(png))
    _require(not pixmap.isNull(), "tinbai.png does not load")
    _require(not icon.pixmap(QSize(16, 16)).isNull(), "no 16 px pixmap")
    return f"tinbai.ico sizes {sorted(sizes)}; tinbai.png {pixmap.width()} px"


def _network_plugins() -> str:
    from PySide6.QtNetwork import QNetworkInformation

    backends = QNetworkInformation.availableBackends()
    _require(backends, "no network-status plugin (Qt plugins/networkinformation) was found")
    return f"network-status backends: {', '.join(backends)}"


def check_resources(report: Report) -> None:
    from app.base import paths

    if not report.check("resources", _resource_folder):
        return
    report.check("resource banks", _banks)
    report.check("resource quota-rules", _quota_rules)
    report.check("resource template", _template)
    report.check("resource mail-providers", _mail_providers)
    folder = paths.resource("translations")
    present = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    for name in REQUIRED_QM:
        if not (folder / name).is_file():
            report.fail(f"translation {name}", f"{name} is missing from {folder}")
    for qm in present:
        report.check(f"translation {qm.name}", _translation, qm)
    report.check("catalogue vi", _vietnamese_catalogue)
    report.check("icon", _icon)
    report.check("network plugins", _network_plugins)


# -- 2. main window ------------------------------------------------------------------------
def _main_window(data_dir: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QGuiApplication

    from ui import launch

    started = time.monotonic()
    window = launch.build_window(data_dir)
    # Shown as far as Qt is concerned (events, layout, paint) but never on the user's screen.
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.show()
    failures: list[str] = []
    try:
        _wait_until(lambda: window.services is not None, WINDOW_TIMEOUT)
        window.services.store_failed.connect(failures.append)
        ready = _wait_until(lambda: failures or (
            window.services.store is not None
            and window.stack.currentWidget() is not window.loading), WINDOW_TIMEOUT)
        _require(not failures, f"the window could not open its data: {failures[:1]}")
        _require(ready, f"the window did not open its data within {WINDOW_TIMEOUT:.0f} s")
        screen = type(window.stack.currentWidget()).__name__
        elapsed = time.monotonic() - started
    finally:
        window.close()  # closing writes what is pending and stops the window's threads
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return (f"shown on platform {QGuiApplication.platformName()!r}, data opened, "
            f"first screen {screen} in {elapsed:.1f} s, closed")


# -- 3. database ---------------------------------------------------------------------------
def _database(data_dir: Path) -> str:
    from app import model
    from app.storage.database import Store

    store = Store(data_dir)
    try:
        sub = model.Submission(title=TITLE, body="Nội dung thử: đủ dấu tiếng Việt.")
        store.save_draft(sub)
        back = store.load_draft(sub.id)
        _require(back is not None, "the saved draft cannot be read back")
        _require((back.title, back.body) == (sub.title, sub.body),
                 f"the draft read back differs: {back.title!r}")
        _require(store.integrity_ok(), "PRAGMA integrity_check is not ok")
    finally:
        store.close()
    return f"{store.db_path.name}: draft saved and read back, integrity ok"


# -- 4. photo check ------------------------------------------------------------------------
def _photo_check() -> str:
    from app.base import paths

    try:
        from app import photocheck
    except ImportError as exc:
        raise CheckFailed(
            f"the photo checker (app.photocheck) is not in this build: {exc}") from None
    path = paths.resource(*TEST_PHOTO)
    _require(path.is_file(), f"the built-in test photo is missing: {path}")
    started = time.monotonic()
    result = photocheck.check_photo(path)
    elapsed = time.monotonic() - started
    make = str(result.facts.get("make") or "").strip()
    model_name = str(result.facts.get("model") or "").strip()
    reasons = ", ".join(getattr(r, "code", str(r)) for r in result.reasons)
    _require(result.verdict == "ok",
             f"{path.name}: verdict {result.verdict!r}, wanted 'ok' ({reasons})")
    _require(make, f"{path.name}: no camera make read from EXIF")
    return f"{path.name}: {make} {model_name}, verdict ok in {elapsed:.2f} s"


def _photo_check_process() -> str:
    """The window checks photos in spawned processes: a frozen build must start them."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from app.base import paths
    from app.base.processes import lower_priority
    from app.photocheck import check_photo

    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                             initializer=lower_priority) as pool:
        result = pool.submit(check_photo, str(paths.resource(*TEST_PHOTO))).result(60)
    _require(result.verdict == "ok", f"verdict {result.verdict!r} in the check process")
    return f"a spawned check process answered in {time.monotonic() - started:.1f} s"


def _credentials() -> str:
    """The C2PA library loads (from the build's own folder), reads a photo (the test photo
    has no credentials: the library must say so), and the shipped trust list is sound."""
    from app.base import paths

    try:
        from app.photocheck import credentials
        c2pa = credentials.load_library()
    except (ImportError, credentials.CredentialsUnavailable) as exc:
        raise CheckFailed(f"the C2PA library does not load: {exc}") from None
    data = paths.resource(*TEST_PHOTO).read_bytes()
    try:
        with c2pa.Reader("image/jpeg", io.BytesIO(data)):
            raise CheckFailed("the test photo has no credentials, the library found some")
    except c2pa.C2paError.ManifestNotFound:
        pass
    trust = credentials.parse_trust_list(credentials.builtin_trust_text())
    return f"{credentials.library_version()}; trust list of {trust.count} authorities"


def _heic_preview() -> str:
    from app.base import paths

    path = paths.resource(*TEST_HEIC)
    _require(path.is_file(), f"the built-in HEIC test picture is missing: {path}")
    from ui.thumbnails import load_thumbnail

    image = load_thumbnail(str(path), 32)
    _require(image is not None and not image.isNull(),
             f"{path.name} cannot be decoded (pillow-heif missing or broken)")
    left, right = image.pixelColor(2, image.height() // 2), image.pixelColor(
        image.width() - 3, image.height() // 2)
    _require(left.red() > 128 > left.blue() and right.blue() > 128 > right.red(),
             f"{path.name} decoded with the wrong colours")
    return f"{path.name}: decoded to {image.width()} × {image.height()}"


# -- 5. message ----------------------------------------------------------------------------
def _message(work: Path) -> str:
    from app import model
    from app.base import paths
    from app.document import bundle
    from app.document import messages as message
    from app.model import validation
    from app.storage.database import Store
    from app.storage.photos import import_photo

    store = Store(work / "data")
    try:
        path = paths.resource(*TEST_PHOTO)
        photo = import_photo(store, path, "Công nhân nhận quà tại ngày hội")
        try:
            from app import photocheck

            photo.check = photocheck.check_photo(store.photo_path(photo)).to_check(
                photo.sha256)
        except ImportError:
            pass  # the photo check reports that itself
        sub = model.Submission(
            title=TITLE,
            body=("Sáng nay, Công đoàn phường tổ chức ngày hội công nhân với nhiều hoạt động "
                  "văn hoá, thể thao. Hơn hai trăm đoàn viên tham gia; ban tổ chức trao quà "
                  "cho các gia đình công nhân có hoàn cảnh khó khăn và khen thưởng những tập "
                  "thể, cá nhân tiêu biểu trong phong trào thi đua của năm."),
            author="Nguyễn Thị Hồng Nhung",
            unit="Công đoàn phường Đống Đa",
            phone="0983123456",
            bank_bin="970436",
            account="0123456789",
            holder="Nguyễn Thị Hồng Nhung",
            photos=[photo],
            approval=model.Approval("Trần Văn Đức", "Chủ tịch Công đoàn phường",
                                    model.now_iso()),
        )
        problems = validation.errors(validation.validate(sub))
        _require(not problems, "the test item is not complete: "
                 + "; ".join(f"{p.field}: {p.message}" for p in problems))
        built = bundle.build(store, sub, work / "out")
        messages = message.build_messages(
            sub, built.path, built.manifest, sender_name="TinBài self-test",
            sender_addr="selftest@example.invalid", to_addr="congdoanbk@gmail.com")
        _require(messages, "no message was built")
        summary = message.parse_summary(messages[0].data)
        _require(TITLE in summary["subject"],
                 f"the subject {summary['subject']!r} lacks the title")
        hashes = [a["sha256"] for m in messages
                  for a in message.parse_summary(m.data)["attachments"]]
        _require(photo.sha256 in hashes, "no attachment carries the photo's exact bytes")
    finally:
        store.close()
    size = sum(m.size for m in messages)
    return (f"bundle {built.path.name!r}; {len(messages)} message(s), {size:,} bytes; subject "
            f"{summary['subject']!r}; photo attachment sha256 matches; not sent")


# -- 6. keychain ---------------------------------------------------------------------------
def check_keychain(report: Report) -> None:
    name = "keychain"
    try:
        import keyring

        from app.mail.secrets import configure_keyring

        configure_keyring()

        backend = keyring.get_keyring()
        label = f"{type(backend).__module__}.{type(backend).__name__}"
        from app.mail.secrets import keychain_available

        real = keychain_available()
        if real and sys.platform == "win32":
            # Read-only probe: proves the Credential Manager answers, writes nothing.
            backend.get_password("TinBai-selftest", "probe")
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"
        if sys.platform == "win32":
            report.fail(name, detail)
        else:
            report.info(name, f"keyring not usable here ({detail})")
        return
    detail = f"backend {label}; {'a real keychain' if real else 'no real keychain'}"
    if sys.platform == "win32":
        if real:
            report.ok(name, detail)
        else:
            report.fail(name, detail + " (the Windows Credential Manager backend is missing)")
    else:
        report.info(name, detail + " (only required on Windows)")


# -- running -------------------------------------------------------------------------------
def _remove(folder: Path) -> str | None:
    """Remove the temporary folder; retry briefly (Windows may hold a file a moment)."""
    error = None
    for attempt in range(10):
        try:
            shutil.rmtree(folder)
            return None
        except FileNotFoundError:
            return None
        except OSError as exc:
            error = exc
            time.sleep(0.1 * (attempt + 1))
    return str(error)


def run(args) -> int:
    _ensure_output()
    _default_platform()
    from app import __version__

    started = time.monotonic()
    report = Report()
    frozen = "frozen" if getattr(sys, "frozen", False) else "not frozen"
    print(f"TinBài {__version__} self-test: Python {platform.python_version()} "
          f"({frozen}) on {platform.platform()}", flush=True)
    data_dir = getattr(args, "data_dir", None)
    if data_dir:
        report.info("data folder", f"{data_dir} is not used: the self-test never opens the "
                                   "user's data, it works in a temporary folder")
    try:
        work = Path(tempfile.mkdtemp(prefix="tinbai-selftest-"))
    except OSError as exc:
        report.fail("temporary folder", f"cannot create one ({exc}); check TEMP/TMP")
        print("self-test FAILED", flush=True)
        return 1
    report.info("temporary folder", str(work))
    try:
        print(f"     starting Qt (QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')!r})",
              flush=True)
        from ui import launch

        launch.create_app([sys.argv[0] if sys.argv else "tinbai"])
        check_resources(report)
        report.check("main window", _main_window, work / "window")
        report.check("database", _database, work / "database")
        report.check("photo check", _photo_check)
        report.check("photo check process", _photo_check_process)
        report.check("content credentials", _credentials)
        report.check("HEIC preview", _heic_preview)
        report.check("message", _message, work / "message")
        check_keychain(report)
    finally:
        error = _remove(work)
        if error:
            report.info("cleanup", f"{work} could not be removed: {error}")
    elapsed = time.monotonic() - started
    verdict = "passed" if report.failed == 0 else "FAILED"
    print(f"self-test {verdict}: {report.passed} OK, {report.failed} FAIL, {report.notes} INFO "
          f"in {elapsed:.1f} s", flush=True)
    return 0 if report.failed == 0 else 1
