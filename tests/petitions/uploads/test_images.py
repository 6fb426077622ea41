"""check_png / check_jpeg / check_tiff: the image, all of it, and nothing after it."""

import io
import random
import struct
import zlib

import pytest
from PIL import Image

from petitions.uploads.errors import RejectionCode
from petitions.uploads.images import check_jpeg, check_png, check_tiff
from petitions.uploads.validation import UploadRejected

from . import samples


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_of(width: int, height: int, raw: bytes, *, interlace: int = 0, colour: int = 2) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, interlace)
    return (
        samples.PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_it_accepts_a_png_and_an_interlaced_one(put):
    check_png(put(samples.png(7, 5)))
    # Adam7 passes of a 3×3 RGB image: 4 + 4 + 7 + 8 + 10 bytes with their filter bytes.
    interlaced = png_of(3, 3, b"\0" * 33, interlace=1)
    check_png(put(interlaced))
    Image.open(io.BytesIO(interlaced)).load()  # and a real decoder agrees


def refused(check, path) -> UploadRejected:
    with pytest.raises(UploadRejected) as caught:
        check(path)
    return caught.value


PNG_BROKEN = {
    "bad CRC": samples.png()[:-5] + b"\0" + samples.png()[-4:],
    "cut before IEND": samples.png()[:-12],
    "image data short of its size": png_of(4, 4, b"\0" * 40),
    "image data past its size": png_of(4, 4, b"\0" * 80),
    "IDAT not zlib": samples.PNG_SIGNATURE
    + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
    + chunk(b"IDAT", b"not zlib at all")
    + chunk(b"IEND", b""),
    "IHDR not first": samples.PNG_SIGNATURE + chunk(b"IEND", b""),
    "unknown colour type": png_of(2, 2, b"\0" * 14, colour=5),
}


@pytest.mark.parametrize("content", PNG_BROKEN.values(), ids=PNG_BROKEN.keys())
def test_it_refuses_a_broken_png(put, content):
    assert refused(check_png, put(content)).code == RejectionCode.ARCHIVE_INVALID


def test_it_refuses_a_png_too_large_to_decode_before_decoding_it(put):
    content = png_of(20_000, 20_000, b"")

    assert refused(check_png, put(content)).code == RejectionCode.ARCHIVE_BOMB


def jpeg_with_thumbnail() -> bytes:
    """A JPEG whose APP1 segment holds another JPEG, end marker and all, as EXIF thumbnails do."""
    thumbnail = samples.jpeg(4, 4)
    app1 = b"Exif\0\0" + thumbnail
    main = samples.jpeg()
    return main[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + main[2:]


def noisy_jpeg() -> bytes:
    """A JPEG whose image data spans many read chunks, with every kind of 0xFF stuffing in it."""
    rng = random.Random(7)
    image = Image.frombytes("RGB", (900, 700), rng.randbytes(900 * 700 * 3))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, progressive=True)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content", [samples.JPEG, jpeg_with_thumbnail(), noisy_jpeg()], ids=["plain", "thumb", "noise"]
)
def test_it_accepts_a_jpeg(put, content):
    check_jpeg(put(content))


JPEG_BROKEN = {
    "cut inside the image data": samples.JPEG[:-40],
    "no end marker": samples.JPEG[:-2],
    "markers without image data": (
        b"\xff\xd8\xff\xc0\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00\xff\xd9"
    ),
    "not a JPEG": b"\xff\xd8" + b"\0" * 30,
}


@pytest.mark.parametrize("content", JPEG_BROKEN.values(), ids=JPEG_BROKEN.keys())
def test_it_refuses_a_broken_jpeg(put, content):
    assert refused(check_jpeg, put(content)).code == RejectionCode.ARCHIVE_INVALID


def test_it_refuses_a_jpeg_too_large_to_decode_before_decoding_it(put):
    frame = b"\xff\xc0\x00\x11\x08\xff\xff\xff\xff\x03" + b"\x01\x11\x00\x02\x11\x01\x03\x11\x01"
    content = b"\xff\xd8" + frame + b"\xff\xd9"

    assert refused(check_jpeg, put(content)).code == RejectionCode.ARCHIVE_BOMB


POLYGLOTS = {
    "JPEG + HTML": (check_jpeg, samples.JPEG + samples.HTML),
    "JPEG + ZIP": (check_jpeg, samples.JPEG + samples.docm()),
    "JPEG + one byte": (check_jpeg, samples.JPEG + b"\n"),
    "PNG + script": (check_png, samples.png() + b"<script>alert(document.cookie)</script>"),
    "PNG + ZIP": (check_png, samples.png() + samples.docm()),
}


@pytest.mark.parametrize(("check", "content"), POLYGLOTS.values(), ids=POLYGLOTS.keys())
def test_it_refuses_anything_after_the_end_marker(put, check, content):
    assert refused(check, put(content)).code == RejectionCode.HIDDEN_DATA


def test_it_accepts_a_tiff_and_refuses_one_too_large_to_decode(put):
    check_tiff(put(samples.tiff()))

    assert refused(check_tiff, put(samples.tiff(20_000, 20_000))).code == RejectionCode.ARCHIVE_BOMB


def test_a_progressive_jpeg_too_costly_to_decode_is_refused(put):
    # 8000×12000 claimed: libjpeg keeps every coefficient of a progressive image whatever the
    # scale, about 280 MB. Decoded in the web process, Pillow would accept it after taking them.
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (1, 2, 3)).save(buffer, "JPEG", progressive=True)
    data = bytearray(buffer.getvalue())
    struct.pack_into(">HH", data, data.find(b"\xff\xc2") + 5, 8000, 12000)

    assert refused(check_jpeg, put(bytes(data))).code in {
        RejectionCode.ARCHIVE_BOMB,
        RejectionCode.ARCHIVE_INVALID,
    }
