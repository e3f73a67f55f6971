"""Docs that cannot rot: every setting and command is in the README (datasette's habit)."""

import re
from pathlib import Path

from django.core.management import get_commands

from teekond import env

ROOT = Path(__file__).resolve().parents[3]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    lines = [line for line in README.splitlines() if line.strip()]
    commands = [line for line in lines[:8] if "make " in line]
    assert "make run" in commands[0] and "make test" in commands[1]


def test_every_environment_variable_the_settings_read_is_documented():
    settings_source = (ROOT / "teekond" / "settings.py").read_text() + (ROOT / "teekond" / "env.py").read_text()
    read = set(re.findall(r'env_\w+\(\s*"([A-Z_]+)"', settings_source))
    assert read <= set(env.DOCUMENTED), read - set(env.DOCUMENTED)
    undocumented = [name for name in env.DOCUMENTED if f"`{name}`" not in README]
    assert undocumented == []


def test_every_teekond_command_is_documented():
    ours = [name for name, app in get_commands().items() if app.startswith("teekond")]
    assert ours, "no commands found"
    assert [name for name in ours if f"teekond {name}" not in README] == []
