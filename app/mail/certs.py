"""Server certificates: fingerprints, pins, and what the GUI shows before the user trusts one.

The certificate is read from the DER bytes the TLS handshake gave us (this works even when
the certificate is not trusted, where `getpeercert()` returns nothing). A tiny DER reader
extracts subject, issuer, validity and names, so the core needs no extra dependency; if it
cannot make sense of a certificate the fingerprint is still there, which is what matters.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from dataclasses import dataclass, field
from datetime import UTC, datetime

_HEX = set("0123456789abcdef")


def sha256_fingerprint(der: bytes) -> str:
    """Lowercase hex SHA-256 of the certificate (DER), the form stored in `pinned_sha256`."""
    return hashlib.sha256(der).hexdigest()


def normalise_fingerprint(text: str) -> str:
    """"AB:CD:..." or "ab cd ..." -> 64 lowercase hex digits; ValueError if it is not one."""
    cleaned = "".join(ch for ch in (text or "").lower() if ch not in ": -\t\r\n")
    if len(cleaned) != 64 or not set(cleaned) <= _HEX:
        raise ValueError("not a SHA-256 fingerprint")
    return cleaned


def display_fingerprint(hex_digest: str) -> str:
    """Pairs of uppercase hex separated by colons, as browsers and `openssl` show them."""
    h = normalise_fingerprint(hex_digest).upper()
    return ":".join(h[i:i + 2] for i in range(0, len(h), 2))


def pin_matches(der: bytes, pin: str) -> bool:
    try:
        expected = normalise_fingerprint(pin)
    except ValueError:
        return False
    return hmac.compare_digest(sha256_fingerprint(der), expected)


@dataclass(frozen=True)
class CertInfo:
    """A server certificate as the settings page shows it."""

    sha256: str
    subject: str = ""
    issuer: str = ""
    not_before: datetime | None = None
    not_after: datetime | None = None
    names: tuple[str, ...] = ()
    trusted: bool = False  # passes the normal checks (system CAs + the account's cafile)
    verify_error: str = ""  # why it is not trusted, from OpenSSL ("self-signed certificate")
    pinned: bool = False  # matches the account's pinned_sha256
    tls_version: str = ""
    der: bytes = field(default=b"", repr=False)

    @property
    def sha256_display(self) -> str:
        return display_fingerprint(self.sha256)

    @property
    def self_signed(self) -> bool:
        return bool(self.subject) and self.subject == self.issuer

    def expired(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(UTC)
        return (self.not_after is not None and now > self.not_after) or (
            self.not_before is not None and now < self.not_before)

    def to_dict(self) -> dict:
        return {
            "sha256": self.sha256,
            "subject": self.subject,
            "issuer": self.issuer,
            "not_before": self.not_before.isoformat() if self.not_before else None,
            "not_after": self.not_after.isoformat() if self.not_after else None,
            "names": list(self.names),
            "trusted": self.trusted,
            "verify_error": self.verify_error,
            "pinned": self.pinned,
            "tls_version": self.tls_version,
        }


def describe(der: bytes, **extra) -> CertInfo:
    """CertInfo for DER bytes; fields that cannot be read stay empty."""
    try:
        subject, issuer, not_before, not_after, names = _parse(der)
    except (IndexError, ValueError, UnicodeDecodeError):
        subject, issuer, not_before, not_after, names = "", "", None, None, ()
    return CertInfo(sha256=sha256_fingerprint(der), subject=subject, issuer=issuer,
                    not_before=not_before, not_after=not_after, names=names, der=der, **extra)


# -- a minimal DER reader for X.509 --------------------------------------------------------

_NAME_OIDS = {
    "2.5.4.3": "CN", "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST", "2.5.4.10": "O",
    "2.5.4.11": "OU", "1.2.840.113549.1.9.1": "E",
}
_SAN_OID = "2.5.29.17"


def _tlv(buf: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, content start, content end) of the element at `pos`."""
    tag = buf[pos]
    length = buf[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4:
            raise ValueError("bad DER length")
        length = int.from_bytes(buf[pos:pos + count], "big")
        pos += count
    end = pos + length
    if end > len(buf):
        raise ValueError("truncated DER")
    return tag, pos, end


def _children(buf: bytes, start: int, end: int):
    pos = start
    while pos < end:
        tag, cstart, cend = _tlv(buf, pos)
        yield tag, cstart, cend
        pos = cend


def _oid(raw: bytes) -> str:
    parts = [raw[0] // 40, raw[0] % 40]
    value = 0
    for byte in raw[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    return ".".join(str(p) for p in parts)


def _string(tag: int, raw: bytes) -> str:
    if tag == 0x1E:  # BMPString
        return raw.decode("utf-16-be")
    if tag == 0x1C:  # UniversalString
        return raw.decode("utf-32-be")
    if tag == 0x14:  # T61String: in practice Latin-1
        return raw.decode("latin-1")
    return raw.decode("utf-8")


def _name(buf: bytes, start: int, end: int) -> str:
    parts = []
    for _, sstart, send in _children(buf, start, end):  # SET OF
        for _, astart, aend in _children(buf, sstart, send):  # AttributeTypeAndValue
            (_, ostart, oend), (vtag, vstart, vend) = list(_children(buf, astart, aend))[:2]
            oid = _oid(buf[ostart:oend])
            key = _NAME_OIDS.get(oid, oid)
            parts.append(f"{key}={_string(vtag, buf[vstart:vend])}")
    return ", ".join(parts)


def _time(tag: int, raw: bytes) -> datetime:
    text = raw.decode("ascii")
    fmt = "%y%m%d%H%M%SZ" if tag == 0x17 else "%Y%m%d%H%M%SZ"
    return datetime.strptime(text, fmt).replace(tzinfo=UTC)


def _san(buf: bytes, start: int, end: int) -> tuple[str, ...]:
    names = []
    _, sstart, send = _tlv(buf, start)  # GeneralNames SEQUENCE
    for tag, cstart, cend in _children(buf, sstart, send):
        if tag == 0x82:  # dNSName
            names.append(buf[cstart:cend].decode("ascii"))
        elif tag == 0x87:  # iPAddress
            names.append(str(ipaddress.ip_address(buf[cstart:cend])))
    return tuple(names)


def _parse(der: bytes):
    _, cstart, cend = _tlv(der, 0)  # Certificate
    _, tstart, tend = _tlv(der, cstart)  # TBSCertificate
    fields = list(_children(der, tstart, tend))
    if fields and fields[0][0] == 0xA0:  # [0] version
        fields = fields[1:]
    # serial, signature, issuer, validity, subject, subjectPublicKeyInfo, ...
    issuer = _name(der, fields[2][1], fields[2][2])
    (t1, s1, e1), (t2, s2, e2) = list(_children(der, fields[3][1], fields[3][2]))[:2]
    subject = _name(der, fields[4][1], fields[4][2])
    names: tuple[str, ...] = ()
    for tag, start, _end in fields[6:]:
        if tag != 0xA3:  # [3] extensions
            continue
        _, xstart, xend = _tlv(der, start)
        for _, estart, eend in _children(der, xstart, xend):
            parts = list(_children(der, estart, eend))
            if _oid(der[parts[0][1]:parts[0][2]]) == _SAN_OID:
                _, vstart, vend = parts[-1]  # OCTET STRING holding GeneralNames
                names = _san(der, vstart, vend)
    return subject, issuer, _time(t1, der[s1:e1]), _time(t2, der[s2:e2]), names
