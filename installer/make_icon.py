"""Draw the TinBài icon: a deep-blue rounded square with a white "TB".

    python installer/make_icon.py            # writes resources/icons/tinbai.ico and tinbai.png
    python installer/make_icon.py --check    # exit 1 if the committed files differ

The letters are drawn on a 16-unit grid with 2-unit strokes on whole units, so the 16 px icon
has crisp one-pixel edges; every size is drawn on its own (8x supersampled, area-averaged),
not shrunk from the big one. Needs only Pillow.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)
PNG_SIZE = 256
SUPERSAMPLE = 8

BLUE = (13, 59, 133, 255)  # deep blue
WHITE = (255, 255, 255, 255)


def _draw(size: int) -> Image.Image:
    big = size * SUPERSAMPLE
    u = big / 16  # one grid unit in supersampled pixels

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        return (x0 * u, y0 * u, x1 * u - 1, y1 * u - 1)

    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle(box(0, 0, 16, 16), radius=3.2 * u, fill=BLUE)
    # T: a bar over a centred stem.
    d.rectangle(box(2, 3, 8, 5), fill=WHITE)
    d.rectangle(box(4, 3, 6, 13), fill=WHITE)
    # B: two rounded bowls (the upper one narrower), their counters, a square stem.
    d.rounded_rectangle(box(9, 3, 13.6, 9), radius=2.0 * u, fill=WHITE)
    d.rounded_rectangle(box(9, 7, 14, 13), radius=2.2 * u, fill=WHITE)
    d.rounded_rectangle(box(11, 5, 11.8, 7), radius=0.4 * u, fill=BLUE)
    d.rounded_rectangle(box(11, 9, 12.1, 11), radius=0.5 * u, fill=BLUE)
    d.rectangle(box(9, 3, 11, 13), fill=WHITE)
    return img.resize((size, size), Image.Resampling.BOX)


def images() -> dict[int, Image.Image]:
    return {s: _draw(s) for s in SIZES}


def ico_bytes(imgs: dict[int, Image.Image]) -> bytes:
    biggest = imgs[max(SIZES)]
    out = io.BytesIO()
    biggest.save(out, format="ICO", sizes=[(s, s) for s in SIZES],
                 append_images=[imgs[s] for s in SIZES if s != max(SIZES)])
    return out.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def outputs() -> dict[Path, bytes]:
    imgs = images()
    return {ICONS / "tinbai.ico": ico_bytes(imgs), ICONS / "tinbai.png": png_bytes(imgs[PNG_SIZE])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the files on disk instead of writing them")
    args = parser.parse_args(argv)
    wanted = outputs()
    if args.check:
        stale = [p for p, data in wanted.items() if not p.exists() or p.read_bytes() != data]
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    ICONS.mkdir(parents=True, exist_ok=True)
    for path, data in wanted.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
