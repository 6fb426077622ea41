"""The petition PDF: only for a sent petition of one's own, in the page's language, with every
Kazakh and Russian letter really drawn in the embedded DejaVu font.

fpdf2 compresses its streams and writes text as glyph ids, so the text is read back the way a
PDF reader does: inflate the streams, map each font's glyph ids through its ToUnicode CMap, and
decode the strings that the ``Tj``/``TJ`` operators show.
"""

import datetime as dt
import re
import zlib

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from petitions.manifest import manifest_sha256
from petitions.models import Party, Petition, Status
from petitions.pdf import petition_pdf
from petitions.references import reference_is_valid
from tests.factories import UserFactory

from .factories import PetitionFactory
from .factories import ready_to_sign as complete

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
RUSSIAN_LETTERS = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


# --- Reading a PDF back --------------------------------------------------------------------------

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


# --- Petitions -----------------------------------------------------------------------------------


def url(name: str, petition: Petition, language: str = "kk") -> str:
    with translation.override(language):
        return reverse(f"petitions:{name}", kwargs={"public_id": petition.public_id})


def submit(client, petition: Petition) -> Petition:
    """Sign with the demo signer and send, through the real views."""
    response = client.post(
        url("demo_sign", petition), {"manifest_sha256": manifest_sha256(petition)}
    )
    assert response["Location"] == url("confirmation", petition)
    petition.refresh_from_db()
    assert petition.status == Status.SUBMITTED
    assert reference_is_valid(petition.reference)
    return petition


@pytest.fixture
def submitted(signed_in) -> Petition:
    return submit(signed_in, complete(signed_in.user))


# --- The view ------------------------------------------------------------------------------------


def test_a_sent_petition_downloads_as_a_pdf_named_by_its_reference(signed_in, submitted):
    response = signed_in.get(url("pdf", submitted))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert response.content.rstrip().endswith(b"%%EOF")
    assert response["Content-Disposition"] == f'attachment; filename="{submitted.reference}.pdf"'
    assert re.search(rb"/BaseFont /\w+\+DejaVuSans", response.content)
    assert b"/FontFile2" in response.content  # embedded, not merely named


def test_the_pdf_holds_the_whole_petition_as_sent(signed_in, submitted):
    text, _ = pdf_text(signed_in.get(url("pdf", submitted)).content)
    attachment = submitted.attachments.get()

    with translation.override("kk"):
        title = gettext("Petition for cassation review")
        reference = gettext("Reference number: %(reference)s") % {"reference": submitted.reference}
    assert text.splitlines()[0] == title
    assert reference in text
    everything = flat(text)
    for expected in (
        submitted.case_number,
        submitted.grounds,
        submitted.arguments,
        submitted.request,
        submitted.court.name(),
        "Қазақстан Республикасының Жоғарғы Соты",  # the court it is addressed to
        *[p.name for p in submitted.parties.all()],
        *[p.address for p in submitted.parties.all()],
        f"{attachment.name} ({attachment.size} B, SHA-256 {attachment.sha256})",
        "Іс бойынша сот актісінің көшірмесі",  # the attachment's kind
        "Талапкер",  # the petitioner's part in the case (CPC 441)
        submitted.other_court_name,  # the first-instance decision behind the appellate act
        submitted.fee_exemption,  # the state-fee exemption and its grounds
        submitted.signer_iin,
        submitted.manifest_sha256,
    ):
        assert expected
        assert flat(expected) in everything, expected


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_labels_are_in_the_language_of_the_request(signed_in, submitted, language):
    response = signed_in.get(url("pdf", submitted, language))
    text, _ = pdf_text(response.content)

    assert response.status_code == 200
    with translation.override(language):
        labels = [
            gettext("Petition for cassation review"),
            gettext("Kind of case"),
            gettext("Parties"),
            gettext("Grounds"),
            gettext("Attached documents"),
            gettext("Signed with an electronic digital signature"),
            submitted.get_procedure_display(),
        ]
    with translation.override("en"):
        english = gettext("Petition for cassation review")
    assert labels[0] != english  # the translation exists, so the check below means something
    for label in labels:
        assert label in text
    assert english not in text
    other = "ru" if language == "kk" else "kk"
    with translation.override(other):
        assert gettext("Petition for cassation review") not in text


def test_a_draft_has_no_pdf(signed_in):
    petition = complete(signed_in.user)

    assert signed_in.get(url("pdf", petition)).status_code == 404
    assert signed_in.get(url("pdf", petition, "ru")).status_code == 404


def test_another_persons_pdf_is_not_found(signed_in, submitted):
    stranger = Client()
    stranger.force_login(UserFactory())

    assert stranger.get(url("pdf", submitted)).status_code == 404
    assert signed_in.get(url("pdf", submitted)).status_code == 200


def test_the_pdf_needs_login_a_get_and_a_real_id(signed_in, submitted):
    pdf_url = url("pdf", submitted)

    assert Client().get(pdf_url)["Location"].startswith(reverse("cabinet:login"))
    assert signed_in.post(pdf_url).status_code == 405
    assert signed_in.get(pdf_url.replace(str(submitted.public_id), "nope")).status_code == 404
    unknown = pdf_url.replace(str(submitted.public_id), "00000000-0000-0000-0000-000000000000")
    assert signed_in.get(unknown).status_code == 404


def test_the_confirmation_page_links_to_the_pdf(signed_in, submitted):
    page = signed_in.get(url("confirmation", submitted))

    assert page.status_code == 200
    assert url("pdf", submitted) in page.content.decode()


# --- The document itself -------------------------------------------------------------------------


def test_every_kazakh_and_russian_letter_is_drawn_in_the_font():
    petition = PetitionFactory()
    petition.grounds = KAZAKH_LETTERS
    petition.arguments = RUSSIAN_LETTERS
    petition.request = "Сұраймын: «қаулыны бұзу» — прошу «отменить» (№ 2-1234/2024) \\ 100 %"
    petition.case_number = "7199-24-00-2а/1234"
    petition.save()
    Party.objects.create(petition=petition, role="petitioner", name="Әлихан Бөкейхан Ұлы")

    text, _ = pdf_text(petition_pdf(petition))

    assert "\ufffd" not in text
    for line in (KAZAKH_LETTERS, RUSSIAN_LETTERS, petition.request, "Әлихан Бөкейхан Ұлы"):
        assert flat(line) in flat(text)
    assert set(KAZAKH_LETTERS + RUSSIAN_LETTERS) <= set(text)


def test_an_empty_draft_renders_with_dashes_for_what_is_missing():
    petition = PetitionFactory()

    data = petition_pdf(petition)
    text, pages = pdf_text(data)

    assert data.startswith(b"%PDF")
    assert pages == 1
    with translation.override("kk"):
        assert gettext("Reference number: %(reference)s").split("%")[0].strip() not in text
        assert gettext("Signed with an electronic digital signature") not in text
    assert text.count("—") >= 9  # every row, empty, shows a dash instead of nothing


def test_a_long_petition_flows_onto_more_pages_without_losing_text():
    petition = PetitionFactory()
    paragraphs = [f"{n}. Дәлел {n}: соттың қорытындысы негізсіз — довод {n}." for n in range(300)]
    petition.arguments = "\n".join(paragraphs)
    petition.save()

    text, pages = pdf_text(petition_pdf(petition))

    assert pages > 3
    for paragraph in (paragraphs[0], paragraphs[150], paragraphs[-1]):
        assert paragraph in text.splitlines()


def test_the_received_time_is_in_local_time(submitted):
    with translation.override("ru"):  # Russian formats it "3 декабря 2026 г. 10:43"
        text, _ = pdf_text(petition_pdf(submitted))
        received = gettext("Received: %(when)s").split("%")[0]

    local = timezone.localtime(submitted.submitted_at)
    utc = submitted.submitted_at.astimezone(dt.UTC)
    line = next(line for line in text.splitlines() if line.startswith(received))
    assert f"{local.hour}:{local.minute:02d}" in line
    assert f"{local.day} " in line
    assert str(local.year) in line
    assert f" {utc.hour}:{utc.minute:02d}" not in line  # Almaty is UTC+5, never UTC


def test_a_criminal_petition_prints_the_hearing_answer_and_the_named_court():
    petition = PetitionFactory(
        procedure="criminal",
        standing="victim",
        act_kind="acquittal",
        court_name="Есіл аудандық соты",
        case_number="1-7/2026",
        exclusion="none",
        other_court_name="Астана қалалық соты",
        other_act_date=dt.date(2026, 9, 1),
        wants_hearing=False,
    )
    with translation.override("ru"):
        text, _ = pdf_text(petition_pdf(petition))
        everything = flat(text)
        for expected in (
            "Есіл аудандық соты",  # the first-instance court, by name
            "Потерпевший",  # the petitioner's part in the case
            "Акт суда апелляционной инстанции",
            "Астана қалалық соты",
            "Просит об участии в судебном заседании",
            "Нет",
        ):
            assert flat(expected) in everything, expected
        assert flat(gettext("State fee")) not in everything  # no state fee in a criminal case
