"""Load the court directory and create the reference-number sequence (PostgreSQL only).

The courts are written out here, as they were when this migration was made, rather than read
from a module of the app: a migration must do the same on a fresh database forever, whatever later
becomes of the app's code. A change to the directory belongs in a new data migration.
"""

from django.db import migrations

# code, kind, name in kk, ru, en; the position is the ordering.
COURTS = [
    (
        "astana",
        "appellate",
        "Астана қалалық соты",
        "Астанинский городской суд",
        "Astana City Court",
    ),
    (
        "almaty-city",
        "appellate",
        "Алматы қалалық соты",
        "Алматинский городской суд",
        "Almaty City Court",
    ),
    (
        "shymkent",
        "appellate",
        "Шымкент қалалық соты",
        "Шымкентский городской суд",
        "Shymkent City Court",
    ),
    ("abai", "appellate", "Абай облыстық соты", "Суд области Абай", "Abai Regional Court"),
    (
        "akmola",
        "appellate",
        "Ақмола облыстық соты",
        "Акмолинский областной суд",
        "Akmola Regional Court",
    ),
    (
        "aktobe",
        "appellate",
        "Ақтөбе облыстық соты",
        "Актюбинский областной суд",
        "Aktobe Regional Court",
    ),
    (
        "almaty-region",
        "appellate",
        "Алматы облыстық соты",
        "Алматинский областной суд",
        "Almaty Regional Court",
    ),
    (
        "atyrau",
        "appellate",
        "Атырау облыстық соты",
        "Атырауский областной суд",
        "Atyrau Regional Court",
    ),
    (
        "east-kazakhstan",
        "appellate",
        "Шығыс Қазақстан облыстық соты",
        "Восточно-Казахстанский областной суд",
        "East Kazakhstan Regional Court",
    ),
    (
        "zhambyl",
        "appellate",
        "Жамбыл облыстық соты",
        "Жамбылский областной суд",
        "Zhambyl Regional Court",
    ),
    (
        "zhetysu",
        "appellate",
        "Жетісу облыстық соты",
        "Суд области Жетісу",
        "Zhetysu Regional Court",
    ),
    (
        "west-kazakhstan",
        "appellate",
        "Батыс Қазақстан облыстық соты",
        "Западно-Казахстанский областной суд",
        "West Kazakhstan Regional Court",
    ),
    (
        "karaganda",
        "appellate",
        "Қарағанды облыстық соты",
        "Карагандинский областной суд",
        "Karaganda Regional Court",
    ),
    (
        "kostanay",
        "appellate",
        "Қостанай облыстық соты",
        "Костанайский областной суд",
        "Kostanay Regional Court",
    ),
    (
        "kyzylorda",
        "appellate",
        "Қызылорда облыстық соты",
        "Кызылординский областной суд",
        "Kyzylorda Regional Court",
    ),
    (
        "mangystau",
        "appellate",
        "Маңғыстау облыстық соты",
        "Мангистауский областной суд",
        "Mangystau Regional Court",
    ),
    (
        "pavlodar",
        "appellate",
        "Павлодар облыстық соты",
        "Павлодарский областной суд",
        "Pavlodar Regional Court",
    ),
    (
        "north-kazakhstan",
        "appellate",
        "Солтүстік Қазақстан облыстық соты",
        "Северо-Казахстанский областной суд",
        "North Kazakhstan Regional Court",
    ),
    (
        "turkistan",
        "appellate",
        "Түркістан облыстық соты",
        "Туркестанский областной суд",
        "Turkistan Regional Court",
    ),
    ("ulytau", "appellate", "Ұлытау облыстық соты", "Суд области Ұлытау", "Ulytau Regional Court"),
    (
        "military",
        "appellate",
        "Қазақстан Республикасының Әскери соты",
        "Военный суд Республики Казахстан",
        "Military Court of the Republic of Kazakhstan",
    ),
    (
        "sc-civil",
        "supreme_collegium",
        "Жоғарғы Соттың азаматтық істер жөніндегі сот алқасы",
        "Судебная коллегия по гражданским делам Верховного Суда",
        "Judicial Collegium for Civil Cases of the Supreme Court",
    ),
    (
        "sc-criminal",
        "supreme_collegium",
        "Жоғарғы Соттың қылмыстық істер жөніндегі сот алқасы",
        "Судебная коллегия по уголовным делам Верховного Суда",
        "Judicial Collegium for Criminal Cases of the Supreme Court",
    ),
    (
        "sc-administrative",
        "supreme_collegium",
        "Жоғарғы Соттың әкімшілік істер жөніндегі сот алқасы",
        "Судебная коллегия по административным делам Верховного Суда",
        "Judicial Collegium for Administrative Cases of the Supreme Court",
    ),
    (
        "sc-specialised",
        "supreme_collegium",
        "Жоғарғы Соттың мамандандырылған сот алқасы",
        "Специализированная судебная коллегия Верховного Суда",
        "Specialised Judicial Collegium of the Supreme Court",
    ),
]


def load_courts(apps, schema_editor):
    Court = apps.get_model("petitions", "Court")
    for ordering, (code, kind, kk, ru, en) in enumerate(COURTS):
        Court.objects.update_or_create(
            code=code,
            defaults={
                "kind": kind,
                "name_kk": kk,
                "name_ru": ru,
                "name_en": en,
                "ordering": ordering,
            },
        )


def create_sequence(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE SEQUENCE IF NOT EXISTS petition_reference_seq START 1")


def drop_sequence(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP SEQUENCE IF EXISTS petition_reference_seq")


class Migration(migrations.Migration):
    dependencies = [("petitions", "0001_initial")]

    operations = [
        migrations.RunPython(load_courts, migrations.RunPython.noop),
        migrations.RunPython(create_sequence, drop_sequence),
    ]
