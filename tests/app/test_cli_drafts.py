import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from tests.conftest import REPO
from tests.helpers import BODY, make_jpeg
from tests.photos import phone_folder


def run_cli(*args, data_dir):
    proc = subprocess.run([sys.executable, "-m", "app", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def draft_json(tmp_path, photos):
    data = {
        "title": "Công đoàn cơ sở phòng A tổ chức tặng quà đoàn viên",
        "body": BODY,
        "author": "Nông Văn K",
        "unit": "Công đoàn cơ sở Phòng A",
        "phone": "+84 983.123.456",
        "bank": "Vietcombank",
        "account": "0123 456 789",
        "holder": "Nông Văn K",
        "approval": {"name": "Nông Văn B", "position": "Chủ tịch CĐCS"},
        "photos": photos,
    }
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path, data


def test_version():
    proc = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True,
                          text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("TinBài ")


def test_new_list_bundle_end_to_end(tmp_path):
    originals = phone_folder(tmp_path / "phone", ("DSC_0042.JPG", "IMG_2929.HEIC"))[0].parent
    photos = [{"path": str(originals / "DSC_0042.JPG"),
               "caption": "Đồng chí Nông Văn B trao quà cho đoàn viên Phạm Thị X"},
              {"path": str(originals / "IMG_2929.HEIC"),
               "caption": "Các đoàn viên chụp ảnh lưu niệm tại hội trường"}]
    path, data = draft_json(tmp_path, photos)
    rc, out, err = run_cli("draft", "new", "--json", str(path), data_dir=tmp_path / "d")
    assert rc == 0, err
    draft_id = json.loads(out)["id"]
    rc, out, _ = run_cli("draft", "list", "--json", data_dir=tmp_path / "d")
    listed = json.loads(out)
    assert [d["id"] for d in listed] == [draft_id]
    assert listed[0]["title"] == data["title"]
    rc, out, err = run_cli("bundle", draft_id, "--out", str(tmp_path / "out"),
                           data_dir=tmp_path / "d")
    assert rc == 0, err
    folder = json.loads(out)["path"]
    manifest = json.loads((tmp_path / "out" / folder / "manifest.json").read_text("utf-8"))
    for entry, src in zip(manifest["photos"], photos):
        got = hashlib.sha256((tmp_path / "out" / folder / entry["file"]).read_bytes())
        want = hashlib.sha256(Path(src["path"]).read_bytes())
        assert got.hexdigest() == want.hexdigest()
    assert manifest["fields"]["phone"] == "0983123456"


def test_invalid_input_exits_2_with_every_problem_and_writes_nothing(tmp_path, capsys):
    path, _ = draft_json(tmp_path, [{"path": "missing.jpg", "caption": ""}])
    data = json.loads(path.read_text("utf-8"))
    data.update(title="", phone="12ab", bank="Ngân hàng không có")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rc = main(["draft", "new", "--json", str(path), "--data-dir", str(tmp_path / "d")])
    assert rc == 2
    problems = json.loads(capsys.readouterr().out)
    found = {(p["field"], p["code"]) for p in problems}
    assert {("title", "required"), ("phone", "phone-invalid"), ("bank", "bank-unknown"),
            ("photos", "missing")} <= found
    assert all(p["message"] for p in problems)
    rc = main(["draft", "list", "--json", "--data-dir", str(tmp_path / "d")])
    assert json.loads(capsys.readouterr().out) == []


def test_failure_after_some_photos_leaves_no_copies(tmp_path, capsys):
    good = make_jpeg(tmp_path / "good.jpg")
    path, _ = draft_json(tmp_path, [{"path": str(good), "caption": "Ảnh tốt có chú thích đủ"},
                                    {"path": str(tmp_path / "nope.jpg"), "caption": "x"}])
    assert main(["draft", "new", "--json", str(path), "--data-dir", str(tmp_path / "d")]) == 2
    assert not [p for p in (tmp_path / "d" / "photos").rglob("*") if p.is_file()]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]"])
def test_bad_json_file(tmp_path, capsys, content):
    path = tmp_path / "x.json"
    path.write_text(content)
    assert main(["draft", "new", "--json", str(path), "--data-dir", str(tmp_path / "d")]) == 2
    assert json.loads(capsys.readouterr().out)[0]["code"] == "bad-json"


def test_bundle_unknown_id(tmp_path, capsys):
    assert main(["bundle", "nope", "--data-dir", str(tmp_path / "d")]) == 2
    assert json.loads(capsys.readouterr().out)[0]["code"] == "not-found"


def test_data_dir_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TINBAI_HOME", str(tmp_path / "env-home"))
    assert main(["draft", "list", "--json"]) == 0
    assert (tmp_path / "env-home" / "tinbai.db").exists()
