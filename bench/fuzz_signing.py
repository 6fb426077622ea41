"""Longer fuzzing of the signing core than the suite's: ``.venv/bin/python bench/fuzz_signing.py
[N]`` (from the repository root; N random mutations, default 20000).

Prints what docs/security/signatures.md quotes: inputs tried, refusals (CmsFormatError or a
failing report), passes whose signed parts are intact (the mutation hit only bytes nobody
vouches for), false accepts (a pass with signed attributes, signature value, signer certificate
or content changed) and crashes (any other exception). The mutations are those of
tests/signing/test_signing_fuzz.py, drawn from a seeded ``random.Random`` instead of hypothesis.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "signing"))

from signing_helpers import NOW, pki  # noqa: E402
from test_signing_fuzz import DOC, TAGS, _signed_parts, tlv_headers  # noqa: E402

from signing.core.cms import CmsFormatError  # noqa: E402
from signing.core.validator import verify_cms  # noqa: E402


def mutate(rng: random.Random, good: bytes, headers: list[int]) -> bytes:
    data = bytearray(good)
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["tag", "length", "flip", "cut", "insert", "dup"])
        at = rng.randrange(len(data))
        if kind == "tag" and headers[-1] < len(data):
            data[rng.choice(headers)] = rng.choice(TAGS)
        elif kind == "length" and headers[-1] + 1 < len(data):
            data[rng.choice(headers) + 1] ^= rng.choice([1, 2, 0x80, 0x7F])
        elif kind == "flip":
            data[at] ^= rng.randint(1, 255)
        elif kind == "cut":
            del data[at : at + rng.randint(1, 64)]
        elif kind == "insert":
            data[at:at] = rng.randbytes(rng.randint(1, 16))
        else:
            data[at:at] = data[at : at + rng.randint(1, 64)]
        if not data:
            data = bytearray(b"\x30")
    return bytes(data)


def main(n: int) -> None:
    t = pki()
    cfg = t.config()
    bases = [
        t.sign("individual", DOC, "rsa"),
        t.sign("individual", DOC, "rsa", timestamper=t.timestamper("rsa")),
        t.sign("individual", DOC, "gost2015"),
    ]
    intact = {_signed_parts(b) for b in bases}
    rng = random.Random(11)
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for i in range(n):
        good = bases[i % len(bases)]
        if i % 10:
            blob = mutate(rng, good, tlv_headers(good))
        else:
            blob = rng.randbytes(rng.randint(0, 2048))
        try:
            report = verify_cms(blob, DOC, cfg, at=NOW)
            report.to_dict()
        except CmsFormatError:
            counts["refused: not a CMS"] += 1
            continue
        except Exception as exc:  # counting crashes is the point
            counts[f"CRASH {type(exc).__name__}"] += 1
            continue
        if not report.passed:
            counts[f"refused: {report.sub_indication}"] += 1
        elif blob in bases:
            counts["unchanged (mutations cancelled out)"] += 1
        elif _signed_parts(blob) in intact:
            counts["passed, signed parts intact"] += 1
        else:
            counts["FALSE ACCEPT"] += 1
    print(f"inputs: {n} in {time.perf_counter() - started:.0f} s")
    for label, count in counts.most_common():
        print(f"{label}: {count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
