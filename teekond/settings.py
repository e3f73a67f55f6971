"""Teekond's settings: one file, read from the environment, safe local defaults.

With nothing set, Teekond runs in debug mode on an SQLite file under ./data. Production switches
on with DEBUG=0, which then requires SECRET_KEY and ALLOWED_HOSTS (see README, "Configuration").
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _
from whitenoise.compress import Compressor

from teekond.env import (
    SettingError,
    database_from_env,
    email_from_env,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_redis_url,
    env_str,
    proxy_ssl_header,
)

PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = PACKAGE_DIR.parent
DATA_DIR = Path(env_str("TEEKOND_DATA_DIR") or BASE_DIR / "data")

DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise SettingError("SECRET_KEY must be set when DEBUG is off (a long random string, kept secret).")
    SECRET_KEY = "teekond-local-development-only-not-secret"
elif not DEBUG and len(SECRET_KEY) < 32:
    raise SettingError("SECRET_KEY is too short for production; use at least 32 random characters.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise SettingError("ALLOWED_HOSTS must list the site's host names when DEBUG is off (comma-separated).")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "teekond.core",
    "teekond.accounts",
    "teekond.network",
    "teekond.journey",
    "teekond.search",
    "teekond.terms",
    "teekond.spikker",
    "teekond.guide",
    "teekond.workshops",
    "teekond.reports",
    "teekond.api",
    "teekond.following",
    "teekond.statistics",
    "teekond.opendata",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "simple_history",
    "django_otp",  # the second factor: TOTP apps and recovery codes (accounts.second_factor)
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "ninja",  # its own copy of the API docs' scripts and styles, served like ours
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "teekond.core.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Everything above runs for every answer, pages from the page cache included: middleware that adds headers
    # to all answers (security, Content-Security-Policy) belongs there. Everything below runs only when a page
    # is built, so a cache hit reads no session and no database (README, "Performance").
    "teekond.core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "teekond.core.middleware.EstonianAdminMiddleware",
    "django.middleware.common.CommonMiddleware",
    "teekond.api.middleware.OpenDataETagMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "teekond.accounts.middleware.SecondFactorMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "teekond.urls"
WSGI_APPLICATION = "teekond.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "teekond.core.context_processors.site",
            ],
        },
    },
]

DATABASES = {"default": database_from_env(DATA_DIR / "teekond.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Rate limits, built documents and public pages: in Redis when REDIS_URL is set (every worker on every
# machine shares them), otherwise on disk under the data folder (the workers of one machine share them).
REDIS_URL = env_redis_url("REDIS_URL")
if REDIS_URL:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"teekond-{alias}",
        }
        for alias in ("default", "pages")
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": DATA_DIR / "cache",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": DATA_DIR / "cache" / "pages",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
    }
CACHES |= {
    # In each worker's memory: a live workshop board per version, read once and served to every poller.
    "boards": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "workshop-boards",
        "OPTIONS": {"MAX_ENTRIES": 200},
    },
    # In each worker's memory: who holds which workshop token (a participant never changes once joined).
    "seats": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "workshop-seats",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

# The page cache (teekond/core/pagecache.py): whole public pages for visitors without a session.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = 24 * 60 * 60  # a stored page is never served stale; this only bounds what is kept
PAGE_CACHE_WORKER_BYTES = 32 * 1024 * 1024  # pages each worker also keeps in its own memory, keyed by version
PAGE_CACHE_MAX_AGE = 60  # how long a browser or proxy may keep a public page before asking again (ETag)
# The views whose answers to anonymous GETs may be stored: public, the same for every visitor.
PAGE_CACHE_VIEWS = frozenset(
    [
        "home",
        "core:accessibility",
        "calendar_ics",
        "manifest",
        "service_worker",
        "network:partners",
        "network:municipalities",
        "network:municipality",
        "network:calendar",
        "network:event",
        "network:working_group",
        "journey:map",
        "journey:stage",
        "journey:bottleneck",
        "journey:proposal",
        "journey:state_tracker",
        "journey:municipality",
        "journey:poster",
        "journey:proposals_xlsx",
        "journey:bodies",
        "journey:body",
        "proposals_feed",
        "spikker_feed",
        "events_feed",
        "following:feed",
        "terms:glossary",
        "spikker:index",
        "spikker:search",
        "spikker:entry",
        "spikker:booklet",
        "guide:chooser",
        "guide:plan",
        "guide:plan_stuck",
        "guide:plan_pdf",
        "guide:plan_ics",
        "api-v1:spikker_search",
    ]
)
# Writes to these change no page an anonymous visitor sees, so they leave the content version alone
# (history tables are left alone too; their rows come with a write to the table they record).
PAGE_CACHE_QUIET_MODELS = frozenset(
    [
        "sessions.Session",
        "spikker.Feedback",
        "spikker.Suggestion",
        "spikker.EntryRevision",  # a change waiting for review; its approval writes the entry itself
        "guide.StuckReport",
        "journey.DueReminder",
        "core.RateCounter",
        "otp_totp.TOTPDevice",
        "otp_static.StaticDevice",
        "otp_static.StaticToken",
    ]
)
PAGE_CACHE_QUIET_APPS = frozenset(
    [
        "workshops",  # live boards: notes and votes every second, no public page
        "following",  # followers' addresses and their digests; a followed record's change bumps on its own
        "django_tasks_database",  # the mail queue
    ]
)

AUTH_USER_MODEL = "accounts.User"
# One backend: it signs people in like Django's own, and answers permissions only from the rules.
AUTHENTICATION_BACKENDS = ["teekond.core.permissions.RulesBackend"]
LOGIN_URL = "login"
OTP_TOTP_ISSUER = "Teekond"  # how authenticator apps name the account
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Languages. The UI languages and the content languages are separate settings: adding a fifth
# language means adding it to both and providing translations, not changing code.
LANGUAGE_CODE = "et"
LANGUAGES = [
    ("et", "Eesti"),
    ("en", "English"),
    ("ru", "Русский"),
    ("uk", "Українська"),
]
CONTENT_LANGUAGES = [code for code, _name in LANGUAGES]
SOURCE_LANGUAGE = "et"
FALLBACK_LANGUAGES = ["et", "en"]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Tallinn"

STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = DEBUG
# collectstatic keeps a gzip and a brotli copy of each file, made once at the highest level. Not of the API
# documentation's source maps (11 MB, read only by a developer's browser tools): they took half of its time.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]
# Only the copies with the content's hash in their names: every page names its files through {% static %}, and
# the one file read by its plain name (the service worker, served at /sw.js) is read from the source. Half the
# files to compress and to keep (collectstatic: 17 CPU-seconds to 9).
WHITENOISE_KEEP_ONLY_HASHED_FILES = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
# Behind a reverse proxy that ends TLS: the header it sets to say the request came over HTTPS, e.g.
# X-Forwarded-Proto (only when the proxy always sets or overwrites it; a client could send it too).
SECURE_PROXY_SSL_HEADER = proxy_ssl_header("SECURE_PROXY_SSL_HEADER")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0, maximum=2 * 365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Strict: scripts and styles from our own static files only, no inline code, no nonces (so a page cached
# whole stays valid); see core.middleware.ContentSecurityPolicyMiddleware and the README.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)

LOG_LEVEL = env_choice("LOG_LEVEL", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # pymorphy3 announces every dictionary it loads, and WeasyPrint and fontTools narrate every PDF
    # they lay out; none of that is news for an operator.
    "loggers": {name: {"level": "WARNING"} for name in ("pymorphy3", "weasyprint", "fontTools")},
}

FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6 behaviour: "elvl.ee" means https://elvl.ee
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

SITE_NAME = _("Teekond")

# E-mail (EMAIL_URL, see env.py) is sent by a queue kept in the database, so a message waiting for the
# mail server survives a restart: `teekond db_worker` sends it (django-tasks with django-tasks-db).
globals().update(email_from_env(DATA_DIR / "mail"))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL") or "Teekond <teekond@localhost>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Links in e-mail and feeds are made without a request, so the site's own address is a setting.
LOCAL_URL = f"http://127.0.0.1:{env_str('PORT') or 8000}"
SITE_URL = (env_str("SITE_URL") or (LOCAL_URL if DEBUG else f"https://{ALLOWED_HOSTS[0].lstrip('.')}")).rstrip("/")
# Where the daily open-data dumps are written and served from (/open-data/).
OPEN_DATA_DIR = DATA_DIR / "open-data"
