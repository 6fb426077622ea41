"""Elliptic-curve arithmetic for GOST R 34.10-2012 / GOST 34.10-2015 (KZ) and 34.310-2004.

Threat model: verification handles attacker-chosen public keys and signatures, so every
input is range-checked (0 < r, s < q; the public point lies on the curve and is not the
point at infinity).  Signing (used only by the test PKI / demo signer) takes the nonce from
``secrets``; the arithmetic is *not* constant time, so this signer must never hold a real
key of a citizen — it exists for generated test keys only.

Implementation: Jacobian coordinates with Python ints; the base point uses a fixed-base comb
table (4-bit windows, built lazily once per curve); the public key uses a width-5 wNAF.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

Point = tuple[int, int]  # affine (x, y)
_Jac = tuple[int, int, int]  # Jacobian (X, Y, Z); Z == 0 is the point at infinity
_INF: _Jac = (1, 1, 0)


@dataclass
class Curve:
    name: str
    p: int
    a: int
    b: int
    q: int
    gx: int
    gy: int
    size: int  # bytes per coordinate
    _comb: list[list[Point]] = field(default_factory=list, repr=False)

    @property
    def a_is_minus3(self) -> bool:
        return self.a == self.p - 3

    def on_curve(self, pt: Point) -> bool:
        x, y = pt
        p = self.p
        if not (0 <= x < p and 0 <= y < p):
            return False
        return (y * y - (x * x * x + self.a * x + self.b)) % p == 0


def _dbl(c: Curve, pt: _Jac) -> _Jac:
    x, y, z = pt
    p = c.p
    if z == 0 or y == 0:
        return _INF
    yy = y * y % p
    s = 4 * x * yy % p
    zz = z * z % p
    m = 3 * (x - zz) * (x + zz) % p if c.a_is_minus3 else (3 * x * x + c.a * zz * zz) % p
    x3 = (m * m - 2 * s) % p
    return x3, (m * (s - x3) - 8 * yy * yy) % p, 2 * y * z % p


def _add_affine(c: Curve, pt: _Jac, q: Point) -> _Jac:
    x1, y1, z1 = pt
    x2, y2 = q
    p = c.p
    if z1 == 0:
        return x2, y2, 1
    z1z1 = z1 * z1 % p
    h = (x2 * z1z1 - x1) % p
    r = (y2 * z1 * z1z1 - y1) % p
    if h == 0:
        return _dbl(c, pt) if r == 0 else _INF
    hh = h * h % p
    hhh = h * hh % p
    v = x1 * hh % p
    x3 = (r * r - hhh - 2 * v) % p
    return x3, (r * (v - x3) - y1 * hhh) % p, z1 * h % p


def _add(c: Curve, a: _Jac, b: _Jac) -> _Jac:
    if b[2] == 0:
        return a
    return _add_affine(c, a, _to_affine(c, b))


def _to_affine(c: Curve, pt: _Jac) -> Point:
    x, y, z = pt
    p = c.p
    zi = pow(z, -1, p)
    zi2 = zi * zi % p
    return x * zi2 % p, y * zi2 * zi % p


def _neg(c: Curve, pt: Point) -> Point:
    return pt[0], (-pt[1]) % c.p


def _comb_table(c: Curve) -> list[list[Point]]:
    if not c._comb:
        base: _Jac = (c.gx, c.gy, 1)
        windows = (c.q.bit_length() + 3) // 4
        table: list[list[Point]] = []
        for _ in range(windows):
            row: list[Point] = []
            acc = _INF
            base_aff = _to_affine(c, base)
            for _d in range(15):
                acc = _add_affine(c, acc, base_aff)
                row.append(_to_affine(c, acc))
            table.append(row)
            for _k in range(4):
                base = _dbl(c, base)
        c._comb = table
    return c._comb


def mul_base(c: Curve, k: int) -> _Jac:
    """k*G using the fixed-base comb table."""
    table = _comb_table(c)
    acc = _INF
    i = 0
    while k:
        d = k & 15
        if d:
            acc = _add_affine(c, acc, table[i][d - 1])
        k >>= 4
        i += 1
    return acc


def _wnaf(k: int, w: int = 5) -> list[int]:
    digits: list[int] = []
    full = 1 << w
    half = full >> 1
    while k:
        if k & 1:
            d = k % full
            if d >= half:
                d -= full
            k -= d
        else:
            d = 0
        digits.append(d)
        k >>= 1
    return digits


def mul_point(c: Curve, k: int, pt: Point) -> _Jac:
    """k*P for an arbitrary affine point (width-5 wNAF)."""
    two_p = _to_affine(c, _dbl(c, (pt[0], pt[1], 1)))
    odd: list[Point] = [pt]
    acc: _Jac = (pt[0], pt[1], 1)
    for _ in range(7):
        acc = _add_affine(c, acc, two_p)
        odd.append(_to_affine(c, acc))
    res = _INF
    for d in reversed(_wnaf(k)):
        res = _dbl(c, res)
        if d > 0:
            res = _add_affine(c, res, odd[d >> 1])
        elif d < 0:
            res = _add_affine(c, res, _neg(c, odd[(-d) >> 1]))
    return res


def public_key(c: Curve, d: int) -> Point:
    if not 0 < d < c.q:
        raise ValueError("private key out of range")
    return _to_affine(c, mul_base(c, d))


def verify(c: Curve, pub: Point, e: int, r: int, s: int) -> bool:
    """GOST R 34.10-2012 §6.2 verification; ``e`` is the digest as an integer."""
    q = c.q
    if not (0 < r < q and 0 < s < q) or not c.on_curve(pub):
        return False
    e %= q
    if e == 0:
        e = 1
    v = pow(e, -1, q)
    z1 = s * v % q
    z2 = (q - r) * v % q
    res = _add(c, mul_base(c, z1), mul_point(c, z2, pub))
    if res[2] == 0:
        return False
    return _to_affine(c, res)[0] % q == r


def sign(c: Curve, d: int, e: int, k: int | None = None) -> tuple[int, int]:
    """GOST R 34.10-2012 §6.1 signature generation (test keys only, see module doc)."""
    q = c.q
    e %= q
    if e == 0:
        e = 1
    while True:
        kk = k if k is not None else secrets.randbelow(q - 1) + 1
        pt = mul_base(c, kk)
        r = _to_affine(c, pt)[0] % q if pt[2] else 0
        s = (r * d + kk * e) % q
        if r and s:
            return r, s
        if k is not None:  # pragma: no branch - a random k gives r or s = 0 with p ≈ 2^-500
            raise ValueError("bad nonce")


def _curve(name: str, p: int, a: int, b: int, q: int, gx: int, gy: int, size: int) -> Curve:
    return Curve(name, p, a % p, b, q, gx, gy, size)


_P512 = (1 << 512) - 569
TC26_512_A = _curve(
    "id-tc26-gost-3410-12-512-paramSetA",
    _P512,
    -3,
    0xE8C2505DEDFC86DDC1BD0B2B6667F1DA34B82574761CB0E879BD081CFD0B6265EE3CB090F30D27614CB4574010DA90DD862EF9D4EBEE4761503190785A71C760,
    0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF27E69532F48D89116FF22B8D4E0560609B4B38ABFAD2B85DCACDB1411F10B275,
    3,
    0x7503CFE87A836AE3A61B8816E25450E6CE5E1C93ACF1ABC1778064FDCBEFA921DF1626BE4FD036E93D75E6A50E3A41E98028FE5FC235F5B889A589CB5215F2A4,
    64,
)
# CryptoPro-A == tc26-256-paramSetB == KZ "PKIGOVKZ-A" (GOST 34.310-2004)
CRYPTOPRO_A = _curve(
    "id-GostR3410-2001-CryptoPro-A-ParamSet",
    (1 << 256) - 617,
    -3,
    0xA6,
    0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF6C611070995AD10045841B09B761B893,
    1,
    0x8D91E471E0989CDA27DF505A453F2B7635294F2DDF23E3B122ACC99C9E9F1E14,
    32,
)
TC26_256_A = _curve(
    "id-tc26-gost-3410-2012-256-paramSetA",
    (1 << 256) - 617,
    0xC2173F1513981673AF4892C23035A27CE25E2013BF95AA33B22C656F277E7335,
    0x295F9BAE7428ED9CCC20E7C359A9D41A22FCCD9108E17BF7BA9337A6F8AE9513,
    0x400000000000000000000000000000000FD8CDDFC87B6635C115AF556C360C67,
    0x91E38443A5E82C0D880923425712B2BB658B9196932E02C78B2582FE742DAA28,
    0x32879423AB1A0375895786C4BB46E9565FDE0B5344766740AF268ADB32322E5C,
    32,
)
