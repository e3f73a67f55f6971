"""Settings come from the environment; a bad value stops start-up with a message naming it."""

import os
import subprocess
import sys

import pytest

from teekond.env import SettingError, database_from_env, env_bool, env_int, env_list


def start(**environment) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-m", "teekond.cli", "check"], env=env, capture_output=True, text=True, timeout=60
    )


def test_strict_readers(monkeypatch):
    monkeypatch.setenv("X_FLAG", "yes")
    assert env_bool("X_FLAG", False) is True
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(SettingError, match="X_FLAG='maybe' is not a yes/no value"):
        env_bool("X_FLAG", False)
    monkeypatch.setenv("X_PORT", "eighty")
    with pytest.raises(SettingError, match="not a whole number"):
        env_int("X_PORT", 8000)
    monkeypatch.setenv("X_HOSTS", " a.ee, b.ee ,")
    assert env_list("X_HOSTS", []) == ["a.ee", "b.ee"]


def test_defaults_start_without_any_configuration():
    result = start()
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "environment, message",
    [
        ({"DEBUG": "0"}, "SECRET_KEY must be set when DEBUG is off"),
        ({"DEBUG": "0", "SECRET_KEY": "short"}, "SECRET_KEY is too short"),
        ({"DEBUG": "0", "SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS must list"),
        ({"DEBUG": "perhaps"}, "DEBUG='perhaps' is not a yes/no value"),
        ({"DATABASE_URL": "mysql://root@localhost/teekond"}, "DATABASE_URL must point at PostgreSQL"),
        ({"DATABASE_URL": "nonsense"}, "DATABASE_URL could not be read"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL='LOUD' is not one of"),
        ({"REDIS_URL": "localhost:6379"}, "REDIS_URL='localhost:6379' is not a Redis address"),
        ({"PAGE_CACHE": "sometimes"}, "PAGE_CACHE='sometimes' is not a yes/no value"),
    ],
)
def test_bad_values_stop_start_up_with_a_clear_message(environment, message):
    result = start(**environment)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_settings_start_when_complete():
    result = start(DEBUG="0", SECRET_KEY="k" * 50, ALLOWED_HOSTS="teekond.elvl.ee")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("url", ["", "sqlite:////tmp/teekond-elsewhere.sqlite3"])
def test_sqlite_is_set_up_for_several_server_workers(monkeypatch, tmp_path, url):
    """Writers take the lock when they begin and wait for it (no "database is locked" when two workers
    write at once), readers go on during a write (write-ahead log), connections stay open between requests."""
    monkeypatch.setenv("DATABASE_URL", url)
    config = database_from_env(tmp_path / "teekond.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3" and config["CONN_MAX_AGE"] == 60
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE" and config["OPTIONS"]["timeout"] >= 5
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]


def test_postgresql_connections_stay_open_without_a_query_before_each_request(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/teekond")
    config = database_from_env(tmp_path / "unused.sqlite3")
    assert config["CONN_MAX_AGE"] == 60 and not config["CONN_HEALTH_CHECKS"]
