"""Teekond's settings: one file, read from the environment, safe local defaults.

With nothing set, Teekond runs in debug mode on an SQLite file under ./data. Production switches
on with DEBUG=0, which then requires SECRET_KEY and ALLOWED_HOSTS (see README, "Configuration").
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from teekond.env import (
    SettingError,
    database_from_env,
    env_bool,
    env_choice,
    env_int,
    env_list,
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
    "teekond.spikker",
    "teekond.guide",
    "teekond.workshops",
    "teekond.reports",
    "teekond.api",
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
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "teekond.core.middleware.EstonianAdminMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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

# On disk, so that every gunicorn worker shares the rate limits and the built booklets.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": DATA_DIR / "cache",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
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
