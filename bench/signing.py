"""Signing benchmarks: ``.venv/bin/python bench/signing.py`` (from the repository root).

Prints ``cli_ms``, ``gost2015_verify_ms`` (in-process, 4 KB manifest, GOST-2015-512, chain and
OCSP verification cached), ``rsa_verify_ms``, ``crl_400k_build_s``, ``crl_lookup_us``,
``crl_memory_mb`` (retained by the index of a generated 400,000-entry CRL), plus
``crl_400k_gost_hash_s``: Streebog-512 over that CRL's TBS, i.e. the extra cost of verifying a
GOST-signed CRL of production size (done once per download, off the request path).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from signing.core.crlindex import CrlIndex  # noqa: E402
from signing.core.streebog import streebog512  # noqa: E402
from signing.core.validator import verify_cms  # noqa: E402
from signing.testpki import builders, generate  # noqa: E402

FIX = ROOT / "tests" / "signing" / "fixtures"


def _median_ms(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench_cli() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        trust = Path(tmp)
        for sub in ("trust", "ca"):
            for f in (FIX / sub).iterdir():
                (trust / f.name).write_bytes(f.read_bytes())
        cmd = [
            sys.executable,
            "-m",
            "signing",
            "verify",
            "--signature",
            str(FIX / "cms/cms_detached_2signers_rsa_gost2015_test123.p7s"),
            "--content",
            str(FIX / "cms/cms_test123_content.txt"),
            "--trust",
            str(trust),
            "--crl",
            str(FIX / "crl/res_crl_nca_gost2022_test.crl"),
            "--ocsp",
            str(FIX / "ocsp/res_ocsp_ocsp_response_individual_sign_2004.bin"),
            "--at",
            "2022-09-01T00:00:00",
        ]

        def run() -> None:
            subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)

        return _median_ms(run, 5)


def bench_verify() -> tuple[float, float]:
    pki = generate()
    cfg = pki.config()
    manifest = os.urandom(4096)
    out = []
    for kind in ("gost2015", "rsa"):
        sig = pki.sign("individual", manifest, kind)
        report = verify_cms(sig, manifest, cfg, at=pki.now)
        assert report.passed, report.to_dict()
        out.append(_median_ms(lambda s=sig: verify_cms(s, manifest, cfg, at=pki.now), 30))
    return out[0], out[1]


def bench_crl() -> tuple[float, float, float, float]:
    pki = generate(kinds=("rsa",))
    h = pki.hierarchies["rsa"]
    now = datetime.now(UTC)
    rng = random.Random(7)
    serials = [rng.getrandbits(159) | (1 << 152) for _ in range(400_000)]
    entries = (
        (s, now - timedelta(seconds=i), "superseded" if i % 4 else None)
        for i, s in enumerate(serials)
    )
    der = builders.crl_der(
        h.ca.cert, h.ca.key, entries, this_update=now, next_update=now + timedelta(days=1), number=1
    )
    t = time.perf_counter()
    idx = CrlIndex.build(der, h.ca.cert)
    build_s = time.perf_counter() - t
    del idx
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    idx = CrlIndex.build(der, h.ca.cert)  # again, traced: retained and peak memory
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    retained = (current - base) / 1e6
    print(f"crl_build_peak_mb: {(peak - base) / 1e6:.1f}", flush=True)
    probes = [serials[i] for i in range(0, 400_000, 8)] + [
        rng.getrandbits(159) for _ in range(50_000)
    ]
    t = time.perf_counter()
    hits = sum(1 for p in probes if idx.lookup(p) is not None)
    lookup_us = (time.perf_counter() - t) / len(probes) * 1e6
    assert hits == 50_000, hits
    tbs_len = len(der)
    t = time.perf_counter()
    streebog512(der[:tbs_len])
    gost_s = time.perf_counter() - t
    print(f"crl_size_mb: {tbs_len / 1e6:.1f}", flush=True)
    return build_s, lookup_us, retained, gost_s


def main() -> None:
    print(f"cli_ms: {bench_cli():.0f}", flush=True)
    gost_ms, rsa_ms = bench_verify()
    print(f"gost2015_verify_ms: {gost_ms:.1f}", flush=True)
    print(f"rsa_verify_ms: {rsa_ms:.2f}", flush=True)
    build_s, lookup_us, mem_mb, gost_s = bench_crl()
    print(f"crl_400k_build_s: {build_s:.2f}")
    print(f"crl_lookup_us: {lookup_us:.2f}")
    print(f"crl_memory_mb: {mem_mb:.1f}")
    print(f"crl_400k_gost_hash_s: {gost_s:.1f}")


if __name__ == "__main__":
    main()
