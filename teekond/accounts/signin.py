"""Signing in: throttled by account and by address, then a second factor where the person has one or must.

Every sign-in form (the site's and the admin's, which sends to the site's) counts failures twice: per account
(whatever address they come from) and per address (whatever account they try). Past a limit, the account or
the address is refused for the rest of the window, even with the right password, so guessing stops; a
successful sign-in forgets the account's failures, and a window is never longer than ACCOUNT_WINDOW, so the
real person waits at most that long. The counts are core.ratelimit's: atomic, keyed hashes, no address kept.

The second factor is a TOTP app (django-otp), with recovery codes (single-use, django-otp's static device). It
is required for coordinators and superusers (`core.permissions.needs_second_factor`) and optional for others.
After the password, a person with a device gives a code; a coordinator without one enrols first. Only then
is the session signed in, so no session of a coordinator is ever signed in on the password alone.
"""

import base64
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from teekond.core import ratelimit
from teekond.core.permissions import needs_second_factor

ACCOUNT_FAILURES = 10
ADDRESS_FAILURES = 30
CODE_FAILURES = 5
ACCOUNT_WINDOW = 15 * 60
RECOVERY_CODES = 10
TOTP_NAME = "authenticator app"
RECOVERY_NAME = "recovery codes"


class SignInThrottled(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _account(username: str) -> str:
    return (username or "").strip().casefold()


def _minutes() -> int:
    return ACCOUNT_WINDOW // 60


def check_allowed(*, username: str, client_address: str, step: str = "password") -> None:
    """Refuse (SignInThrottled) an account or an address that used up its failures in the window."""
    limit = CODE_FAILURES if step == "code" else ACCOUNT_FAILURES
    minutes = _minutes()
    if ratelimit.is_limited(f"signin:{step}:account", _account(username), limit):
        raise SignInThrottled(
            ngettext(
                "Too many failed sign-ins to this account. Wait %(minutes)s minute, then try again.",
                "Too many failed sign-ins to this account. Wait %(minutes)s minutes, then try again.",
                minutes,
            )
            % {"minutes": minutes}
        )
    if ratelimit.is_limited("signin:address", client_address, ADDRESS_FAILURES):
        raise SignInThrottled(
            ngettext(
                "Too many failed sign-ins from here. Wait %(minutes)s minute, then try again.",
                "Too many failed sign-ins from here. Wait %(minutes)s minutes, then try again.",
                minutes,
            )
            % {"minutes": minutes}
        )


def record_failure(*, username: str, client_address: str, step: str = "password") -> None:
    for action, who in ((f"signin:{step}:account", _account(username)), ("signin:address", client_address)):
        ratelimit.record(action, who, window_seconds=ACCOUNT_WINDOW)


def record_success(*, username: str) -> None:
    for step in ("password", "code"):
        ratelimit.forget(f"signin:{step}:account", _account(username))


# Devices


def confirmed_devices(user) -> list:
    return list(devices_for_user(user, confirmed=True))


def has_second_factor(user) -> bool:
    return any(isinstance(device, TOTPDevice) for device in confirmed_devices(user))


def must_enrol(user) -> bool:
    return needs_second_factor(user) and not has_second_factor(user)


def verify_code(user, code: str):
    """The device the code is for (a TOTP code, or a recovery code, which is then used up), or None."""
    code = "".join((code or "").split()).lower()
    if not code:
        return None
    for device in confirmed_devices(user):
        if device.verify_token(code):
            return device
    return None


@transaction.atomic
def enrolment_start(user) -> TOTPDevice:
    """An unconfirmed TOTP device to show as a QR code (the one started before, if any)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)


@transaction.atomic
def enrolment_confirm(user, code: str) -> list[str] | None:
    """Confirm the new device with a code from the app; the recovery codes, or None for a wrong code.

    A confirmed device replaces any earlier app, so a lost phone is replaced, not added to."""
    device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=False).first()
    if device is None or not device.verify_token("".join((code or "").split())):
        return None
    TOTPDevice.objects.filter(user=user, confirmed=True).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return recovery_codes_renew(user)


@transaction.atomic
def recovery_codes_renew(user) -> list[str]:
    """New single-use recovery codes; the earlier ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    codes = [secrets.token_hex(5) for _number in range(RECOVERY_CODES)]
    for code in codes:
        device.token_set.create(token=code)
    return codes


def recovery_codes_left(user) -> int:
    return sum(device.token_set.count() for device in StaticDevice.objects.filter(user=user, confirmed=True))


@transaction.atomic
def second_factor_remove(user) -> None:
    """Take the second factor away (not for those who must keep one)."""
    if needs_second_factor(user):
        raise PermissionError(_("A coordinator cannot sign in without a second factor."))
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def secret_text(device: TOTPDevice) -> str:
    """The secret as people type it into an app: base32, in groups of four."""
    text = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[start : start + 4] for start in range(0, len(text), 4))


def otpauth_url(device: TOTPDevice) -> str:
    return device.config_url


def pending_user(user_id):
    return get_user_model().objects.filter(pk=user_id, is_active=True).first()
