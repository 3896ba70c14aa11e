"""Content-credential (C2PA) fixtures signed in the test with a test PKI made on the fly.

`make_pki()` builds root → intermediate → ES256 end-entity certificates that pass c2pa-rs's
certificate profile (end entity: EKU emailProtection, KU digitalSignature, an AKI, not a CA)
in about 10 ms; `sign()` signs a photo's bytes with a manifest in a few ms. The root is what a
trust list would hold: give `pki.root_pem` as `trust_pem` to make the signer trusted.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.photocheck.credentials import load_library

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
GENERATOR = [{"name": "TinBai fixture", "version": "1.0"}]
SIGN_SETTINGS = {
    "version": 1,
    "builder": {"thumbnail": {"enabled": False}},
    "verify": {"verify_after_sign": False, "remote_manifest_fetch": False, "ocsp_fetch": False},
}

CAPTURE = [{"action": "c2pa.created", "digitalSourceType": IPTC + "digitalCapture",
            "softwareAgent": {"name": "Canon EOS R6 firmware", "version": "1.8"},
            "when": "2024-05-01T10:00:00Z"}]
AI = [{"action": "c2pa.created", "digitalSourceType": IPTC + "trainedAlgorithmicMedia",
       "softwareAgent": {"name": "Some Image Model"}}]
AI_EDIT = [{"action": "c2pa.opened", "parameters": {"ingredientIds": ["parent"]}},
           {"action": "c2pa.edited",
            "digitalSourceType": IPTC + "compositeWithTrainedAlgorithmicMedia",
            "softwareAgent": {"name": "Magic Editor"}}]
EDITS = [{"action": "c2pa.opened", "parameters": {"ingredientIds": ["parent"]}},
         {"action": "c2pa.color_adjustments", "parameters": {"name": "brightnesscontrast"}},
         {"action": "c2pa.cropped"},
         {"action": "c2pa.edited", "softwareAgent": {"name": "Photo Editor 3.0"}}]


@dataclass
class TestPki:
    root_pem: str  # the trust anchor
    chain_pem: str  # end entity + intermediate (what the signer embeds)
    key_pem: str


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "TinBai Test"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])


def _key_usage(ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=True, content_commitment=False,
                         key_encipherment=False, data_encipherment=False, key_agreement=False,
                         key_cert_sign=ca, crl_sign=ca, encipher_only=False,
                         decipher_only=False)


def _ca(subject, issuer, pub, issuer_key, issuer_pub, now, path_len):
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(pub).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=7300))
            .add_extension(x509.BasicConstraints(ca=True, path_length=path_len), critical=True)
            .add_extension(_key_usage(True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(pub), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_pub),
                           critical=False)
            .sign(issuer_key, hashes.SHA256()))


def make_pki(cn: str = "TinBai Test Camera") -> TestPki:
    now = dt.datetime.now(dt.UTC)
    pem = serialization.Encoding.PEM
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name("TinBai Test Root CA")
    root = _ca(root_name, root_name, root_key.public_key(), root_key, root_key.public_key(),
               now, 1)
    int_key = ec.generate_private_key(ec.SECP256R1())
    inter = _ca(_name("TinBai Test Intermediate CA"), root_name, int_key.public_key(),
                root_key, root_key.public_key(), now, 0)
    ee_key = ec.generate_private_key(ec.SECP256R1())
    ee = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(inter.subject)
          .public_key(ee_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
          .add_extension(_key_usage(False), critical=True)
          .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                         critical=False)
          .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
              int_key.public_key()), critical=False)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ee_key.public_key()),
                         critical=False)
          .sign(int_key, hashes.SHA256()))
    key_pem = ee_key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()).decode()
    return TestPki(root.public_bytes(pem).decode(),
                   (ee.public_bytes(pem) + inter.public_bytes(pem)).decode(), key_pem)


def manifest(title: str, actions: list[dict], fmt: str = "image/jpeg") -> dict:
    return {"claim_generator_info": GENERATOR, "title": title, "format": fmt,
            "assertions": [{"label": "c2pa.actions.v2", "data": {"actions": actions}}]}


def sign(data: bytes, actions: list[dict], pki: TestPki, *, fmt: str = "image/jpeg",
         title: str = "IMG_0001.JPG", parent: bytes | None = None) -> bytes:
    """`data` with a C2PA manifest of `actions` signed by `pki` (and `parent`, a signed
    photo, as the ingredient the actions started from)."""
    c2pa = load_library()
    signer = c2pa.Signer.from_info(c2pa.C2paSignerInfo(
        c2pa.C2paSigningAlg.ES256, pki.chain_pem.encode(), pki.key_pem.encode(), None))
    ctx = c2pa.Context.from_dict(SIGN_SETTINGS)
    with c2pa.Builder(manifest(title, actions, fmt), context=ctx) as builder:
        if parent is not None:
            builder.add_ingredient({"title": "IMG_0001.JPG", "relationship": "parentOf",
                                    "label": "parent"}, fmt, io.BytesIO(parent))
        out = io.BytesIO()
        builder.sign(signer, fmt, io.BytesIO(data), out)
    signer.close()
    return out.getvalue()


def tamper_pixels(signed: bytes) -> bytes:
    """One byte of the picture changed after signing (→ assertion.dataHash.mismatch)."""
    changed = bytearray(signed)
    changed[-2000] ^= 0xFF
    return bytes(changed)
