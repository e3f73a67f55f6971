"""Every session open when the second factor came in ends: a coordinator signed in on a password alone before
then would otherwise keep acting without one. Everyone signs in again once; from then on the sign-in itself
asks coordinators for the code (accounts.signin)."""

from django.db import migrations


def sign_everyone_out(apps, schema_editor):
    apps.get_model("sessions", "Session").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_initial"),
        ("sessions", "0001_initial"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(sign_everyone_out, migrations.RunPython.noop)]
