"""A reader's suggestion keeps the month it was sent in, not the moment: the moment goes from the record, and
its history's first row is dated by the month (issue 14)."""

import datetime as dt

from django.db import migrations, models
from django.utils import timezone


def month_from_moment(apps, schema_editor):
    for name in ("Suggestion", "HistoricalSuggestion"):
        model = apps.get_model("spikker", name)
        for row in model.objects.only("pk", "created_at"):
            month = timezone.localtime(row.created_at).date().replace(day=1)
            model.objects.filter(pk=row.pk).update(month=month)
    history = apps.get_model("spikker", "HistoricalSuggestion")
    for row in history.objects.filter(history_type="+").only("history_id", "month"):
        moment = timezone.make_aware(dt.datetime.combine(row.month, dt.time()))
        history.objects.filter(pk=row.pk).update(history_date=moment)


class Migration(migrations.Migration):
    dependencies = [("spikker", "0004_checked_by_a_person")]

    operations = [
        migrations.AddField(
            model_name="suggestion",
            name="month",
            field=models.DateField(
                default=dt.date(2000, 1, 1), help_text="The first day of the month it was sent in.", verbose_name="month"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="historicalsuggestion",
            name="month",
            field=models.DateField(
                default=dt.date(2000, 1, 1), help_text="The first day of the month it was sent in.", verbose_name="month"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(month_from_moment, migrations.RunPython.noop),
        migrations.AlterModelOptions(
            name="suggestion",
            options={"ordering": ["-month", "-pk"], "verbose_name": "suggestion", "verbose_name_plural": "suggestions"},
        ),
        migrations.RemoveField(model_name="historicalsuggestion", name="created_at"),
        migrations.RemoveField(model_name="suggestion", name="created_at"),
    ]
