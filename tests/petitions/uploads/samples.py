"""Build real sample files in memory: every format the checker accepts, and the hostile ones.

Nothing here is a stored binary fixture: each sample is assembled from its specification, so a
reader can see exactly which bytes make a file a DOCX, a macro-enabled DOCM or a zip bomb.
"""

import io
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping

from PIL import Image

# --- PDF -------------------------------------------------------------------------------------


def pdf(
    *,
    encrypted: bool = False,
    body: bytes = b"BT /F1 12 Tf 72 720 Td (Sot) Tj ET",
    catalog: bytes = b"",
    page: bytes = b"",
    extra: Iterable[bytes] = (),
    encrypt_key: bytes = b"/Encrypt",
) -> bytes:
    """Return a small, well-formed PDF with a correct cross-reference table.

    ``catalog`` and ``page`` are added to those dictionaries; ``extra`` objects are numbered from
    5 on (the encryption dictionary, if any, comes after them), so ``catalog`` may refer to them.
    """
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R %s>>" % catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R %s>>" % page,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body),
        *extra,
    ]
    if encrypted:
        objects.append(b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"/Size %d /Root 1 0 R" % (len(objects) + 1)
    if encrypted:
        trailer += b" %s %d 0 R /ID [<01><01>]" % (encrypt_key, len(objects))
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


# --- ZIP-based documents (OOXML, ODF) --------------------------------------------------------

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
VBA_PROJECT = "application/vnd.ms-office.vbaProject"


def content_types(overrides: Mapping[str, str], defaults: Mapping[str, str] | None = None) -> str:
    """Return an OPC ``[Content_Types].xml`` with the given overrides (part name → type)."""
    defaults = {
        "rels": "application/vnd.openxmlformats-package.relationships+xml",
        "xml": "application/xml",
        **(defaults or {}),
    }
    lines = [f'<Default Extension="{ext}" ContentType="{ct}"/>' for ext, ct in defaults.items()]
    lines += [f'<Override PartName="{part}" ContentType="{ct}"/>' for part, ct in overrides.items()]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(lines)
        + "</Types>"
    )


ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="{target}" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)

WORD_DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Кассациялық өтініш — кассационная жалоба</w:t></w:r></w:p>"
    "</w:body></w:document>"
)

WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheets><sheet name="Есеп" sheetId="1"/></sheets></workbook>'
)


def zip_bytes(entries: Iterable[tuple[str | zipfile.ZipInfo, bytes | str]]) -> bytes:
    """Return a ZIP archive holding ``entries`` in order, deflated unless a ZipInfo says else."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def docx(
    *,
    extra: Iterable[tuple[str, bytes | str]] = (),
    main: str = DOCX_MAIN,
    overrides: Mapping[str, str] | None = None,
) -> bytes:
    """Return a minimal Word document in the order Word itself writes the parts."""
    types = content_types({"/word/document.xml": main, **(overrides or {})})
    return zip_bytes(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", ROOT_RELS.format(target="word/document.xml")),
            ("word/document.xml", WORD_DOCUMENT),
            *extra,
        ]
    )


def docm() -> bytes:
    """Return a macro-enabled Word document: its main part type and a VBA project part."""
    return docx(
        main=DOCM_MAIN,
        overrides={"/word/vbaProject.bin": VBA_PROJECT},
        extra=[("word/vbaProject.bin", cfb({("VBA", "dir"): b"\x01" * 100}))],
    )


def xlsx(*, extra: Iterable[tuple[str, bytes | str]] = (), main: str = XLSX_MAIN) -> bytes:
    """Return a minimal Excel workbook."""
    return zip_bytes(
        [
            ("[Content_Types].xml", content_types({"/xl/workbook.xml": main})),
            ("_rels/.rels", ROOT_RELS.format(target="xl/workbook.xml")),
            ("xl/workbook.xml", WORKBOOK),
            *extra,
        ]
    )


ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="{mimetype}"/><manifest:file-entry manifest:full-path="content.xml" '
    'manifest:media-type="text/xml">{encryption}</manifest:file-entry></manifest:manifest>'
)
ENCRYPTION = (
    '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AA==">'
    '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector='
    '"AA=="/></manifest:encryption-data>'
)


def odt(
    *,
    mimetype: str = ODT_MIMETYPE,
    encrypted: bool = False,
    manifest: bool = True,
    extra: Iterable[tuple[str, bytes | str]] = (),
) -> bytes:
    """Return an OpenDocument text: a stored ``mimetype`` first, then the manifest and content."""
    stored = zipfile.ZipInfo("mimetype")
    stored.compress_type = zipfile.ZIP_STORED
    entries: list[tuple[str | zipfile.ZipInfo, bytes | str]] = [(stored, mimetype)]
    if manifest:
        text = MANIFEST.format(mimetype=mimetype, encryption=ENCRYPTION if encrypted else "")
        entries.append(("META-INF/manifest.xml", text))
    entries.append(("content.xml", '<?xml version="1.0"?><office:document-content/>'))
    return zip_bytes([*entries, *extra])


# --- OLE2 / Compound File Binary (DOC, XLS) --------------------------------------------------

END_OF_CHAIN, FREE, FAT_SECTOR, NO_STREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
MINI_SECTOR, MINI_CUTOFF = 64, 4096
ENTRY = struct.Struct("<64sHBBIII16sIQQIQ")  # one 128-byte directory entry
HEADER = struct.Struct("<8s16sHHHHH6sIIIIIIIII109I")


def _pad(data: bytes, size: int) -> bytes:
    return data + b"\0" * (-len(data) % size)


def _directory(streams: Mapping[tuple[str, ...], bytes]) -> list[dict]:
    """Return the directory nodes: root, then every storage and stream on the way to each."""
    nodes: list[dict] = [{"name": "Root Entry", "type": 5, "children": [], "data": b""}]
    index: dict[tuple[str, ...], int] = {(): 0}
    for path, data in streams.items():
        for depth in range(1, len(path) + 1):
            if path[:depth] not in index:
                is_stream = depth == len(path)
                index[path[:depth]] = len(nodes)
                nodes.append(
                    {
                        "name": path[depth - 1],
                        "type": 2 if is_stream else 1,
                        "children": [],
                        "data": data if is_stream else b"",
                    }
                )
                nodes[index[path[: depth - 1]]]["children"].append(index[path[:depth]])
    for node in nodes:  # siblings as a chain sorted in the specification's name order
        node["children"].sort(key=lambda i: (len(nodes[i]["name"]), nodes[i]["name"].upper()))
        node["child"] = node["children"][0] if node["children"] else NO_STREAM
        for left, right in zip(node["children"], node["children"][1:], strict=False):
            nodes[left]["right"] = right
    return nodes


def cfb(streams: Mapping[tuple[str, ...], bytes], *, version: int = 3) -> bytes:
    """Return a compound file (MS-CFB) holding ``streams`` (path of storage names → data).

    Streams under 4096 bytes live in the mini stream, as the specification requires; version 3
    files have 512-byte sectors, version 4 files 4096-byte ones.
    """
    sector = 512 if version == 3 else 4096
    nodes = _directory(streams)
    mini, minifat = bytearray(), []
    for node in nodes[1:]:
        if node["type"] == 2 and len(node["data"]) < MINI_CUTOFF:
            start = len(mini) // MINI_SECTOR
            count = max(1, -(-len(node["data"]) // MINI_SECTOR))
            node["start"] = start
            minifat += [*range(start + 1, start + count), END_OF_CHAIN]
            mini += _pad(node["data"] or b"\0", MINI_SECTOR)

    # After the FAT: directory, mini FAT, mini stream container, then the big streams.
    per_sector = sector // ENTRY.size
    slots = len(nodes) + (-len(nodes) % per_sector)
    blobs: list[tuple[object, bytes]] = [("dir", b"\0" * slots * ENTRY.size)]
    if minifat:
        blobs.append(("minifat", _pad(struct.pack(f"<{len(minifat)}I", *minifat), sector)))
        blobs.append(("mini", _pad(bytes(mini), sector)))
    blobs += [
        (i, _pad(n["data"], sector))
        for i, n in enumerate(nodes)
        if n["type"] == 2 and len(n["data"]) >= MINI_CUTOFF
    ]
    other = sum(len(data) // sector for _, data in blobs)
    fat_sectors = 1
    while fat_sectors * (sector // 4) < fat_sectors + other:
        fat_sectors += 1
    fat = [FAT_SECTOR] * fat_sectors
    starts: dict[object, int] = {}
    for key, data in blobs:
        starts[key] = len(fat)
        fat += [*range(len(fat) + 1, len(fat) + len(data) // sector), END_OF_CHAIN]
    fat += [FREE] * (-len(fat) % (sector // 4))

    nodes[0]["start"] = starts.get("mini", END_OF_CHAIN)
    nodes[0]["data"] = bytes(mini)
    for key, start in starts.items():
        if isinstance(key, int):
            nodes[key]["start"] = start
    entries = b"".join(
        ENTRY.pack(
            node["name"].encode("utf-16-le") + b"\0\0",
            2 * len(node["name"]) + 2,
            node["type"],
            1,
            NO_STREAM,
            node.get("right", NO_STREAM),
            node["child"],
            b"\0" * 16,
            0,
            0,
            0,
            node.get("start", END_OF_CHAIN),
            len(node["data"]),
        )
        for node in nodes
    ) + ENTRY.pack(b"", 0, 0, 0, NO_STREAM, NO_STREAM, NO_STREAM, b"", 0, 0, 0, 0, 0) * (
        slots - len(nodes)
    )
    blobs[0] = ("dir", entries)

    difat = [*range(fat_sectors), *[FREE] * (109 - fat_sectors)]
    header = HEADER.pack(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\0" * 16,
        0x3E,
        version,
        0xFFFE,
        9 if version == 3 else 12,
        6,
        b"\0" * 6,
        0 if version == 3 else len(entries) // sector,
        fat_sectors,
        starts["dir"],
        0,
        MINI_CUTOFF,
        starts.get("minifat", END_OF_CHAIN),
        len(blobs[1][1]) // sector if minifat else 0,
        END_OF_CHAIN,
        0,
        *difat,
    )
    return (
        _pad(header, sector)
        + struct.pack(f"<{len(fat)}I", *fat)
        + b"".join(data for _, data in blobs)
    )


def fib(*, encrypted: bool = False, n_fib: int = 0x00C1, size: int = 4096) -> bytes:
    """Return the start of a Word ``WordDocument`` stream: a File Information Block."""
    flags = 0x0100 if encrypted else 0
    return _pad(struct.pack("<HHHHHH", 0xA5EC, n_fib, 0, 0x0409, 0, flags), size)[:size]


def biff_record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def workbook_stream(*, sheet_type: int = 0, encrypted: bool = False, size: int = 4096) -> bytes:
    """Return a BIFF8 ``Workbook`` stream's globals: BOF, [FILEPASS], a BOUNDSHEET, EOF."""
    records = biff_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
    if encrypted:
        records += biff_record(0x002F, b"\x01\x00" + b"\0" * 52)
    name = "Парақ1".encode("utf-16-le")
    boundsheet = struct.pack("<IBBBB", 0, 0, sheet_type, len("Парақ1"), 1) + name
    records += biff_record(0x0085, boundsheet) + biff_record(0x000A, b"")
    return _pad(records, size)[: max(size, len(records))]


def doc(*, streams: Mapping[tuple[str, ...], bytes] | None = None, **fib_options) -> bytes:
    """Return a Word 97-2003 document (the streams Word and libmagic look for)."""
    return cfb({("WordDocument",): fib(**fib_options), ("1Table",): b"\0" * 600, **(streams or {})})


def xls(*, streams: Mapping[tuple[str, ...], bytes] | None = None, **workbook_options) -> bytes:
    """Return an Excel 97-2003 workbook."""
    return cfb({("Workbook",): workbook_stream(**workbook_options), **(streams or {})})


# --- Images, text and executables --------------------------------------------------------------


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png(width: int = 2, height: int = 2) -> bytes:
    """Return a valid RGB PNG image, chunk CRCs included."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\0" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg(width: int = 16, height: int = 16) -> bytes:
    """Return a real baseline JPEG (encoded by Pillow's libjpeg): markers, tables, one scan, EOI."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


JPEG = jpeg()


def tiff(width: int = 1, height: int = 1) -> bytes:
    """Return a little-endian TIFF header with one IFD describing a bilevel image."""
    entries = [
        (256, 4, 1, width),
        (257, 4, 1, height),
        (259, 3, 1, 1),
        (262, 3, 1, 0),
        (273, 4, 1, 8),
    ]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) for e in entries)
    return b"II*\x00" + struct.pack("<I", 10) + b"\x00\x00" + ifd + b"\0\0\0\0"


PETITION_KK = "Қазақстан Республикасының Жоғарғы Сотына кассациялық өтініш. Әділдік үшін.\n"
PETITION_RU = "Кассационная жалоба в Верховный Суд Республики Казахстан. Прошу отменить.\n"

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\0" * 8 + struct.pack("<HHI", 2, 0x3E, 1) + b"\0" * 200


def pe() -> bytes:
    """Return the start of a Windows PE executable: DOS stub header pointing at a PE header."""
    dos = b"MZ" + b"\0" * 58 + struct.pack("<I", 0x80)
    dos = dos.ljust(0x80, b"\0")
    coff = struct.pack("<4sHHIIIHH", b"PE\0\0", 0x14C, 1, 0, 0, 0, 0xE0, 0x0102)
    optional = struct.pack("<HBB", 0x10B, 1, 0).ljust(0xE0, b"\0")
    return dos + coff + optional + b"\0" * 512


HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n"
SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script></svg>\n"
)
