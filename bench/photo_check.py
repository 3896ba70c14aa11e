"""Benchmark the photo originality check (not a test).

usage: python bench/photo_check.py [FOLDER] [--workers N] [--confusion]

Without FOLDER, copies ../shared/photos originals and the variants derive.py makes into a
temporary folder. Measures files per second for:
  floor      reading every file's bytes (nothing can be faster)
  cold       a new process importing the check and running it on all files
  warm       a second pass in the same process (full check, preview comparison included)
  headers    a warm pass without the preview comparison (no pixel decoding)
  exiftool   `exiftool -fast -j` on the same files in one batch, where installed
and prints the ratios. --confusion also prints the corpus confusion table (expect x verdict)
from derive.py's labels.csv.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PHOTOS = REPO.parent / "shared" / "photos"
sys.path.insert(0, str(REPO))

from app.photocheck import VERDICTS, check_photos  # noqa: E402


def derive(out: Path) -> list[dict]:
    """derive.py for each original, in parallel; labels.csv rows with `path`."""
    sources = sorted(p for p in (PHOTOS / "original").iterdir()
                     if p.suffix.lower() in (".jpg", ".jpeg"))

    def one(src: Path) -> list[dict]:
        src_dir, dst_dir = out / "src" / src.stem, out / "derived" / src.stem
        src_dir.mkdir(parents=True)
        os.symlink(src, src_dir / src.name)
        subprocess.run([sys.executable, str(PHOTOS / "derive.py"), str(dst_dir), str(src_dir)],
                       check=True, capture_output=True)
        with open(dst_dir / "labels.csv", newline="") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            row["path"] = str(dst_dir / row["file"])
        return rows

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return [row for rows in pool.map(one, sources) for row in rows]


def corpus_folder(tmp: Path) -> tuple[list[Path], list[dict]]:
    rows = derive(tmp)
    files = [Path(r["path"]) for r in rows]
    for kind in ("original", "not-original"):
        for src in sorted((PHOTOS / kind).iterdir()):
            dst = tmp / "corpus" / kind / src.name
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
            files.append(dst)
    return files, rows


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def read_all(files: list[Path]) -> None:
    for f in files:
        with open(f, "rb") as fh:
            fh.read()


def cold(files: list[Path], workers: int | None) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump([str(f) for f in files], fh)
    code = ("import json, sys; from app.photocheck import check_photos; "
            f"check_photos(json.load(open({fh.name!r})), workers={workers!r})")
    try:
        return timed(lambda: subprocess.run([sys.executable, "-c", code], cwd=REPO,
                                            check=True))
    finally:
        os.unlink(fh.name)


def exiftool(files: list[Path]) -> float | None:
    if not shutil.which("exiftool"):
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".args", delete=False) as fh:
        fh.write("\n".join(str(f) for f in files))
    try:
        return timed(lambda: subprocess.run(["exiftool", "-fast", "-j", "-@", fh.name],
                                            stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL))
    finally:
        os.unlink(fh.name)


def confusion(rows: list[dict]) -> str:
    reports = check_photos([r["path"] for r in rows])
    counts = collections.Counter((r["expect"], rep.verdict) for r, rep in zip(rows, reports))
    lines = ["expect \\ verdict " + "".join(f"{v:>8}" for v in VERDICTS)]
    for expect in ("ok", "review", "reject"):
        lines.append(f"{expect:<17}" + "".join(f"{counts[(expect, v)]:>8}" for v in VERDICTS))
    by_variant = collections.defaultdict(collections.Counter)
    for r, rep in zip(rows, reports):
        by_variant[(r["variant"], r["expect"])][rep.verdict] += 1
    lines.append("")
    for (variant, expect), c in by_variant.items():
        lines.append(f"{variant:<30}{expect:<8}" + "  ".join(f"{v}={n}" for v, n in c.items()))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", help="photos to check (default: the corpus)")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--confusion", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows: list[dict] = []
        if args.folder:
            files = sorted(p for p in Path(args.folder).rglob("*") if p.is_file()
                           and p.suffix.lower() != ".csv")
        else:
            started = time.perf_counter()
            files, rows = corpus_folder(Path(tmp))
            print(f"corpus: {len(files)} files made in {time.perf_counter() - started:.1f} s")
        n = len(files)
        size = sum(f.stat().st_size for f in files)
        print(f"{n} files, {size / 1e6:.1f} MB, {os.cpu_count()} CPUs")
        read_all(files)  # page cache
        floor = min(timed(lambda: read_all(files)) for _ in range(3))
        t_cold = cold(files, args.workers)
        check_photos(files, workers=args.workers)  # imports, caches
        warm = timed(lambda: check_photos(files, workers=args.workers))
        headers = timed(lambda: check_photos(files, workers=args.workers,
                                             compare_thumbnail=False))
        single = timed(lambda: check_photos(files, workers=1))
        t_exif = exiftool(files)
        results = [("floor (read bytes)", floor), ("cold (new process)", t_cold),
                   ("warm (full check)", warm), ("warm, headers only", headers),
                   ("warm, 1 thread", single)]
        if t_exif is not None:
            results.append(("exiftool -fast -j", t_exif))
        for name, t in results:
            print(f"  {name:<22}{t:8.2f} s  {n / t:8.1f} files/s")
        if t_exif is not None:
            print(f"ours/exiftool speed: cold {t_exif / t_cold:.2f}x, warm {t_exif / warm:.2f}x, "
                  f"headers {t_exif / headers:.2f}x")
        print(f"ours/floor time: warm {warm / floor:.1f}x, headers {headers / floor:.1f}x")
        if args.confusion and rows:
            print()
            print(confusion(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
