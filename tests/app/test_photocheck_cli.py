"""`tinbai check-photos`: table, JSON, folders, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.photocheck import checker as checker_module
from app.photocheck import verdict_label
from tests.photos import Exif, camera_jpeg, edited_jpeg, encode, phone_folder, picture, write

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def photos(tmp_path):
    """A folder: an original, a re-save, a PNG, a text file, a nested folder, a hidden one."""
    root = tmp_path / "Ảnh hội nghị"
    (root / "ngày 1" / "sáng").mkdir(parents=True)
    (root / ".thumbs").mkdir()
    write(root, "DSC_0001.JPG", camera_jpeg())
    write(root / "ngày 1", "IMG-20240506-WA0012.jpg", camera_jpeg())
    write(root / "ngày 1" / "sáng", "resaved.jpeg", encode(picture()))
    buf_png = root / "ngày 1" / "screen.png"
    picture((200, 100)).save(buf_png)
    write(root, "notes.txt", b"not a photo")
    write(root / ".thumbs", "cached.jpg", b"\xff\xd8")
    write(root, ".DS_Store", b"\x00")
    return root


def run_json(capsys, *args) -> list[dict]:
    status = main(["check-photos", "--json", *map(str, args)])
    out = capsys.readouterr().out
    assert status == 0
    return json.loads(out)


def test_json_for_a_folder(photos, capsys):
    rows = run_json(capsys, photos)
    files = [Path(r["file"]).relative_to(photos).as_posix() for r in rows]
    assert files == ["DSC_0001.JPG", "ngày 1/IMG-20240506-WA0012.jpg", "ngày 1/screen.png",
                     "ngày 1/sáng/resaved.jpeg"]
    assert rows[0]["file"] == os.path.join(str(photos), "DSC_0001.JPG")
    assert [r["verdict"] for r in rows] == ["ok", "review", "reject", "reject"]
    for row in rows:
        assert set(row) == {"file", "verdict", "reasons", "facts"}
        for reason in row["reasons"]:
            assert set(reason) == {"code", "message", "remedy", "severity"}
            assert reason["message"] and reason["remedy"]
        assert row["facts"]["sha256"] and row["facts"]["size"] > 0
    assert rows[1]["reasons"][0]["code"] == "messenger-name"
    assert rows[2]["reasons"][0]["code"] == "not-camera-format"


def test_files_named_explicitly_are_checked_whatever_their_extension(photos, capsys):
    rows = run_json(capsys, photos / "notes.txt", photos / "DSC_0001.JPG")
    assert [(Path(r["file"]).name, r["verdict"]) for r in rows] == [
        ("notes.txt", "error"), ("DSC_0001.JPG", "ok")]
    assert rows[0]["file"] == str(photos / "notes.txt")


def test_table(photos, capsys):
    assert main(["check-photos", str(photos)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 2 + 4 + 2
    assert "DSC_0001.JPG" in lines[2] and verdict_label("ok") in lines[2]
    assert verdict_label("reject") in lines[4]
    # aligned: the verdict column starts at the same place on every row
    starts = {line.index(word) for line, word in zip(
        lines[2:6], [verdict_label(v) for v in ("ok", "review", "reject", "reject")])}
    assert len(starts) == 1
    assert "4" in lines[-1]


def test_usage_errors(tmp_path, capsys):
    assert main(["check-photos"]) == 2
    assert capsys.readouterr().err.strip()
    assert main(["check-photos", str(tmp_path / "missing.jpg")]) == 2
    assert "missing.jpg" in capsys.readouterr().err
    assert main(["check-photos", "--workers", "0", str(tmp_path)]) == 2


def test_empty_folder(tmp_path, capsys):
    assert main(["check-photos", "--json", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["check-photos", str(tmp_path)]) == 0
    assert capsys.readouterr().err.strip()


def test_unreadable_file_in_a_folder_is_an_error_entry(photos, capsys, monkeypatch):
    real_open = open

    def guarded(path, *args, **kw):
        if str(path).endswith("DSC_0001.JPG"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kw)

    monkeypatch.setattr(checker_module, "open", guarded, raising=False)
    rows = run_json(capsys, photos)
    assert rows[0]["verdict"] == "error"
    assert rows[0]["reasons"][0]["code"] == "unreadable"
    assert [r["verdict"] for r in rows[1:]] == ["review", "reject", "reject"]


def test_hundreds_of_corpus_files(tmp_path, capsys):
    sources = phone_folder(tmp_path / "src", ("DSCN0001.JPG", "IMG_2026.jpg", "IMG_1034.heic"))
    sources.append(edited_jpeg(tmp_path / "src" / "DSCN0010.jpg", seed=9))
    folder = tmp_path / "many"
    expected = {}
    for i in range(75):
        sub = folder / f"batch{i % 5}"
        sub.mkdir(parents=True, exist_ok=True)
        for src in sources:
            dst = sub / f"{i:03d}-{src.name}"
            shutil.copyfile(src, dst)
            expected[str(dst)] = "reject" if src.name == "DSCN0010.jpg" else "ok"
    rows = run_json(capsys, folder)
    assert len(rows) == 300
    assert {r["file"]: r["verdict"] for r in rows} == expected
    assert [r["file"] for r in rows] == sorted(expected, key=lambda p: (
        Path(p).parent.name, Path(p).name))


def test_subprocess_prints_utf8_json(photos):
    env = dict(os.environ, LC_ALL="C", LANG="C", PYTHONIOENCODING="")
    env.pop("PYTHONUTF8", None)
    proc = subprocess.run(
        [sys.executable, "-m", "app", "check-photos", "--json", str(photos / "DSC_0001.JPG"),
         str(photos / "ngày 1")],
        capture_output=True, cwd=REPO, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("utf-8")
    assert "ngày 1" in text  # not escaped as \\u
    rows = json.loads(text)
    assert [r["verdict"] for r in rows] == ["ok", "review", "reject", "reject"]


def test_subprocess_usage_error_exit_status(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "app", "check-photos", str(tmp_path / "nope")],
                          capture_output=True, cwd=REPO, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip()


def test_data_dir_option_is_accepted(photos, tmp_path, capsys):
    rows = run_json(capsys, "--data-dir", tmp_path / "data", photos / "DSC_0001.JPG")
    assert rows[0]["verdict"] == "ok"


def test_exif_in_json_is_plain_data(tmp_path, capsys):
    path = write(tmp_path, "x.jpg", camera_jpeg(exif=Exif(make="Công ty", model="Máy ảnh 1")))
    row = run_json(capsys, path)[0]
    assert row["facts"]["make"] == "Công ty"


def test_table_in_vietnamese_is_aligned(photos, capsys, monkeypatch):
    """With the catalogue merged, verdict words have diacritics; columns still line up."""
    from app.base import i18n

    words = {"Original": "Ảnh gốc", "Needs a look": "Cần xem lại",
             "Not original": "Không phải ảnh gốc", "Cannot check": "Không kiểm tra được"}
    catalogue = {("PhotoCheck", en): vi for en, vi in words.items()}
    catalogue[("Cli", "Verdict")] = "Kết luận"
    monkeypatch.setitem(i18n._catalogues, "vi", catalogue)
    assert main(["check-photos", str(photos)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Kết luận" in lines[0]
    columns = {line.index(word) for line, word in zip(
        lines[:6], ["Kết luận", "-", "Ảnh gốc", "Cần xem lại", "Không phải", "Không phải"])
        if word != "-"}
    assert len(columns) == 1
