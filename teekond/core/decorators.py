from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.views.decorators.csrf import csrf_exempt


def signed_in(view):
    """Anonymous readers of a form are sent to sign in; anonymous writes are refused outright (403)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if request.method in ("GET", "HEAD"):
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def same_site_form(view):
    """CSRF protection for an anonymous form on a cached page, which cannot carry a per-visitor token.

    The view is exempt from Django's token check; instead a browser's POST sent from another site is
    refused (403): modern browsers say where a request comes from in `Sec-Fetch-Site`, and every browser
    since 2020 sends `Origin` with a POST. A request with neither comes from a program, which holds no
    visitor's cookies to abuse and could post the form itself anyway. See README, "Performance".
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD", "OPTIONS") and is_cross_site(request):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapper)


def is_cross_site(request) -> bool:
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    return origin != f"{request.scheme}://{request.get_host()}" and origin not in settings.CSRF_TRUSTED_ORIGINS
