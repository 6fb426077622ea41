"""Load the court directory and create the reference-number sequence (PostgreSQL only)."""

from django.db import migrations


def load_courts(apps, schema_editor):
    from petitions.courts_data import REGIONS, SUPREME_COURT_COLLEGIA

    Court = apps.get_model("petitions", "Court")
    rows = [(row, "appellate") for row in REGIONS] + [
        (row, "supreme_collegium") for row in SUPREME_COURT_COLLEGIA
    ]
    for ordering, ((code, kk, ru, en), kind) in enumerate(rows):
        Court.objects.update_or_create(
            code=code,
            defaults={"kind": kind, "name_kk": kk, "name_ru": ru, "name_en": en,
                      "ordering": ordering},
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
