"""Everything in one file, and back: `teekond backup -o FILE` and `teekond restore FILE`.

The file is JSON: the migrations the database had, and every table (history, users with their password hashes
and roles, second-factor devices, the tables of many-to-many relations) as columns and rows, values as the
database holds them, primary keys included, so every reference holds after a restore. Left out are what is
derived or passing: sessions, the rate limits' counts and the search index (rebuilt by the restore).

A restore goes into an empty database, SQLite or PostgreSQL alike, so moving from the built-in SQLite to
PostgreSQL is: backup, set DATABASE_URL, restore. It brings the database to the migrations of the file, loads
the rows with the models as they were then, and migrates on to this version, so a file written by an older
Teekond is restored through the same data migrations as a database that was upgraded in place. A file from a
newer Teekond (one with a migration this version does not know) is refused, and so is a database with data.
"""

import datetime as dt
import decimal
import gzip
import json
import uuid
from pathlib import Path

from django.apps import apps as current_apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = "teekond-backup"
VERSION = 1
# Passing or derived: not worth keeping, or rebuilt by the restore.
LEFT_OUT = {"sessions.session", "core.ratecounter", "search.searchdocument"}
# Made by `migrate` in every database; the file's rows replace them, so that references to them hold.
MADE_BY_MIGRATE = ("contenttypes.contenttype", "auth.permission")
BATCH = 500


class RestoreRefused(Exception):
    """The file cannot be restored here; the message says why and what to do."""


def _label(model) -> str:
    return model._meta.label_lower


def _kept_models(registry):
    for model in registry.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or _label(model) in LEFT_OUT:
            continue
        yield model


def _encode(value):
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()  # every digit of the microseconds: lossless
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def applied_migrations() -> list[list[str]]:
    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


# Backup


def backup_data(progress=None) -> dict:
    """The whole database as one JSON-ready dict (see the module's docstring)."""
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise RestoreRefused("The database has migrations still to apply: run `teekond migrate` first.")
    tables = {}
    for model in sorted(_kept_models(current_apps), key=_label):
        columns = [field.attname for field in model._meta.concrete_fields]
        rows = [
            [_encode(value) for value in row]
            for row in model._default_manager.order_by("pk").values_list(*columns).iterator(chunk_size=2000)
        ]
        tables[_label(model)] = {"columns": columns, "rows": rows}
        if progress:
            progress(f"{_label(model)}: {len(rows)} rows")
    return {
        "format": FORMAT,
        "version": VERSION,
        "written": timezone.now().isoformat(),
        "database": connection.vendor,
        "migrations": applied_migrations(),
        "tables": tables,
    }


def write_backup(path: str, progress=None) -> dict:
    data = backup_data(progress)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as file:
        file.write(text)
    return data


def read_backup(path: str) -> dict:
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as file:
            data = json.load(file)
    except FileNotFoundError:
        raise RestoreRefused(f"{path}: no such file.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RestoreRefused(f"{path}: not a Teekond backup ({error}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("tables"), dict):
        raise RestoreRefused(f"{path}: not a Teekond backup (written by `teekond backup`).")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise RestoreRefused(
            f"{path}: written by a newer Teekond (backup format {data.get('version')}); upgrade first."
        )
    return data


# Restore


def _rows_in_use() -> list[str]:
    """Tables of this version that hold rows, apart from what `migrate` makes by itself."""
    existing = set(connection.introspection.table_names())
    busy = []
    for model in _kept_models(current_apps):
        if _label(model) in MADE_BY_MIGRATE or model._meta.db_table not in existing:
            continue
        if model._default_manager.exists():
            busy.append(_label(model))
    return busy


def _backup_targets(executor, applied: set) -> list[tuple]:
    """The last migration of each app in the file (None for an app it did not have yet)."""
    graph = executor.loader.graph
    unknown = sorted(node for node in applied if node not in graph.nodes)
    if unknown:
        app, name = unknown[0]
        raise RestoreRefused(
            f"The backup was written by a newer Teekond: it has the migration {app}.{name}, which this version "
            "does not know. Restore it with the version that wrote it, or a newer one."
        )
    targets = []
    for app in sorted({app for app, _name in graph.leaf_nodes()}):
        mine = [node for node in applied if node[0] == app]
        last = [node for node in mine if not any(child in mine for child in graph.node_map[node].children)]
        targets.append(last[0] if last else (app, None))
    return targets


def restore(path: str, progress=print) -> dict[str, int]:
    data = read_backup(path)
    busy = _rows_in_use()
    if busy:
        raise RestoreRefused(
            f"The database is not empty ({', '.join(busy[:3])}{' …' if len(busy) > 3 else ''} hold rows). "
            "Restore into a new, empty database (set DATABASE_URL to it); nothing was changed."
        )
    executor = MigrationExecutor(connection)
    targets = _backup_targets(executor, {tuple(node) for node in data["migrations"]})
    progress("Bringing the database to the backup's migrations …")
    executor.migrate(targets)
    state = MigrationExecutor(connection).loader.project_state(
        [target for target in targets if target[1] is not None], at_end=True
    )
    counts = _load(data["tables"], state.apps, progress)
    progress("Migrating on to this version …")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("spikker", "reindex", verbosity=0)
    return counts


def _load(tables: dict, registry, progress) -> dict[str, int]:
    models = {_label(model): model for model in _kept_models(registry)}
    missing = sorted(set(tables) - set(models) - LEFT_OUT)
    if missing:
        raise RestoreRefused(f"The backup has tables this database does not: {', '.join(missing[:5])}.")
    counts = {}
    with transaction.atomic():
        for label in MADE_BY_MIGRATE:
            models[label]._default_manager.all().delete()
        for label, table in sorted(tables.items()):
            if label in LEFT_OUT:
                continue
            counts[label] = _load_table(models[label], table, progress)
    _reset_sequences(list(models.values()))
    return counts


def _load_table(model, table: dict, progress) -> int:
    fields = {field.attname: field for field in model._meta.concrete_fields}
    for field in fields.values():
        # The rows keep the moments they were written at: these models (of the migration state) are throwaway.
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            field.auto_now = field.auto_now_add = False
    columns = table["columns"]
    unknown = [column for column in columns if column not in fields]
    if unknown:
        raise RestoreRefused(f"{_label(model)}: the backup has columns this database does not: {', '.join(unknown)}.")
    rows, done = table["rows"], 0
    for start in range(0, len(rows), BATCH):
        batch = [_instance(model, fields, columns, row) for row in rows[start : start + BATCH]]
        model._default_manager.bulk_create(batch)
        done += len(batch)
        if len(rows) > BATCH * 4:
            progress(f"{_label(model)}: {done} of {len(rows)} rows")
    progress(f"{_label(model)}: {len(rows)} rows")
    return len(rows)


def _instance(model, fields: dict, columns: list, row: list):
    values = {}
    for column, value in zip(columns, row, strict=True):
        field = fields[column]
        if value is not None and field.get_internal_type() == "BinaryField":
            value = bytes.fromhex(value)
        elif value is not None and not field.is_relation and field.get_internal_type() != "JSONField":
            value = field.to_python(value)
        values[column] = value
    return model(**values)


def _reset_sequences(models) -> None:
    """PostgreSQL hands out the next id from a sequence: it must start after the restored rows."""
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def file_size(path: str) -> int:
    return Path(path).stat().st_size
