"""The `teekond` command: Django's management commands under the project's name.

`teekond migrate`, `teekond seed`, `teekond report 2025 --format pdf -o aruanne.pdf`, …
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "teekond.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["teekond", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
