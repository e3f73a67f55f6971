"""Organisations get an address name, so each state body has its own ledger page."""

from django.db import migrations, models
from django.utils.text import slugify

ESTONIAN_LETTERS = str.maketrans("äöüõšžÄÖÜÕŠŽ", "aouoszAOUOSZ")


def fill_slugs(apps, schema_editor):
    Organisation = apps.get_model("network", "Organisation")
    taken = set()
    for organisation in Organisation.objects.order_by("pk"):
        base = slugify(organisation.name.translate(ESTONIAN_LETTERS))[:90] or "organisation"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        organisation.slug = slug
        organisation.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="organisation",
            name="slug",
            field=models.SlugField(db_index=False, max_length=100, null=True, verbose_name="address name"),
        ),
        migrations.AddField(
            model_name="historicalorganisation",
            name="slug",
            field=models.SlugField(db_index=False, max_length=100, null=True, verbose_name="address name"),
        ),
        migrations.RunPython(fill_slugs, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="organisation",
            name="slug",
            field=models.SlugField(
                help_text="Made from the name; stays when the name changes.",
                max_length=100,
                unique=True,
                verbose_name="address name",
            ),
        ),
        migrations.AlterField(
            model_name="historicalorganisation",
            name="slug",
            field=models.SlugField(
                db_index=True,
                help_text="Made from the name; stays when the name changes.",
                max_length=100,
                verbose_name="address name",
            ),
        ),
    ]
