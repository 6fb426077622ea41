"""Reading a PDF back the way a PDF reader does, for the tests of the petition PDF.

fpdf2 compresses its streams and writes text as glyph ids, so the text is read back by inflating
the streams, mapping each font's glyph ids through its ToUnicode CMap, and decoding the strings
that the ``Tj``/``TJ`` operators show.
"""

import re
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)\s*endobj", re.S)
_STREAM = re.compile(rb"^(.*?)stream\r?\n(.*)\r?\nendstream$", re.S)
_REF = r"(\d+) 0 R"


def pdf_objects(data: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    """Return each object's dictionary and its stream, inflated when it is FlateDecode."""
    objects: dict[int, tuple[bytes, bytes | None]] = {}
    for match in _OBJECT.finditer(data):
        body = match.group(2)
        stream = _STREAM.match(body)
        if stream is None:
            objects[int(match.group(1))] = (body, None)
            continue
        head, raw = stream.groups()
        objects[int(match.group(1))] = (
            head,
            zlib.decompress(raw) if b"/FlateDecode" in head else raw,
        )
    return objects


def parse_cmap(cmap: bytes) -> dict[int, str]:
    """Return glyph code → text from a ToUnicode CMap (bfchar and bfrange sections)."""
    mapping: dict[int, str] = {}

    def text(hex_digits: bytes) -> str:
        return bytes.fromhex(hex_digits.decode()).decode("utf-16-be")

    for section in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section):
            mapping[int(code, 16)] = text(target)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, start in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section
        ):
            first = ord(text(start))
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[code] = chr(first + offset)
    return mapping


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _literal(content: bytes, start: int) -> tuple[bytes, int]:
    """Read the literal string opening at ``content[start]`` (a ``(``); return it and the end."""
    out, depth, i = bytearray(), 1, start + 1
    while True:
        char = content[i : i + 1]
        if char == b"\\":
            following = content[i + 1 : i + 2]
            octal = re.match(rb"[0-7]{1,3}", content[i + 1 : i + 4])
            if octal:
                out.append(int(octal.group(), 8) & 0xFF)
                i += 1 + len(octal.group())
                continue
            out += _ESCAPES.get(following, following)
            i += 2
            continue
        if char == b"(":
            depth += 1
        elif char == b")":
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
        out += char
        i += 1


def _tokens(content: bytes):
    i = 0
    while i < len(content):
        char = content[i : i + 1]
        if char.isspace():
            i += 1
        elif char == b"(":
            string, i = _literal(content, i)
            yield ("string", string)
        elif char == b"<" and content[i : i + 2] != b"<<":
            end = content.index(b">", i)
            yield ("string", bytes.fromhex(content[i + 1 : end].decode()))
            i = end + 1
        elif char in b"[]":
            yield (char.decode(), None)
            i += 1
        else:
            token = re.match(rb"[^\s()<>\[\]/]+|/[^\s()<>\[\]/]+|<<|>>", content[i:])
            assert token, content[i : i + 20]
            yield ("word", token.group().decode("latin-1"))
            i += len(token.group())


def pdf_text(data: bytes) -> tuple[str, int]:
    """Return the text the PDF shows, a line per text object, and its number of pages."""
    objects = pdf_objects(data)
    pages = [head for head, stream in objects.values() if re.search(rb"/Type /Page\b(?!s)", head)]
    lines: list[str] = []
    for page in pages:
        resources = objects[int(re.search(rb"/Resources " + _REF.encode(), page).group(1))][0]
        font_dict = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S).group(1)
        fonts = {}
        for name, number in re.findall(rb"/(\S+) (\d+) 0 R", font_dict):
            font = objects[int(number)][0]
            cmap_ref = re.search(rb"/ToUnicode " + _REF.encode(), font)
            assert cmap_ref, f"font {name!r} has no ToUnicode map"
            fonts["/" + name.decode()] = parse_cmap(objects[int(cmap_ref.group(1))][1])
        content = objects[int(re.search(rb"/Contents " + _REF.encode(), page).group(1))][1]
        font: dict[int, str] = {}
        operands: list = []
        line: list[str] = []

        def show(raw: bytes, font: dict[int, str], line: list[str]) -> None:
            for k in range(0, len(raw), 2):
                code = int.from_bytes(raw[k : k + 2], "big")
                line.append(font.get(code, "\ufffd"))

        for kind, value in _tokens(content):
            if kind != "word" or value[0] in "/0123456789.-":
                operands.append(value if kind != "[" else "[")
                continue
            if value == "Tf":
                font = fonts[operands[-2]]
            elif value == "Tj":
                show(operands[-1], font, line)
            elif value == "TJ":
                for operand in operands[operands.index("[") + 1 :]:
                    if isinstance(operand, bytes):
                        show(operand, font, line)
            elif value == "ET" and line:
                lines.append("".join(line))
                line = []
            operands = []
    return "\n".join(lines), len(pages)


def flat(text: str) -> str:
    """Whitespace collapsed, so text wrapped onto several lines compares as one."""
    return " ".join(text.split())
