"""The document is named by the law it is filed under, wherever a page names it: a petition
(өтінішхат / ходатайство) to the Supreme Court before 1 July 2025, a cassation complaint
(кассациялық шағым / кассационная жалоба) from then. The task list and the confirmation page follow
the petition's regime; the home page, the calculator's intro and every page's phase banner and
footer (which describe the service), the law of today.
"""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from petitions.models import Petition

from .factories import PetitionFactory, ready_to_sign
from .factories import petition_url as url
from .journey import submit_with_demo_signer

pytestmark = pytest.mark.django_db
JUNE_2025 = dt.datetime(2025, 6, 20, 12, 0, tzinfo=ZoneInfo("Asia/Almaty"))

R1_TITLE = {
    "kk": "Кассациялық тәртіппен қайта қарау туралы өтінішхат",
    "ru": "Ходатайство о пересмотре в кассационном порядке",
    "en": "Petition for cassation review",
}
R2_TITLE = {"kk": "Кассациялық шағым", "ru": "Кассационная жалоба", "en": "Cassation complaint"}


def get(client, language, name, petition=None) -> str:
    with translation.override(language):
        path = url(name, petition) if petition else reverse(name)
    response = client.get(path)
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_task_list_is_headed_by_the_document_of_the_day(signed_in, language):
    petition = PetitionFactory(filer=signed_in.user)
    today = get(signed_in, language, "task_list", petition)
    assert f'<h1 class="cc-heading-l">{R2_TITLE[language]}</h1>' in today
    assert f"<title>{R2_TITLE[language]}" in today
    with time_machine.travel(JUNE_2025, tick=False):
        before = get(signed_in, language, "task_list", petition)
    assert f'<h1 class="cc-heading-l">{R1_TITLE[language]}</h1>' in before


@pytest.mark.parametrize(
    ("regime", "expected", "not_expected"),
    [
        (
            "cassation_courts",
            [
                "Кассациялық шағым жіберілді",
                "Кассациялық шағымыңызға қол қойылып",
                "Кассациялық шағымды PDF пішімінде жүктеп алу",
                "Біз кассациялық шағымыңызды сотқа жеткіземіз.",
            ],
            "Өтінішхат",
        ),
        (
            "supreme_court",
            [
                "Өтінішхат жіберілді",
                "Өтінішхатыңызға қол қойылып",
                "Өтінішхатты PDF пішімінде жүктеп алу",
                "Біз өтінішхатыңызды сотқа жеткіземіз.",
            ],
            "шағым",
        ),
    ],
)
@pytest.mark.usefixtures("crls")
def test_the_confirmation_names_what_was_filed(signed_in, regime, expected, not_expected):
    # A sent petition keeps the law its assessment at submission used, whatever the day now.
    petition = submit_with_demo_signer(signed_in, ready_to_sign(signed_in.user))
    Petition.objects.filter(pk=petition.pk).update(deadline={**petition.deadline, "regime": regime})
    page = get(signed_in, "kk", "confirmation", petition)
    for text in expected:
        assert text in page
    main = page[page.index("<main") : page.index("</main>")]
    assert not_expected not in main


@pytest.mark.parametrize(
    ("language", "today", "before"),
    [
        (
            "kk",
            "Азаматтық істер жөніндегі кассациялық сотқа немесе Қылмыстық істер жөніндегі "
            "кассациялық сотқа кассациялық шағым бере аласыз.",
            "Қазақстан Республикасының Жоғарғы Сотына",
        ),
        (
            "ru",
            "кассационную жалобу на вступившие в законную силу судебные акты.",
            "подать в Верховный Суд Республики Казахстан ходатайство",
        ),
        (
            "en",
            "you can file a cassation complaint against court acts",
            "file with the Supreme Court of the Republic of Kazakhstan a petition",
        ),
    ],
)
def test_the_home_page_describes_the_service_by_the_law_of_today(client, language, today, before):
    page = get(client, language, "home")
    assert today in page
    assert before not in page
    with time_machine.travel(JUNE_2025, tick=False):
        page = get(client, language, "home")
    assert before in page
    assert today not in page


def test_the_home_page_steps_and_time_limits_name_the_document(client):
    page = get(client, "ru", "home")
    assert "Кассационные суды Республики Казахстан · кассационные жалобы" in page
    assert "электронный сервис для подачи кассационных жалоб." in page
    assert "Заполните электронную форму кассационной жалобы." in page
    assert "Подпишите кассационную жалобу ЭЦП и отправьте её." in page
    assert "По гражданским делам кассационная жалоба может быть подана" in page
    assert "ходатайств" not in page
    with time_machine.travel(JUNE_2025, tick=False):
        page = get(client, "ru", "home")
    assert "Верховный Суд Республики Казахстан · кассационные ходатайства" in page
    assert "Заполните электронную форму ходатайства." in page
    assert "По гражданским делам ходатайство может быть подано" in page
    assert "жалоб" not in page


@pytest.mark.parametrize(
    ("language", "today", "before"),
    [
        ("kk", "Сот актісіне кассациялық шағыммен әлі де", "Сот актісіне кассациялық тәртіппен"),
        ("ru", "обжаловать судебный акт кассационной жалобой", "в кассационном порядке и до"),
        ("en", "contested with a cassation complaint and", "contested in cassation and until"),
    ],
)
def test_the_calculator_intro_follows_the_law_of_today(client, language, today, before):
    page = get(client, language, "petitions:calculator")
    assert today in page
    assert before not in page
    with time_machine.travel(JUNE_2025, tick=False):
        page = get(client, language, "petitions:calculator")
    assert before in page
    assert today not in page


@pytest.mark.parametrize(
    ("language", "today", "before"),
    [
        ("kk", "Сіз кассациялық шағым бере аласыз", "Сіз өтінішхат бере аласыз"),
        ("ru", "Вы можете подать кассационную жалобу", "Вы можете подать ходатайство"),
        ("en", "You can file a cassation complaint", "You can file a petition"),
    ],
)
def test_the_time_limit_page_names_the_document_of_the_filing_day(
    signed_in, language, today, before
):
    petition = ready_to_sign(signed_in.user)
    page = get(signed_in, language, "deadline", petition)
    assert today in page
    assert before not in page
    with time_machine.travel(JUNE_2025, tick=False):
        Petition.objects.filter(pk=petition.pk).update(
            in_force_on=dt.date(2025, 6, 1), act_date=dt.date(2025, 6, 1)
        )
        page = get(signed_in, language, "deadline", petition)
    assert before in page
    assert today not in page
