"""Hash and curve primitives against standard vectors and gostcrypto."""

import os
import secrets

import pytest
from gostcrypto import gosthash, gostsignature
from hypothesis import given, settings
from hypothesis import strategies as st
from signing_helpers import FIX, cert

from signing.core import algorithms, gost_ec, oids
from signing.core.gost94 import gost94_test
from signing.core.path import signed_by
from signing.core.signer import PrivateKey
from signing.core.streebog import Streebog, streebog256, streebog512

M1 = b"012345678901234567890123456789012345678901234567890123456789012"


def test_streebog_standard_vectors() -> None:
    # GOST R 34.11-2012 example M1 and a common vector, digests as output bytes
    assert streebog512(M1).hex() == (
        "1b54d01a4af5b9d5cc3d86d68d285462b19abc2475222f35c085122be4ba1ffa"
        "00ad30f8767b3a82384c6574f024c311e2a481332b08ef7f41797891c1646f48"
    )
    assert streebog256(M1).hex() == (
        "9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500"
    )
    fox = b"The quick brown fox jumps over the lazy dog"
    assert streebog256(fox).hex() == (
        "3e7dea7f2384b6c5a3d0e24aaa29c05e89ddd762145030ec22c71a6db8b2c1f4"
    )
    assert streebog512(fox).hex() == (
        "d2b793a0bb6cb5904828b5b6dcfb443bb8f33efc06ad09368878ae4cdc8245b9"
        "7e60802469bed1e7c21a64ff0b179a6a1e0bb74d92965450a0adab69162c00fe"
    )


@pytest.mark.parametrize("n", [0, 1, 63, 64, 65, 200, 4096])
def test_streebog_matches_gostcrypto(n: int) -> None:
    data = os.urandom(n)
    assert streebog512(data) == bytes(gosthash.new("streebog512", data=data).digest())
    assert streebog256(data) == bytes(gosthash.new("streebog256", data=data).digest())


def test_streebog_incremental_and_errors() -> None:
    h = Streebog(64)
    h.update(b"a" * 30)
    h.update(b"b" * 100)
    assert h.hexdigest() == streebog512(b"a" * 30 + b"b" * 100).hex()
    assert h.name == "streebog512"
    with pytest.raises(ValueError, match="digest_size"):
        Streebog(48)


def test_gost94_test_paramset_vectors() -> None:
    vectors = {
        b"": "ce85b99cc46752fffee35cab9a7b0278abb4c2d2055cff685af4912c49490f8d",
        b"a": "d42c539e367c66e9c88a801f6649349c21871b4344c6a573f849fdce62f314dd",
        b"message digest": "ad4434ecb18f2c99b60cbe59ec3d2469582b65273f48de72db2fde16a4889a4d",
        b"The quick brown fox jumps over the lazy dog": (
            "77b7fa410c9ac58a25f49bca7d0468c9296529315eaca76bd1a10f376d1f4294"
        ),
        b"This is message, length=32 bytes": (
            "b1c466d37519b82e8319819ff32595e047a28cb6f83eff1c6916a815a637fffa"
        ),
        b"Suppose the original message has length = 50 bytes": (
            "471aba57a60a770d3a76130635c1fbea4ef14de51f78b4ae57dd893b62f55208"
        ),
        b"U" * 128: "53a3a3ed25180cef0c1d85a074273e551c25660a87062a52d926a9e8fe5733a4",
    }
    for msg, digest in vectors.items():
        assert gost94_test(msg).hex() == digest


CURVES = [
    (gost_ec.TC26_512_A, "id-tc26-gost-3410-12-512-paramSetA", gostsignature.MODE_512),
    (gost_ec.CRYPTOPRO_A, "id-tc26-gost-3410-2012-256-paramSetB", gostsignature.MODE_256),
    (gost_ec.TC26_256_A, "id-tc26-gost-3410-2012-256-paramSetA", gostsignature.MODE_256),
]


@pytest.mark.parametrize(("curve", "ref_name", "mode"), CURVES)
def test_gost_ec_cross_checked_with_gostcrypto(curve, ref_name, mode) -> None:
    ref = gostsignature.CURVES_R_1323565_1_024_2019[ref_name]
    assert (curve.p, curve.a, curve.b, curve.q) == (
        ref["p"],
        ref["a"] % ref["p"],
        ref["b"],
        ref["q"],
    )
    signer = gostsignature.new(mode, ref)
    n = curve.size
    d = secrets.randbelow(curve.q - 1) + 1
    pub = gost_ec.public_key(curve, d)
    pub_ref = signer.public_key_generate(bytearray(d.to_bytes(n, "big")))
    assert bytes(pub_ref) == pub[0].to_bytes(n, "big") + pub[1].to_bytes(n, "big")
    digest = secrets.token_bytes(n)
    e = int.from_bytes(digest, "big")
    sig = signer.sign(bytearray(d.to_bytes(n, "big")), bytearray(digest))  # r || s, big-endian
    r, s = int.from_bytes(sig[:n], "big"), int.from_bytes(sig[n:], "big")
    assert gost_ec.verify(curve, pub, e, r, s)
    assert not gost_ec.verify(curve, pub, e ^ 1, r, s)
    r2, s2 = gost_ec.sign(curve, d, e)
    assert signer.verify(
        pub_ref, bytearray(digest), bytearray(r2.to_bytes(n, "big") + s2.to_bytes(n, "big"))
    )


def test_gost_ec_rejects_bad_inputs() -> None:
    c = gost_ec.TC26_512_A
    d = 12345
    pub = gost_ec.public_key(c, d)
    r, s = gost_ec.sign(c, d, 0)  # digest 0 is mapped to 1
    assert gost_ec.verify(c, pub, 0, r, s)
    assert gost_ec.verify(c, pub, c.q, r, s)  # e ≡ 0 (mod q)
    assert not gost_ec.verify(c, pub, 0, 0, s)
    assert not gost_ec.verify(c, pub, 0, r, c.q)
    assert not gost_ec.verify(c, (pub[0], pub[1] ^ 1), 0, r, s)
    assert not gost_ec.verify(c, (c.p, 0), 0, r, s)
    assert not c.on_curve((-1, 0))
    with pytest.raises(ValueError, match="out of range"):
        gost_ec.public_key(c, 0)
    with pytest.raises(ValueError, match="bad nonce"):
        gost_ec.sign(c, d, 5, k=c.q)  # k ≡ 0: r = x(O) is undefined → refused


def test_gost_ec_point_edge_cases() -> None:
    c = gost_ec.CRYPTOPRO_A
    g = (c.gx, c.gy)
    inf = gost_ec._INF
    assert gost_ec._dbl(c, inf) == inf
    assert gost_ec._add_affine(c, inf, g) == (c.gx, c.gy, 1)
    assert gost_ec._add(c, (c.gx, c.gy, 1), inf) == (c.gx, c.gy, 1)
    doubled = gost_ec._add_affine(c, (c.gx, c.gy, 1), g)  # P + P → doubling branch
    assert gost_ec._to_affine(c, doubled) == gost_ec._to_affine(c, gost_ec._dbl(c, (c.gx, c.gy, 1)))
    assert gost_ec._add_affine(c, (c.gx, c.gy, 1), gost_ec._neg(c, g))[2] == 0  # P - P = O
    assert gost_ec._dbl(c, (5, 0, 1)) == inf
    # (q-1)·G + G = O: verification must report the point at infinity as invalid
    assert gost_ec.mul_point(c, c.q, g)[2] == 0
    q1 = gost_ec.public_key(c, 1)
    e = 7
    r = c.gx % c.q
    # choose s so that z1·G + z2·Q = O  (z2 = -r/e, z1 = s/e; Q = G → need s = r)
    assert not gost_ec.verify(c, q1, e, r, r)


@settings(max_examples=15, deadline=None)
@given(st.binary(max_size=300), st.integers(min_value=1, max_value=2**200))
def test_gost2015_sign_verify_roundtrip(data: bytes, d: int) -> None:
    key = PrivateKey("gost2015", gost_d=d)
    spki = key.public_key_info()
    sig_oid, sig = key.sign(data)
    assert algorithms.verify(sig_oid, spki, data, sig) == "GOST34.10-2015-512"
    with pytest.raises(algorithms.SignatureInvalid):
        algorithms.verify(sig_oid, spki, data + b"x", sig)


REAL_LINKS = [
    ("certs/gost1_v2023.cer", "trust/res_ca_nca_gost2015_test.cer", "GOST34.10-2015-512"),
    ("certs/gost2_v2021.cer", "ca/nca_gost_test.pem", "GOST34.310-2004"),
    ("ca/nca_gost_test.pem", "trust/root_gost_test.pem", "GOST34.310-2004"),
    ("trust/root_gost_test.pem", "trust/root_gost_test.pem", "GOST34.310-2004"),
    ("ca/nca_rsa_test.pem", "trust/root_rsa_test.pem", "RSA-SHA256"),
    (
        "certs/p12cert_hist_AUTH_RSA256_6b361b864c679601b652fe387f61fcd9303c0327.cer",
        "certs/nca_rsa_2018_prod_expired2025.cer",
        "RSA-SHA256",
    ),
    (
        "certs/nca_gost_2018_prod_expired2025.cer",
        "certs/root_gost_2015_prod_expired2025.cer",
        "GOST34.310-2004",
    ),
]


@pytest.mark.parametrize(("child", "parent", "alg"), REAL_LINKS)
def test_real_nca_certificate_signatures(child: str, parent: str, alg: str) -> None:
    c, p = cert(child), cert(parent)
    assert signed_by(c, p) is None
    assert (
        algorithms.verify(
            c["signature_algorithm"]["algorithm"].dotted,
            p.public_key,
            c["tbs_certificate"].dump(),
            c["signature_value"].native,
        )
        == alg
    )


def test_signature_mismatches_are_refused() -> None:
    gost_cert = cert("certs/gost1_v2023.cer")
    rsa_cert = cert("ca/nca_rsa_test.pem")
    tbs = gost_cert["tbs_certificate"].dump()
    sig = gost_cert["signature_value"].native
    with pytest.raises(algorithms.AlgorithmError, match="does not match"):
        algorithms.verify(oids.GOST2015_512_SIG, rsa_cert.public_key, tbs, sig)
    with pytest.raises(algorithms.AlgorithmError, match="does not match"):
        algorithms.verify(oids.GOST2015_512_SIG, gost_cert.public_key, tbs, sig, oids.SHA256)
    with pytest.raises(algorithms.AlgorithmError, match="unsupported key"):
        algorithms.verify(oids.SHA256_RSA, gost_cert.public_key, tbs, sig)
    with pytest.raises(algorithms.AlgorithmError, match="unsupported RSA"):
        algorithms.verify(oids.SHA256_RSA, rsa_cert.public_key, tbs, sig, oids.STREEBOG512)
    with pytest.raises(algorithms.AlgorithmError, match="weak digest"):
        algorithms.verify(oids.RSA, rsa_cert.public_key, tbs, sig, oids.SHA1)
    with pytest.raises(algorithms.SignatureInvalid, match="wrong length"):
        algorithms.verify(oids.GOST2015_512_SIG, gost_cert.public_key, tbs, sig[:-1])
    with pytest.raises(algorithms.AlgorithmError, match="unsupported digest"):
        algorithms.digest("1.2.3.4", b"")
    assert algorithms.digest_name("1.2.3.4") == "1.2.3.4"
    assert signed_by(gost_cert, cert("trust/root_gost_test.pem")) is not None


def test_short_rsa_keys_and_bad_gost_points_are_refused() -> None:
    from asn1crypto import keys
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    small = rsa.generate_private_key(public_exponent=65537, key_size=1024).public_key()
    spki = keys.PublicKeyInfo.load(
        small.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    with pytest.raises(algorithms.AlgorithmError, match="below 2048"):
        algorithms.resolve(oids.SHA256_RSA, None, spki)
    gost_spki = cert("certs/gost1_v2023.cer").public_key
    with pytest.raises(algorithms.SignatureInvalid, match="wrong length"):
        algorithms.gost_point(gost_spki, gost_ec.CRYPTOPRO_A)
    assert (FIX / "certs").is_dir()


def test_gost2015_256_signatures_verify() -> None:
    from asn1crypto import core, keys

    curve = gost_ec.TC26_256_A
    d = secrets.randbelow(curve.q - 1) + 1
    x, y = gost_ec.public_key(curve, d)
    point = core.OctetString(x.to_bytes(32, "little") + y.to_bytes(32, "little")).dump()
    params = (
        core.ObjectIdentifier(oids.GOST2015_256_PARAMSET_A).dump()
        + core.ObjectIdentifier(oids.STREEBOG256).dump()
    )
    alg = (
        core.ObjectIdentifier(oids.GOST2015_256_KEY).dump()
        + b"\x30"
        + bytes([len(params)])
        + params
    )
    body = b"\x30" + bytes([len(alg)]) + alg + core.OctetBitString(point).dump()
    spki = keys.PublicKeyInfo.load(b"\x30" + bytes([len(body)]) + body)
    sig = algorithms.gost_sign(oids.GOST2015_256_SIG, d, b"data")
    assert algorithms.verify(oids.GOST2015_256_SIG, spki, b"data", sig) == "GOST34.10-2015-256"
    with pytest.raises(algorithms.SignatureInvalid):
        algorithms.verify(oids.GOST2015_256_SIG, spki, b"datA", sig)
