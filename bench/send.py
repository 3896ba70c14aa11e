"""Upload throughput of `app.mail.transport.send` against a raw socket (not a test).

    python bench/send.py [--size-mb 20] [--runs 7] [--server aiosmtpd|sink|both]

Each server runs in a child process, so it does not compete with the client for the GIL.
Everything is over implicit TLS (the transport never sends a login in the clear):

- aiosmtpd: `transport.send` vs a hand-rolled client that does the minimal dialogue and
  sends the same pre-stuffed bytes in one `sendall`, both to the same aiosmtpd server. The
  ratio is the transport's overhead where a real (Python) server sets the pace.
- sink: the same two clients against a minimal SMTP sink that drains DATA in 1 MB reads.
  The server is no longer the bottleneck, so this is the demanding ratio.

Goal: median(raw seconds) / median(transport seconds) >= 0.9.

Then the peak memory of sending a whole 60 MB submission through the outbox (built into
messages under Gmail's SIZE), measured in a fresh process from its idle size (Linux
/proc: VmRSS before, VmHWM after). Goal: no more than about twice the largest message.
"""

from __future__ import annotations

import argparse
import base64
import logging
import multiprocessing as mp
import random
import socket
import ssl
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app import settings  # noqa: E402
from app.mail import transport  # noqa: E402
from app.mail.accounts import CUSTOM, TLS, Account  # noqa: E402
from app.model import PhotoCheck  # noqa: E402
from app.model.states import Verdict  # noqa: E402
from app.outbox.box import Outbox  # noqa: E402
from app.sending.queue import queue_submission  # noqa: E402
from app.sending.send import send_due  # noqa: E402

USER = "bench@example.org"
PASSWORD = "bench-password"
RCPT = ["board@example.org"]


# -- the message ---------------------------------------------------------------------------


def make_submission(size: int, seed: int = 1) -> bytes:
    """A realistic message of about `size` bytes: headers, text, base64 "photos"."""
    head = (b"From: Bench <bench@example.org>\r\nTo: board@example.org\r\n"
            b"Subject: bench\r\nMessage-ID: <bench@tinbai.invalid>\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: application/octet-stream\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n")
    raw = random.Random(seed).randbytes(max(0, size - len(head)) * 3 // 4)
    return head + base64.encodebytes(raw).replace(b"\n", b"\r\n") + b".dot line\r\n"


# -- servers (child processes) -------------------------------------------------------------


def _serve_aiosmtpd(queue, stop) -> None:
    import gc

    from tests.mail.smtpserver import ServerPKI, SMTPTestServer

    # aiosmtpd keeps a message as one bytearray per line (~270 000 for 20 MB): the cyclic
    # GC's passes over them make the server's pace, and so both clients' results, noisy.
    gc.disable()
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # aiosmtpd's deprecation chatter

    folder = Path(tempfile.mkdtemp(prefix="tinbai-bench-"))
    pki = ServerPKI.create(folder)
    server = SMTPTestServer("tls", pki=pki, user=USER, password=PASSWORD,
                            keep_messages=False).start()
    queue.put((server.port, str(pki.cafile)))
    stop.wait()
    server.stop()


def _sink_session(conn: ssl.SSLSocket) -> None:
    """Just enough SMTP to take a message; DATA is drained in large reads."""
    f = conn.makefile("rb")
    conn.sendall(b"220 sink\r\n")
    while True:
        line = f.readline(4096)
        if not line:
            return
        verb = line[:4].upper()
        if verb == b"EHLO":
            conn.sendall(b"250-sink\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN\r\n")
        elif verb == b"AUTH":
            conn.sendall(b"235 2.7.0 ok\r\n")
        elif verb == b"DATA":
            conn.sendall(b"354 go\r\n")
            tail = b""
            while True:
                block = f.read1(1 << 20)
                if not block:
                    return
                if b"\r\n.\r\n" in tail + block[:5] or b"\r\n.\r\n" in block:
                    break
                tail = block[-4:]
            conn.sendall(b"250 2.0.0 ok\r\n")
        elif verb == b"QUIT":
            conn.sendall(b"221 bye\r\n")
            return
        else:
            conn.sendall(b"250 ok\r\n")


def _serve_sink(queue, stop) -> None:
    import trustme

    folder = Path(tempfile.mkdtemp(prefix="tinbai-bench-"))
    ca = trustme.CA()
    cafile = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(cafile))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    queue.put((listener.getsockname()[1], str(cafile)))

    def handle(raw: socket.socket) -> None:
        try:
            with context.wrap_socket(raw, server_side=True) as conn:
                _sink_session(conn)
        except OSError:
            pass

    while not stop.is_set():
        try:
            raw, _ = listener.accept()
        except TimeoutError:
            continue
        raw.settimeout(None)
        # asyncio (aiosmtpd) does this too; without it the greeting, written right after
        # TLS 1.3 session tickets, waits for the client's delayed ACK (40 ms).
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        threading.Thread(target=handle, args=(raw,), daemon=True).start()
    listener.close()


SERVERS: dict[str, Callable] = {"aiosmtpd": _serve_aiosmtpd, "sink": _serve_sink}


class ServerProcess:
    def __init__(self, kind: str) -> None:
        ctx = mp.get_context("spawn")
        self._queue = ctx.Queue()
        self._stop = ctx.Event()
        self._proc = ctx.Process(target=SERVERS[kind], args=(self._queue, self._stop),
                                 daemon=True)

    def __enter__(self) -> tuple[int, str]:
        self._proc.start()
        return self._queue.get(timeout=60)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._proc.join(10)
        if self._proc.is_alive():
            self._proc.terminate()


# -- clients -------------------------------------------------------------------------------


def send_with_transport(account: Account, data: bytes) -> None:
    transport.send(account, PASSWORD, USER, RCPT, data)


def send_raw(account: Account, wire: bytes) -> None:
    """The baseline: the minimal dialogue by hand, then `wire` (already stuffed) at once."""
    context = ssl.create_default_context(cafile=account.cafile)
    with socket.create_connection((account.host, account.port), 30) as raw, \
            context.wrap_socket(raw, server_hostname=account.host) as sock:
        f = sock.makefile("rb")

        def reply() -> int:
            while True:
                line = f.readline()
                if not line:
                    raise ConnectionError("closed")
                if line[3:4] != b"-":
                    return int(line[:3])

        token = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
        assert reply() == 220
        for command, expected in ((b"EHLO bench", 250), (f"AUTH PLAIN {token}".encode(), 235),
                                  (f"MAIL FROM:<{USER}>".encode(), 250),
                                  (f"RCPT TO:<{RCPT[0]}>".encode(), 250), (b"DATA", 354)):
            sock.sendall(command + b"\r\n")
            code = reply()
            if code != expected:
                raise RuntimeError(f"{command[:4]!r}: {code}")
        sock.sendall(wire)
        if reply() != 250:
            raise RuntimeError("not accepted")
        sock.sendall(b"QUIT\r\n")
        reply()


# -- measuring -----------------------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    extra: dict = field(default_factory=dict)  # room for more probes (peak memory, ...)


def measure_once(run: Callable[[], None]) -> Sample:
    started = time.perf_counter()
    run()
    return Sample(time.perf_counter() - started)


def bench_server(kind: str, data: bytes, runs: int) -> dict:
    wire = (b"\r\n" + data).replace(b"\r\n.", b"\r\n..")[2:] + transport.end_of_data(data)
    with ServerProcess(kind) as (port, cafile):
        account = Account(preset=CUSTOM, host="127.0.0.1", port=port, security=TLS,
                          username=USER, from_addr=USER, cafile=cafile)
        # Interleave the two clients so drift (thermal, other load) hits both alike.
        t_samples, r_samples = [], []
        send_with_transport(account, data)
        send_raw(account, wire)
        for _ in range(runs):
            t_samples.append(measure_once(lambda: send_with_transport(account, data)))
            r_samples.append(measure_once(lambda: send_raw(account, wire)))
    t = statistics.median(s.seconds for s in t_samples)
    r = statistics.median(s.seconds for s in r_samples)
    best = min(s.seconds for s in r_samples) / min(s.seconds for s in t_samples)
    return {"server": kind, "transport_s": t, "raw_s": r, "ratio": r / t, "best_ratio": best,
            "transport_mb_s": len(data) / t / 1e6, "raw_mb_s": len(data) / r / 1e6}


def report(rows: list[dict], size: int, runs: int) -> None:
    print(f"message: {size / 1e6:.1f} MB, median of {runs} runs, implicit TLS on 127.0.0.1")
    print(f"{'server':10} {'transport':>12} {'raw socket':>12} {'ratio':>7} {'best-of':>8}")
    for row in rows:
        print(f"{row['server']:10} {row['transport_mb_s']:8.1f} MB/s {row['raw_mb_s']:8.1f} MB/s "
              f"{row['ratio']:7.3f} {row['best_ratio']:8.3f}")
    worst = min(row["ratio"] for row in rows)
    print(f"goal ratio >= 0.90: {'met' if worst >= 0.9 else 'NOT met'} (worst {worst:.3f})")


# -- peak memory while the outbox sends a whole submission -----------------------------------


def _rss_kb(field_name: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    return 0


def _send_and_measure(data_dir: str, result) -> None:
    """In a fresh process: idle RSS, then the peak RSS while the outbox sends."""
    from app import sending  # noqa: F401 (loaded before "idle" is read)
    from app.storage.database import Store

    store = Store(data_dir)
    items = Outbox(store).due()
    Path("/proc/self/clear_refs").write_text("5")  # the peak starts again from here
    idle = _rss_kb("VmRSS")
    reports = send_due(store, PASSWORD)
    peak = _rss_kb("VmHWM")
    result.put({"idle_kb": idle, "peak_kb": peak, "ok": all(r.ok for r in reports),
                "sizes": [i.size for i in items]})


def bench_memory(total_mb: float) -> dict:
    """Queue a submission of `total_mb` of photos, then measure the sending process."""
    import io

    from PIL import Image

    from app import model
    from app.storage.database import Store
    from app.storage.photos import import_photo

    folder = Path(tempfile.mkdtemp(prefix="tinbai-bench-mem-"))
    store = Store(folder / "data")
    settings.put(store, settings.BUNDLE_BASE, str(folder / "out"))
    rng = random.Random(7)
    photos = []
    per_photo = 5_000_000
    for i in range(max(1, round(total_mb * 1e6 / per_photo))):
        buf = io.BytesIO()
        Image.new("RGB", (64, 48), (i * 20 % 255, 80, 160)).save(buf, "JPEG")
        path = folder / f"photo-{i:02d}.jpg"
        path.write_bytes(buf.getvalue() + rng.randbytes(per_photo))
        photos.append(import_photo(store, path, f"Ảnh số {i + 1} của hội nghị người lao động"))
    sub = model.Submission(title="Hội nghị người lao động năm 2026", body="Nội dung. " * 60,
                           author="Nông Văn K", unit="Công đoàn cơ sở Phòng A",
                           phone="0983123456", bank_bin="970436", account="0123456789",
                           holder="Nông Văn K", photos=photos)
    sub.approval = model.Approval("Nông Văn B", "Chủ tịch", model.now_iso())
    for p in sub.photos:
        p.check = PhotoCheck(Verdict.OK)
    ctx = mp.get_context("spawn")
    with ServerProcess("sink") as (port, cafile):
        settings.put(store, settings.ACCOUNT, Account(
            preset=CUSTOM, host="127.0.0.1", port=port, security=TLS, username=USER,
            from_addr=USER, cafile=cafile, size_limit=35_882_577))  # Gmail's SIZE
        queued = queue_submission(store, sub)
        result = ctx.Queue()
        proc = ctx.Process(target=_send_and_measure, args=(str(folder / "data"), result))
        proc.start()
        out = result.get(timeout=600)
        proc.join(60)
    out["messages"] = len(queued.items)
    out["files"] = sum(p.size for p in sub.photos)
    out["total"] = sum(i.size for i in queued.items)
    return out


def report_memory(m: dict) -> None:
    largest = max(m["sizes"])
    above = (m["peak_kb"] - m["idle_kb"]) * 1024
    print(f"\npeak memory while sending a {m['files'] / 1e6:.0f} MB submission "
          f"({m['total'] / 1e6:.0f} MB as email, "
          f"{m['messages']} messages, largest {largest / 1e6:.1f} MB): "
          f"{above / 1e6:.1f} MB above the idle process ({m['idle_kb'] / 1024:.0f} MB)")
    print(f"ratio to the largest message {above / largest:.2f}x "
          f"(goal <= about 2x: {'met' if above <= 2.2 * largest else 'NOT met'}); "
          f"all delivered: {m['ok']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--server", choices=["aiosmtpd", "sink", "both"], default="both")
    parser.add_argument("--memory-mb", type=float, default=60.0,
                        help="size of the submission for the peak-memory measurement (0: skip)")
    args = parser.parse_args(argv)
    data = make_submission(int(args.size_mb * 1e6))
    kinds = ["aiosmtpd", "sink"] if args.server == "both" else [args.server]
    rows = [bench_server(kind, data, args.runs) for kind in kinds]
    report(rows, len(data), args.runs)
    if args.memory_mb > 0 and Path("/proc/self/status").exists():
        report_memory(bench_memory(args.memory_mb))
    return 0


if __name__ == "__main__":
    sys.exit(main())
