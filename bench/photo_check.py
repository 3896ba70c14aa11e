"""Benchmark the photo originality check (not a test).

usage: python bench/photo_check.py [FOLDER] [--workers N] [--confusion] [--cli-runs N]

Without FOLDER, copies ../shared/photos originals and the variants derive.py makes into a
temporary folder. Measures files per second for:
  floor      reading every file's bytes (nothing can be faster)
  cold       a new process importing the check and running it on all files
  warm       a second pass in the same process (full check, preview comparison included)
  headers    a warm pass without the preview comparison (no pixel decoding)
  exiftool   `exiftool -fast -j` on the same files in one batch, where installed
and prints the ratios. Then the whole command line against exiftool, as a user runs them:
  cli        `tinbai check-photos --json` (a new process, helpers on every core, the
             preview comparison where it applies) on 200 camera JPEGs (the corpus'
             originals, copied over and over), its data folder holding a database
  exiftool   `exiftool -fast -j` on the same folder
run alternately --cli-runs times (the machine is shared: medians count), with the ratio.
--confusion also prints the corpus confusion table (expect x verdict) from derive.py's
labels.csv, and the table of the two kinds of untouched originals that used to get a needless
review, made from the corpus' originals (exiftool and jpegtran needed), with the edits that
must still be caught:
  preview_middle        a camera preview that is no scaled copy: the picture's middle,
                        square (what Android's camera interface makes for another shape)
  android_libjpeg_mpf   a camera stack built on libjpeg (its tables, one per segment) that
                        appends a picture indexed in MPF, as phones store previews
  ..._pil_q95, ..._jpegtran_rotate90, ..._jpegtran_crop: a re-save and lossless edits of it
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import shutil
import statistics
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


def camera_folder(out: Path, count: int = 200) -> list[Path]:
    """`count` camera JPEGs: the corpus' JPEG originals, copied in turn."""
    sources = sorted(p for p in (PHOTOS / "original").iterdir()
                     if p.suffix.lower() in (".jpg", ".jpeg"))
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(count):
        dst = out / f"{i:03d}-{sources[i % len(sources)].name}"
        shutil.copyfile(sources[i % len(sources)], dst)
        files.append(dst)
    return files


def cli_against_exiftool(folder: Path, home: Path, runs: int) -> None:
    """The whole `check-photos` process against `exiftool -fast -j`, alternately."""
    from app.storage.database import Store

    Store(home).close()  # an installed program's data folder: the trust list setting is read
    env = {**os.environ, "TINBAI_HOME": str(home)}
    ours = [sys.executable, "-m", "app", "check-photos", "--json", str(folder)]
    theirs = ["exiftool", "-fast", "-j", "-q", str(folder)]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    subprocess.run(ours, cwd=REPO, env=env, check=True, **quiet)  # caches warm, both
    subprocess.run(theirs, **quiet)
    times: dict[str, list[float]] = {"cli": [], "exiftool": []}
    for _ in range(runs):
        times["cli"].append(timed(lambda: subprocess.run(ours, cwd=REPO, env=env, check=True,
                                                         **quiet)))
        times["exiftool"].append(timed(lambda: subprocess.run(theirs, **quiet)))
    n = len(list(folder.iterdir()))
    print(f"\nwhole process on {n} camera JPEGs, {runs} runs alternately "
          f"({os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}):")
    for name, values in times.items():
        print(f"  {name:<10} median {statistics.median(values):6.2f} s   "
              + " ".join(f"{v:.2f}" for v in values))
    ratios = [e / c for c, e in zip(times["cli"], times["exiftool"])]
    ratio = statistics.median(times["exiftool"]) / statistics.median(times["cli"])
    print(f"check-photos vs exiftool -fast -j: {ratio:.2f}x faster (median of the runs' "
          f"ratios {statistics.median(ratios):.2f}x)")


def issue_cases(out: Path) -> list[dict]:
    """The two kinds of original that used to be reviewed for nothing, and edits of them."""
    import io

    from PIL import Image

    from tests.photos import with_mpf_picture

    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []

    def add(path: Path, expect: str, variant: str) -> None:
        rows.append({"path": str(path), "expect": expect, "variant": variant})

    def jpegtran(*args: str) -> bytes:
        return subprocess.run(["jpegtran", "-copy", "all", *args], capture_output=True,
                              check=True).stdout

    for src in sorted(p for p in (PHOTOS / "original").iterdir() if p.suffix == ".jpg"):
        base = out / src.stem.replace(" ", "_")
        im = Image.open(src)
        w, h = im.size
        crop = f"{w // 2}x{h // 2}+{w // 64 * 8}+{h // 64 * 8}"
        side = min(w, h)
        thumb = Path(f"{base}.thumb.jpg")
        im.convert("RGB").crop(((w - side) // 2, (h - side) // 2, (w + side) // 2,
                                (h + side) // 2)).resize((120, 120)).save(thumb, quality=85)
        middle = Path(f"{base}__preview_middle.jpg")
        shutil.copyfile(src, middle)
        subprocess.run(["exiftool", "-q", "-overwrite_original", f"-ThumbnailImage<={thumb}",
                        str(middle)], check=True)
        thumb.unlink()
        add(middle, "ok", "preview_middle")
        cropped = Path(f"{base}__preview_middle_jpegtran_crop.jpg")
        cropped.write_bytes(jpegtran("-crop", crop, str(middle)))
        add(cropped, "review", "preview_middle_jpegtran_crop")
        small = io.BytesIO()
        im.convert("RGB").resize((w // 4, h // 4)).save(small, "JPEG", quality=80)
        phone = Path(f"{base}__android_libjpeg_mpf.jpg")
        phone.write_bytes(with_mpf_picture(jpegtran(str(src)), small.getvalue()))
        add(phone, "ok", "android_libjpeg_mpf")
        resaved = Path(f"{base}__android_libjpeg_mpf_pil_q95.jpg")
        again = Image.open(phone)
        again.save(resaved, "JPEG", quality=95, exif=again.info.get("exif", b""))
        add(resaved, "reject", "android_libjpeg_mpf_pil_q95")
        for name, args in (("rotate90", ("-rotate", "90", "-trim")), ("crop", ("-crop", crop))):
            edited = Path(f"{base}__android_libjpeg_mpf_jpegtran_{name}.jpg")
            edited.write_bytes(jpegtran(*args, str(phone)))
            add(edited, "review", f"android_libjpeg_mpf_jpegtran_{name}")
    return rows


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
        lines.append(f"{variant:<40}{expect:<8}" + "  ".join(f"{v}={n}" for v, n in c.items()))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", help="photos to check (default: the corpus)")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--confusion", action="store_true")
    ap.add_argument("--cli-runs", type=int, default=7, metavar="N",
                    help="runs of the CLI against exiftool (0: none)")
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
        if args.cli_runs and t_exif is not None and (PHOTOS / "original").is_dir():
            camera = Path(tmp) / "camera"
            camera_folder(camera)
            cli_against_exiftool(camera, Path(tmp) / "home", args.cli_runs)
        if args.confusion and rows:
            print()
            print(confusion(rows))
        if args.confusion and shutil.which("exiftool") and shutil.which("jpegtran") and (
                PHOTOS / "original").is_dir():
            print("\nthe originals that used to be reviewed for nothing, and edits of them:")
            print(confusion(issue_cases(Path(tmp) / "cases")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
