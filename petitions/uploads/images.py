"""Check that a JPEG or PNG is that image and nothing else, in bounded memory.

Threat model: libmagic names a file by its first bytes, so a JPEG or PNG with an HTML page, a
script or a ZIP archive after its end is stored as an image and is also the other thing (a
polyglot): a browser, an unzip tool or an interpreter given it finds what was appended. A file
that only starts like an image may not be one at all. So an image must be well formed from its
first byte to its end marker (JPEG ``EOI``, PNG ``IEND``), with nothing after it, and its pixel
data must decode.

Approach, all streamed in ``SCAN_CHUNK_BYTES`` pieces so a 20 MiB image never sits in memory:

* PNG is walked chunk by chunk; every chunk's CRC is checked, and the image data (``IDAT``) is
  inflated piece by piece and must come to exactly the size its header implies (rows, filter
  bytes, interlace passes), which is what a decoder needs. Nothing is kept but counters.
* JPEG is walked segment by segment to the ``EOI`` marker (the entropy-coded data scanned for the
  next marker, never copied); then Pillow decodes it at 1/8 scale (libjpeg's DCT scaling still
  reads every coefficient, so a broken stream fails) in 1/64 of the memory a full decode needs —
  in a forked child with bounded memory and time (``isolation``), because a progressive JPEG
  keeps all its coefficients whatever the scale, and image decoders are where parsers break.
* Either is refused above ``MAX_IMAGE_PIXELS`` before anything is decoded (decompression bombs).

TIFF has no end marker (its parts are found by offsets), so a TIFF is only opened by Pillow (in
the bounded child too) and held to the pixel limit; see ``docs/security/uploads.md``.
"""

import re
import struct
import warnings
import zlib
from pathlib import Path
from typing import BinaryIO

from PIL import Image

from .errors import RejectionCode, UploadRejected
from .isolation import run_isolated
from .limits import MAX_IMAGE_PIXELS, SCAN_CHUNK_BYTES

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type: samples per pixel
_PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
          (0, 1, 1, 2))  # fmt: skip
_JPEG_FRAMES = frozenset({*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC),
                          *range(0xCD, 0xD0)})  # fmt: skip
# In entropy-coded data 0xFF is followed by 0x00 (a stuffed byte), a restart marker or more 0xFF.
# What Pillow raises on malformed input: its documented errors, and (found by the fuzz test, from
# its TIFF tag parser) the KeyError and TypeError of a half-read header.
_PILLOW_ERRORS = (OSError, SyntaxError, ValueError, struct.error, EOFError, KeyError, TypeError,
                  IndexError, ZeroDivisionError)  # fmt: skip
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def _invalid(detail: str) -> UploadRejected:
    return UploadRejected(RejectionCode.ARCHIVE_INVALID, detail)


def _check_pixels(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise _invalid(f"image of {width}x{height} pixels")
    if width * height > MAX_IMAGE_PIXELS:
        raise UploadRejected(RejectionCode.ARCHIVE_BOMB, f"image of {width}x{height} pixels")


# --- PNG ---------------------------------------------------------------------------------------


def _png_data_size(ihdr: bytes) -> int:
    """Return the inflated size of the image data a PNG header implies."""
    if len(ihdr) != 13:
        raise _invalid("IHDR of the wrong length")
    width, height, depth, colour, method, filtering, interlace = struct.unpack(">IIBBBBB", ihdr)
    if depth not in _PNG_DEPTHS.get(colour, set()) or method or filtering or interlace > 1:
        raise _invalid("IHDR with unknown values")
    _check_pixels(width, height)
    bits = depth * _PNG_CHANNELS[colour]
    passes = _ADAM7 if interlace else ((0, 0, 1, 1),)
    size = 0
    for x0, y0, dx, dy in passes:
        columns, rows = -(-(width - x0) // dx), -(-(height - y0) // dy)
        if columns > 0 and rows > 0:
            size += rows * (1 + -(-columns * bits // 8))
    return size


class _Inflater:
    """Inflate PNG image data piece by piece, counting it and keeping none of it."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.size = 0
        self._zlib = zlib.decompressobj()

    def feed(self, data: bytes) -> None:
        while True:
            if self._zlib.eof:
                raise _invalid("data after the end of the image stream")
            out = self._zlib.decompress(data, SCAN_CHUNK_BYTES)
            self.size += len(out)
            if self.size > self.expected:
                raise _invalid("more image data than the header says")
            data = self._zlib.unconsumed_tail
            if not data and len(out) < SCAN_CHUNK_BYTES:
                return

    def check_complete(self) -> None:
        if not self._zlib.eof or self.size != self.expected:
            raise _invalid(f"image data of {self.size} bytes, header says {self.expected}")


def check_png(path: Path) -> None:
    """Refuse a PNG that is malformed, does not decode to its size, or goes on after ``IEND``."""
    inflater: _Inflater | None = None
    try:
        with path.open("rb") as handle:
            if handle.read(8) != PNG_SIGNATURE:
                raise _invalid("no PNG signature")
            while True:
                head = handle.read(8)
                if len(head) < 8:
                    raise _invalid("PNG ends before IEND")
                length, kind = struct.unpack(">I4s", head)
                if (inflater is None) != (kind == b"IHDR") or length > 0x7FFFFFFF:
                    raise _invalid(f"unexpected chunk {kind!r}")
                crc, ihdr, left = zlib.crc32(kind), b"", length
                while left:
                    data = handle.read(min(left, SCAN_CHUNK_BYTES))
                    if not data:
                        raise _invalid("PNG chunk cut short")
                    left -= len(data)
                    crc = zlib.crc32(data, crc)
                    if kind == b"IHDR":
                        ihdr += data[:14]
                    elif kind == b"IDAT" and inflater is not None:
                        inflater.feed(data)
                if handle.read(4) != struct.pack(">I", crc):
                    raise _invalid(f"bad CRC in chunk {kind!r}")
                if kind == b"IHDR":
                    inflater = _Inflater(_png_data_size(ihdr))
                elif kind == b"IEND":
                    break
            if handle.read(1):
                raise UploadRejected(RejectionCode.HIDDEN_DATA, "data after PNG IEND")
    except zlib.error as exc:
        raise _invalid(f"zlib: {exc}") from exc
    assert inflater is not None  # the loop ends only at IEND, which comes after IHDR
    inflater.check_complete()


# --- JPEG --------------------------------------------------------------------------------------


class _Stream:
    """Read a file forward through a small window, never holding more than a chunk or two."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._buffer = b""

    def _fill(self) -> bool:
        chunk = self._handle.read(SCAN_CHUNK_BYTES)
        self._buffer += chunk
        return bool(chunk)

    def take(self, count: int) -> bytes:
        while len(self._buffer) < count:
            if not self._fill():
                raise _invalid("JPEG cut short")
        data, self._buffer = self._buffer[:count], self._buffer[count:]
        return data

    def skip(self, count: int) -> None:
        while count > len(self._buffer):
            count -= len(self._buffer)
            self._buffer = b""
            if not self._fill():
                raise _invalid("JPEG cut short")
        self._buffer = self._buffer[count:]

    def skip_to_marker(self) -> None:
        while (found := _NEXT_MARKER.search(self._buffer)) is None:
            self._buffer = self._buffer[-1:] if self._buffer.endswith(b"\xff") else b""
            if not self._fill():
                raise _invalid("JPEG ends inside image data")
        self._buffer = self._buffer[found.start() :]

    def at_end(self) -> bool:
        return not self._buffer and not self._fill()


def _walk_jpeg(stream: _Stream) -> None:
    if stream.take(2) != b"\xff\xd8":
        raise _invalid("no JPEG start marker")
    framed = False
    while True:
        if stream.take(1) != b"\xff":
            raise _invalid("JPEG segment without a marker")
        marker = stream.take(1)[0]
        while marker == 0xFF:  # fill bytes before a marker
            marker = stream.take(1)[0]
        if marker == 0xD9:
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            continue  # markers without a length
        (length,) = struct.unpack(">H", stream.take(2))
        if length < 2:
            raise _invalid("JPEG segment shorter than its length field")
        if marker in _JPEG_FRAMES:
            frame = stream.take(length - 2)
            if len(frame) < 5:
                raise _invalid("JPEG frame header too short")
            height, width = struct.unpack_from(">HH", frame, 1)
            _check_pixels(width, height)
            framed = True
        else:
            stream.skip(length - 2)
        if marker == 0xDA:
            if not framed:
                raise _invalid("JPEG scan before its frame header")
            stream.skip_to_marker()
    if not framed:
        raise _invalid("JPEG without a frame header")
    if not stream.at_end():
        raise UploadRejected(RejectionCode.HIDDEN_DATA, "data after JPEG EOI")


def _decode_jpeg(path: Path) -> None:
    try:
        with warnings.catch_warnings(action="ignore"), Image.open(path, formats=["JPEG"]) as image:
            image.draft(image.mode, (1, 1))  # the smallest DCT scale libjpeg offers: 1/8
            image.load()
    except Image.DecompressionBombError as exc:
        raise UploadRejected(RejectionCode.ARCHIVE_BOMB, f"Pillow: {exc}"[:300]) from exc
    except _PILLOW_ERRORS as exc:
        raise _invalid(f"Pillow: {exc}"[:300]) from exc


def check_jpeg(path: Path) -> None:
    """Refuse a JPEG that is malformed, does not decode, or goes on after ``EOI``."""
    with path.open("rb") as handle:
        _walk_jpeg(_Stream(handle))
    # A progressive JPEG keeps every coefficient whatever the scale: decode in a bounded child.
    run_isolated(_decode_jpeg, path)


# --- TIFF --------------------------------------------------------------------------------------


def _open_tiff(path: Path) -> None:
    try:
        with warnings.catch_warnings(action="ignore"), Image.open(path, formats=["TIFF"]) as image:
            for frame in range(getattr(image, "n_frames", 1)):
                image.seek(frame)
                _check_pixels(*image.size)
    except Image.DecompressionBombError as exc:
        raise UploadRejected(RejectionCode.ARCHIVE_BOMB, f"Pillow: {exc}"[:300]) from exc
    except _PILLOW_ERRORS as exc:
        raise _invalid(f"Pillow: {exc}"[:300]) from exc


def check_tiff(path: Path) -> None:
    """Refuse a TIFF that Pillow cannot open or whose pages are too large to decode safely."""
    run_isolated(_open_tiff, path)
