"""The exceptional grounds on which the Supreme Court reviews a cassation court's act.

From 1 July 2025 an act of a cassation court is final in cassation; the Supreme Court may review
it only "in exceptional cases", on a submission of one of its judges or a protest of the
Prosecutor General, and only on the grounds its procedure lists (CPC art. 454-1 part 1, CrPC
art. 498-1 part 1, read in the CPC of 01.07.2026 and the CrPC of 12.06.2026; see
``shared/reference/legal-reform-2025.md`` §4). The engine's explanation names them, and a portal
can offer the same list (for example as the grounds a petition relies on) from this one catalogue.

Each text is a whole sentence in Kazakh, Russian and English, following the statute's wording;
``code`` is a stable machine-readable token (the same code may appear in both procedures when the
statute's wording is the same, as for ``uniformity``).
"""

from __future__ import annotations

from dataclasses import dataclass

from deadlines.errors import DeadlinesInputError
from deadlines.model import Procedure


@dataclass(frozen=True, slots=True)
class ExceptionalGround:
    """One exceptional ground of the Supreme Court's review, with its citation and its text."""

    code: str
    citation: str
    kk: str
    ru: str
    en: str


_CPC = "CPC art. 454-1 part 1"
_CRPC = "CrPC art. 498-1 part 1"

_UNIFORMITY = (
    "Сот актілері соттардың құқық нормаларын түсіндіруі мен қолдануындағы біркелкілікті бұзады.",
    "Судебные акты нарушают единообразие в толковании и применении судами норм права.",
    "The court acts violate the uniformity of the courts' interpretation and application of the "
    "law.",
)

CIVIL_GROUNDS: tuple[ExceptionalGround, ...] = (
    ExceptionalGround(
        "grave_consequences",
        _CPC,
        "Сот актілері адамдардың өмірі мен денсаулығы үшін не Қазақстан Республикасының "
        "экономикасы мен ұлттық қауіпсіздігі үшін ауыр қайтымсыз салдарларға әкеп соғуы мүмкін.",
        "Судебные акты могут привести к тяжким необратимым последствиям для жизни, здоровья людей "
        "либо для экономики и национальной безопасности Республики Казахстан.",
        "The court acts may lead to grave irreversible consequences for people's life or health, "
        "or for the economy or national security of the Republic of Kazakhstan.",
    ),
    ExceptionalGround(
        "public_interests",
        _CPC,
        "Сот актілері белгісіз адамдар тобының құқықтары мен заңды мүдделерін немесе өзге де жария "
        "мүдделерді бұзады.",
        "Судебные акты нарушают права и законные интересы неопределённого круга лиц или иные "
        "публичные интересы.",
        "The court acts violate the rights and legitimate interests of an indefinite circle of "
        "persons or other public interests.",
    ),
    ExceptionalGround("uniformity", _CPC, *_UNIFORMITY),
)

CRIMINAL_GROUNDS: tuple[ExceptionalGround, ...] = (
    ExceptionalGround(
        "state_interests",
        _CRPC,
        "Сот актілері мемлекеттік немесе қоғамдық мүдделерді, мемлекеттің ұлттық қауіпсіздігін "
        "қозғайды не адамдардың өмірі мен денсаулығы үшін ауыр қайтымсыз салдарларға әкеп соғуы "
        "мүмкін.",
        "Судебные акты затрагивают государственные или общественные интересы, национальную "
        "безопасность государства либо могут привести к тяжким необратимым последствиям для "
        "жизни, здоровья людей.",
        "The court acts affect state or public interests or the national security of the State, "
        "or may lead to grave irreversible consequences for people's life or health.",
    ),
    ExceptionalGround(
        "life_imprisonment",
        _CRPC,
        "Адам өмір бойы бас бостандығынан айыру жазасын өтеп жатыр.",
        "Лицо отбывает пожизненное лишение свободы.",
        "The person is serving life imprisonment.",
    ),
    ExceptionalGround("uniformity", _CRPC, *_UNIFORMITY),
)


def exceptional_grounds(procedure: Procedure | str) -> tuple[ExceptionalGround, ...]:
    """Return the exceptional grounds of ``procedure`` ("civil" or "criminal"), in the statute's
    order. Raises ``DeadlinesInputError`` for any other value."""
    if procedure == Procedure.CIVIL:
        return CIVIL_GROUNDS
    if procedure == Procedure.CRIMINAL:
        return CRIMINAL_GROUNDS
    msg = f'procedure must be one of "civil", "criminal", got {procedure!r}'
    raise DeadlinesInputError("invalid_choice", msg, "procedure")
