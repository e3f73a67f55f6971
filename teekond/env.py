"""Strict readers for settings that come from the environment.

A wrong value must stop start-up with a message that names the variable and what it accepts,
instead of surfacing later as a confusing error (or, worse, as a silently insecure default).
Every variable read here is listed in `DOCUMENTED` and described in the README; a test keeps the
two in step.
"""

import os

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}

# Every variable the settings read; tests/test_docs.py checks that the README describes each.
DOCUMENTED = (
    "DEBUG",
    "SECRET_KEY",
    "DATABASE_URL",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "TEEKOND_DATA_DIR",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "LOG_LEVEL",
    "PORT",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
    "SITE_URL",
    "REDIS_URL",
    "PAGE_CACHE",
)


class SettingError(ImproperlyConfigured):
    pass


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise SettingError(f"{name}={raw!r} is not a yes/no value; use one of 1, 0, true, false, yes, no, on, off.")


def env_int(name: str, default: int, *, minimum: int = 0, maximum: int = 65535) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingError(f"{name}={raw!r} is not a whole number.") from None
    if not minimum <= value <= maximum:
        raise SettingError(f"{name}={value} is outside {minimum}…{maximum}.")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = env_str(name, default).upper()
    if value not in choices:
        raise SettingError(f"{name}={value!r} is not one of {', '.join(choices)}.")
    return value


def env_redis_url(name: str) -> str:
    """A Redis server's address for Django's Redis cache, or "" when unset."""
    url = env_str(name)
    if url and not url.startswith(("redis://", "rediss://", "unix://")):
        raise SettingError(
            f"{name}={url!r} is not a Redis address; expected e.g. redis://127.0.0.1:6379/0 or rediss://host:6380/0."
        )
    return url
def proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """The header a TLS-ending proxy sets (`X-Forwarded-Proto`), as Django's (META name, "https") pair."""
    raw = env_str(name)
    if not raw:
        return None
    header = raw.split(":")[0].strip()
    if not header.replace("-", "").replace("_", "").isalnum():
        raise SettingError(f"{name}={raw!r} is not a header name; e.g. X-Forwarded-Proto.")
    meta = header.upper().replace("-", "_")
    return (meta if meta.startswith("HTTP_") else f"HTTP_{meta}", "https")


def database_from_env(default_sqlite_path) -> dict:
    """The database from DATABASE_URL, or the embedded SQLite file when it is unset."""
    import dj_database_url

    url = env_str("DATABASE_URL")
    if not url:
        default_sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        return _sqlite_for_workers({"ENGINE": "django.db.backends.sqlite3", "NAME": str(default_sqlite_path)})
    try:
        # No health check (a query) before every request: a live board's phones send a hundred a second.
        # A connection the server dropped fails one request and is then replaced.
        config = dj_database_url.parse(url, conn_max_age=60)
    except (ValueError, KeyError) as error:
        raise SettingError(
            f"DATABASE_URL could not be read ({error}); expected e.g. "
            "postgres://user@127.0.0.1:5432/teekond or sqlite:////path/to/file.sqlite3"
        ) from None
    if config["ENGINE"] not in ("django.db.backends.postgresql", "django.db.backends.sqlite3"):
        raise SettingError("DATABASE_URL must point at PostgreSQL (postgres://…) or SQLite (sqlite:///…).")
    if config["ENGINE"] == "django.db.backends.sqlite3":
        return _sqlite_for_workers(config)
    return config


def _sqlite_for_workers(config: dict) -> dict:
    """SQLite shared by several server workers at once.

    A write transaction takes the write lock when it begins (IMMEDIATE) and waits for it up to `timeout`
    seconds: one that only asked for it after reading would be refused at once ("database is locked")
    whenever another worker was writing. The write-ahead log lets readers go on while a write commits.
    """
    # Kept open between requests: opening a connection (and setting it up) costs more than a board poll.
    config.setdefault("CONN_MAX_AGE", 60)
    options = config.setdefault("OPTIONS", {})
    options.setdefault("transaction_mode", "IMMEDIATE")
    options.setdefault("timeout", 20)
    options.setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL")
    return config


EMAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtp+tls": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}


def email_from_env(default_file_path) -> dict:
    """Django's e-mail settings from EMAIL_URL: console:, file:///path, smtp://, smtp+tls://, smtps://.

    Unset, mail is written to the console in debug and into files under `default_file_path` otherwise,
    so nothing is lost (and nothing leaves the machine) until an operator names a real server.
    """
    from urllib.parse import unquote, urlsplit

    url = env_str("EMAIL_URL")
    if not url:
        url = "console:" if env_bool("DEBUG", True) else f"file://{default_file_path}"
    parts = urlsplit(url)
    backend = EMAIL_BACKENDS.get(parts.scheme)
    if backend is None:
        raise SettingError(f"EMAIL_URL={url!r} must start with one of {', '.join(s + ':' for s in EMAIL_BACKENDS)}")
    config = {"EMAIL_BACKEND": backend}
    if parts.scheme == "file":
        if not parts.path:
            raise SettingError("EMAIL_URL=file://… needs a folder, e.g. file:///var/lib/teekond/mail")
        config["EMAIL_FILE_PATH"] = parts.path
    if parts.scheme.startswith("smtp"):
        if not parts.hostname:
            raise SettingError(f"EMAIL_URL={url!r} names no mail server, e.g. smtp+tls://user:password@host:587")
        try:
            port = parts.port
        except ValueError:
            raise SettingError(f"EMAIL_URL={url!r} has a port that is not a number.") from None
        config.update(
            EMAIL_HOST=parts.hostname,
            EMAIL_PORT=port or {"smtps": 465, "smtp+tls": 587}.get(parts.scheme, 25),
            EMAIL_HOST_USER=unquote(parts.username or ""),
            EMAIL_HOST_PASSWORD=unquote(parts.password or ""),
            EMAIL_USE_TLS=parts.scheme == "smtp+tls",
            EMAIL_USE_SSL=parts.scheme == "smtps",
        )
    return config
