"""The guide keeps the layout every app shares (issue 16): views, services, selectors and forms as packages
with one module per sub-capability, no prefixed modules beside them, no module over 400 lines and no
function over 40, and other apps' models read only in selectors and services."""

import ast
from pathlib import Path

GUIDE = Path(__file__).resolve().parent.parent
OTHER_APPS_MODELS = ("teekond.journey.models", "teekond.network.models", "teekond.spikker.models")
MAY_READ_OTHER_APPS = ("selectors", "services", "migrations", "tests")


def python_files():
    return [path for path in GUIDE.rglob("*.py") if "migrations" not in path.parts]


def test_the_layers_are_packages_and_no_prefixed_module_is_left():
    for layer in ("views", "services", "selectors", "forms"):
        assert (GUIDE / layer / "__init__.py").exists(), layer
    prefixed = [path.name for path in GUIDE.glob("*.py") if path.name.startswith(("local_", "plan_", "stuck"))]
    assert prefixed == []


def test_no_module_over_400_lines_and_no_function_over_40():
    too_long = []
    for path in python_files():
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > 400:
            too_long.append(str(path.relative_to(GUIDE)))
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno >= 40:
                too_long.append(f"{path.relative_to(GUIDE)}:{node.name}")
    assert too_long == []


def test_other_apps_models_are_read_only_in_selectors_and_services():
    found = []
    for path in python_files():
        parts = path.relative_to(GUIDE).parts
        if parts[0] in MAY_READ_OTHER_APPS or parts == ("models.py",):  # a model's choices and relations
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in OTHER_APPS_MODELS:
                found.append(f"{'/'.join(parts)}: {node.module}")
    assert found == []
