import pytest

pytestmark = pytest.mark.django_db

HOME_HEADINGS = {
    "kk": "Кассациялық сатыдағы сотта іс жүргізу",
    "ru": "Производство в суде кассационной инстанции",
    "en": "Proceedings in the court of cassation instance",
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_home_page_reads_in_each_language(client, language):
    response = client.get(f"/{language}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in body
    assert HOME_HEADINGS[language] in body
    for other, heading in HOME_HEADINGS.items():
        if other != language:
            assert heading not in body


def test_root_redirects_to_kazakh_by_default(client):
    assert client.get("/")["Location"] == "/kk/"


@pytest.mark.parametrize(
    ("header", "expected"),
    [("ru-RU,ru;q=0.9", "/ru/"), ("en", "/en/"), ("de-DE", "/kk/"), ("", "/kk/")],
)
def test_root_follows_accept_language(client, header, expected):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE=header)["Location"] == expected


def test_language_switcher_links_this_page_in_each_language_by_endonym(client):
    body = client.get("/kk/login/?next=/kk/cabinet/").content.decode()
    assert (
        '<span class="cc-language-switcher__current" aria-current="true" lang="kk">Қазақша' in body
    )
    assert 'href="/ru/login/?next=/kk/cabinet/" hreflang="ru" lang="ru"' in body
    assert 'href="/en/login/?next=/kk/cabinet/" hreflang="en" lang="en"' in body
    assert ">Русский</a>" in body
    assert ">English</a>" in body


def test_unknown_language_prefix_is_not_found(client):
    assert client.get("/de/").status_code == 404


def test_not_found_page_is_translated(client):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    assert "Страница не найдена" in response.content.decode()
