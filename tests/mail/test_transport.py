"""The SMTP transport against real local servers (tests/mail/smtpserver.py), plus its errors.

Assertions are on kinds, codes and what the server received, never on message wording
(the Vietnamese catalogue is merged later); wording is only checked to be non-empty.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import logging
import pickle
import random
import socket
import ssl
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.base import i18n
from app.mail import certs, errors, transport
from app.mail.accounts import GMAIL
from app.mail.errors import SendError
from tests.mail.smtpserver import (
    CONNECT_421,
    DATA_451,
    DATA_552,
    DELAY_FINAL,
    DROP_AFTER_UPLOAD,
    DROP_BEFORE_DATA,
    ECHO_AUTH,
    MAIL_554,
    RCPT_550,
    STALL_UPLOAD,
    FaultPlan,
    closed_port,
)

RCPT = ["bbt.congdoan@example.org"]

HEADERS = (
    b"From: =?utf-8?b?Tmd1eeG7hW4gVGjhu4sgSG9h?= <officer@example.org>\r\n"
    b"To: bbt.congdoan@example.org\r\n"
    b"Subject: =?utf-8?b?VGluIGLDoGk=?=\r\n"
    b"Message-ID: <test-1@tinbai.invalid>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
)
# Lines that need dot-stuffing, including a lone "." that would end DATA early.
DOTTY_BODY = (
    b".starts with a dot\r\n"
    b"..two dots\r\n"
    b".\r\n"
    b"...\r\n"
    b"middle . dot\r\n"
    b"\r\n"
    b".\r\n"
    b"last line\r\n"
)
SMALL = HEADERS + b"Hello from the union.\r\n"


def base64_body(size: int, seed: int = 1) -> bytes:
    """`size` random bytes as a base64 MIME body: 76-column lines, CRLF ends."""
    raw = random.Random(seed).randbytes(size)
    return base64.encodebytes(raw).replace(b"\n", b"\r\n")


def big_message(size: int) -> bytes:
    return (HEADERS.replace(b"8bit", b"base64") + DOTTY_BODY + base64_body(size) + DOTTY_BODY)


class Calls:
    """Records the transport's callbacks."""

    def __init__(self) -> None:
        self.progress: list[tuple[int, int]] = []
        self.uploaded = 0

    def on_progress(self, sent: int, total: int) -> None:
        self.progress.append((sent, total))

    def on_uploaded(self) -> None:
        self.uploaded += 1

    def kwargs(self) -> dict:
        return {"progress": self.on_progress, "on_uploaded": self.on_uploaded}


def send_to(server, data: bytes = SMALL, *, account=None, password=None, calls=None, **kwargs):
    if calls is not None:
        kwargs.update(calls.kwargs())
    kwargs.setdefault("connect_timeout", 5)  # a hang fails fast instead of after 30 s
    return transport.send(account or server.account(),
                          server.password if password is None else password,
                          server.user, RCPT, data, **kwargs)


def failure(server, data: bytes = SMALL, **kwargs) -> SendError:
    with pytest.raises(SendError) as info:
        send_to(server, data, **kwargs)
    return info.value


def secret_forms(user: str, password: str) -> list[str]:
    raw = password.encode()
    return [password, base64.b64encode(raw).decode(),
            base64.b64encode(b"\0" + user.encode() + b"\0" + raw).decode()]


# -- delivery ------------------------------------------------------------------------------


def test_starttls_delivers_exact_bytes(smtp_server):
    data = HEADERS + DOTTY_BODY
    calls = Calls()
    result = send_to(smtp_server, data, calls=calls)

    assert result.code == 250
    assert result.size == len(data)
    assert result.tls_version.startswith("TLS")
    [got] = smtp_server.messages
    assert got.data == data
    assert got.mail_from == smtp_server.user
    assert got.rcpt_tos == tuple(RCPT)
    assert got.tls and got.user == smtp_server.user
    assert calls.uploaded == 1
    assert calls.progress[-1] == (len(data), len(data))
    verbs = smtp_server.verbs()
    assert verbs.index("STARTTLS") < verbs.index("AUTH") < verbs.index("MAIL")


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_large_message_arrives_byte_identical(make_server, mode):
    server = make_server(mode)
    data = big_message(3 * 1024 * 1024)
    assert len(data) > 4_000_000
    calls = Calls()
    result = send_to(server, data, calls=calls)

    assert result.code == 250
    [got] = server.messages
    assert got.sha256 == hashlib.sha256(data).hexdigest()
    sent = [s for s, _ in calls.progress]
    assert sent == sorted(sent) and sent[-1] == len(data)
    assert {t for _, t in calls.progress} == {len(data)}
    assert len(calls.progress) == -(-len(data) // transport.DEFAULT_CHUNK_SIZE)
    assert calls.uploaded == 1


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 64])
def test_dot_stuffing_survives_any_chunk_boundary(smtp_server, chunk_size):
    data = b".first line is a dot line\r\n" + DOTTY_BODY
    send_to(smtp_server, data, chunk_size=chunk_size)
    assert smtp_server.messages[-1].data == data


def test_message_without_final_crlf_gets_one(smtp_server):
    data = HEADERS + b"no final line end"
    send_to(smtp_server, data)
    assert smtp_server.messages[0].data == data + b"\r\n"


def test_eight_bit_body_is_declared_and_size_is_announced(make_server):
    server = make_server(size_limit=10_000_000)
    data = HEADERS + "Công đoàn cơ sở.\r\n".encode()
    result = send_to(server, data)
    assert result.size_limit == 10_000_000
    options = server.messages[0].mail_options
    assert "BODY=8BITMIME" in options
    assert f"SIZE={len(data)}" in options


def test_several_recipients(smtp_server):
    rcpts = ["a@example.org", "b@example.org"]
    transport.send(smtp_server.account(), smtp_server.password, smtp_server.user, rcpts, SMALL)
    assert smtp_server.messages[0].rcpt_tos == tuple(rcpts)


def test_no_password_means_no_auth(make_server):
    server = make_server(require_auth=False)
    send_to(server, password="", account=server.account())
    assert "AUTH" not in server.verbs()
    assert len(server.messages) == 1


def test_gmail_app_password_may_be_typed_with_spaces(make_server):
    server = make_server(password="abcdefghijklmnop")
    account = server.account(preset=GMAIL)
    send_to(server, account=account, password="abcd efgh ijkl mnop")
    assert server.auth_attempts[-1].success


@given(lines=st.lists(st.sampled_from([b"", b".", b"..", b".a", b"a.", b"a", b" .", b"\xc3\xa9"]),
                      max_size=12),
       tail=st.sampled_from([b"", b"\r\n", b".", b"x"]),
       chunk_size=st.integers(min_value=1, max_value=9))
@settings(max_examples=300, deadline=None)
def test_dot_stuffed_stream_is_chunk_independent(lines, tail, chunk_size):
    data = b"\r\n".join(lines) + tail
    reference = (b"\r\n" + data).replace(b"\r\n.", b"\r\n..")[2:]
    # Both ways of stuffing: from the dot plan, and bytes.replace for dot-heavy messages.
    for chunks in (list(transport.dot_stuffed(data, chunk_size)),
                   list(transport._stuffed_by_replace(data, chunk_size))):
        assert b"".join(chunk for _, chunk in chunks) == reference
        offsets = [end for end, _ in chunks]
        assert offsets == sorted(offsets) and (not data or offsets[-1] == len(data))
    stream = [chunk for _, chunk in transport.dot_stuffed(data, chunk_size)]
    # What a server reads back (RFC 5321 4.5.2) is the original.
    wire = b"".join(stream) + transport.end_of_data(data)
    assert wire.endswith(b"\r\n.\r\n") or wire == b".\r\n"
    body = wire[: -len(b".\r\n")]
    unstuffed = b"".join(line[1:] if line.startswith(b".") else line
                         for line in body.splitlines(keepends=True))
    assert unstuffed in (data, data + b"\r\n")


# -- login and TLS -------------------------------------------------------------------------


def test_wrong_password_is_an_auth_error_after_a_single_attempt(smtp_server):
    err = failure(smtp_server, password="not the password")
    assert err.kind == errors.AUTH and not err.retryable
    assert err.smtp_code == 535 and err.phase == errors.PHASE_AUTH
    assert err.message and err.advice and "535" in err.technical
    assert len(smtp_server.auth_attempts) == 1
    assert "MAIL" not in smtp_server.verbs() and not smtp_server.messages


@pytest.mark.parametrize("mode", ["starttls", "tls"])
@pytest.mark.parametrize("trust", ["none", "other-ca"])
def test_unknown_ca_is_refused_before_any_password(make_server, mode, trust):
    server = make_server(mode)
    cafile = None if trust == "none" else str(server.pki.other_cafile)
    err = failure(server, account=server.account(cafile=cafile))
    assert (err.kind, err.reason) == (errors.TLS, errors.R_CERT)
    assert not err.retryable
    assert err.details["verify_error"]
    assert server.wait_idle()
    assert server.auth_lines == 0 and not server.auth_attempts and not server.messages
    if mode == "starttls":  # the server saw the client walk away from the handshake
        assert any("TLSSetupException" in e for e in server.errors)


def test_certificate_for_another_name_is_refused(make_server):
    server = make_server(wrong_name=True)
    err = failure(server)
    assert (err.kind, err.reason) == (errors.TLS, errors.R_CERT)
    assert server.wait_idle()
    assert server.auth_lines == 0


def test_server_without_starttls_never_gets_the_password(make_server):
    server = make_server("plain", record_raw=True)
    # The trap is real: this server offers AUTH in the clear and no STARTTLS.
    import smtplib

    probe = smtplib.SMTP(server.host, server.port, local_hostname="probe", timeout=5)
    probe.ehlo()
    assert probe.has_extn("auth") and not probe.has_extn("starttls")
    probe.quit()

    err = failure(server)
    assert (err.kind, err.reason) == (errors.TLS, errors.R_NO_STARTTLS)
    with pytest.raises(SendError) as checked:
        transport.check_login(server.account(), server.password, timeout=5)
    assert checked.value.kind == errors.TLS

    assert server.wait_idle()
    assert server.auth_lines == 0 and not server.auth_attempts
    assert "MAIL" not in server.verbs()
    raw = server.received_raw()
    assert b"ehlo" in raw.lower()  # the recording works
    for secret in secret_forms(server.user, server.password):
        assert secret.encode() not in raw


@pytest.mark.parametrize("mode", ["starttls", "tls"])
@pytest.mark.parametrize("wrong_name", [False, True])
def test_pinned_certificate_is_accepted(make_server, mode, wrong_name):
    server = make_server(mode, wrong_name=wrong_name)
    pin = certs.display_fingerprint(server.cert_sha256)  # "AB:CD:..." is accepted too
    send_to(server, account=server.account(cafile=None, pinned_sha256=pin))
    assert len(server.messages) == 1


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_wrong_pin_is_refused_before_any_password(make_server, mode):
    server = make_server(mode)
    err = failure(server, account=server.account(pinned_sha256="00" * 32))
    assert (err.kind, err.reason) == (errors.TLS, errors.R_PIN_MISMATCH)
    assert err.details["presented"] == server.cert_sha256
    assert server.wait_idle()
    assert server.auth_lines == 0 and not server.messages


def test_tls_account_against_a_starttls_port_is_a_settings_error(smtp_server):
    err = failure(smtp_server, account=smtp_server.account(security="tls"))
    assert (err.kind, err.reason) == (errors.CONFIG, errors.R_TLS_MISMATCH)


def test_missing_cafile_is_a_settings_error(smtp_server, tmp_path):
    err = failure(smtp_server, account=smtp_server.account(cafile=str(tmp_path / "none.pem")))
    assert (err.kind, err.reason) == (errors.CONFIG, errors.R_CAFILE)
    assert smtp_server.sessions == 0


# -- server faults -------------------------------------------------------------------------


def test_421_at_connect_is_temporary(make_server):
    server = make_server(faults=[CONNECT_421])
    err = failure(server)
    assert err.kind == errors.TEMPORARY and err.retryable and err.smtp_code == 421
    assert err.phase == errors.PHASE_CONNECT
    assert not server.messages


def test_451_after_data_is_temporary_not_unknown(make_server):
    """A definite 4xx after the upload means "not taken": retry, it cannot duplicate."""
    server = make_server(faults=[DATA_451])
    calls = Calls()
    err = failure(server, calls=calls)
    assert err.kind == errors.TEMPORARY and err.retryable and err.smtp_code == 451
    assert err.uploaded and calls.uploaded == 1
    assert not server.messages


def test_552_after_data_is_too_large(make_server):
    server = make_server(faults=[DATA_552])
    calls = Calls()
    err = failure(server, calls=calls)
    assert err.kind == errors.TOO_LARGE and not err.retryable and err.smtp_code == 552
    assert calls.uploaded == 1


def test_550_at_rcpt_is_permanent(make_server):
    server = make_server(faults=[RCPT_550])
    calls = Calls()
    err = failure(server, calls=calls)
    assert (err.kind, err.reason) == (errors.PERMANENT, errors.R_RECIPIENT)
    assert err.smtp_code == 550 and not err.retryable
    assert err.details["address"] == RCPT[0]
    assert calls.uploaded == 0 and "DATA" not in server.verbs()


def test_drop_before_data_is_retryable(make_server):
    server = make_server(faults=[DROP_BEFORE_DATA])
    calls = Calls()
    err = failure(server, calls=calls)
    assert err.retryable and err.kind == errors.TEMPORARY
    assert not err.uploaded and calls.uploaded == 0
    assert not server.messages


def test_drop_after_upload_is_unknown_and_not_retryable(make_server):
    server = make_server(faults=[DROP_AFTER_UPLOAD])
    calls = Calls()
    err = failure(server, calls=calls)
    assert err.kind == errors.UNKNOWN and not err.retryable and err.uploaded
    assert calls.uploaded == 1
    # The dangerous case is real: the server kept the message.
    assert len(server.messages) == 1 and len(server.dropped_after_upload) == 1


def test_server_that_stops_reading_times_out_before_the_end(make_server):
    server = make_server(faults=[STALL_UPLOAD])
    data = big_message(12 * 1024 * 1024)  # more than the socket buffers can swallow
    calls = Calls()
    started = time.monotonic()
    err = failure(server, data, calls=calls, chunk_timeout=0.5)
    elapsed = time.monotonic() - started
    server.release()
    assert err.kind == errors.TIMEOUT and err.retryable
    assert err.phase == errors.PHASE_UPLOAD and not err.uploaded
    assert calls.uploaded == 0
    assert not calls.progress or calls.progress[-1][0] < len(data)
    assert elapsed < 10
    assert not server.messages


def test_final_reply_that_never_comes_is_unknown(make_server):
    server = make_server(faults=[DELAY_FINAL])
    calls = Calls()
    err = failure(server, calls=calls, final_timeout=0.5)
    server.release()
    assert err.kind == errors.UNKNOWN and not err.retryable
    assert calls.uploaded == 1
    assert err.reason == errors.R_NO_REPLY  # it did not answer; no connection was lost
    assert err.message != errors.SendError(errors.UNKNOWN).message


def test_a_refusal_at_mail_that_is_not_about_the_address_does_not_blame_the_sender(
        make_server):
    server = make_server(faults=[(MAIL_554, 1)])
    err = failure(server)
    assert (err.kind, err.reason) == (errors.PERMANENT, "")
    assert err.message == errors.SendError(errors.PERMANENT).message
    assert err.message != errors.SendError(errors.PERMANENT, errors.R_SENDER,
                                           details={"address": server.user}).message


def test_an_implicit_tls_server_reached_with_starttls_is_the_wrong_setting(make_server):
    server = make_server("tls")
    account = server.account()
    account.security = "starttls"  # on a port that is not 465: it stays silent, speaking TLS
    with pytest.raises(errors.SendError) as info:
        transport.check_login(account, server.password, timeout=1)
    assert (info.value.kind, info.value.reason) == (errors.CONFIG, errors.R_TLS_MISMATCH)


def test_message_over_advertised_size_is_refused_before_upload(make_server):
    server = make_server(size_limit=1000)
    data = HEADERS + base64_body(1500)
    err = failure(server, data)
    assert (err.kind, err.reason) == (errors.TOO_LARGE, errors.R_OVER_SIZE)
    assert err.details == {"host": server.host, "size": len(data), "limit": 1000,
                           "server_size": 1000}  # what was heard, for the next build
    assert not err.retryable
    assert server.wait_idle()
    assert not {"AUTH", "MAIL", "DATA"} & set(server.verbs())


def test_preset_limit_applies_when_the_server_advertises_none(smtp_server):
    data = HEADERS + base64_body(1500)
    err = failure(smtp_server, data, account=smtp_server.account(size_limit=1000))
    assert err.kind == errors.TOO_LARGE
    assert "DATA" not in smtp_server.verbs()


def test_result_reports_no_size_when_none_advertised(smtp_server):
    assert send_to(smtp_server).size_limit is None


def test_closed_port_is_offline(make_server):
    server = make_server()
    err = failure(server, account=server.account(port=closed_port()))
    assert (err.kind, err.reason) == (errors.OFFLINE, errors.R_REFUSED)
    assert err.retryable


@pytest.mark.parametrize("raised, kind, reason", [
    (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), errors.OFFLINE,
     errors.R_DNS),
    (OSError(errno.ENETUNREACH, "Network is unreachable"), errors.OFFLINE,
     errors.R_UNREACHABLE),
    (TimeoutError("timed out"), errors.TIMEOUT, errors.R_CONNECT),
])
def test_connection_failures_are_classified(smtp_server, monkeypatch, raised, kind, reason):
    def fail(*args, **kwargs):
        raise raised

    monkeypatch.setattr(socket, "create_connection", fail)
    err = failure(smtp_server)
    assert (err.kind, err.reason) == (kind, reason)
    assert err.retryable


def test_progress_callback_can_cancel_before_the_end(smtp_server):
    class Cancelled(Exception):
        pass

    def progress(sent, total):
        raise Cancelled

    uploaded = []
    with pytest.raises(Cancelled):
        transport.send(smtp_server.account(), smtp_server.password, smtp_server.user, RCPT,
                       SMALL, chunk_size=16, progress=progress,
                       on_uploaded=lambda: uploaded.append(1))
    assert not uploaded
    assert smtp_server.wait_idle()
    assert not smtp_server.messages


# -- refusals before connecting ------------------------------------------------------------


def test_outlook_preset_is_refused_before_connecting(smtp_server):
    err = failure(smtp_server, account=smtp_server.account(preset="outlook"))
    assert (err.kind, err.reason) == (errors.CONFIG, errors.R_OUTLOOK)
    assert err.message and err.advice
    assert smtp_server.sessions == 0


@pytest.mark.parametrize("change", [{"host": ""}, {"host": "smtp gmail.com"}, {"port": 0},
                                    {"port": 70000}, {"security": "ssl"},
                                    {"pinned_sha256": "abc"}])
def test_bad_settings_are_config_errors(smtp_server, change):
    err = failure(smtp_server, account=smtp_server.account(**change))
    assert err.kind == errors.CONFIG and not err.retryable
    assert smtp_server.sessions == 0


@pytest.mark.parametrize("data, rcpt, error", [
    # A "." after a bare LF or CR could end DATA early on some servers (SMTP smuggling).
    (b"Subject: x\r\n\r\nhi\n.\r\nMAIL FROM:<evil@example.org>\r\n", RCPT, ValueError),
    (b"Subject: x\r\n\r\nhi\r.\r\n", RCPT, ValueError),
    (b"\n.\r\n", RCPT, ValueError),
    (SMALL, "one@example.org", TypeError),
    (SMALL, [], ValueError),
    (SMALL, ["a@example.org\r\nRCPT TO:<b@example.org>"], ValueError),
    ("text", RCPT, TypeError),
])
def test_bad_arguments_are_refused_before_connecting(smtp_server, data, rcpt, error):
    with pytest.raises(error):
        transport.send(smtp_server.account(), smtp_server.password, smtp_server.user, rcpt,
                       data)
    assert smtp_server.sessions == 0


def test_dot_heavy_messages_take_the_other_path(smtp_server, monkeypatch):
    monkeypatch.setattr(transport, "_DOT_SCAN_LIMIT", 2)
    data = HEADERS + DOTTY_BODY + b"a. b. c. d.\r\n"
    assert transport.dot_plan(data) is None
    send_to(smtp_server, data, chunk_size=5)
    assert smtp_server.messages[0].data == data
    for bad in (b"x\r\n\r\n. . . .\n.\r\n", b"x\r\n\r\n. . . .\r.\r\n"):
        with pytest.raises(ValueError):
            transport.dot_plan(bad)


# -- random faults -------------------------------------------------------------------------


def test_random_faults_with_retries_deliver_each_message_exactly_once(make_server):
    server = make_server(random_rate=0.5, seed=2024)
    outcomes = []
    for n in range(20):
        data = SMALL.replace(b"<test-1@", f"<test-{n}@".encode())
        for _attempt in range(30):
            try:
                send_to(server, data, final_timeout=5)
            except SendError as err:
                outcomes.append(err.kind)
                if err.retryable:
                    continue
                assert err.kind == errors.UNKNOWN
                # The user looks in the Sent folder: here, the server's record.
                assert any(m.data == data for m in server.messages)
                break
            else:
                outcomes.append("sent")
                break
        else:
            pytest.fail("never delivered")
    delivered = [m.data for m in server.messages]
    assert len(delivered) == 20 and len(set(delivered)) == 20
    fired = {name for _, name in server.plan.fired}
    assert len(fired) >= 3  # the run really met several kinds of failure
    assert errors.UNKNOWN in outcomes and errors.TEMPORARY in outcomes


def test_fault_plan_is_reproducible_with_a_seed():
    first = FaultPlan(random_rate=0.5, seed=7)
    second = FaultPlan(random_rate=0.5, seed=7)
    draws = [first.draw_random() for _ in range(50)]
    assert draws == [second.draw_random() for _ in range(50)]
    assert None in draws and len(set(draws)) > 2


# -- the test-connection button and certificates -------------------------------------------


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_check_login_reports_the_server(make_server, mode):
    server = make_server(mode, size_limit=35_882_577)
    info = transport.check_login(server.account(), server.password, timeout=5)
    assert info.logged_in
    assert {"PLAIN", "LOGIN"} <= set(info.auth_mechanisms)
    assert info.size_limit == 35_882_577
    assert info.tls_version.startswith("TLS") and info.cipher
    assert info.cert_sha256 == server.cert_sha256
    assert info.greeting
    assert server.auth_attempts[-1].success
    assert "MAIL" not in server.verbs() and "QUIT" in server.verbs()
    assert not server.messages


def test_check_login_with_a_wrong_password(smtp_server):
    with pytest.raises(SendError) as info:
        transport.check_login(smtp_server.account(), "wrong", timeout=5)
    assert info.value.kind == errors.AUTH


def test_check_login_without_a_password_tests_only_the_connection(smtp_server):
    info = transport.check_login(smtp_server.account(), None, timeout=5)
    assert not info.logged_in
    assert "AUTH" not in smtp_server.verbs()


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_fetch_certificate_shows_an_untrusted_certificate(make_server, mode):
    server = make_server(mode)
    cert = transport.fetch_certificate(server.account(cafile=None), timeout=5)
    assert cert.sha256 == server.cert_sha256
    assert not cert.trusted and cert.verify_error and not cert.pinned
    assert "mail.test.invalid" in cert.subject
    assert "TinBai test CA" in cert.issuer
    assert "127.0.0.1" in cert.names and "localhost" in cert.names
    assert cert.not_before < cert.not_after and not cert.expired()
    assert cert.tls_version.startswith("TLS")
    assert server.wait_idle()
    assert server.auth_lines == 0


def test_fetch_certificate_trusted_and_pinned(smtp_server):
    trusted = transport.fetch_certificate(smtp_server.account(), timeout=5)
    assert trusted.trusted and not trusted.verify_error
    pinned = transport.fetch_certificate(
        smtp_server.account(cafile=None, pinned_sha256=smtp_server.cert_sha256), timeout=5)
    assert pinned.pinned and not pinned.trusted


def test_certificate_reader_agrees_with_cryptography(smtp_pki):
    from cryptography import x509

    pem = smtp_pki.cert.cert_chain_pems[0].bytes()
    der = ssl.PEM_cert_to_DER_cert(pem.decode())
    info = certs.describe(der)
    ref = x509.load_der_x509_certificate(der)
    assert info.not_before == ref.not_valid_before_utc
    assert info.not_after == ref.not_valid_after_utc
    assert "CN=mail.test.invalid" in info.subject
    san = ref.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    expected = [*san.get_values_for_type(x509.DNSName),
                *(str(ip) for ip in san.get_values_for_type(x509.IPAddress))]
    assert sorted(info.names) == sorted(expected)
    assert certs.describe(b"\x30\x03garbage").sha256  # unreadable: fingerprint still there


def test_fingerprint_forms():
    h = "ab" * 32
    assert certs.normalise_fingerprint(certs.display_fingerprint(h)) == h
    assert certs.display_fingerprint(h).startswith("AB:AB:")
    for bad in ("", "xyz", "ab" * 31):
        with pytest.raises(ValueError):
            certs.normalise_fingerprint(bad)


# -- the password never leaks --------------------------------------------------------------


@pytest.mark.parametrize("scenario", ["echo-auth", "rcpt", "drop-after-upload", "no-starttls",
                                      "451"])
def test_password_never_appears_in_errors_or_logs(make_server, caplog, scenario):
    caplog.set_level(logging.DEBUG)
    server = {
        "echo-auth": lambda: make_server(faults=[ECHO_AUTH]),
        "rcpt": lambda: make_server(faults=[RCPT_550]),
        "drop-after-upload": lambda: make_server(faults=[DROP_AFTER_UPLOAD]),
        "no-starttls": lambda: make_server("plain"),
        "451": lambda: make_server("tls", faults=[DATA_451]),
    }[scenario]()
    err = failure(server)
    if scenario == "echo-auth":
        assert "********" in err.smtp_text  # the server did quote it; we masked it

    texts = [str(err), repr(err), err.technical, err.smtp_text, err.message, err.advice,
             err.cause, json.dumps(err.to_dict(), ensure_ascii=False), repr(err.args),
             repr(pickle.loads(pickle.dumps(err)).to_dict())]
    assert err.__cause__ is None and err.__context__ is None
    server.wait_idle()
    # Our logs and anything else in the process, except the test server's own library
    # (aiosmtpd logs the AUTH line it received, which is the server's business).
    texts += [r.getMessage() for r in caplog.records if not r.name.startswith("mail.log")]
    blob = "\n".join(texts)
    for secret in secret_forms(server.user, server.password):
        assert secret not in blob


# -- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize("code, text, phase, expected", [
    (421, "4.7.0 Try again later", errors.PHASE_CONNECT, (errors.TEMPORARY, errors.R_BUSY)),
    (554, "5.7.1 go away", errors.PHASE_CONNECT, (errors.PERMANENT, errors.R_CONNECT)),
    (454, "4.7.0 TLS not available", errors.PHASE_STARTTLS, (errors.TEMPORARY, "")),
    (501, "5.5.1 nope", errors.PHASE_STARTTLS, (errors.TLS, errors.R_NO_STARTTLS)),
    (535, "5.7.8 Username and Password not accepted", errors.PHASE_AUTH, (errors.AUTH, "")),
    (534, "5.7.9 Application-specific password required", errors.PHASE_AUTH,
     (errors.AUTH, errors.R_APP_PASSWORD_NEEDED)),
    (454, "4.7.0 Too many login attempts", errors.PHASE_AUTH, (errors.TEMPORARY, "")),
    (530, "5.7.0 Authentication Required", errors.PHASE_MAIL, (errors.AUTH, "")),
    (553, "5.7.1 Sender address rejected", errors.PHASE_MAIL,
     (errors.PERMANENT, errors.R_SENDER)),
    (552, "5.3.4 Message size exceeds fixed limit", errors.PHASE_MAIL,
     (errors.TOO_LARGE, "")),
    (550, "5.1.1 No such user", errors.PHASE_RCPT, (errors.PERMANENT, errors.R_RECIPIENT)),
    (552, "5.2.2 Mailbox full", errors.PHASE_RCPT, (errors.TEMPORARY, "")),
    (451, "4.3.0 Try later", errors.PHASE_FINAL, (errors.TEMPORARY, "")),
    (552, "5.3.4 Too big", errors.PHASE_FINAL, (errors.TOO_LARGE, "")),
    (554, "5.7.0 Message rejected as spam", errors.PHASE_FINAL, (errors.PERMANENT, "")),
    (250, "OK", errors.PHASE_DATA, (errors.PERMANENT, "")),
])
def test_classify_reply(code, text, phase, expected):
    assert errors.classify_reply(code, text, phase) == expected


def test_retryable_kinds():
    retryable = {k for k in errors.KINDS if SendError(k).retryable}
    assert retryable == {errors.OFFLINE, errors.TIMEOUT, errors.TEMPORARY}


REASONS = [v for k, v in vars(errors).items() if k.startswith("R_")]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_error_has_words(language):
    i18n.set_language(language)
    details = {"host": "smtp.example.org", "address": "a@example.org", "size": 40_000_000,
               "limit": 35_882_577}
    seen = set()
    for kind in errors.KINDS:
        for reason in ["", *REASONS]:
            for provider in ["", "gmail", "yahoo", "m365", "outlook", "custom"]:
                err = SendError(kind, reason, provider=provider, details=details)
                assert err.message.strip() and err.advice.strip()
                assert "{" not in err.message + err.advice
                seen.add(err.message)
    assert len(seen) > 25


def test_providers_get_their_own_words():
    plain = SendError(errors.AUTH)
    gmail = SendError(errors.AUTH, provider="gmail")
    assert gmail.message != plain.message and gmail.advice != plain.advice


def test_error_round_trips():
    err = SendError(errors.PERMANENT, errors.R_RECIPIENT, phase=errors.PHASE_RCPT,
                    smtp_code=550, smtp_text="5.1.1 no such user", provider="gmail",
                    server="smtp.gmail.com:587 (starttls)", details={"address": "x@y.z"},
                    cause="")
    again = SendError.from_dict(json.loads(json.dumps(err.to_dict())))
    assert again.to_dict() == err.to_dict()
    assert pickle.loads(pickle.dumps(err)).to_dict() == err.to_dict()
    assert err.technical.startswith("SMTP 550 5.1.1 no such user")
    with pytest.raises(ValueError):
        SendError("nonsense")
