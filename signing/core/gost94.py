"""GOST R 34.11-94 with the "test" S-box (KZ GOST 34.311-95), for legacy GOST 34.310-2004.

Threat model: used only to verify legacy signatures over public data (signed attributes,
certificate TBS, CRLs); checked against the published test-parameter vectors.  It is slow
(pure Python, ~20 s/MiB), so large legacy documents should be hashed off the request path.
"""

from __future__ import annotations

_M32 = 0xFFFFFFFF
_M64 = (1 << 64) - 1
_M256 = (1 << 256) - 1
_SBOX = (
    (4, 10, 9, 2, 13, 8, 0, 14, 6, 11, 1, 12, 7, 15, 5, 3),
    (14, 11, 4, 12, 6, 13, 15, 10, 2, 3, 8, 1, 0, 7, 5, 9),
    (5, 8, 1, 13, 10, 3, 4, 2, 14, 15, 12, 7, 6, 0, 9, 11),
    (7, 13, 10, 1, 0, 8, 9, 15, 14, 4, 6, 12, 11, 2, 5, 3),
    (6, 12, 7, 1, 5, 15, 13, 8, 4, 10, 9, 14, 0, 3, 11, 2),
    (4, 11, 10, 0, 7, 2, 1, 13, 3, 6, 8, 5, 9, 12, 15, 14),
    (13, 11, 4, 1, 3, 15, 5, 9, 0, 10, 14, 7, 6, 8, 2, 12),
    (1, 15, 13, 0, 5, 7, 10, 4, 9, 2, 3, 14, 6, 11, 8, 12),
)


def _rot11(x: int) -> int:
    return ((x << 11) | (x >> 21)) & _M32


_T = [
    [
        _rot11(((_SBOX[2 * k + 1][b >> 4] << 4) | _SBOX[2 * k][b & 15]) << (8 * k))
        for b in range(256)
    ]
    for k in range(4)
]
_T0, _T1, _T2, _T3 = _T
_C3 = 0xFF00FFFF000000FFFF0000FF00FFFF0000FF00FF00FF00FFFF00FF00FF00FF00
_PERM = [0] * 32
for _i in range(4):
    for _k in range(1, 9):
        _PERM[_i + 4 * (_k - 1)] = 8 * _i + _k - 1


def _encrypt(block: int, key: int) -> int:
    kw = [(key >> (32 * i)) & _M32 for i in range(8)]
    order = kw * 3 + kw[::-1]
    n1, n2 = block & _M32, block >> 32
    for k in order:
        x = (n1 + k) & _M32
        n1, n2 = n2 ^ (_T0[x & 255] ^ _T1[(x >> 8) & 255] ^ _T2[(x >> 16) & 255] ^ _T3[x >> 24]), n1
    return (n1 << 32) | n2


def _p(w: int) -> int:
    src = w.to_bytes(32, "little")
    return int.from_bytes(bytes(src[j] for j in _PERM), "little")


def _a(y: int) -> int:
    return (y >> 64) | (((y ^ (y >> 64)) & _M64) << 192)


def _psi(y: int) -> int:
    x = y ^ (y >> 16) ^ (y >> 32) ^ (y >> 48) ^ (y >> 192) ^ (y >> 240)
    return (y >> 16) | ((x & 0xFFFF) << 240)


def _f(h: int, m: int) -> int:
    u, v = h, m
    keys = [_p(u ^ v)]
    for c in (0, _C3, 0):
        u = _a(u) ^ c
        v = _a(_a(v))
        keys.append(_p(u ^ v))
    s = 0
    for i, k in enumerate(keys):
        s |= _encrypt((h >> (64 * i)) & _M64, k) << (64 * i)
    y = s
    for _ in range(12):
        y = _psi(y)
    y = _psi(m ^ y) ^ h
    for _ in range(61):
        y = _psi(y)
    return y


def gost94_test(data: bytes) -> bytes:
    """GOST R 34.11-94 digest (test parameter set, zero IV), 32 bytes little-endian."""
    h = 0
    sigma = 0
    full = len(data) - len(data) % 32
    for off in range(0, full, 32):
        m = int.from_bytes(data[off : off + 32], "little")
        h = _f(h, m)
        sigma = (sigma + m) & _M256
    rest = data[full:]
    if rest:
        m = int.from_bytes(rest, "little")
        h = _f(h, m)
        sigma = (sigma + m) & _M256
    h = _f(h, (8 * len(data)) & _M256)
    h = _f(h, sigma)
    return h.to_bytes(32, "little")
