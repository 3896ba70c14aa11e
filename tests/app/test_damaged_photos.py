"""A photo that is not all there (a copy or download that stopped part-way) is `error`,
whatever EXIF it still holds, and cannot be sent even with an explanation: in the checker,
in validation and through `tinbai-cli draft new`."""

from __future__ import annotations

import json
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import model
from app.cli.main import main
from app.model import validation
from app.model.states import Verdict
from app.photocheck import check_photo
from tests.app.test_cli_drafts import draft_json
from tests.conftest import shared_photos
from tests.helpers import complete_submission
from tests.photos import camera_jpeg, heic, original_jpeg, write

_HEIC = heic()
_JPEG = camera_jpeg()
CUTS = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _mdat(data: bytes) -> int:
    pos = data.rfind(b"mdat") - 4
    assert struct.unpack_from(">I", data, pos)[0] == len(data) - pos  # the last box
    return pos


def test_a_whole_heic_is_an_original(tmp_path):
    assert check_photo(write(tmp_path, "IMG_0001.HEIC", _HEIC)).verdict == "ok"


@CUTS
@given(keep=st.integers(min_value=1, max_value=len(_HEIC) - 1))
def test_a_heic_cut_anywhere_is_damaged(tmp_path, keep):
    report = check_photo(write(tmp_path, "IMG_0001.HEIC", _HEIC[:keep]))
    assert report.verdict == "error", (keep, report.codes(), report.facts)
    assert report.codes() in (["damaged"], ["not-an-image"])


def test_a_heic_whose_items_point_past_its_end_is_damaged(tmp_path):
    """The boxes are consistent (the mdat's size was rewritten to match the cut) but the
    picture's data the iloc box points to is not in the file."""
    pos = _mdat(_HEIC)
    data = bytearray(_HEIC[:-10])
    struct.pack_into(">I", data, pos, len(data) - pos)
    report = check_photo(write(tmp_path, "IMG_0002.HEIC", bytes(data)))
    assert report.verdict == "error" and report.codes() == ["damaged"]
    assert "past the end" in report.facts["damage"]


def test_a_heic_whose_mdat_runs_to_the_end_is_checked_by_its_items(tmp_path):
    pos = _mdat(_HEIC)
    whole = bytearray(_HEIC)
    struct.pack_into(">I", whole, pos, 0)  # size 0: the box runs to the end of the file
    assert check_photo(write(tmp_path, "a.heic", bytes(whole))).verdict == "ok"
    report = check_photo(write(tmp_path, "b.heic", bytes(whole[:-1])))
    assert report.verdict == "error" and report.codes() == ["damaged"]


def test_real_iphone_heics_cut_are_damaged(tmp_path):
    folder = shared_photos() / "original"
    for name in ("IMG_1034.heic", "IMG_2929.HEIC"):
        data = (folder / name).read_bytes()
        assert check_photo(write(tmp_path, name, data)).verdict == "ok", name
        for keep in (len(data) - 1, len(data) * 999 // 1000, len(data) // 2, 20000):
            report = check_photo(write(tmp_path, name, data[:keep]))
            assert (report.verdict, report.codes()) == ("error", ["damaged"]), (name, keep)


@CUTS
@given(keep=st.integers(min_value=1, max_value=len(_JPEG) - 1))
def test_a_jpeg_cut_anywhere_is_never_an_original(tmp_path, keep):
    report = check_photo(write(tmp_path, "DSC_0001.JPG", _JPEG[:keep]))
    assert report.verdict == "error", (keep, report.codes())


def _photo(verdict: Verdict, explanation: str = "") -> model.Photo:
    p = model.Photo(sha256="ab" * 32, size=10, original_name="IMG_0001.HEIC", ext=".heic",
                    caption="Đồng chí Nông Văn B trao quà cho đoàn viên công đoàn",
                    explanation=explanation)
    p.check = model.PhotoCheck(verdict)
    return p


def test_validation_blocks_a_damaged_photo_even_with_an_explanation():
    sub = complete_submission([_photo(Verdict.ERROR, "Ảnh duy nhất của sự kiện.")])
    errors = validation.errors(validation.validate(sub))
    assert [(p.field, p.code) for p in errors] == [("photos", "photo-damaged")]
    assert "IMG_0001.HEIC" in errors[0].message


@pytest.mark.parametrize("name", ["IMG_0001.HEIC", "DSC_0001.JPG"])
def test_cli_refuses_a_draft_with_a_cut_photo_and_keeps_nothing(tmp_path, capsys, name):
    whole = _HEIC if name.endswith("HEIC") else _JPEG
    cut = write(tmp_path, name, whole[:len(whole) * 3 // 4])
    good = original_jpeg(tmp_path / "DSC_0042.JPG", seed=3)
    path, _ = draft_json(tmp_path, [
        {"path": str(good), "caption": "Đồng chí Nông Văn B trao quà cho đoàn viên"},
        {"path": str(cut), "caption": "Toàn cảnh hội nghị người lao động năm 2026",
         "explanation": "Ảnh duy nhất của sự kiện."}])
    data_dir = tmp_path / "d"
    assert main(["draft", "new", "--json", str(path), "--data-dir", str(data_dir)]) == 2
    problems = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in problems] == ["photo-damaged"]
    assert name in problems[0]["message"] and "hỏng" in problems[0]["message"]
    assert main(["draft", "list", "--json", "--data-dir", str(data_dir)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert not [p for p in (data_dir / "photos").rglob("*") if p.is_file()]
