"""`Group` was a group of notes, and it collided with Django's auth `Group`: renamed, data kept."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0005_facilitator_token_generation"),
    ]

    operations = [
        migrations.RenameModel(old_name="Group", new_name="NoteGroup"),
        migrations.RenameModel(old_name="HistoricalGroup", new_name="HistoricalNoteGroup"),
    ]
