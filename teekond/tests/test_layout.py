"""The code's layout rules, checked by reading the source with `ast` (nothing is imported or run).

(a) A module reads another app's data through that app's `selectors` and writes it through its `services`;
    it never imports another app's `models`. Exempt, because they are the other side of that rule or
    cannot use it:
    - an app's own `selectors`/`services` modules (or packages): they are where its models are queried;
      a selector or service may take in another app's model *type* only for type hints;
    - `migrations`: Django writes them against the historic models by name;
    - `tests`, `conftest.py` and `testing.py`: tests arrange the world directly, through the real models;
    - `admin` modules: Django's admin registers and links models by class (inlines, list filters);
    - `models` modules: the data layer's own relations and vocabularies (a guide row naming the journey's
      situations) are declared between models, as Django declares every relation between apps;
    - `seed` modules and the `core` app: the starter data and the cross-cutting machinery (backup, schema,
      translation, the admin site) work on every model by design.
(b) No import cycles among Teekond's modules, counting imports inside functions too.
(c) No module longer than 400 lines outside migrations and data; no function longer than 40 lines.
"""

import ast
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "teekond"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 40


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in sorted(ROOT.rglob("*.py"))
        if "migrations" not in path.parts and "node_modules" not in path.parts
    }


SOURCES = _sources()


# Parsed when a test first asks, not when the module is collected: every parallel worker collects this module,
# and only the one that runs these tests needs every source parsed (two seconds).
@cache
def _tree(module: str) -> ast.Module:
    return ast.parse(SOURCES[module].read_text(), str(SOURCES[module]))


def _is_package(module: str) -> bool:
    return SOURCES[module].name == "__init__.py"


def _imports(module: str) -> set[str]:
    """Every Teekond module the module imports, at the top or inside functions, resolved to real modules."""
    found = set()
    package = module if _is_package(module) else module.rpartition(".")[0]
    for node in ast.walk(_tree(module)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name in SOURCES and name != module}


@cache
def _graph() -> dict[str, set[str]]:
    return {module: _imports(module) for module in SOURCES}


def _app(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else None


def _exempt_from_model_rule(module: str) -> bool:
    parts = module.split(".")
    app_part = set(parts[2:])
    return (
        _app(module) in (None, "core", "tests")
        or bool(app_part & {"selectors", "services", "tests", "admin", "seed", "migrations", "models"})
        or parts[-1] in ("conftest", "testing")
    )


def _foreign_model_imports() -> list[str]:
    wrong = []
    for module, imported in _graph().items():
        if _exempt_from_model_rule(module):
            continue
        for target in imported:
            parts = target.split(".")
            if len(parts) >= 3 and parts[2] == "models" and parts[1] != _app(module):
                wrong.append(f"{module} imports {target}")
    return sorted(wrong)


def _cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), i.e. the import cycles."""
    graph = _graph()
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def _function_lengths(module: str):
    for node in ast.walk(_tree(module)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [decorator.lineno for decorator in node.decorator_list])
            yield node.name, node.lineno, node.end_lineno - first + 1


def _is_data(module: str) -> bool:
    return "data" in module.split(".")


def test_no_module_imports_another_apps_models():
    assert _foreign_model_imports() == []


def test_no_import_cycles():
    assert _cycles() == []


def test_no_module_over_400_lines():
    long = {module: len(SOURCES[module].read_text().splitlines()) for module in SOURCES if not _is_data(module)}
    assert {module: lines for module, lines in long.items() if lines > MAX_MODULE_LINES} == {}


def test_no_function_over_40_lines():
    long = defaultdict(list)
    for module in SOURCES:
        for name, line, length in _function_lengths(module):
            if length > MAX_FUNCTION_LINES:
                long[module].append(f"{name} (line {line}, {length} lines)")
    assert dict(long) == {}


def test_the_graph_sees_imports_inside_functions():
    """The rules are only as good as the graph: an import written inside a function is an edge too
    (backup_world imports everything inside its functions, to run after Django is set up)."""
    assert "teekond.guide.services" in _graph()["teekond.core.tests.backup_world"]
    assert "teekond.journey.services" in _graph()["teekond.core.tests.backup_world"]
