"""Walk through TinBài as an officer would, in a real X window, and save a screenshot of every
screen: first start, a new item, its photos, the author, the approval, the review, a practice
send, "send it for real", the outbox, the practice mailbox, the history, the settings.

    python tools/walkthrough.py OUT_DIR                 # every screen size below
    python tools/walkthrough.py OUT_DIR --only 1024-large
    python tools/walkthrough.py OUT_DIR --size 1366x768 --wm --large --scale 1.25

Each run starts its own Xvfb (and, with --wm, openbox as a simple window manager), runs
`tinbai` from PATH on a fresh data folder and a fresh home folder (Pictures holds synthetic
camera photos from tests/photos.py, one of them edited), drives it with xdotool (keys and
Vietnamese typing, as a user would) and saves OUT_DIR/<run>/NN-<screen>.png. It prints the
window's size and whether the window, with its frame, fits the screen's area.
Needs Xvfb, xdotool, ImageMagick's `import` (and openbox for --wm): Debian's xvfb, xdotool,
imagemagick, openbox. Look at every picture: Vietnamese whole, nothing clipped or off-screen.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Run:
    name: str
    size: str
    wm: bool = False
    large: bool = False
    scale: float = 1.0


RUNS = (
    Run("1024-plain", "1024x768"),  # no window manager at all
    Run("1024-wm", "1024x768", wm=True),
    Run("1024-large", "1024x768", wm=True, large=True),
    Run("1366-wm", "1366x768", wm=True),
    Run("1366-large", "1366x768", wm=True, large=True),
    Run("1366-125", "1366x768", wm=True, scale=1.25),
    Run("1366-150", "1366x768", wm=True, scale=1.5),
    Run("1024-large-125", "1024x768", wm=True, large=True, scale=1.25),
)

UNIT = "Công đoàn cơ sở Trường Trung học phổ thông Chuyên Bắc Kạn, tỉnh Thái Nguyên"
AUTHOR = "Nông Thị Hồng Nhung"
TITLE = "Công đoàn cơ sở Trường THPT Chuyên tổ chức trao quà cho đoàn viên khó khăn"
BODY = ("Sáng ngày 20/11, Công đoàn cơ sở Trường THPT Chuyên đã tổ chức trao quà cho 15 đoàn "
        "viên có hoàn cảnh khó khăn. Đồng chí Nông Văn Bình, Chủ tịch công đoàn, thăm hỏi, động "
        "viên các đoàn viên vượt qua khó khăn, yên tâm công tác.")
CAPTIONS = ("Đồng chí Nông Văn Bình trao quà cho đoàn viên Phạm Thị Xuân",
            "Các đoàn viên chụp ảnh lưu niệm tại hội trường nhà trường",
            "Toàn cảnh buổi trao quà tại hội trường")
EXPLANATION = "Ảnh duy nhất của buổi lễ, đoàn viên gửi qua Zalo."
PHOTOS = ("DSC_0042.JPG", "IMG_20261120_083015.jpg", "anh-da-chinh-sua.jpg")


def photos(folder: Path) -> None:
    from tests.photos import edited_jpeg, original_jpeg

    folder.mkdir(parents=True, exist_ok=True)
    original_jpeg(folder / PHOTOS[0], seed=1)
    original_jpeg(folder / PHOTOS[1], seed=2)
    edited_jpeg(folder / PHOTOS[2], seed=3)


# The main path: (action, argument). Keys are the window's own: Alt+→ is "Next", Ctrl+1…4
# the top bar, Alt+letter the Vietnamese mnemonics.
def script(pictures: Path) -> list[tuple[str, str]]:
    files = " ".join(f'"{n}"' for n in PHOTOS)
    steps = [
        ("shot", "setup-empty"),
        ("type", UNIT), ("key", "Tab"), ("key", "Tab"),
        ("type", AUTHOR), ("key", "Tab"), ("type", "0983.123.456"), ("key", "Tab"),
        ("type", "Vietcombank"), ("key", "Tab"), ("type", "0123 456 789"), ("key", "Tab"),
        ("type", AUTHOR),
        ("shot", "setup-filled"),
        ("key", "alt+l"), ("sleep", "1.5"),
        ("shot", "home"),
        ("key", "alt+v"), ("sleep", "1.5"),
        ("type", TITLE), ("key", "Tab"), ("type", BODY),
        ("shot", "content"),
        ("key", "alt+Right"), ("sleep", "1"),
        ("shot", "photos-empty"),
        ("key", "alt+m"), ("sleep", "2"),
        ("shot", "photos-dialog"),
        ("dialog", ""), ("type", files), ("key", "Return"), ("sleep", "5"),
        ("focus", ""),
        ("shot", "photos-added"),
        ("key", "alt+Right"), ("sleep", "1"),
        ("shot", "photos-blocked"),
        ("type", CAPTIONS[0]), ("key", "alt+Right"), ("sleep", "0.5"),
        ("type", CAPTIONS[1]), ("key", "alt+Right"), ("sleep", "0.5"),
        ("type", CAPTIONS[2]), ("key", "alt+Right"), ("sleep", "0.5"),
        ("shot", "photos-explain"),
        ("type", EXPLANATION), ("key", "alt+Right"), ("sleep", "1"),
        ("shot", "author"),
        ("key", "alt+Right"), ("sleep", "1"),
        ("shot", "approval-empty"),
        ("key", "alt+Right"), ("sleep", "0.5"),
        ("type", "Nông Văn Bình"), ("key", "alt+Right"), ("sleep", "0.5"),
        ("type", "Chủ tịch Công đoàn cơ sở"), ("key", "alt+Right"), ("sleep", "0.5"),
        ("key", "space"),
        ("shot", "approval"),
        ("key", "alt+Right"), ("sleep", "1.5"),
        ("shot", "review"),
        ("key", "alt+g"), ("sleep", "6"),
        ("shot", "review-practised"),
        ("key", "alt+h"), ("sleep", "2"),
        ("shot", "settings-account"),
        ("key", "ctrl+1"), ("sleep", "1.5"),
        ("shot", "home-after"),
        ("key", "ctrl+2"), ("sleep", "1.5"),
        ("shot", "outbox"),
        ("key", "ctrl+Tab"), ("sleep", "0.5"), ("key", "Tab"), ("key", "Down"), ("sleep", "1.5"),
        ("shot", "practice-mailbox"),
        ("key", "ctrl+3"), ("sleep", "1.5"),
        ("shot", "history"),
        ("key", "alt+t"), ("sleep", "1"),
        ("shot", "history-practice"),
        ("key", "ctrl+4"), ("sleep", "1.5"),
        ("shot", "settings"),
    ]
    return steps


# -- X and the app ---------------------------------------------------------------------------
def free_display() -> int:
    while True:
        n = random.randrange(200, 700)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n


def xdo(env: dict, *args: str, check: bool = False) -> str:
    out = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                         check=check)
    return out.stdout.strip()


def window_id(env: dict, seconds: float = 30.0) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = xdo(env, "search", "--onlyvisible", "--class", "tinbai").split()
        if found:
            return found[0]
        time.sleep(0.3)
    raise SystemExit("no TinBài window appeared")


def geometry(env: dict, wid: str) -> dict[str, int]:
    """The window's inner rectangle on the screen (xwininfo: absolute, even when framed)."""
    out = subprocess.run(["xwininfo", "-id", wid], env=env, capture_output=True,
                         text=True).stdout
    keys = {"Absolute upper-left X": "X", "Absolute upper-left Y": "Y", "Width": "WIDTH",
            "Height": "HEIGHT"}
    values = {}
    for line in out.splitlines():
        key, _, value = line.strip().partition(":")
        if key in keys and value.strip().lstrip("-").isdigit():
            values[keys[key]] = int(value)
    return values


def frame_extents(env: dict, wid: str) -> tuple[int, int, int, int]:
    """(left, right, top, bottom) of the window manager's frame, zeros without one."""
    out = subprocess.run(["xprop", "-id", wid, "_NET_FRAME_EXTENTS"], env=env,
                         capture_output=True, text=True).stdout
    if "=" not in out:
        return 0, 0, 0, 0
    parts = [p.strip() for p in out.split("=", 1)[1].split(",")]
    if len(parts) != 4 or not all(p.isdigit() for p in parts):
        return 0, 0, 0, 0
    left, right, top, bottom = (int(p) for p in parts)
    return left, right, top, bottom


def walk(run: Run, out: Path, keep: bool = False) -> list[Path]:
    folder = out / run.name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="tinbai-walk-"))
    home, data = work / "home", work / "data"
    for sub in ("Pictures", "Documents"):
        (home / sub).mkdir(parents=True)
    data.mkdir()
    photos(home / "Pictures")
    if run.large:
        (data / "giao-dien.ini").write_text("[General]\nlarge_text=true\n", encoding="utf-8")
    display = free_display()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=f":{display}", HOME=str(home), TINBAI_HOME=str(data),
               XDG_CONFIG_HOME=str(home / ".config"))
    if run.scale != 1.0:
        env["QT_SCALE_FACTOR"] = str(run.scale)
    started: list[subprocess.Popen] = []
    shots: list[Path] = []
    log = (folder / "tinbai.log").open("w")
    try:
        started.append(subprocess.Popen(
            ["Xvfb", f":{display}", "-screen", "0", f"{run.size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1.0)
        if run.wm:
            started.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL))
            time.sleep(0.8)
        started.append(subprocess.Popen(["tinbai"], env=env, stdout=log, stderr=log))
        wid = window_id(env)
        time.sleep(2.0)
        g = geometry(env, wid)
        left, right, top, bottom = frame_extents(env, wid)
        screen_w, screen_h = (int(n) for n in run.size.split("x"))
        fits = (g["X"] - left >= 0 and g["Y"] - top >= 0 and
                g["X"] + g["WIDTH"] + right <= screen_w and
                g["Y"] + g["HEIGHT"] + bottom <= screen_h)
        print(f"{run.name}: screen {run.size}, window {g['WIDTH']}x{g['HEIGHT']} at "
              f"{g['X']},{g['Y']}, frame {left},{right},{top},{bottom}: "
              f"{'fits' if fits else 'DOES NOT FIT'}")
        xdo(env, "windowfocus", wid)
        number = 0
        for action, arg in script(home / "Pictures"):
            if action == "shot":
                time.sleep(0.8)
                number += 1
                path = folder / f"{number:02d}-{arg}.png"
                subprocess.run(["import", "-window", "root", str(path)], env=env, check=True)
                shots.append(path)
            elif action == "sleep":
                time.sleep(float(arg))
            elif action == "key":
                xdo(env, "key", "--clearmodifiers", arg)
                time.sleep(0.3)
            elif action == "type":
                xdo(env, "type", "--delay", "40", arg)
                time.sleep(0.3)
            elif action == "focus":
                xdo(env, "windowfocus", wid)
                time.sleep(0.3)
            elif action == "dialog":  # the keyboard goes to the dialog that just opened
                others = [w for w in xdo(env, "search", "--onlyvisible", "--class",
                                         "tinbai").split() if w != wid]
                if others:
                    xdo(env, "windowfocus", others[-1])
                    time.sleep(0.3)
    finally:
        for proc in reversed(started):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
        log.close()
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return shots


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", help="one of the runs: " + ", ".join(r.name for r in RUNS))
    parser.add_argument("--size", help="WxH: one run of your own")
    parser.add_argument("--wm", action="store_true")
    parser.add_argument("--large", action="store_true", help="larger text")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR")
    parser.add_argument("--keep", action="store_true", help="keep the data and home folders")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import", "xprop", "xwininfo"):
        if shutil.which(tool) is None:
            print(f"missing: {tool} (Debian: xvfb xdotool imagemagick x11-utils openbox)")
            return 1
    if args.size:
        runs = [Run(f"{args.size}{'-wm' if args.wm else ''}{'-large' if args.large else ''}"
                    f"{'-' + str(args.scale) if args.scale != 1 else ''}", args.size, args.wm,
                    args.large, args.scale)]
    elif args.only:
        runs = [r for r in RUNS if r.name == args.only]
        if not runs:
            parser.error(f"no run {args.only}")
    else:
        runs = list(RUNS)
    for run in runs:
        shots = walk(run, args.out, keep=args.keep)
        print(f"  {len(shots)} screenshots in {args.out / run.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
