"""Content credentials (C2PA): read and validate a photo's manifest store, offline.

Called only when `c2pa_scan.c2pa_container` found an embedded store. The native library
(c2pa-python, about 24 MB) is a named seam: it loads with the first such photo, never at
start-up. What comes out is a JSON-ready summary (`facts["c2pa"]`) that the rules turn into
`c2pa-…` reasons and that the manifest, the email and the details panel show:

    {"state": "trusted" | "valid" | "invalid" | "damaged" | "unchecked",
     "trusted": bool, "failures": [validation codes], "problem": "changed" | ...,
     "kind": "capture" | "edited" | "ai" | "other" | None,
     "claim_generator": str, "signer": str, "issuer": str, "signed_at": str | None,
     "device": str, "editor": str, "actions": [{"action", "agent", "source"}],
     "trust_list": "built-in" | "imported", "error": str}

Trust: the library has no trust list of its own. Signers are checked against the list in
force: the snapshot of the official C2PA trust list shipped in resources/data, or one the
user imported (`load_trust_list`, refused whole when anything in it is wrong). No network:
no remote manifest is fetched and no certificate status (OCSP) is asked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.util
import io
import json
import os
import re
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.base import paths
from app.base.errors import UserError
from app.base.i18n import translate
from app.photocheck.c2pa_scan import MIME

TRUST_LIST_FILE = ("data", "c2pa-trust-list.pem")
MAX_TRUST_LIST_BYTES = 1024 * 1024
MAX_ACTIONS = 40  # kept in the summary (a manifest may list hundreds)
MAX_TEXT = 120  # characters kept of a name written by whoever signed

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
# digitalSourceType terms (the last path segment: some producers write https://)
CAPTURE_SOURCES = frozenset({"digitalCapture", "computationalCapture", "compositeCapture"})
AI_SOURCES = frozenset({"trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia",
                        "algorithmicMedia", "compositeSynthetic", "algorithmicallyEnhanced"})
# Actions that by themselves change nothing: the camera made the file, a program opened it.
NEUTRAL_ACTIONS = frozenset({"c2pa.created", "c2pa.opened"})

# Validation failure codes (c2pa-rs validation_results) grouped by what they mean for a person.
_CHANGED = ("assertion.dataHash.mismatch", "assertion.bmffHash.mismatch",
            "assertion.boxesHash.mismatch", "assertion.collectionHash.mismatch")
_SIGNATURE = ("claimSignature.mismatch", "claimSignature.missing", "signingCredential.invalid",
              "ingredient.claimSignature.mismatch", "algorithm.unsupported",
              "timeStamp.mismatch", "timeStamp.malformed")
_EXPIRED = ("signingCredential.expired", "claimSignature.outsideValidity",
            "signingCredential.revoked", "signingCredential.ocsp.revoked")
UNTRUSTED = "signingCredential.untrusted"

_BEGIN = "-----BEGIN CERTIFICATE-----"
_PEM_BLOCK = re.compile(r"-----BEGIN CERTIFICATE-----\s+(.*?)-----END CERTIFICATE-----",
                        re.S)


class CredentialsUnavailable(RuntimeError):
    """The C2PA library cannot be loaded here (not installed, or not from its own folder)."""


# The trust list ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustProblem:
    number: int | None  # the certificate's position in the file (1-based), None: the file
    message: str


class TrustListError(UserError):
    """A trust list file that cannot be used: every problem is listed, nothing is kept."""

    def __init__(self, problems: list[TrustProblem], source: str = ""):
        self.problems = problems
        lines = [p.message for p in problems]
        super().__init__("trust-list", translate(
            "PhotoCheck", "The trust list {file} cannot be used:").format(
            file=source or "") + "\n" + "\n".join(f"• {line}" for line in lines))


@dataclass(frozen=True)
class TrustList:
    pem: str  # the certificates only, in the file's order (what the library is given)
    count: int
    subjects: tuple[str, ...]


def builtin_trust_text() -> str:
    return _builtin_trust_text()


@lru_cache(maxsize=1)
def _builtin_trust_text() -> str:
    return paths.resource(*TRUST_LIST_FILE).read_text(encoding="utf-8")


def parse_trust_list(text: str, *, today: dt.date | None = None) -> TrustList:
    """Check a PEM bundle of trust anchors; raise TrustListError listing every problem.

    Text outside the certificate blocks (comments, "Subject" lines) is ignored, as OpenSSL
    does. Each certificate must be readable, a certification authority, and valid today.
    """
    from cryptography import x509  # the c2pa library's own dependency

    today = today or dt.date.today()
    problems: list[TrustProblem] = []
    blocks = _PEM_BLOCK.findall(text)
    if text.count(_BEGIN) != len(blocks):
        problems.append(TrustProblem(None, translate(
            "PhotoCheck", "A certificate in the file is cut short (BEGIN without END).")))
    if not blocks:
        problems.append(TrustProblem(None, translate(
            "PhotoCheck", "The file holds no certificate (PEM, \"BEGIN CERTIFICATE\").")))
    pems, subjects = [], []
    for number, body in enumerate(blocks, start=1):
        pem = f"{_BEGIN}\n{body.strip()}\n-----END CERTIFICATE-----\n"
        try:
            cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            problems.append(TrustProblem(number, translate(
                "PhotoCheck", "Certificate {number} cannot be read.").format(number=number)))
            continue
        subject = cert.subject.rfc4514_string()
        try:
            basic = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
            is_ca = basic.ca
        except x509.ExtensionNotFound:
            is_ca = False
        if not is_ca:
            problems.append(TrustProblem(number, translate(
                "PhotoCheck", "Certificate {number} ({subject}) is not a certification "
                "authority.").format(number=number, subject=subject)))
        if cert.not_valid_after_utc.date() < today:
            problems.append(TrustProblem(number, translate(
                "PhotoCheck", "Certificate {number} ({subject}) expired on {date}.").format(
                number=number, subject=subject,
                date=cert.not_valid_after_utc.strftime("%d/%m/%Y"))))
        pems.append(pem)
        subjects.append(subject)
    if problems:
        raise TrustListError(problems)
    return TrustList("".join(pems), len(pems), tuple(subjects))


def load_trust_list(path: str | os.PathLike) -> TrustList:
    """A trust list file checked whole (see `parse_trust_list`); the file's name in errors."""
    name = os.fspath(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_TRUST_LIST_BYTES + 1)
    except OSError as exc:
        raise TrustListError([TrustProblem(None, translate(
            "PhotoCheck", "The file cannot be read ({error}).").format(
            error=exc.strerror or exc))], name) from exc
    if len(raw) > MAX_TRUST_LIST_BYTES:
        raise TrustListError([TrustProblem(None, translate(
            "PhotoCheck", "The file is too large to be a trust list."))], name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TrustListError([TrustProblem(None, translate(
            "PhotoCheck", "The file is not a text (PEM) file."))], name) from exc
    try:
        return parse_trust_list(text)
    except TrustListError as exc:
        raise TrustListError(exc.problems, name) from None


def _anchors(trust_pem: str | None) -> str:
    """The PEM given to the library: the imported list, else the shipped snapshot (its
    comment lines left out)."""
    text = trust_pem if trust_pem is not None else builtin_trust_text()
    return "".join(f"{_BEGIN}\n{b.strip()}\n-----END CERTIFICATE-----\n"
                   for b in _PEM_BLOCK.findall(text))


# Loading the library safely ------------------------------------------------------------------

_import_lock = threading.Lock()
_c2pa: Any = None


def _library_name() -> str:
    if sys.platform == "win32":
        return "c2pa_c.dll"
    if sys.platform == "darwin":
        return "libc2pa_c.dylib"
    return "libc2pa_c.so"


@contextlib.contextmanager
def _inside(folder: Path):
    previous = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


def load_library():
    """`import c2pa`, so that its native library can only come from the package's own folder.

    c2pa-python looks for its library in the current folder first, so a `c2pa_c.dll` lying
    next to the user's photos could be loaded in its place (DLL planting). Here it is given
    the library's absolute path (C2PA_LIBRARY_NAME, which it tries first), with the current
    folder set to the package's own for the moment of the import, and the path it loaded is
    checked afterwards. Raises CredentialsUnavailable.
    """
    global _c2pa
    if _c2pa is not None:
        return _c2pa
    with _import_lock:
        if _c2pa is not None:
            return _c2pa
        spec = importlib.util.find_spec("c2pa")
        if spec is None or not spec.submodule_search_locations:
            raise CredentialsUnavailable("c2pa-python is not installed")
        package = Path(next(iter(spec.submodule_search_locations))).resolve()
        name = _library_name()
        library = next((p for p in (package / "libs" / name, package / name) if p.is_file()),
                       None)
        if library is None:
            raise CredentialsUnavailable(f"{name} is not in {package}")
        saved = os.environ.get("C2PA_LIBRARY_NAME")
        os.environ["C2PA_LIBRARY_NAME"] = str(library)
        try:
            with _inside(library.parent):
                import c2pa  # seam: loads with the first photo that has credentials
        except (ImportError, OSError, RuntimeError) as exc:
            raise CredentialsUnavailable(f"{type(exc).__name__}: {exc}") from exc
        finally:
            if saved is None:
                os.environ.pop("C2PA_LIBRARY_NAME", None)
            else:
                os.environ["C2PA_LIBRARY_NAME"] = saved
        loaded = getattr(getattr(c2pa.c2pa, "_lib", None), "_name", "") or ""
        if not loaded or Path(loaded).resolve() != library:
            raise CredentialsUnavailable(f"the C2PA library was loaded from {loaded!r}")
        _c2pa = c2pa
        return c2pa


def library_version() -> str:
    c2pa = load_library()
    return f"c2pa-python {c2pa.__version__}, c2pa-rs {c2pa.sdk_version()}"


_contexts: dict[str, Any] = {}


def _context(c2pa, anchors: str):
    key = hashlib.sha256(anchors.encode()).hexdigest()
    ctx = _contexts.get(key)
    if ctx is None:
        ctx = c2pa.Context.from_dict({
            "version": 1,
            "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False},
            "trust": {"trust_anchors": anchors},
        })
        _contexts.clear()  # one list is in force at a time
        _contexts[key] = ctx
    return ctx


# Reading -------------------------------------------------------------------------------------


def read_credentials(data: bytes, container: str, trust_pem: str | None = None
                     ) -> dict[str, Any]:
    """The summary of the manifest store in `data` (a JPEG, PNG or HEIF `container` as
    `c2pa_scan` named it). Never raises for bad input: a damaged store is a state."""
    base: dict[str, Any] = {"trust_list": "built-in" if trust_pem is None else "imported"}
    try:
        c2pa = load_library()
    except CredentialsUnavailable as exc:
        return {**base, "state": "unchecked", "trusted": False, "kind": None,
                "error": str(exc)[:300]}
    try:
        ctx = _context(c2pa, _anchors(trust_pem))
        with c2pa.Reader(MIME[container], io.BytesIO(data), context=ctx) as reader:
            store = json.loads(reader.json())
    except c2pa.C2paError as exc:
        return {**base, "state": "damaged", "trusted": False, "kind": None,
                "problem": "damaged", "error": str(exc)[:300]}
    except (ValueError, OSError, RuntimeError) as exc:  # the library's own trouble, not the photo's
        return {**base, "state": "unchecked", "trusted": False, "kind": None,
                "error": f"{type(exc).__name__}: {exc}"[:300]}
    return {**base, **summarise(store)}


def summarise(store: dict) -> dict[str, Any]:
    """The parts of a manifest store (as c2pa's Reader.json() gives it) a person needs."""
    manifests = store.get("manifests") or {}
    active_label = store.get("active_manifest")
    active = manifests.get(active_label) or {}
    results = (store.get("validation_results") or {}).get("activeManifest") or {}
    failures = [str(f.get("code", "")) for f in results.get("failure") or []]
    raw_state = str(store.get("validation_state") or "Invalid")
    state = {"Trusted": "trusted", "Valid": "valid"}.get(raw_state, "invalid")
    signature = active.get("signature_info") or {}
    ordered = [active] + [m for label, m in manifests.items() if label != active_label]
    actions = [a for m in ordered for a in _actions(m)]
    out: dict[str, Any] = {
        "state": state,
        "trusted": state == "trusted",
        "failures": failures[:20],
        "claim_generator": _generator(active),
        "title": _text(active.get("title")),
        "signer": _text(signature.get("common_name") or signature.get("issuer")),
        "issuer": _text(signature.get("issuer")),
        "signed_at": _text(signature.get("time")) or None,
        "actions": actions[:MAX_ACTIONS],
    }
    out["kind"] = _kind(actions, _actions(active))
    out["device"] = _device(actions) or out["claim_generator"]
    out["editor"] = _editor(actions, active) or out["claim_generator"]
    if state == "invalid":
        out["problem"] = _problem(failures)
    return out


def _text(value: object) -> str:
    return str(value or "").strip()[:MAX_TEXT]


def _generator(manifest: dict) -> str:
    info = manifest.get("claim_generator_info")
    if isinstance(info, list) and info and isinstance(info[0], dict):
        name = _text(info[0].get("name"))
        version = _text(info[0].get("version"))
        return f"{name} {version}".strip()
    return _text(manifest.get("claim_generator"))


def _agent(action: dict) -> str:
    agent = action.get("softwareAgent")
    if isinstance(agent, dict):
        return f"{_text(agent.get('name'))} {_text(agent.get('version'))}".strip()
    return _text(agent)


def _source_term(action: dict) -> str:
    source = str(action.get("digitalSourceType") or "")
    return source.rstrip("/").rsplit("/", 1)[-1] if source else ""


def _actions(manifest: dict) -> list[dict[str, str]]:
    out = []
    for assertion in manifest.get("assertions") or []:
        label = str(assertion.get("label", ""))
        if not label.startswith("c2pa.actions"):
            continue
        for action in ((assertion.get("data") or {}).get("actions") or []):
            if isinstance(action, dict):
                out.append({"action": _text(action.get("action")), "agent": _agent(action),
                            "source": _source_term(action)})
    return out


def is_edit(action: dict[str, str]) -> bool:
    return action["action"] not in NEUTRAL_ACTIONS


def is_ai(action: dict[str, str]) -> bool:
    return action["source"] in AI_SOURCES


def _kind(actions: list[dict[str, str]], own: list[dict[str, str]]) -> str:
    """What the store says of the picture: "ai", "edited", "capture" (this file's own
    manifest records the camera making it, nothing since), or "other" (for example a program
    that only opened and saved the camera's file: no edit recorded, but no capture either)."""
    if any(is_ai(a) for a in actions):
        return "ai"
    if any(is_edit(a) or is_made_by_program(a) for a in actions):
        return "edited"
    if any(a["action"] == "c2pa.created" and a["source"] in CAPTURE_SOURCES for a in own):
        return "capture"
    return "other"


def is_made_by_program(action: dict[str, str]) -> bool:
    """Created, but not by a camera: a screenshot, a drawing, a composite..."""
    return (action["action"] == "c2pa.created" and bool(action["source"])
            and action["source"] not in CAPTURE_SOURCES)


def _device(actions: list[dict[str, str]]) -> str:
    return next((a["agent"] for a in actions
                 if a["action"] == "c2pa.created" and a["agent"]), "")


def _editor(actions: list[dict[str, str]], active: dict) -> str:
    return next((a["agent"] for a in actions if (is_edit(a) or is_ai(a)) and a["agent"]), "")


def _problem(failures: list[str]) -> str:
    """What a failed validation means, most serious first."""
    codes = set(failures)
    if codes & set(_CHANGED):
        return "changed"
    if codes & set(_SIGNATURE) or any(c.endswith(".mismatch") and c.startswith("claim")
                                      for c in codes):
        return "signature"
    if codes & set(_EXPIRED):
        return "expired"
    if any(c.endswith((".mismatch", ".missing", ".undeclared")) for c in codes):
        return "altered"
    return "other"
