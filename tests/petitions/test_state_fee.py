"""The state fee of a civil cassation complaint (Tax Code of 18.07.2025, art. 665(1) and (3)):
exact amounts by hand from the article, the year boundary, hostile claim amounts, and purity."""

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from petitions import fee_exemptions
from petitions import state_fee as fees

DAY = dt.date(2026, 12, 3)  # MRP 2026: 4,325 tenge


def fee(claim: str, filer: str, amount: int | None = None, on: dt.date = DAY) -> fees.FeeAnswer:
    return fees.fee_compute(on=on, claim_kind=claim, filer_kind=filer, claim_amount=amount)


@pytest.mark.parametrize(
    ("filer", "amount", "expected", "capped"),
    [
        # 1 % of 1,000,000 = 10,000; half = 5,000 (cap 10,000 MRP / 2 = 21,625,000: not reached).
        ("individual", 1_000_000, "5000.00", False),
        # 1 % of 1,000,001 = 10,000.01; half = 5,000.005, to the tiyn half up.
        ("individual", 1_000_001, "5000.01", False),
        # 0.5 % of 4,325,000,000 is exactly 5,000 MRP: the cap itself, not yet above it.
        ("individual", 4_325_000_000, "21625000.00", False),
        ("individual", 4_325_000_001, "21625000.00", True),
        ("individual", 5_000_000_000, "21625000.00", True),
        # 3 % of 1,000,000,000 = 30,000,000; half = 15,000,000 (cap 43,250,000: not reached).
        ("legal_entity", 1_000_000_000, "15000000.00", False),
        ("legal_entity", 1_000_000, "15000.00", False),
        # 1.5 % of 10,000,000,000 = 150,000,000 > 20,000 MRP / 2 = 43,250,000.
        ("legal_entity", 10_000_000_000, "43250000.00", True),
        ("legal_entity", 1, "0.02", False),  # 0.015 tenge, to the tiyn half up
        ("legal_entity", fees.CLAIM_AMOUNT_MAX, "43250000.00", True),
    ],
)
def test_a_property_claim_pays_half_the_first_instance_rate_up_to_half_the_cap(
    filer, amount, expected, capped
):
    answer = fee("property", filer, amount)
    assert answer.kind == fees.COMPUTED
    assert answer.amount == Decimal(expected)
    assert answer.capped is capped
    assert answer.mrp == Decimal(4325)
    cap = {"individual": Decimal("21625000.00"), "legal_entity": Decimal("43250000.00")}
    assert answer.cap == cap[filer]
    assert str(answer.citation) == "Tax Code art. 665(1) sub-item 1, art. 665(3)"
    assert answer.on == DAY


@pytest.mark.parametrize("filer", ["individual", "legal_entity"])
def test_a_non_property_claim_pays_a_quarter_of_the_mrp_whoever_files(filer):
    answer = fee("non_property", filer, None)
    assert answer.amount == Decimal("1081.25")  # 0.5 MRP x 50 % x 4,325
    assert (answer.cap, answer.capped) == (None, False)
    assert str(answer.citation) == "Tax Code art. 665(1) sub-item 7, art. 665(3)"


def test_a_non_property_claim_ignores_an_amount():
    assert fee("non_property", "individual", 5).amount == Decimal("1081.25")


def test_the_worked_examples_of_3_december_2026():
    assert fee("property", "individual", 1_000_000).amount == Decimal("5000.00")
    assert fee("property", "legal_entity", 1_000_000_000).amount == Decimal("15000000.00")
    assert fee("non_property", "individual").amount == Decimal("1081.25")


def test_the_year_boundary():
    """Filed on 31.12.2025 the old Tax Code applies, which was not verified: not computed."""
    before = fee("property", "individual", 1_000_000, on=dt.date(2025, 12, 31))
    assert before.kind == fees.COURT_CHECKS
    assert (before.amount, before.mrp, before.citation) == (None, None, None)
    first = fee("property", "individual", 1_000_000, on=dt.date(2026, 1, 1))
    assert (first.kind, first.amount, first.mrp) == (fees.COMPUTED, Decimal("5000.00"), 4325)
    last = fee("non_property", "legal_entity", on=dt.date(2026, 12, 31))
    assert last.amount == Decimal("1081.25")


def test_a_year_without_a_known_mrp_says_so_and_does_not_guess():
    answer = fee("property", "individual", 1_000_000, on=dt.date(2027, 1, 1))
    assert answer.kind == fees.MRP_UNKNOWN
    assert answer.amount is None
    assert not answer.computed
    assert fees.mrp_for(dt.date(2025, 6, 1)) == 3932  # known, though the 2017 Code's rate is not


@pytest.mark.parametrize(
    ("claim", "filer", "amount"),
    [
        ("property", "individual", None),
        ("property", "individual", 0),
        ("property", "individual", -1),
        ("property", "individual", True),
        ("property", "individual", 1.5),
        ("property", "individual", "1000"),
        ("property", "individual", fees.CLAIM_AMOUNT_MAX + 1),
        ("divorce", "individual", None),
        ("property", "state_body", 1000),
        ("", "", None),
    ],
)
def test_an_answer_the_journey_cannot_give_is_refused(claim, filer, amount):
    with pytest.raises(ValueError, match=r"unknown|needs an amount"):
        fee(claim, filer, amount)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1000000", 1_000_000),
        ("1 000 000", 1_000_000),
        (" 1\u00a0500\u00a0000 ", 1_500_000),  # no-break spaces as a thousands separator
        ("0001", 1),
        ("0" * 20 + "1", 1),  # leading zeros are not digits of the amount
        ("9" * 15, fees.CLAIM_AMOUNT_MAX),
    ],
)
def test_a_claim_amount_is_read_in_whole_tenge(text, value):
    assert fees.claim_amount_parse(text) == value


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("  \n ", "empty"),
        ("-5", "not_digits"),
        ("+5", "not_digits"),
        ("0", "zero"),
        ("000", "zero"),
        ("сто", "not_digits"),
        ("abc", "not_digits"),
        ("1e6", "not_digits"),
        ("0x10", "not_digits"),
        ("1000,50", "not_digits"),  # a decimal comma
        ("1000.50", "not_digits"),
        ("1,000,000", "not_digits"),
        ("١٢٣", "not_digits"),  # Arabic-Indic digits: isdigit() says yes, we say no
        ("１２３", "not_digits"),  # full-width digits
        ("²", "not_digits"),
        ("1" * 30, "too_large"),
        ("1" * 16, "too_large"),
        ("1000000000000000", "too_large"),  # 10^15: one more than 15 nines
        ("12'; DROP TABLE petitions;--", "not_digits"),
        ("<script>1</script>", "not_digits"),
    ],
)
def test_a_hostile_claim_amount_is_refused_with_its_reason(text, reason):
    with pytest.raises(ValueError, match=f"^{reason}$"):
        fees.claim_amount_parse(text)


def test_article_668_is_encoded_whole_in_kazakh_and_russian():
    for items in (fee_exemptions.ITEMS, fee_exemptions.ITEMS_KK):
        assert sorted(items) == list(range(1, 35))
        assert all(text and text == " ".join(text.split()) for text in items.values())
        assert not [text for text in items.values() if text.endswith((";", "."))]
    # Each item's Kazakh text is its own, not a Russian one left in place.
    assert not set(fee_exemptions.ITEMS_KK.values()) & set(fee_exemptions.ITEMS.values())
    assert fee_exemptions.ITEMS[4] == "истцы – по искам о взыскании алиментов"
    assert fee_exemptions.ITEMS[16] == "органы прокуратуры – по всем искам"
    assert fee_exemptions.ITEMS_KK[16] == "прокуратура органдары – барлық талап қоюлар бойынша"
    assert fee_exemptions.APPEALS_TOO_KK.startswith("Осы баптың бірінші бөлігінде")


# Items 15 (a list, line by line), 28 (an em dash in the Kazakh) and 34 (the last, ending in ".")
# as they stand in kazakhstan-law/codes at c9696166d0fc4319a2787c8e974c4f3ee8eec652,
# 02-codes/2025/0718-nalogovyi-kodeks-respubliki-kazakhstan-212543/{kaz,rus}/sec013.md, art. 668.
SOURCE_KK: dict[int, str | tuple[str, ...]] = {
    15: (
        "15) жеке және заңды тұлғалар – сотқа мынадай:",
        "іс бойынша іс жүргiзудi тоқтату туралы сот ұйғарымының күшiн жою немесе арызды қараусыз "
        "қалдыру;",
        "шешiмді орындауды кейiнге қалдыру немесе оның мерзiмiн ұзарту;",
        "шешiмдi орындаудың тәсілі мен тәртiбiн өзгерту;",
        "талап қоюларды қамтамасыз ету немесе қамтамасыз етудiң бiр түрiн басқамен ауыстыру;",
        "жаңадан ашылған мән-жайлар бойынша соттың шешiмдерiн, ұйғарымдарын немесе қаулыларын "
        "қайта қарау;",
        "сот ұйғарымдарымен салынған айыппұлдарды қосу немесе азайту;",
        "өткiзiп алған мерзiмдердi қалпына келтiру туралы сот шешiмдерiнің орындалуын бұру;",
        "соттың сырттай шешімінің күшін жою;",
        "арнаулы білім беру ұйымдарына және ерекше режимде ұстайтын білім беру ұйымдарына "
        "орналастыру туралы арыздар;",
        "сондай-ақ мынадай:",
        "сот орындаушыларының әрекеттерiне шағымдар;",
        "соттардың айыппұлдарды қосудан немесе азайтудан бас тарту туралы ұйғарымдарына жеке "
        "шағымдар;",
        "сот ұйғарымдарына басқа да жеке шағымдар;",
        "әкiмшiлiк құқық бұзушылық туралы iстер бойынша қаулыларға шағымдар бергенi үшін;",
    ),
    28: "28) банкроттықты және оңалтуды басқарушылар — Қазақстан Республикасының оңалту және "
    "банкроттық туралы заңнамасында көзделген өз өкiлеттiктерi шегiнде банкроттық рәсімі, оңалту "
    "рәсiмi мүддесінде талап қоюды берген кезде;",
    34: "34) жеке тұлғалардың депозиттеріне міндетті кепілдік беруді жүзеге асыратын ұйым – "
    "депозиттерге міндетті кепілдік беру жүйесіне қатысушы банктен төленбеген жарналардың "
    "сомасын, сондай-ақ қосылу шарты бойынша олардың өз міндеттемелерін орындамағаны үшін "
    "тұрақсыздық айыбын өндіріп алуға байланысты даулар бойынша.",
}
SOURCE_RU: dict[int, str | tuple[str, ...]] = {
    15: (
        "15) физические и юридические лица – за подачу в суд заявлений о (об):",
        "отмене определения суда о прекращении производства по делу или оставлении заявления без "
        "рассмотрения;",
        "отсрочке или рассрочке исполнения решения;",
        "изменении способа и порядка исполнения решения;",
        "обеспечении исков или замене одного вида обеспечения другим;",
        "пересмотре решений, определений или постановлений суда по вновь открывшимся "
        "обстоятельствам;",
        "сложении или уменьшении штрафов, наложенных определениями суда;",
        "повороте исполнения решений суда о восстановлении пропущенных сроков;",
        "отмене заочного решения суда;",
        "помещении в специальные организации образования и организации образования с особым "
        "режимом содержания;",
        "а также:",
        "жалоб на действия судебных исполнителей;",
        "частных жалоб на определения судов об отказе в сложении или уменьшении штрафов;",
        "других частных жалоб на определения суда;",
        "жалоб на постановления по делам об административных правонарушениях;",
    ),
    28: "28) банкротные и реабилитационные управляющие – при подаче исков в интересах процедуры "
    "банкротства, реабилитационной процедуры в пределах своих полномочий, предусмотренных "
    "законодательством Республики Казахстан о реабилитации и банкротстве;",
    34: "34) организация, осуществляющая обязательное гарантирование депозитов физических лиц, "
    "– по спорам, связанным со взысканием с банка – участника системы обязательного гарантирования "
    "депозитов сумм неуплаченных взносов, а также неустойки за неисполнение им своих "
    "обязательств по договору присоединения.",
}


def as_encoded(item: int, source: str | tuple[str, ...]) -> str:
    """The source's item as encoded: number and closing mark off, the list's lines on one line."""
    text = " ".join(" ".join(source if isinstance(source, tuple) else (source,)).split())
    assert text.startswith(f"{item}) ")
    return text.removeprefix(f"{item}) ")[:-1]


@pytest.mark.parametrize("item", sorted(SOURCE_KK))
def test_items_read_as_the_quoted_source_in_both_languages(item):
    assert fee_exemptions.ITEMS_KK[item] == as_encoded(item, SOURCE_KK[item])
    assert fee_exemptions.ITEMS[item] == as_encoded(item, SOURCE_RU[item])


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", "талапкерлер – алименттердi өндiрiп алу туралы талап қоюлар бойынша"),
        ("ru", "истцы – по искам о взыскании алиментов"),
        # No official English text: the Russian, never a translation.
        ("en", "истцы – по искам о взыскании алиментов"),
        ("", "истцы – по искам о взыскании алиментов"),
    ],
)
def test_a_page_gets_the_official_text_of_its_language(language, expected):
    assert fee_exemptions.item_text(4, language) == expected


@pytest.mark.parametrize("item", [0, 35, -1])
def test_an_item_not_in_the_article_has_no_text(item):
    for language in ("kk", "ru", "en"):
        with pytest.raises(KeyError):
            fee_exemptions.item_text(item, language)


def test_the_fee_modules_import_no_django():
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(root)
    code = (
        "import json, sys; import petitions.state_fee, petitions.fee_exemptions; "
        "print(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    modules = json.loads(result.stdout)
    assert not [m for m in modules if m == "django" or m.startswith("django.")]
