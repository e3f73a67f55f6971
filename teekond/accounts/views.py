"""Signing in (password, then the second factor) and the page where a person manages their second factor.

Between the password and the code, the person is "pending" in the session (their id, the backend that
checked the password, where to go next); they are signed in only once the code is right, or, for a coordinator
without an app yet, once they have enrolled one. See accounts.signin.
"""

import io

import segno
from django.conf import settings
from django.contrib import auth, messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from teekond.accounts import signin
from teekond.accounts.forms import CodeForm, EnrolForm, SignInForm
from teekond.core.permissions import needs_second_factor

PENDING = "signin:pending"
TOO_MANY = 429


def _client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _next(request) -> str:
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return wanted if safe and wanted else resolve_url(settings.LOGIN_REDIRECT_URL)


@sensitive_post_parameters("password")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def sign_in(request):
    form = SignInForm(request, data=request.POST or None)
    context = {"form": form, "next": _next(request) if request.method == "POST" else request.GET.get("next", "")}
    if request.method != "POST":
        return render(request, "registration/login.html", context)
    username = request.POST.get("username", "")
    try:
        signin.check_allowed(username=username, client_address=_client_address(request))
    except signin.SignInThrottled as throttled:
        return render(request, "registration/login.html", {**context, "throttled": throttled.message}, status=TOO_MANY)
    if not form.is_valid():
        signin.record_failure(username=username, client_address=_client_address(request))
        return render(request, "registration/login.html", context)
    user = form.get_user()
    signin.record_success(username=username)
    if signin.has_second_factor(user) or signin.must_enrol(user):
        request.session[PENDING] = {"user": user.pk, "backend": user.backend, "next": _next(request)}
        return redirect("accounts:second_factor" if signin.must_enrol(user) else "accounts:code")
    auth.login(request, user)
    return HttpResponseRedirect(_next(request))


def _pending(request):
    pending = request.session.get(PENDING)
    user = signin.pending_user(pending["user"]) if pending else None
    if user is not None:
        user.backend = pending["backend"]
    return user, (pending or {}).get("next", "/")


def _finish(request, user, device, next_url: str):
    request.session.pop(PENDING, None)
    auth.login(request, user, backend=user.backend)
    otp_login(request, device)
    signin.record_success(username=user.get_username())
    return HttpResponseRedirect(next_url)


@sensitive_post_parameters("code")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def sign_in_code(request):
    user, next_url = _pending(request)
    if user is None or not signin.has_second_factor(user):
        return redirect("login")
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        username = user.get_username()
        try:
            signin.check_allowed(username=username, client_address=_client_address(request), step="code")
        except signin.SignInThrottled as throttled:
            form.add_error("code", throttled.message)
            return render(request, "accounts/code.html", {"form": form}, status=TOO_MANY)
        device = signin.verify_code(user, form.cleaned_data["code"])
        if device is not None:
            if isinstance(device, StaticDevice):
                left = signin.recovery_codes_left(user)
                messages.warning(request, _recovery_left(left))
            return _finish(request, user, device, next_url)
        signin.record_failure(username=username, client_address=_client_address(request), step="code")
        form.add_error("code", _("That code is not right, or it was used already. Try the code the app shows now."))
        status = 400
    return render(request, "accounts/code.html", {"form": form}, status=status)


def _recovery_left(left: int) -> str:
    return ngettext(
        "You signed in with a recovery code; %(count)s is left. Make new ones on your second-factor page.",
        "You signed in with a recovery code; %(count)s are left. Make new ones on your second-factor page.",
        left,
    ) % {"count": left}


def _qr_svg(text: str) -> str:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(
        buffer, kind="svg", xmldecl=False, svgns=True, omitsize=True, border=2, svgclass="qr-code", lineclass=None
    )
    return mark_safe(buffer.getvalue().decode())  # segno's own markup, holding nothing the user typed


@sensitive_post_parameters("code")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def second_factor(request):
    """Enrol an authenticator app (required for coordinators, before they are signed in), see how many recovery
    codes are left, make new ones, or take the second factor away (not for coordinators)."""
    pending, next_url = _pending(request)
    user = request.user if request.user.is_authenticated else pending
    if user is None:
        return redirect("login")
    action = request.POST.get("action", "")
    if action == "recovery" and request.user.is_authenticated and request.user.is_verified():
        codes = signin.recovery_codes_renew(user)
        return render(request, "accounts/recovery_codes.html", {"codes": codes, "next": ""})
    if action == "remove" and request.user.is_authenticated and not needs_second_factor(user):
        signin.second_factor_remove(user)
        messages.success(request, _("Your second factor was removed: you sign in with your password only."))
        return redirect("accounts:second_factor")
    if signin.has_second_factor(user):
        context = {"enrolled": True, "left": signin.recovery_codes_left(user), "required": needs_second_factor(user)}
        return render(request, "accounts/second_factor.html", context)
    return _enrol(request, user, pending is not None and not request.user.is_authenticated, next_url)


def _enrol(request, user, signing_in: bool, next_url: str):
    device = signin.enrolment_start(user)
    form = EnrolForm(request.POST or None) if request.POST.get("action") == "confirm" else EnrolForm()
    status = 200
    if form.is_bound and form.is_valid():
        codes = signin.enrolment_confirm(user, form.cleaned_data["code"])
        if codes is not None:
            if signing_in:
                confirmed = signin.confirmed_devices(user)[0]
                _finish(request, user, confirmed, next_url)
            elif request.user.is_authenticated:
                otp_login(request, signin.confirmed_devices(user)[0])
            return render(request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url})
        form.add_error("code", _("That code is not right. Check the time on your phone and type the code shown now."))
        status = 400
    context = {
        "enrolled": False,
        "form": form,
        "qr_svg": _qr_svg(signin.otpauth_url(device)),
        "secret": signin.secret_text(device),
        "required": needs_second_factor(user),
        "signing_in": signing_in,
    }
    return render(request, "accounts/second_factor.html", context, status=status)
