"""The check is safe on any bytes: no crash, no hang, no write, no heavy import."""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import struct
import subprocess
import sys
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.photocheck import VERDICTS, check_photo, check_photos
from app.photocheck import checker as checker_module
from tests.photos import (
    Exif,
    camera_jpeg,
    encode,
    heic,
    picture,
    rewritten_jpeg,
    segment,
    split_segments,
    write,
)

ROBUST = settings(max_examples=150, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture,
                                         HealthCheck.too_slow])


def assert_sane(report):
    assert report.verdict in VERDICTS
    json.dumps(report.to_dict())  # facts stay JSON-serialisable
    for reason in report.reasons:
        assert reason.message and reason.remedy
    assert "internal-error" not in report.codes(), report.facts.get("internal_error")


def test_missing_file(tmp_path):
    report = check_photo(tmp_path / "gone.jpg")
    assert report.verdict == "error" and report.codes() == ["not-found"]


def test_folder(tmp_path):
    report = check_photo(tmp_path)
    assert report.verdict == "error" and report.codes() == ["not-a-file"]


def test_empty_file(tmp_path):
    report = check_photo(write(tmp_path, "empty.jpg", b""))
    assert report.verdict == "error" and report.codes() == ["empty-file"]


def test_random_bytes(tmp_path):
    report = check_photo(write(tmp_path, "random.jpg", os.urandom(5000)))
    assert report.verdict == "error" and report.codes() == ["not-an-image"]


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.jpg", camera_jpeg())

    def refuse(*args, **kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(checker_module, "open", refuse, raising=False)
    report = check_photo(path)
    assert report.verdict == "error" and report.codes() == ["unreadable"]


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_jpeg(tmp_path, cut):
    data = camera_jpeg()
    report = check_photo(write(tmp_path, "cut.jpg", data[:int(len(data) * cut)]))
    assert report.verdict == "error" and report.codes() == ["damaged"]


def test_jpeg_cut_in_its_headers(tmp_path):
    report = check_photo(write(tmp_path, "head.jpg", camera_jpeg()[:300]))
    assert report.verdict == "error" and report.codes() == ["damaged"]


def test_corrupt_exif(tmp_path):
    data = camera_jpeg()
    segs, scan = split_segments(data)
    bad_exif = segment(0xE1, b"Exif\x00\x00MM\x00*\x00\x00\xff\xf0" + os.urandom(200))
    rebuilt = b"\xff\xd8" + bad_exif + b"".join(
        segment(m, p) for m, p in segs if m != 0xE1) + scan
    report = check_photo(write(tmp_path, "badexif.jpg", rebuilt))
    assert report.verdict == "reject"
    assert "exif-damaged" in report.codes()


def _with_exif(tiff: bytes) -> bytes:
    segs, scan = split_segments(camera_jpeg())
    return b"\xff\xd8" + segment(0xE1, b"Exif\x00\x00" + tiff) + b"".join(
        segment(m, p) for m, p in segs if m != 0xE1) + scan


def _answered_within(path, seconds):
    started = time.perf_counter()
    report = check_photo(path)
    assert time.perf_counter() - started < seconds, report.facts.get("check_seconds")
    return report


def test_exif_with_absurd_entry_counts_is_refused_quickly(tmp_path):
    tiff = b"II*\x00\x08\x00\x00\x00" + struct.pack("<H", 0xFFFF) + bytes(12 * 2000)
    report = _answered_within(write(tmp_path, "absurd.jpg", _with_exif(tiff)), 1.0)
    assert report.codes()[0] == "exif-damaged"


def test_exif_as_costly_as_allowed_is_read_quickly():
    """Every IFD as large as allowed, each pointing at the others and at itself, with text
    values longer than the cap: the walk stays bounded."""
    from app.photocheck.exif import MAX_ENTRIES, MAX_IFDS, MAX_TEXT, read_exif

    size = 2 + 12 * MAX_ENTRIES + 4
    offsets = [8 + i * size for i in range(MAX_IFDS + 1)]
    tiff = b"II*\x00" + struct.pack("<I", offsets[0])
    for i, _offset in enumerate(offsets):
        pointers = {0x8769: offsets[-1], 0x8825: offsets[0], 0xA005: offsets[i]}
        entries = [struct.pack("<HHII", tag, 4, 1, value) for tag, value in pointers.items()]
        entries += [struct.pack("<HHII", tag, 2, 1 << 30, 8)
                    for tag in range(MAX_ENTRIES - len(entries))]
        nxt = offsets[(i + 1) % len(offsets)]
        tiff += struct.pack("<H", MAX_ENTRIES) + b"".join(entries) + struct.pack("<I", nxt)
    started = time.perf_counter()
    facts = read_exif(tiff)
    assert time.perf_counter() - started < 0.5
    # The chain's IFDs, the EXIF, GPS and Interoperability IFDs: each read once.
    assert facts.tag_count <= (MAX_IFDS + 3) * MAX_ENTRIES
    assert len(facts.software or "") <= MAX_TEXT


def claimed_size(data: bytes, width: int, height: int) -> bytes:
    """The same file with a frame header claiming another size."""
    segs, scan = split_segments(data)
    out = b"\xff\xd8"
    for marker, payload in segs:
        if marker == 0xC0:
            payload = payload[:1] + struct.pack(">HH", height, width) + payload[5:]
        out += segment(marker, payload)
    return out + scan


def test_decompression_bomb_jpeg_is_not_opened(tmp_path):
    data = claimed_size(camera_jpeg(exif=Exif(pixel_size=(60000, 60000))), 60000, 60000)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = check_photo(write(tmp_path, "bomb.jpg", data))
    assert report.verdict == "error" and report.codes() == ["too-many-pixels"]


def test_large_picture_is_checked_without_decoding(tmp_path):
    """Beyond Pillow's bomb limit but within a 200 MP phone's range: headers only."""
    data = claimed_size(rewritten_jpeg(exif=Exif(pixel_size=(16320, 12240))), 16320, 12240)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = check_photo(write(tmp_path, "200mp.jpg", data))
    assert report.codes() == ["encoder-layout"]
    assert report.facts["thumbnail_note"] == "picture too large to decode"


def test_pillow_bomb_error_is_caught(tmp_path, monkeypatch):
    from PIL import Image

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)  # the preview fits, not the picture
    report = check_photo(write(tmp_path, "a.jpg", rewritten_jpeg()))
    assert report.codes() == ["encoder-layout"]
    assert report.facts["thumbnail_note"] == "picture too large to decode"

    def bomb(*args, **kw):
        raise Image.DecompressionBombError("bomb")

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    monkeypatch.setattr(Image, "open", bomb)
    report = check_photo(write(tmp_path, "b.jpg", rewritten_jpeg()))
    assert report.codes() == ["encoder-layout"]
    assert report.facts["thumbnail_note"] == "preview unreadable"


def test_png_bomb_is_judged_from_its_header(tmp_path):
    png = bytearray(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR")
    png += struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0) + bytes(4)
    report = check_photo(write(tmp_path, "bomb.png", bytes(png)))
    assert report.verdict == "reject" and report.codes() == ["not-camera-format"]
    assert report.facts["width"] == 100000


def test_unexpected_failure_is_reported_not_raised(tmp_path, monkeypatch):
    def broken(data):
        raise RuntimeError("bug")

    monkeypatch.setattr(checker_module, "parse_jpeg", broken)
    report = check_photo(write(tmp_path, "a.jpg", camera_jpeg()))
    assert report.verdict == "error" and report.codes() == ["internal-error"]
    assert "RuntimeError" in report.facts["internal_error"]


# Property tests ---------------------------------------------------------------------------

_JPEG = camera_jpeg((320, 240), exif=Exif(pixel_size=(320, 240)))
_HEIC = heic()


@ROBUST
@given(data=st.binary(max_size=3000))
def test_any_bytes(tmp_path, data):
    assert_sane(check_photo(write(tmp_path, "x.jpg", data)))


@ROBUST
@given(prefix=st.sampled_from([b"\xff\xd8\xff", b"\xff\xd8\xff\xe1", b"\x89PNG\r\n\x1a\n",
                               b"\x00\x00\x00\x18ftypheic", b"RIFF\x00\x00\x00\x00WEBPVP8X",
                               b"II*\x00", b"GIF89a", b"BM"]),
       rest=st.binary(max_size=2000))
def test_any_bytes_after_a_magic_number(tmp_path, prefix, rest):
    assert_sane(check_photo(write(tmp_path, "x.jpg", prefix + rest)))


def _mutate(base: bytes, edits, cut):
    data = bytearray(base)
    for pos, value in edits:
        data[pos % len(data)] = value
    if cut is not None:
        data = data[:max(1, cut % len(data))]
    return bytes(data)


_EDITS = st.lists(st.tuples(st.integers(min_value=0, max_value=4000),
                            st.integers(min_value=0, max_value=255)), max_size=8)


@ROBUST
@given(edits=_EDITS, cut=st.none() | st.integers(min_value=1))
def test_mutated_camera_jpeg(tmp_path, edits, cut):
    """Byte flips in the headers and EXIF, and cuts anywhere."""
    report = check_photo(write(tmp_path, "m.jpg", _mutate(_JPEG, edits, cut)))
    assert_sane(report)


@ROBUST
@given(edits=_EDITS, cut=st.none() | st.integers(min_value=1))
def test_mutated_heic(tmp_path, edits, cut):
    report = check_photo(write(tmp_path, "m.heic", _mutate(_HEIC, edits, cut)))
    assert_sane(report)


@ROBUST
@given(edits=_EDITS, cut=st.none() | st.integers(min_value=1))
def test_hostile_files_are_answered_quickly_without_a_time_limit(tmp_path, edits, cut):
    """The check has no time limit: its parsers are bounded, so a hostile file is answered
    quickly, in the calling thread."""
    for name, base in (("h.jpg", _JPEG), ("h.heic", _HEIC)):
        assert_sane(_answered_within(write(tmp_path, name, _mutate(base, edits, cut)), 1.0))
    assert not [t for t in threading.enumerate() if t.name.startswith("photocheck")]


# Never written --------------------------------------------------------------------------


def test_files_are_only_read(tmp_path, monkeypatch):
    files = [write(tmp_path, "a.jpg", camera_jpeg()), write(tmp_path, "b.heic", heic()),
             write(tmp_path, "c.jpg", encode(picture())), write(tmp_path, "d.jpg", b"\xff\xd8")]
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns,
                  p.stat().st_size) for p in files}
    modes = []
    real_open = builtins.open

    def watching_open(file, mode="r", *args, **kw):
        modes.append(mode)
        return real_open(file, mode, *args, **kw)

    monkeypatch.setattr(builtins, "open", watching_open)
    reports = check_photos(files)
    monkeypatch.undo()
    assert [r.verdict for r in reports] == ["ok", "ok", "reject", "error"]
    assert modes and set(modes) == {"rb"}
    for p in files:
        after = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns,
                 p.stat().st_size)
        assert after == before[p]
        assert reports[files.index(p)].facts.get("sha256", before[p][0]) == before[p][0]


def test_importing_the_package_does_not_load_pillow():
    code = ("import sys, app.photocheck; "
            "print(sorted(m for m in ('PIL',) if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=os.path.dirname(os.path.dirname(os.path.dirname(
                             os.path.abspath(__file__)))))
    assert out.stdout.strip() == "[]"


def test_many_files_in_input_order_with_progress(tmp_path):
    names = []
    for i in range(24):
        data = camera_jpeg((400, 300), exif=Exif(pixel_size=(400, 300))) if i % 3 else b""
        names.append(write(tmp_path, f"{i:02d}.jpg", data))
    seen = []
    reports = check_photos(names, workers=4, progress=lambda d, t: seen.append((d, t)))
    assert [r.path for r in reports] == [str(p) for p in names]
    assert [r.verdict for r in reports] == ["error" if i % 3 == 0 else "review"
                                            for i in range(24)]
    assert seen[0] == (0, 24) and seen[-1] == (24, 24)
    assert [d for d, _ in seen] == list(range(25))


def test_files_go_to_the_callers_executor(tmp_path):
    paths = [write(tmp_path, f"{i}.jpg", camera_jpeg((400, 300)) if i % 2 else b"")
             for i in range(6)]
    threads = []

    def checking(path, name, compare_thumbnail, trust_pem=None):
        threads.append(threading.current_thread().name)
        return real(path, name, compare_thumbnail, trust_pem)

    real = checker_module._check_safely
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="caller") as pool:
        checker_module._check_safely = checking
        try:
            reports = check_photos(paths, workers=5, executor=pool)
        finally:
            checker_module._check_safely = real
        assert [r.path for r in reports] == [str(p) for p in paths]
        assert pool.submit(lambda: "still open").result() == "still open"  # not shut down
    assert [r.verdict for r in reports] == ["error", "review"] * 3
    assert threads and all(t.startswith("caller") for t in threads)


def test_stopping_early_cancels_the_rest(tmp_path, monkeypatch):
    paths = [write(tmp_path, f"{i}.jpg", b"") for i in range(40)]
    checked = []
    real = checker_module._check_safely
    closing = threading.Event()

    def counting(path, name, compare_thumbnail, trust_pem=None):
        checked.append(path)
        if len(checked) > 1:  # the consumer is closing the iterator meanwhile
            closing.wait(5)
        return real(path, name, compare_thumbnail, trust_pem)

    monkeypatch.setattr(checker_module, "_check_safely", counting)
    reports = checker_module.iter_check_photos(paths, workers=1)
    first = next(reports)
    threading.Timer(0.2, closing.set).start()  # lets the file being checked finish
    reports.close()
    assert first.codes() == ["empty-file"]
    assert len(checked) < 40
