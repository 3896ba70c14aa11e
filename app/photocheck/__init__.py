"""Is this photo the file the camera or phone wrote? The originality check (DESIGN.md §3).

    from app.photocheck import check_photo
    report = check_photo(path)          # never raises for bad input
    report.verdict                      # "ok" | "review" | "reject" | "error"
    report.reasons                      # [Reason(code, message, remedy, severity)]
    report.facts                        # JSON-serialisable measurements
    report.to_dict()

The check reads the file once and never writes it; only the comparison with the EXIF preview
decodes pixels (at 1/8 scale). Pillow loads on first use, not on import.
"""

from app.photocheck.checker import (
    check_photo,
    check_photos,
    iter_check_in_processes,
    iter_check_photos,
)
from app.photocheck.messages import CODES, verdict_label
from app.photocheck.report import ERROR, OK, REJECT, REVIEW, VERDICTS, PhotoReport, Reason

__all__ = [
    "CODES",
    "ERROR",
    "OK",
    "REJECT",
    "REVIEW",
    "VERDICTS",
    "PhotoReport",
    "Reason",
    "check_photo",
    "check_photos",
    "iter_check_in_processes",
    "iter_check_photos",
    "verdict_label",
]
