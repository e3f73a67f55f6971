"""A stuck report keeps the month it was sent in, not the moment: the moment goes from the record, and its
history's first row is dated by the month (issue 14)."""

import datetime as dt

from django.db import migrations
from django.utils import timezone


def date_history_by_month(apps, schema_editor):
    history = apps.get_model("guide", "HistoricalStuckReport")
    for row in history.objects.filter(history_type="+").only("history_id", "month"):
        moment = timezone.make_aware(dt.datetime.combine(row.month, dt.time()))
        history.objects.filter(pk=row.pk).update(history_date=moment)


class Migration(migrations.Migration):
    dependencies = [("guide", "0001_initial")]

    operations = [
        migrations.RunPython(date_history_by_month, migrations.RunPython.noop),
        migrations.AlterModelOptions(
            name="stuckreport",
            options={
                "ordering": ["-month", "-pk"],
                "verbose_name": "stuck report",
                "verbose_name_plural": "stuck reports",
            },
        ),
        migrations.RemoveField(model_name="historicalstuckreport", name="created_at"),
        migrations.RemoveField(model_name="stuckreport", name="created_at"),
    ]
