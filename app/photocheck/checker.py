"""Check one photo, or many in parallel. Reads the file once, never writes it.

No time limit is needed: every parser is bounded (entries, boxes, segments, text lengths)
and refuses absurd structures quickly, and pixels are decoded only at 1/8 scale within a
pixel limit.
"""

from __future__ import annotations

import hashlib
import math
import multiprocessing
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from app.base import i18n
from app.base.filetype import HEIF, JPEG, PNG, sniff
from app.photocheck import credentials, rules
from app.photocheck.app13 import read_app13
from app.photocheck.c2pa_scan import c2pa_container
from app.photocheck.exif import ExifDamaged, read_exif
from app.photocheck.heif import HeifCutShort, HeifError, find_exif_tiff, parse_heif
from app.photocheck.jpeg_markers import (
    JpegError,
    JpegLayout,
    decodable_stream,
    estimate_quality,
    huffman_kind,
    layout_summary,
    libjpeg_layout,
    parse_jpeg,
    subsampling,
)
from app.photocheck.messages import make_reason, sort_reasons
from app.photocheck.mpf import intact_pictures
from app.photocheck.report import PhotoReport
from app.photocheck.software import classify
from app.photocheck.xmp import read_xmp

MAX_FILE_BYTES = 256 * 1024 * 1024  # the largest phone photos are about 40 MB
PIXEL_LIMIT = 400_000_000  # far above any camera (200 MP phones) or phone panorama

_XMP_IDS = ("http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/xmp/extension/")

Progress = Callable[[int, int], None]
# The trust list for content credentials: PEM text, None (the shipped list), or a callable
# that gives one of those, called only when a photo carries credentials, once per process.
Trust = str | Callable[[], str | None] | None


def check_photo(path: str | os.PathLike[str], original_name: str | None = None, *,
                compare_thumbnail: bool = True, trust_pem: Trust = None) -> PhotoReport:
    """Check one file, in the calling thread. Never raises for bad input: unreadable files
    give verdict `error`.

    `original_name` is the name the user knew the file by (for the messenger-name rule);
    default: the file's own name. `compare_thumbnail=False` skips the only step that decodes
    pixels. `trust_pem`: the trust list for content credentials (PEM certificates) when the
    user imported one; None: the list shipped with the program; or a callable giving either,
    asked only when the photo carries credentials.
    """
    path_str = os.fspath(path)
    name = original_name or os.path.basename(path_str.rstrip("/\\")) or path_str
    return _check_safely(path_str, name, compare_thumbnail, trust_pem)


def iter_check_photos(paths: Iterable[str | os.PathLike[str]], workers: int | None = None,
                      progress: Progress | None = None,
                      original_names: Iterable[str | None] | None = None,
                      compare_thumbnail: bool = True,
                      executor: Executor | None = None,
                      trust_pem: Trust = None) -> Iterator[PhotoReport]:
    """Check many files on a pool of threads; yield the reports in input order.

    Threads suit this work: file reading, hashing and Pillow's decoding release the GIL
    (measured on the corpus: 4 threads beat 2 or 4 processes, and spawned processes, as on
    Windows, cost more than they gain). `progress(done, total)` is called in the consuming
    thread as results arrive in order. Closing the iterator early cancels the files not yet
    started.

    With `executor`, the files are submitted to it (`workers` is then unused); the caller
    owns it and it is not shut down. Without, a pool of `workers` threads is made for the
    call.
    """
    items, names = _batch(paths, original_names, progress)
    total = len(items)
    if not items:
        return
    if executor is not None:
        yield from _collect(executor, items, names, compare_thumbnail, progress, trust_pem)
        return
    workers = workers or default_workers()
    with ThreadPoolExecutor(max_workers=max(1, min(workers, total)),
                            thread_name_prefix="photocheck") as pool:
        yield from _collect(pool, items, names, compare_thumbnail, progress, trust_pem)


def _batch(paths, original_names, progress: Progress | None) -> tuple[list, list]:
    """A batch's paths (as strings) and original names, checked to match; progress at 0."""
    items = [os.fspath(p) for p in paths]
    names = list(original_names) if original_names is not None else [None] * len(items)
    if len(names) != len(items):
        raise ValueError("original_names must match paths")
    if progress:
        progress(0, len(items))
    return items, names


def _collect(executor: Executor, items: list, names: list, compare_thumbnail: bool,
             progress: Progress | None, trust_pem: Trust = None
             ) -> Iterator[PhotoReport]:
    futures = [executor.submit(check_photo, p, n, compare_thumbnail=compare_thumbnail,
                               trust_pem=trust_pem)
               for p, n in zip(items, names)]
    try:
        for done, future in enumerate(futures, 1):
            report = future.result()
            if progress:
                progress(done, len(futures))
            yield report
    finally:  # the consumer stopped early (cancelled): drop the files not started
        for future in futures:
            future.cancel()


def check_photos(paths: Iterable[str | os.PathLike[str]], workers: int | None = None,
                 progress: Progress | None = None,
                 original_names: Iterable[str | None] | None = None,
                 compare_thumbnail: bool = True,
                 executor: Executor | None = None,
                 trust_pem: Trust = None) -> list[PhotoReport]:
    """`iter_check_photos` collected into a list (input order)."""
    return list(iter_check_photos(paths, workers, progress, original_names,
                                  compare_thumbnail, executor, trust_pem))


# A batch on processes ---------------------------------------------------------------------

MIN_PARALLEL = 8  # fewer files are checked here: starting a process costs more than they do
MAX_CHUNK = 8  # files handed out at a time (fewer messages, and the work still shared evenly)


def iter_check_in_processes(paths: Iterable[str | os.PathLike[str]],
                            workers: int | None = None,
                            progress: Progress | None = None,
                            original_names: Iterable[str | None] | None = None,
                            compare_thumbnail: bool = True,
                            trust_pem: Trust = None) -> Iterator[PhotoReport]:
    """Check a batch on every core: this process and `workers - 1` spawned helpers (one per
    core by default); yield the reports in input order, the same reports a serial run gives.

    The parsers are Python: threads would share one core (the GIL); processes use them all.
    The calling process works too, from the front of the batch, while the helpers start
    (which takes a few tenths of a second) and then take chunks from the back, so nobody
    waits. Each file is read once, by whoever checks it. Helpers are spawned (as on Windows,
    and never forked under a GUI); a small batch is checked here alone.
    """
    items, names = _batch(paths, original_names, progress)
    total = len(items)
    workers = max(1, min(workers or os.cpu_count() or 1, total))
    if workers == 1 or total < MIN_PARALLEL:
        for done, (path, name) in enumerate(zip(items, names), 1):
            report = check_photo(path, name, compare_thumbnail=compare_thumbnail,
                                 trust_pem=trust_pem)
            if progress:
                progress(done, total)
            yield report
        return
    size = max(1, min(MAX_CHUNK, math.ceil(total / (workers * 8))))
    chunks = [(items[i:i + size], names[i:i + size]) for i in range(0, total, size)]
    results: list[list[PhotoReport] | None] = [None] * len(chunks)
    helpers = workers - 1
    depth = 2 * helpers  # chunks queued for the helpers at any time
    done = 0
    emitted = 0
    with ProcessPoolExecutor(max_workers=helpers,
                             mp_context=multiprocessing.get_context("spawn"),
                             initializer=i18n.set_language,
                             initargs=(i18n.language(),)) as pool:
        front, back = 0, len(chunks) - 1
        pending: dict = {}
        try:
            while front <= back or pending:
                while len(pending) < depth and front <= back:
                    chunk, chunk_names = chunks[back]
                    pending[back] = pool.submit(check_batch, chunk, chunk_names,
                                                compare_thumbnail, trust_pem)
                    back -= 1
                if front <= back:
                    chunk, chunk_names = chunks[front]
                    results[front] = check_batch(chunk, chunk_names, compare_thumbnail,
                                                 trust_pem)
                    done += len(chunk)
                    front += 1
                else:  # everything handed out: wait for the helpers
                    index = min(pending)
                    results[index] = pending.pop(index).result()
                    done += len(chunks[index][0])
                for index in [i for i, f in pending.items() if f.done()]:
                    results[index] = pending.pop(index).result()
                    done += len(chunks[index][0])
                if progress:
                    progress(done, total)
                while emitted < len(chunks) and results[emitted] is not None:
                    yield from results[emitted]
                    results[emitted] = []
                    emitted += 1
        finally:  # stopped early: the chunks not started are dropped
            for future in pending.values():
                future.cancel()


def check_batch(paths: list[str], names: list[str | None], compare_thumbnail: bool = True,
                trust_pem: Trust = None) -> list[PhotoReport]:
    """Check files one after the other (what one process of the pool does with a chunk)."""
    return [check_photo(p, n, compare_thumbnail=compare_thumbnail, trust_pem=trust_pem)
            for p, n in zip(paths, names)]


def default_workers() -> int:
    return max(2, min(8, (os.cpu_count() or 1) + 2))


# One file ---------------------------------------------------------------------------------


# Facts every report carries (None when unknown), so that readers need not test for keys.
BASE_FACTS = ("file_name", "format", "width", "height", "size", "sha256", "has_exif", "make",
              "model", "software", "date_taken", "has_makernote", "jpeg_quality")


def _new_report(path: str, name: str) -> PhotoReport:
    facts: dict[str, Any] = dict.fromkeys(BASE_FACTS)
    facts["file_name"] = name
    return PhotoReport(path, facts=facts)


def _check_safely(path: str, name: str, compare_thumbnail: bool,
                  trust_pem: Trust = None) -> PhotoReport:
    started = time.perf_counter()
    report = _new_report(path, name)
    try:
        _check(path, report, compare_thumbnail, trust_pem)
    except MemoryError:
        report.reasons.append(make_reason("too-large"))
    except Exception as exc:  # a bug must not take the program down: report it
        report.reasons.append(make_reason("internal-error"))
        report.facts["internal_error"] = f"{type(exc).__name__}: {exc}"
    report.reasons = sort_reasons(report.reasons)
    report.facts["check_seconds"] = round(time.perf_counter() - started, 4)
    return report


def _read(path: str, report: PhotoReport) -> bytes | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        report.reasons.append(make_reason("not-found"))
        return None
    except (OSError, ValueError):
        report.reasons.append(make_reason("unreadable"))
        return None
    if not stat.S_ISREG(st.st_mode):
        report.reasons.append(make_reason("not-a-file"))
        return None
    report.facts["size"] = st.st_size
    report.facts["modified"] = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(st.st_mtime))
    if st.st_size > MAX_FILE_BYTES:
        report.reasons.append(make_reason("too-large"))
        return None
    try:
        with open(path, "rb") as fh:
            # One read of the size stat() gave (+1 to notice a file that grew meanwhile).
            data = fh.read(min(st.st_size, MAX_FILE_BYTES) + 1)
    except FileNotFoundError:
        report.reasons.append(make_reason("not-found"))
        return None
    except OSError:
        report.reasons.append(make_reason("unreadable"))
        return None
    report.facts["size"] = len(data)
    if not data:
        report.reasons.append(make_reason("empty-file"))
        return None
    if len(data) > MAX_FILE_BYTES:
        report.reasons.append(make_reason("too-large"))
        return None
    return data


def _check(path: str, report: PhotoReport, compare_thumbnail: bool,
           trust_pem: Trust = None) -> None:
    data = _read(path, report)
    if data is None:
        return
    facts = report.facts
    facts["sha256"] = hashlib.sha256(data).hexdigest()
    kind = sniff(data)
    facts["format"] = kind.format
    facts["width"], facts["height"] = kind.width, kind.height
    if kind.format is None:
        report.reasons.append(make_reason("not-an-image"))
        return
    ev = rules.Evidence(file_name=facts["file_name"], format=kind.format,
                        width=kind.width, height=kind.height)
    if kind.format == JPEG:
        if not _gather_jpeg(data, ev, report):
            return
    elif kind.format == HEIF:
        facts["heif_brand"] = kind.brand
        if not _gather_heif(data, ev, report):
            return
    _exif_facts(ev, facts)
    report.reasons += rules.evaluate(ev)
    if kind.format in (JPEG, HEIF, PNG):
        container = c2pa_container(data)  # microseconds; the library only when there is one
        if container is not None:
            facts["c2pa"] = credentials.read_credentials(data, container,
                                                         _resolve_trust(trust_pem))
            report.reasons += rules.credential_reasons(facts["c2pa"])
    if (compare_thumbnail and kind.format == JPEG and ev.exif and ev.exif.thumbnail
            and ev.width and ev.height and report.verdict in ("ok", "review")):
        if rules.lossless_rewrite_possible(ev):
            _compare_thumbnail(data, ev, report)
        else:
            facts["thumbnail_note"] = "not compared: the tables are the camera's"


_resolved: dict[object, str | None] = {}


def _resolve_trust(trust: Trust) -> str | None:
    """The PEM (or None) a trust list source gives, asked once per process and source."""
    if trust is None or isinstance(trust, str):
        return trust
    if trust not in _resolved:
        _resolved.clear()
        _resolved[trust] = trust()
    return _resolved[trust]


def _too_many_pixels(ev: rules.Evidence, report: PhotoReport) -> bool:
    if ev.width and ev.height and ev.width * ev.height > PIXEL_LIMIT:
        report.reasons.append(make_reason("too-many-pixels"))
        return True
    return False


def _gather_jpeg(data: bytes, ev: rules.Evidence, report: PhotoReport) -> bool:
    facts = report.facts
    try:
        layout = parse_jpeg(data)
    except JpegError as exc:
        report.reasons.append(make_reason("damaged"))
        facts["damage"] = str(exc)
        return False
    ev.jpeg = layout
    ev.width, ev.height = layout.width, layout.height
    facts["width"], facts["height"] = layout.width, layout.height
    _jpeg_facts(layout, data, facts)
    if layout.truncated:
        report.reasons.append(make_reason("damaged"))
        facts["damage"] = "the image data is cut short"
        return False
    if _too_many_pixels(ev, report):
        return False
    tiff = None
    xmp_parts: list[bytes] = []
    app13: list[bytes] = []
    for n, seg, ident in layout.app_segments(data):
        ev.app_ids.append((n, ident))
        payload = data[seg.start:seg.end]
        if n == 1 and ident == "Exif" and tiff is None:
            tiff = payload[6:]
        elif n == 1 and ident in _XMP_IDS:
            xmp_parts.append(payload[len(ident) + 1:])
        elif n == 13:
            app13.append(payload)
        elif n == 2 and ident == "MPF" and ev.mpf_pictures is None:
            ev.mpf_pictures = intact_pictures(data, seg.start + 4,
                                              len(data) - layout.trailing_bytes)
            facts["mpf_pictures"] = ev.mpf_pictures
    if tiff is not None:
        _read_exif_into(tiff, ev)
    if xmp_parts:
        ev.xmp = read_xmp(b"".join(xmp_parts))
    if app13:
        ev.app13 = read_app13(app13)
    if ev.exif and ev.exif.thumbnail:
        try:
            ev.thumbnail_layout = parse_jpeg(ev.exif.thumbnail)
            ev.thumbnail_libjpeg = libjpeg_layout(ev.thumbnail_layout)
        except JpegError:
            ev.thumbnail_libjpeg = False
    return True


def _jpeg_facts(layout: JpegLayout, data: bytes, facts: dict[str, Any]) -> None:
    quality, exact = estimate_quality(layout)
    apps = layout.app_segments(data)
    facts.update({
        "jpeg_quality": quality,
        "jpeg_ijg_tables": exact,
        "jpeg_huffman": huffman_kind(layout),
        "jpeg_layout": layout_summary(layout),
        "jpeg_libjpeg_layout": libjpeg_layout(layout),
        "jpeg_progressive": layout.progressive,
        "jpeg_subsampling": subsampling(layout),
        "jpeg_restart_interval": layout.restart_interval,
        "jpeg_app_segments": [_app_name(n, ident) for n, _seg, ident in apps][:40],
        "jpeg_trailing_bytes": layout.trailing_bytes,
        "has_jfif": any(n == 0 and ident == "JFIF" for n, _s, ident in apps),
        "has_mpf": any(n == 2 and ident == "MPF" for n, _s, ident in apps),
    })


def _app_name(n: int, ident: str) -> str:
    if n == 11 and ident.startswith("JP"):
        ident = "JUMBF"  # JPEG-XT boxes (C2PA): "JP", then binary box numbers
    return f"APP{n} {ident}".rstrip()


def _gather_heif(data: bytes, ev: rules.Evidence, report: PhotoReport) -> bool:
    try:
        info = parse_heif(data)
    except HeifCutShort as exc:  # whatever EXIF it still holds, the picture is incomplete
        report.reasons.append(make_reason("damaged"))
        report.facts["damage"] = str(exc)
        return False
    except HeifError as exc:
        # Our reader could not walk the boxes: look for the EXIF by its header (the picture
        # size then stays unknown and is not compared).
        report.facts["heif_note"] = str(exc)
        tiff = find_exif_tiff(data)
        if tiff is None:
            report.reasons.append(make_reason("damaged"))
            report.facts["damage"] = str(exc)
            return False
        _read_exif_into(tiff, ev)
        return True
    ev.width, ev.height = info.width, info.height
    report.facts["width"], report.facts["height"] = info.width, info.height
    report.facts["heif_rotation"] = info.rotation
    if _too_many_pixels(ev, report):
        return False
    if info.exif_tiff:
        _read_exif_into(info.exif_tiff, ev)
    if info.xmp:
        ev.xmp = read_xmp(info.xmp)
    return True


def _read_exif_into(tiff: bytes, ev: rules.Evidence) -> None:
    try:
        ev.exif = read_exif(tiff)
    except ExifDamaged:
        ev.exif_damaged = True


def _exif_facts(ev: rules.Evidence, facts: dict[str, Any]) -> None:
    exif = ev.exif
    facts["has_exif"] = exif is not None or ev.exif_damaged
    if exif is not None:
        recorded = rules.recorded_size(exif)
        facts.update({
            "make": exif.make,
            "model": exif.model,
            "software": exif.software,
            "processing_software": exif.processing_software,
            "date_taken": exif.date_taken,
            "date_modified": exif.date_modified,
            "orientation": exif.orientation,
            "exif_width": recorded[0] if recorded else None,
            "exif_height": recorded[1] if recorded else None,
            "has_makernote": exif.has_makernote,
            "makernote_size": exif.makernote_size,
            "has_thumbnail": exif.thumbnail is not None,
        })
    if ev.xmp is not None:
        facts["xmp_creator_tool"] = ev.xmp.creator_tool
        facts["xmp_history"] = list(ev.xmp.history_agents)
    if ev.app13 is not None:
        facts["app13_resources"] = [f"0x{r:04X}" for r in ev.app13.resources[:40]]
    values = rules.software_values(ev)
    if values:
        make = exif.make if exif else None
        model = exif.model if exif else None
        facts["software_kind"] = (
            "editor" if any(classify(v, make, model).is_editor for v in values)
            else "firmware")


def _compare_thumbnail(data: bytes, ev: rules.Evidence, report: PhotoReport) -> None:
    from app.photocheck.thumbnail import DecodeError, compare

    thumb = ev.exif.thumbnail if ev.exif else None
    if not thumb or ev.jpeg is None:
        return
    if ev.thumbnail_layout is not None:
        thumb = decodable_stream(thumb, ev.thumbnail_layout)
    try:
        result = compare(thumb, decodable_stream(data, ev.jpeg), ev.width or 0, ev.height or 0,
                         ev.exif.orientation if ev.exif else None)
    except DecodeError as exc:
        report.reasons.append(make_reason("damaged"))
        report.facts["damage"] = str(exc)
        return
    report.facts["thumbnail_score"] = result.score
    if result.note:
        report.facts["thumbnail_note"] = result.note
    reason = rules.thumbnail_reason(result)
    if reason:
        report.reasons.append(reason)
