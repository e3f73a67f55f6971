"""System checks for settings that would quietly weaken the page cache."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PAGE_CACHE = "teekond.core.pagecache.PageCacheMiddleware"
# Middleware that only matters while a page is being built: none of it adds headers that every answer needs.
BUILDING_ONLY = frozenset(
    [
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.locale.LocaleMiddleware",
        "teekond.core.middleware.EstonianAdminMiddleware",
        "django.middleware.common.CommonMiddleware",
        "teekond.api.middleware.OpenDataETagMiddleware",  # the open data's own ETags; cached pages carry theirs
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django_otp.middleware.OTPMiddleware",  # signed-in sessions only, which the page cache never serves
        "django.contrib.messages.middleware.MessageMiddleware",
        "teekond.accounts.middleware.SecondFactorMiddleware",  # signed-in sessions only, as above
        "simple_history.middleware.HistoryRequestMiddleware",
    ]
)


@register(Tags.security)
def middleware_after_page_cache(app_configs, **kwargs):
    """Middleware below the page cache never runs for a cached page: headers it adds would be missing there."""
    if PAGE_CACHE not in settings.MIDDLEWARE:
        return [Warning(f"{PAGE_CACHE} is not in MIDDLEWARE: every public page is built anew.", id="teekond.W001")]
    below = settings.MIDDLEWARE[settings.MIDDLEWARE.index(PAGE_CACHE) + 1 :]
    return [
        Warning(
            f"{name} comes after the page cache, so it does not run for pages served from the cache.",
            hint="Move it above teekond.core.pagecache.PageCacheMiddleware if it adds headers to every answer; "
            "otherwise add it to teekond.core.checks.BUILDING_ONLY.",
            id="teekond.W002",
        )
        for name in below
        if name not in BUILDING_ONLY
    ]
