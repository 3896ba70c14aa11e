"""The development corpus (../shared/photos): originals, real edited files, derived variants.

Every original must be `ok`, every real non-original not `ok`, and every variant made by
derive.py must get at least the verdict its `expect` column asks (reject rows rejected,
review rows reviewed or rejected, ok rows ok). derive.py runs once per session, one process
per original in parallel; the confusion table (expect x verdict) is printed and written to
the session's temporary folder as confusion.txt.
"""

from __future__ import annotations

import collections
import csv
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.photocheck import VERDICTS, check_photos
from tests.conftest import shared_photos

ENOUGH = {"ok": {"ok"}, "review": {"review", "reject"}, "reject": {"reject"}}


def derive_corpus(photos: Path, out: Path, jobs: int | None = None) -> list[dict]:
    """Run derive.py for each original in parallel; the labels.csv rows, with `path`."""
    sources = sorted(p for p in (photos / "original").iterdir()
                     if p.suffix.lower() in (".jpg", ".jpeg"))

    def one(src: Path) -> list[dict]:
        src_dir = out / "src" / src.stem
        dst_dir = out / "derived" / src.stem
        src_dir.mkdir(parents=True)
        os.symlink(src, src_dir / src.name)
        subprocess.run([sys.executable, str(photos / "derive.py"), str(dst_dir), str(src_dir)],
                       check=True, capture_output=True, timeout=600)
        with open(dst_dir / "labels.csv", newline="") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            row["path"] = str(dst_dir / row["file"])
        return rows

    with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 2) as pool:
        return [row for rows in pool.map(one, sources) for row in rows]


def confusion_table(rows: list[dict], verdicts: list[str]) -> str:
    counts = collections.Counter((r["expect"], v) for r, v in zip(rows, verdicts))
    lines = ["expect \\ verdict " + "".join(f"{v:>8}" for v in VERDICTS)]
    for expect in ("ok", "review", "reject"):
        lines.append(f"{expect:<17}" + "".join(f"{counts[(expect, v)]:>8}" for v in VERDICTS))
    return "\n".join(lines)


@pytest.fixture(scope="session")
def derived(tmp_path_factory):
    photos = shared_photos()
    out = tmp_path_factory.mktemp("derived")
    started = time.perf_counter()
    rows = derive_corpus(photos, out)
    print(f"\nderive.py: {len(rows)} variants in {time.perf_counter() - started:.1f} s")
    return rows, out


def test_the_real_corpus():
    """One test (one skip without ../shared): every original is `ok` with its camera facts,
    the check hashes what it read, and every real edited file is `reject`."""
    photos = shared_photos()
    files = sorted((photos / "original").iterdir())
    assert len(files) >= 17
    reports = check_photos(files)
    wrong = {f.name: r.codes() for f, r in zip(files, reports) if r.verdict != "ok"}
    assert wrong == {}
    for r in reports:
        assert r.facts["make"] and r.facts["model"] and r.facts["width"]
        assert r.facts.get("software_kind", "firmware") == "firmware"
    heics = [r for r in reports if r.facts["format"] == "HEIF"]
    assert len(heics) == 2 and all(r.facts["has_makernote"] for r in heics)

    # SOURCES.tsv's SHA-256 equals the facts' sha256 (the check hashes what it read)
    with open(photos / "SOURCES.tsv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    sourced = check_photos([photos / r["file"] for r in rows])
    assert [r.facts["sha256"] for r in sourced] == [row["sha256"] for row in rows]

    edited = sorted((photos / "not-original").iterdir())
    verdicts = [r.verdict for r in check_photos(edited)]
    # every one of them carries a hard signal
    assert verdicts == ["reject"] * len(edited), dict(zip((f.name for f in edited), verdicts))


@pytest.mark.slow
def test_derived_variants_meet_their_expectation(derived):
    rows, out = derived
    assert len(rows) >= 15 * 10
    started = time.perf_counter()
    reports = check_photos([r["path"] for r in rows])
    elapsed = time.perf_counter() - started
    verdicts = [r.verdict for r in reports]
    table = confusion_table(rows, verdicts)
    (out / "confusion.txt").write_text(table + "\n", encoding="utf-8")
    print(f"\n{len(rows)} variants checked in {elapsed:.1f} s\n{table}")
    failures = [(row["file"], row["expect"], rep.verdict, rep.codes())
                for row, rep in zip(rows, reports) if rep.verdict not in ENOUGH[row["expect"]]]
    assert failures == []
    # every variant kind was produced (the tools derive.py needs are installed here)
    assert {r["variant"] for r in rows} >= {"orig", "pil_q95_keep_exif", "jpegtran_crop_copy_all"}
