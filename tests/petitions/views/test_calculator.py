"""The public deadline calculator (/<lang>/time-limits/) through the test client.

It is the page a citizen reaches without signing in, often from a shared link, so the tests
check what a person actually reads: the last day as the page formats it, the days left, the
articles cited, the reason an act cannot be contested, and one clear message for each wrong
answer, never a server error, whatever is typed into the query string. "Today" is frozen
where the answer depends on it; the worked examples are those of the README and of
shared/reference/legal-rules.md.
"""

import datetime as dt
import re
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

ASTANA = ZoneInfo("Asia/Almaty")
NOW = dt.datetime(2026, 4, 1, 12, 0, tzinfo=ASTANA)

# README example: appellate act in force 2025-10-31, appeal decided; April has no 31st.
CIVIL_IN_TIME = {
    "procedure": "civil",
    "act_kind": "appellate",
    "in_force_on_0": "31",
    "in_force_on_1": "10",
    "in_force_on_2": "2025",
    "appeal": "decided_on_appeal",
}
# README example: conviction in force 2025-05-09 (Victory Day a year on, observed Monday 11th).
CRIMINAL_WORSENS = {
    "procedure": "criminal",
    "act_kind": "conviction",
    "in_force_on_0": "9",
    "in_force_on_1": "5",
    "in_force_on_2": "2025",
    "direction": "worsens",
}

HEADINGS = {"kk": "Мерзім калькуляторы", "ru": "Калькулятор сроков", "en": "Deadline calculator"}
FIRST_QUESTION = {
    "kk": "Бұл қандай іс?",
    "ru": "К какому виду относится дело?",
    "en": "What kind of case is it?",
}
SUBMIT = {"kk": "Мерзімді есептеу", "ru": "Рассчитать срок", "en": "Work out the time limit"}
PROBLEM_TITLE = {"kk": "Мәселе бар", "ru": "Есть проблема", "en": "There is a problem"}

REAL_DATE = "The date must be a real date, for example 27 3 2025."
CHOOSE_PROCEDURE = "Choose whether the case is civil or criminal."
CHOOSE_ACT = "Choose the court act you contest."
CHOOSE_APPEAL = "Choose what happened on appeal."
CHOOSE_DIRECTION = "Choose how the review would change the position."
OUT_OF_RANGE = "The calculator covers court acts that entered into legal force from 2000 to 2059."
XSS = '"><script>alert(1)</script>'


def calculator_url(language: str = "en") -> str:
    with translation.override(language):
        return reverse("petitions:calculator")


def calculate(client, params=None, *, language: str = "en", at: dt.datetime = NOW) -> str:
    """The page for these answers, as of ``at``; asserts it rendered (no redirect, no 500)."""
    with time_machine.travel(at, tick=False):
        response = client.get(calculator_url(language), params or {})
    assert response.status_code == 200
    return response.content.decode()


def result_heading(body: str) -> str:
    match = re.search(
        r'data-test="answer">\s*<h2 class="cc-heading-m">(.*?)</h2>', body, flags=re.S
    )
    assert match, "the page shows no answer"
    return match.group(1).strip()


def answer_panel(body: str) -> str:
    match = re.search(
        r'<div class="cc-panel cc-panel--result" data-test="answer">(.*?)</div>', body, re.S
    )
    assert match, "the page shows no answer"
    return match.group(1)


def explanation_steps(panel: str) -> list[str]:
    """The explanation's numbered steps, as text (each ends with its citations)."""
    match = re.search(r'<ol class="cc-list cc-list--number" data-test="explanation">(.*?)</ol>',
                      panel, re.S)  # fmt: skip
    assert match, "the answer has no steps"
    items = re.findall(r"<li>(.*?)</li>", match.group(1), re.S)
    return [re.sub(r"<[^>]+>", "", item).strip() for item in items]


def summary_errors(body: str) -> list[tuple[str, str]]:
    """(link target, message) of every item in the error summary."""
    match = re.search(r'<ul class="cc-error-summary__list">(.*?)</ul>', body, flags=re.S)
    assert match, "the page shows no error summary"
    return re.findall(r'<li><a href="#([^"]+)">(.*?)</a></li>', match.group(1))


def summary_messages(body: str) -> list[str]:
    return [message for _, message in summary_errors(body)]


class _FormParser(HTMLParser):
    """The attributes of the calculator form (not the header's sign-out form) and its controls."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, str | None]] = []
        self.controls: list[dict[str, str | None]] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form" and "cc-header__form" not in (attributes.get("class") or ""):
            self.forms.append(attributes)
            self._inside = True
        elif self._inside and tag in ("input", "button", "select", "textarea"):
            self.controls.append({"tag": tag, **attributes})

    def handle_endtag(self, tag):
        if tag == "form":
            self._inside = False


def parse_form(body: str) -> _FormParser:
    parser = _FormParser()
    parser.feed(body)
    assert len(parser.forms) == 1, parser.forms
    return parser


# --- the empty page ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_empty_page_shows_the_questions_in_the_page_language_without_sign_in(client, language):
    body = calculate(client, language=language)
    assert f'<html lang="{language}">' in body
    assert f'<h1 class="cc-heading-l">{HEADINGS[language]}</h1>' in body
    assert FIRST_QUESTION[language] in body
    assert SUBMIT[language] in body
    for other in {"kk", "ru", "en"} - {language}:
        assert f'<h1 class="cc-heading-l">{HEADINGS[other]}</h1>' not in body
        assert FIRST_QUESTION[other] not in body
    # Nothing answered yet: neither an answer nor errors.
    assert 'data-test="answer"' not in body
    assert "cc-error-summary" not in body
    assert "cc-error-message" not in body


def test_page_path_is_time_limits_under_the_language_prefix():
    assert calculator_url("kk") == "/kk/time-limits/"
    assert calculator_url("ru") == "/ru/time-limits/"


def test_calculator_refuses_post(client):
    response = client.post(calculator_url(), CIVIL_IN_TIME)
    assert response.status_code == 405
    assert response["Allow"] == "GET"


def test_form_is_a_plain_get_form_that_works_without_javascript(client):
    body = calculate(client)
    form = parse_form(body)
    attributes = form.forms[0]
    assert attributes["method"] == "get"
    # Without an action a GET form submits to this very page; any explicit one must be this page.
    assert attributes.get("action") in (None, "", calculator_url())
    names = {c["name"] for c in form.controls if c["tag"] == "input"}
    assert names == {
        "procedure",
        "act_kind",
        "in_force_on_0",
        "in_force_on_1",
        "in_force_on_2",
        "appeal",
        "art438_part6",
        "direction",
        "civil_exclusion",
        "criminal_exclusion",
    }
    radios = {}
    for control in form.controls:
        if control.get("type") == "radio":
            radios.setdefault(control["name"], set()).add(control["value"])
    assert radios["procedure"] == {"civil", "criminal"}
    assert {"appellate", "conviction"} <= radios["act_kind"]
    assert "decided_on_appeal" in radios["appeal"]
    assert radios["direction"] == {"improves", "worsens"}
    assert "chapters 12 and 21-1 of the Civil Procedure Code" in body  # CPC 434.2.1
    assert radios["civil_exclusion"] == {
        "none",
        "simplified_procedure",
        "settlement",
        "small_property_claim",
    }
    assert radios["criminal_exclusion"] == {
        "none",
        "not_reviewed_on_appeal",
        "misdemeanour_or_minor_crime",
    }
    assert any(c["tag"] == "button" and c.get("type") == "submit" for c in form.controls)
    # What the browser would send from those very controls gives an answer.
    submitted = {
        "procedure": "civil",
        "act_kind": "appellate",
        "in_force_on_0": "31",
        "in_force_on_1": "10",
        "in_force_on_2": "2025",
        "appeal": "decided_on_appeal",
    }
    assert set(submitted) <= names
    assert "30 April 2026" in result_heading(calculate(client, submitted))


def test_answers_stay_selected_on_the_result_page(client):
    body = calculate(client, CIVIL_IN_TIME)
    assert re.search(r'name="procedure" id="[^"]+" value="civil" checked', body)
    assert re.search(r'name="act_kind" id="[^"]+" value="appellate" checked', body)
    assert re.search(r'name="appeal" id="[^"]+" value="decided_on_appeal" checked', body)
    assert 'name="in_force_on_0" value="31"' in body
    assert 'name="in_force_on_2" value="2025"' in body
    assert not re.search(r'value="criminal" checked', body)


# --- answers -----------------------------------------------------------------------------------


def test_civil_appellate_act_in_time_shows_the_last_day_days_left_and_articles(client):
    body = calculate(client, CIVIL_IN_TIME)
    assert result_heading(body) == "The last day to file is 30 April 2026: 29 days left."
    assert "Legal basis: CPC article 434 part 1, CPC article 436 part 1" in answer_panel(body)
    assert "within six months" in answer_panel(body)
    # The engine's plain text is escaped like any other text on the page.
    assert "Date of the court act&#x27;s entry into legal force: 31 October 2025." in body
    assert "cc-error-summary" not in body
    # The explanation as numbered steps, each with its citations, in the order a citizen scans.
    steps = explanation_steps(answer_panel(body))
    assert len(steps) >= 5
    assert all(re.search(r"\([^()]*(CPC|Law No\.)[^()]*\)$", step) for step in steps), steps
    assert steps[1].startswith("Under article 434 part 1")
    assert steps[1].endswith("(CPC article 434 part 1)")
    assert "within six months" in steps[2]
    assert steps[2].endswith(
        "(CPC article 436 part 1, CPC article 126 part 2, CPC article 126 part 5)"
    )
    assert any("24:00 Astana time" in step for step in steps[3:])
    assert any(step.startswith("This calculation does not check") for step in steps[3:])


@pytest.mark.parametrize(
    ("language", "heading_part", "explanation_part", "citation"),
    [
        (
            "ru",
            "30 апреля 2026 г.: осталось 29 дней",
            "Гражданского процессуального кодекса",
            "ч. 1 ст. 436 ГПК",
        ),
        ("kk", "30.04.2026", "2026 жылғы 30 сәуір", "АПК 436-бабының 1-бөлігі"),
    ],
)
def test_a_shared_link_gives_the_same_answer_in_the_readers_language(
    client, language, heading_part, explanation_part, citation
):
    body = calculate(client, CIVIL_IN_TIME, language=language)
    assert heading_part in result_heading(body)
    panel = answer_panel(body)
    assert explanation_part in panel
    assert "Civil Procedure Code" not in panel  # not the English explanation
    assert citation in panel  # the legal basis as the reader's language writes it
    assert "CPC" not in panel


def test_one_day_left_is_said_in_the_singular(client):
    body = calculate(client, CIVIL_IN_TIME, at=dt.datetime(2026, 4, 29, 9, 0, tzinfo=ASTANA))
    assert result_heading(body) == "The last day to file is 30 April 2026: 1 day left."


def test_the_last_day_itself_is_still_in_time(client):
    body = calculate(client, CIVIL_IN_TIME, at=dt.datetime(2026, 4, 30, 23, 30, tzinfo=ASTANA))
    assert result_heading(body) == "The last day to file is 30 April 2026: 0 days left."


def test_today_is_the_astana_date_not_the_utc_date(client):
    # 19:30 UTC on 30 April is 00:30 on 1 May in Astana: the term has ended there.
    late = dt.datetime(2026, 4, 30, 19, 30, tzinfo=dt.UTC)
    assert result_heading(calculate(client, CIVIL_IN_TIME, at=late)) == (
        "The time limit ended on 30 April 2026."
    )


def test_late_civil_case_says_the_term_ended_and_that_it_may_be_restored(client):
    late = {**CIVIL_IN_TIME, "in_force_on_2": "2024"}
    body = calculate(client, late)
    assert result_heading(body) == "The time limit ended on 30 April 2025."
    panel = answer_panel(body)
    assert "the term expired 336 days ago" in panel
    assert "A term missed for valid reasons may be restored by the court" in panel
    assert "days left" not in body


def test_criminal_review_that_improves_the_position_has_no_time_limit(client):
    body = calculate(client, {**CRIMINAL_WORSENS, "direction": "improves"})
    # Today (after 1 July 2025) the document is a cassation complaint.
    assert result_heading(body) == "There is no time limit for this cassation complaint."
    panel = answer_panel(body)
    assert "Legal basis: CrPC article 487 part 1" in panel
    assert "is not limited in time" in panel
    assert "The last day to file" not in body


def test_criminal_review_that_worsens_has_one_year_that_cannot_be_restored(client):
    body = calculate(client, CRIMINAL_WORSENS, at=dt.datetime(2026, 5, 1, 12, 0, tzinfo=ASTANA))
    # 9 May 2026 is a Saturday and Victory Day; Monday 11th is its observed day off.
    assert result_heading(body) == "The last day to file is 12 May 2026: 11 days left."
    panel = answer_panel(body)
    assert "Legal basis: CrPC article 487 part 2" in panel
    assert "within one year" in panel
    assert "a missed term cannot be restored" in panel
    assert "may be restored by the court" not in panel


def test_late_criminal_review_that_worsens_says_it_cannot_be_restored(client):
    body = calculate(client, {**CRIMINAL_WORSENS, "in_force_on_2": "2024"})
    assert result_heading(body) == "The time limit ended on 12 May 2025."
    assert "a missed term cannot be restored" in answer_panel(body)


def test_acquittal_can_be_reviewed_within_one_year(client):
    acquittal = {**CRIMINAL_WORSENS, "act_kind": "acquittal", "in_force_on_2": "2025"}
    body = calculate(client, acquittal)
    assert result_heading(body) == "The last day to file is 12 May 2026: 41 days left."
    assert "review of an acquittal is allowed only within one year" in answer_panel(body)


def test_civil_first_instance_act_not_appealed_cannot_be_contested_and_says_why(client):
    body = calculate(
        client,
        {**CIVIL_IN_TIME, "act_kind": "first_instance", "appeal": "not_appealed"},
    )
    assert result_heading(body) == "This act cannot be contested in cassation now"
    panel = answer_panel(body)
    assert "The act was not challenged on appeal" in panel
    assert "first ask the court of first instance to restore the appeal term" in panel
    assert "Legal basis: CPC article 434 part 1, CPC article 436 part 2" in panel
    assert "The last day to file" not in body


def test_supreme_court_collegium_act_needs_no_answer_about_the_appeal(client):
    collegium = {**CIVIL_IN_TIME, "act_kind": "supreme_court_collegium", "in_force_on_0": "1"}
    collegium["in_force_on_1"], collegium["in_force_on_2"] = "1", "2026"
    del collegium["appeal"]
    body = calculate(client, collegium)
    assert result_heading(body) == "The last day to file is 1 July 2026: 91 days left."
    assert "specialised judicial collegium" in answer_panel(body)
    assert "cc-error-summary" not in body


def test_exceptional_grounds_of_article_438_part_6_have_no_time_limit_before_the_reform(
    client, settings
):
    # CPC 436.3 in the Supreme Court's regime (the law of filings before 1 July 2025), pinned.
    settings.DEADLINES_REGIME = "supreme_court"
    body = calculate(client, {**CIVIL_IN_TIME, "art438_part6": "on"})
    # Not the person's own filing: the Chairman's submission or a protest brings it.
    assert result_heading(body) == (
        "The code sets no time limit for this review. It is brought by a protest or a "
        "submission, which you may ask for by a petition."
    )
    assert "CPC article 436 part 3, CPC article 438 part 6" in answer_panel(body)


def test_exceptional_grounds_in_2026_are_a_prosecutors_protest_with_no_term(client):
    # By the law of 1 April 2026 (CPC 434.3, 435.2, 436.3 of 01.07.2026): only a prosecutor's
    # protest brings the review, the person's petition asks for one, and no term applies.
    body = calculate(client, {**CIVIL_IN_TIME, "art438_part6": "on"})
    panel = answer_panel(body)
    assert "The last day to file" not in body
    # Never "no time limit for this cassation complaint": the person files no complaint.
    assert result_heading(body) == (
        "The code sets no time limit for this review. It is brought by a protest or a "
        "submission, which you may ask for by a petition."
    )
    assert "brought only by a protest of the Prosecutor General" in panel
    assert "a petition asking one of them to bring a protest" in panel
    assert "CPC article 434 part 3, CPC article 435 part 2, CPC article 436 part 3" in panel


def test_the_answer_follows_the_law_of_the_day_unless_the_site_pins_a_regime(client, settings):
    panel = answer_panel(calculate(client, CIVIL_IN_TIME))  # 1 April 2026: the cassation courts
    assert "Legal basis: CPC article 434 part 1, CPC article 436 part 1, Law No. 136-VIII" in panel
    assert "filing a cassation complaint with the cassation courts" in panel
    assert "the law in force today (1 April 2026) applies" in panel
    before = dt.datetime(2025, 6, 20, 12, 0, tzinfo=ASTANA)  # the Supreme Court's regime
    panel = answer_panel(calculate(client, CRIMINAL_WORSENS, at=before))
    assert "Law No. 136-VIII" not in panel
    assert "filing a petition for cassation review with the Supreme Court" in panel
    settings.DEADLINES_REGIME = "supreme_court"  # pinned (training): every day by that law
    panel = answer_panel(calculate(client, CIVIL_IN_TIME))
    assert "Legal basis: CPC article 434 part 1, CPC article 436 part 1</p>" in panel
    assert "the Supreme Court procedure chosen in the site settings" in panel
    # Only the note that cassation has moved cites the reform's law.
    superseded = explanation_steps(panel)[-1]
    assert "site settings" in superseded
    assert superseded.endswith("(Law No. 136-VIII)")


@pytest.mark.parametrize(("day", "month", "year"), [("31", "12", "1999"), ("1", "1", "0001")])
def test_a_real_date_outside_the_engines_calendar_is_explained_not_calculated(
    client, day, month, year
):
    body = calculate(
        client,
        {**CIVIL_IN_TIME, "in_force_on_0": day, "in_force_on_1": month, "in_force_on_2": year},
    )
    assert OUT_OF_RANGE in body
    assert 'data-test="answer"' not in body
    assert "cc-error-summary" not in body


NOT_YET_IN_FORCE = (
    "A petition can be filed only against an act already in legal force. "
    "The date it entered into force must be today or in the past."
)


@pytest.mark.parametrize(
    ("day", "month", "year"),
    # Tomorrow, a year on (it answered "363 days left"), and far beyond the engine's calendar.
    [("2", "4", "2026"), ("30", "3", "2027"), ("1", "1", "2060"), ("1", "1", "9999")],
)
def test_an_act_not_yet_in_force_is_refused_with_a_clear_message(client, day, month, year):
    body = calculate(
        client,
        {**CIVIL_IN_TIME, "in_force_on_0": day, "in_force_on_1": month, "in_force_on_2": year},
    )
    assert _refused(body) == [NOT_YET_IN_FORCE]
    assert OUT_OF_RANGE not in body


def test_an_act_in_force_today_is_calculated(client):
    today = {**CIVIL_IN_TIME, "in_force_on_0": "1", "in_force_on_1": "4", "in_force_on_2": "2026"}
    body = calculate(client, today)
    assert 'data-test="answer"' in body
    assert "cc-error-summary" not in body


def test_the_first_day_of_the_engines_calendar_is_calculated(client):
    first = {**CIVIL_IN_TIME, "in_force_on_0": "1", "in_force_on_1": "1", "in_force_on_2": "2000"}
    body = calculate(client, first)
    assert result_heading(body) == "The time limit ended on 3 July 2000."
    assert OUT_OF_RANGE not in body


# --- wrong and hostile answers -----------------------------------------------------------------


def _refused(body: str) -> list[str]:
    """The page showed errors and no answer; returns the summary's messages."""
    assert 'data-test="answer"' not in body
    assert "<title>Error:" in body
    assert '<h2 class="cc-error-summary__title" id="error-summary-title">There is a problem' in body
    return summary_messages(body)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_error_summary_is_in_the_page_language(client, language):
    body = calculate(client, {"procedure": "civil"}, language=language)
    assert PROBLEM_TITLE[language] in body
    assert PROBLEM_TITLE["en"] not in body


def test_missing_procedure_is_asked_for(client):
    params = dict(CIVIL_IN_TIME)
    del params["procedure"]
    assert _refused(calculate(client, params)) == [CHOOSE_PROCEDURE]


def test_answers_with_only_the_date_ask_for_every_choice(client):
    messages = _refused(
        calculate(client, {k: v for k, v in CIVIL_IN_TIME.items() if "in_force" in k})
    )
    assert messages == [CHOOSE_PROCEDURE, CHOOSE_ACT]


def test_error_summary_links_go_to_controls_on_the_page(client):
    body = calculate(client, {"procedure": "civil", "in_force_on_0": "31", "in_force_on_1": "2"})
    targets = [target for target, _ in summary_errors(body)]
    assert targets == ["id_act_kind_0", "id_in_force_on_0", "id_appeal_0"]
    for target in targets:
        assert f'id="{target}"' in body


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("procedure", "administrative", CHOOSE_PROCEDURE),
        ("act_kind", "judgement", CHOOSE_ACT),
        ("appeal", "maybe", CHOOSE_APPEAL),
        ("procedure", "", CHOOSE_PROCEDURE),
    ],
)
def test_unknown_choice_values_in_civil_answers_are_refused(client, field, value, message):
    messages = _refused(calculate(client, {**CIVIL_IN_TIME, field: value}))
    assert message in messages


def test_unknown_direction_is_refused(client):
    messages = _refused(calculate(client, {**CRIMINAL_WORSENS, "direction": "sideways"}))
    assert CHOOSE_DIRECTION in messages


@pytest.mark.parametrize(
    ("params", "message"),
    [
        pytest.param({**CIVIL_IN_TIME, "procedure": "x"}, CHOOSE_PROCEDURE, id="procedure"),
        pytest.param({**CIVIL_IN_TIME, "act_kind": "x"}, CHOOSE_ACT, id="act_kind"),
        pytest.param(
            {**CIVIL_IN_TIME, "appeal": "x"},
            CHOOSE_APPEAL,
            id="appeal",
        ),
        pytest.param(
            {**CRIMINAL_WORSENS, "direction": "x"},
            CHOOSE_DIRECTION,
            id="direction",
        ),
    ],
)
def test_an_unknown_choice_is_reported_once(client, params, message):
    body = calculate(client, params)
    assert summary_messages(body).count(message) == 1
    assert body.count(f"</span> {message}</p>") == 1  # the inline message by the question


def test_impossible_date_is_refused_and_kept_for_correction(client):
    body = calculate(client, {**CIVIL_IN_TIME, "in_force_on_0": "31", "in_force_on_1": "2"})
    assert _refused(body) == [REAL_DATE]
    assert 'name="in_force_on_0" value="31"' in body
    assert 'aria-invalid="true"' in body


@pytest.mark.parametrize(
    ("day", "month", "year"),
    [
        ("a", "b", "c"),
        ("1.5", "2", "2025"),
        ("-1", "2", "2025"),
        ("²", "1", "2026"),
        ("0", "0", "2025"),
        ("1", "13", "2025"),
    ],
)
def test_date_parts_that_are_not_numbers_of_a_real_date_are_refused(client, day, month, year):
    params = {**CIVIL_IN_TIME, "in_force_on_0": day, "in_force_on_1": month, "in_force_on_2": year}
    assert _refused(calculate(client, params)) == [REAL_DATE]


@pytest.mark.parametrize("year", ["20255", "25", "999999999"])
def test_a_year_without_four_digits_is_refused(client, year):
    params = {**CIVIL_IN_TIME, "in_force_on_2": year}
    assert _refused(calculate(client, params)) == ["The year must have 4 digits, for example 2025."]


@pytest.mark.parametrize("part", ["in_force_on_0", "in_force_on_1"])
def test_an_absurdly_long_day_number_is_refused_not_a_server_error(client, part):
    params = {**CIVIL_IN_TIME, part: "9" * 20}
    assert _refused(calculate(client, params)) == [REAL_DATE]


def test_incomplete_or_missing_date_is_asked_for(client):
    partial = {**CIVIL_IN_TIME, "in_force_on_0": ""}
    assert _refused(calculate(client, partial)) == [
        "The date must include a day, a month and a year."
    ]
    missing = {k: v for k, v in CIVIL_IN_TIME.items() if "in_force" not in k}
    assert _refused(calculate(client, missing)) == [
        "Enter the date the act entered into legal force."
    ]


def test_civil_case_without_the_appeal_answer_asks_for_it(client):
    params = dict(CIVIL_IN_TIME)
    del params["appeal"]
    body = calculate(client, params)
    assert _refused(body) == [CHOOSE_APPEAL]
    assert ("id_appeal_0", CHOOSE_APPEAL) in summary_errors(body)


def test_appellate_act_that_was_not_appealed_is_a_contradiction(client):
    messages = _refused(calculate(client, {**CIVIL_IN_TIME, "appeal": "not_appealed"}))
    assert messages == [
        "An act of the court of appeal was itself made on appeal. "
        "Choose another answer or go back and change the contested act."
    ]


def test_criminal_case_without_direction_asks_for_it(client):
    params = dict(CRIMINAL_WORSENS)
    del params["direction"]
    assert _refused(calculate(client, params)) == [CHOOSE_DIRECTION]


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({**CIVIL_IN_TIME, "act_kind": "conviction"}, id="civil-conviction"),
        pytest.param({**CRIMINAL_WORSENS, "act_kind": "appellate"}, id="criminal-appellate"),
        pytest.param(
            {**CIVIL_IN_TIME, "procedure": "criminal", "direction": "improves"},
            id="criminal-appellate-with-civil-extras",
        ),
    ],
)
def test_an_act_from_the_other_kind_of_case_is_refused(client, params):
    messages = _refused(calculate(client, params))
    assert messages[0] == (
        "This act does not exist in this kind of case. Choose another act or another kind of case."
    )


def test_answers_that_belong_to_the_other_kind_of_case_are_ignored(client):
    # A criminal answer left over from switching the kind of case must not break the civil one.
    body = calculate(client, {**CIVIL_IN_TIME, "direction": "worsens"})
    assert result_heading(body) == "The last day to file is 30 April 2026: 29 days left."
    body = calculate(client, {**CRIMINAL_WORSENS, "appeal": "not_appealed", "art438_part6": "on"})
    assert "Legal basis: CrPC article 487 part 2" in answer_panel(body)


def test_script_in_the_query_string_is_escaped_and_refused(client):
    params = {
        "procedure": XSS,
        "act_kind": XSS,
        "in_force_on_0": XSS,
        "in_force_on_1": "2",
        "in_force_on_2": XSS,
        "appeal": XSS,
        "direction": XSS,
        "art438_part6": XSS,
        XSS: XSS,
    }
    body = calculate(client, params)
    assert XSS not in body
    assert "<script>alert" not in body
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in body
    messages = _refused(body)
    assert messages[:3] == [CHOOSE_PROCEDURE, CHOOSE_ACT, REAL_DATE]


def test_script_in_a_date_part_of_an_otherwise_complete_case_is_escaped(client):
    body = calculate(client, {**CRIMINAL_WORSENS, "in_force_on_1": "<img src=x onerror=alert(1)>"})
    assert "<img src=x" not in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert _refused(body) == [REAL_DATE]


def test_an_unrelated_query_shows_the_empty_form_not_errors(client):
    body = client.get("/en/time-limits/?utm_source=newsletter").content.decode()
    assert "cc-error-summary" not in body
    assert 'name="procedure"' in body


# --- The kinds of case the codes exclude (CPC 434.2, CrPC 484): optional questions -------------


@pytest.mark.parametrize(
    ("params", "cited"),
    [
        ({**CIVIL_IN_TIME, "civil_exclusion": "settlement"}, "CPC article 434 part 2"),
        (
            {**CRIMINAL_WORSENS, "criminal_exclusion": "misdemeanour_or_minor_crime"},
            "CrPC article 484 part 2",
        ),
        (
            {**CRIMINAL_WORSENS, "criminal_exclusion": "not_reviewed_on_appeal"},
            "CrPC article 484 part 1",
        ),
    ],
)
def test_an_excluded_case_cannot_be_contested_and_cites_the_provision(client, params, cited):
    body = calculate(client, params)
    assert result_heading(body) == "This act cannot be contested in cassation now"
    assert f"Legal basis: {cited}" in answer_panel(body)
    assert "The last day to file" not in body


def test_none_of_these_gives_the_term_and_unanswered_says_it_was_not_checked(client):
    answered = answer_panel(calculate(client, {**CIVIL_IN_TIME, "civil_exclusion": "none"}))
    unanswered = answer_panel(calculate(client, CIVIL_IN_TIME))
    assert "relies on your answer about article 434 part 2" in answered
    assert "does not check the exclusions of article 434 part 2" in unanswered
    # The other procedure's exclusion question is ignored, as the appeal is in a criminal case.
    ignored = calculate(
        client, {**CIVIL_IN_TIME, "criminal_exclusion": "misdemeanour_or_minor_crime"}
    )
    assert "does not check the exclusions" in answer_panel(ignored)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {**CIVIL_IN_TIME, "civil_exclusion": "misdemeanour_or_minor_crime"},
            "Choose how the case was heard or ended, or choose None of these.",
        ),
        (
            {**CRIMINAL_WORSENS, "criminal_exclusion": XSS},
            "Choose whether one of these applies, or choose None of these.",
        ),
    ],
)
def test_a_wrong_exclusion_answer_is_refused_once(client, params, message):
    body = calculate(client, params)
    assert summary_messages(body).count(message) == 1
    assert "<script>alert(1)</script>" not in body
