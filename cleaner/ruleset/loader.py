"""Strict YAML loading of rule files, with the line number of every rule and key.

YAML is parsed with PyYAML's safe loader (no object construction). Anything
the schema does not know is an error naming `file:line: rule-id`, so a typo in
a rule file fails loudly instead of silently disabling a rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from cleaner.errors import RuleError, RuleErrors
from cleaner.ruleset.schema import (
    COMMON_KEYS,
    CUE_TYPES,
    DATE_ORDERS,
    DEFAULT_SCOPE,
    EXAMPLE_KEYS,
    FILE_KEYS,
    FLAG_NAMES,
    KIND_KEYS,
    REQUIRED_KEYS,
    SITE_KEYS,
    SPLIT_MODES,
    Example,
    Rule,
    SiteScope,
)
from cleaner.types import Kind, Role, Scope

if TYPE_CHECKING:
    from cleaner.ruleset.parsed import ParsedRules

INT_KEYS = (
    "max_lines",
    "max_chars",
    "max_title_words",
    "not_first",
    "max_text",
    "min_run",
    "keep_before",
    "min_lines",
)
FLOAT_KEYS = ("max_share", "weight", "threshold")
BOOL_KEYS = ("isolated", "from_end", "multi_article_only", "articles_only")


def default_rules_dir() -> Path:
    """The bundled rules: inside the package when installed from a wheel, else `rules/`."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"no bundled rules found near {here}")


#: Folders of site files: written by hand, and written by `cleaner learn` (see cleaner.learn).
SITE_FOLDERS = ("sites", "learned")
#: Rule files that are not loaded with the rules unless asked for (`optional_rules`).
OPTIONAL_FOLDER = "optional"


def optional_rule_files(directory: Path | None = None) -> list[Path]:
    """Every optional rule file of a rule directory (sorted): `rules lint` and `rules test` check them too."""
    return sorted(((directory or default_rules_dir()) / OPTIONAL_FOLDER).glob("*.yaml"))


def optional_rules(name: str, directory: Path | None = None) -> Path:
    """The optional rule file `name` of a rule directory (default: the bundled rules), to pass
    as `extra` to `load_rules` (e.g. "line-model": cleaner.linemodel)."""
    path = (directory or default_rules_dir()) / OPTIONAL_FOLDER / f"{name}.yaml"
    if not path.is_file():
        raise RuleErrors([RuleError(path, 0, None, "no such optional rule file")])
    return path


#: A rule set's settings, at the root of its directory (optional; not a rule file).
SETTINGS_FILE = "ruleset.yaml"
SETTINGS_KEYS = ("learned", "models")


@dataclass(frozen=True, slots=True)
class RuleSetSettings:
    """What a rule set lets in beyond the rules its authors wrote (its `ruleset.yaml`):

    learned: rules `cleaner learn` wrote (the `learned/` folder, `cleaner clean --learn`, any rule
        marked `learned: true`);
    models: rules that run a model (`kind: line-model`, `cleaner clean --line-model`).
    `line`: where each setting is written, for errors that name it.
    """

    learned: bool = True
    models: bool = True
    path: Path | None = None
    line: dict[str, int] | None = None

    def refuses(self, rule: Rule) -> str | None:
        """Why the rule set does not take `rule` (None: it does)."""
        if rule.learned and not self.learned:
            return "learned"
        if rule.kind is Kind.LINE_MODEL and not self.models:
            return "models"
        return None

    def where(self, key: str) -> str:
        """`FILE:LINE` of a setting."""
        return f"{self.path}:{(self.line or {}).get(key, 1)}"


def ruleset_settings(directory: Path | None = None) -> RuleSetSettings:
    """The settings of a rule directory (default: the bundled rules): all on without a settings file.

    A settings file is a mapping of `learned` and `models` to true or false; anything else is a
    RuleErrors naming the file and line.
    """
    path = (directory or default_rules_dir()) / SETTINGS_FILE
    if not path.is_file():
        return RuleSetSettings()
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RuleErrors([RuleError(path, 1, None, f"not valid YAML: {exc}")]) from exc
    if root is None:
        return RuleSetSettings(path=path)
    if not isinstance(root, yaml.MappingNode):
        raise RuleErrors([RuleError(path, _line(root), None, "the settings are a mapping of learned, models")])
    values: dict[str, bool] = {}
    lines: dict[str, int] = {}
    errors = []
    for key_node, value_node in root.value:
        key = key_node.value
        if key not in SETTINGS_KEYS:
            errors.append(RuleError(path, _line(key_node), None, f"unknown setting {key!r} (known: learned, models)"))
        elif value_node.tag != "tag:yaml.org,2002:bool":
            errors.append(RuleError(path, _line(value_node), None, f"{key} is true or false"))
        else:
            values[key] = value_node.value.lower() in ("true", "yes", "on")
            lines[key] = _line(key_node)
    if errors:
        raise RuleErrors(errors)
    return RuleSetSettings(path=path, line=lines, **values)


def rule_files(directory: Path, settings: RuleSetSettings | None = None) -> list[Path]:
    """Generic rule files first (sorted), then site files under `sites/` and `learned/` (sorted;
    not `learned/` where the rule set's settings say `learned: false`)."""
    if not directory.is_dir():
        raise RuleErrors([RuleError(directory, 0, None, "rules directory not found")])
    generic = sorted(path for path in directory.glob("*.yaml") if path.name != SETTINGS_FILE)
    folders = [f for f in SITE_FOLDERS if settings is None or settings.learned or f != "learned"]
    sites = [path for folder in folders for path in sorted((directory / folder).glob("*.yaml"))]
    return generic + sites


def load_rules(
    directory: Path | None = None,
    extra: Iterable[Path] = (),
    every_file: bool = False,
    parsed: ParsedRules | None = None,
) -> list[Rule]:
    """Load and validate every rule file in `directory`, then the files `extra` (optional rule
    files, rules `cleaner clean --learn` learned); raise RuleErrors listing all problems.

    The rule set's settings (`ruleset.yaml`) hold: a rule they turn off is an error naming the
    setting, in `extra` or anywhere (the `learned/` folder is not read then). `every_file`: load
    every file whatever the settings say (`rules lint` and `rules test` check them all).
    `parsed`: a store of files loaded before (see cleaner.ruleset.parsed), else each is parsed.
    """
    directory = directory or default_rules_dir()
    settings = RuleSetSettings() if every_file else ruleset_settings(directory)
    rules: list[Rule] = []
    errors: list[RuleError] = []
    for path in [*rule_files(directory, settings), *extra]:
        file_rules, file_errors = parsed.load(path) if parsed is not None else load_file(path)
        rules.extend(file_rules)
        errors.extend(file_errors)
    for rule in rules:
        setting = settings.refuses(rule)
        if setting is not None:
            message = f"the rule set turns these rules off ({settings.where(setting)}: {setting}: false)"
            errors.append(RuleError(Path(rule.file), rule.line, rule.id, message))
    errors.extend(_duplicate_ids(rules))
    if errors:
        raise RuleErrors(errors)
    return rules


#: libyaml's parser when PyYAML was built with it (several times faster), else the pure-Python one;
#: both are safe loaders (no object construction) and keep node line numbers.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_file(path: Path) -> tuple[list[Rule], list[RuleError]]:
    """Parse one rule file into rules, collecting (not raising) its errors."""
    try:
        text = path.read_text(encoding="utf-8")
        loader = SAFE_LOADER(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
        problem = " ".join(p for p in (getattr(exc, "context", None), getattr(exc, "problem", None)) if p)
        return [], [RuleError(path, line, None, f"not valid YAML: {problem or exc}")]
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        return [], [RuleError(path, 1, None, "a rule file is a mapping with a 'rules' list")]
    errors = _check_keys(path, root, None, FILE_KEYS, "file")
    site = _site_scope(path, root, data.get("site"), errors)
    if path.parent.name in SITE_FOLDERS and site is None and "site" not in data:
        message = f"a file under {path.parent.name}/ needs a 'site' with domains, detect, field or all"
        errors.append(RuleError(path, 1, None, message))
    rules_node = _child(root, "rules")
    if not isinstance(rules_node, yaml.SequenceNode) or not isinstance(data.get("rules"), list):
        errors.append(RuleError(path, _line(root), None, "missing 'rules' list"))
        return [], errors
    rules = []
    for node, raw in zip(rules_node.value, data["rules"], strict=True):
        rule = _build_rule(path, node, raw, site, errors)
        if rule is not None:
            rules.append(rule)
    return rules, errors


def _build_rule(path: Path, node: yaml.Node, raw: Any, site: SiteScope | None, errors: list[RuleError]) -> Rule | None:
    if not isinstance(raw, dict) or not isinstance(node, yaml.MappingNode):
        errors.append(RuleError(path, _line(node), None, "a rule is a mapping"))
        return None
    rule_id = str(raw.get("id", "")) or None
    before = len(errors)

    def fail(key: str | None, message: str) -> None:
        line = _line(_child(node, key)) if key and _child(node, key) is not None else _line(node)
        errors.append(RuleError(path, line, rule_id, message))

    if rule_id is None:
        fail(None, "rule has no 'id'")
        return None
    if not rule_id.startswith(f"{path.stem}."):
        fail("id", f"id must start with the file stem '{path.stem}.'")
    kind = _enum(Kind, raw.get("kind"), "kind", fail, exclude={Kind.ENCODING})
    if kind is None:
        return None
    errors.extend(_check_keys(path, node, rule_id, COMMON_KEYS + KIND_KEYS[kind], "rule"))
    for required in ("description",) + REQUIRED_KEYS[kind]:
        names = required if isinstance(required, tuple) else (required,)
        if not any(raw.get(n) not in (None, "", []) or (n == "replace" and raw.get(n) == "") for n in names):
            fail(None, f"missing '{' or '.join(names)}'")
    scope = _enum(Scope, raw.get("scope", DEFAULT_SCOPE[kind].value), "scope", fail) or Scope.ARTICLE
    for key in ("flags", "phrases", "protect"):
        if key in raw and not _is_str_list(raw[key]):
            fail(key, f"'{key}' must be a list of strings")
    flags = tuple(raw.get("flags") or ()) if _is_str_list(raw.get("flags") or []) else ()
    for flag in flags:
        if flag not in FLAG_NAMES:
            fail("flags", f"unknown flag {flag!r} (allowed: {', '.join(FLAG_NAMES)})")
    role = _enum(Role, raw["role"], "role", fail) if "role" in raw else None
    if raw.get("split", "none") not in SPLIT_MODES:
        fail("split", f"split must be one of {', '.join(SPLIT_MODES)}")
    if kind is Kind.SEGMENT_CUE and raw.get("cue") not in CUE_TYPES:
        fail("cue", f"cue must be one of {', '.join(CUE_TYPES)}")
    if raw.get("date_order", "dmy") not in DATE_ORDERS:
        fail("date_order", f"date_order must be one of {', '.join(DATE_ORDERS)}")
    if "learned" in raw and not isinstance(raw["learned"], bool):
        fail("learned", "'learned' must be true or false")
    support = raw.get("support", {})
    if not isinstance(support, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0 for k, v in support.items()
    ):
        fail("support", "'support' must map names to counts (e.g. {pages: 12, site_pages: 40})")
        support = {}
    examples = _examples(path, node, raw.get("examples"), rule_id, fail, errors)
    todo = _examples(path, node, raw.get("todo"), rule_id, fail, errors, key="todo")
    if not any(not e.must_change for e in examples):
        fail("examples", "needs at least one example it must leave alone (an 'in' without 'out')")
    if len(errors) > before:
        return None
    optional: dict[str, Any] = {k: raw[k] for k in KIND_KEYS[kind] if k in raw and k not in ("phrases", "role")}
    for key, value in optional.items():
        if key in BOOL_KEYS:
            if not isinstance(value, bool):
                fail(key, f"'{key}' must be true or false")
            continue
        if key in FLOAT_KEYS:
            if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value <= 1:
                fail(key, f"'{key}' must be a number above 0 and at most 1")
            continue
        wanted = int if key in INT_KEYS else str
        if not isinstance(value, wanted) or isinstance(value, bool):
            fail(key, f"'{key}' must be {'a whole number' if wanted is int else 'a string'}")
    if len(errors) > before:
        return None
    return Rule(
        id=rule_id,
        kind=kind,
        description=str(raw["description"]),
        file=str(path),
        line=_line(node),
        scope=scope,
        flags=flags,
        phrases=tuple(str(p) for p in raw.get("phrases") or ()),
        protect=tuple(str(p) for p in raw.get("protect") or ()) if _is_str_list(raw.get("protect") or []) else (),
        role=role,
        examples=examples,
        todo=todo,
        site=site,
        key_lines={str(k.value): _line(k) for k, _ in node.value},
        learned=raw.get("learned") is True,
        support=dict(support),
        **optional,
    )


def _examples(
    path: Path,
    rule_node: yaml.MappingNode,
    raw: Any,
    rule_id: str,
    fail: Any,
    errors: list[RuleError],
    key: str = "examples",
) -> tuple[Example, ...]:
    if raw is None:
        return ()
    node = _child(rule_node, key)
    if not isinstance(raw, list) or not isinstance(node, yaml.SequenceNode):
        fail(key, f"'{key}' must be a list")
        return ()
    examples = []
    for item_node, item in zip(node.value, raw, strict=True):
        if not isinstance(item, dict) or not isinstance(item.get("in"), str):
            fail(key, f"each of '{key}' needs an 'in' text")
            continue
        errors.extend(_check_keys(path, item_node, rule_id, EXAMPLE_KEYS, "example"))
        segments = item.get("segments")
        cue = item.get("cue")
        if cue is not None and not isinstance(cue, dict):
            fail(key, "an example's 'cue' is a mapping of what the line yields (may be {})")
            cue = None
        examples.append(
            Example(
                text_in=item["in"],
                text_out=item.get("out"),
                line=_line(item_node),
                title=item.get("title"),
                segments=tuple(segments) if isinstance(segments, list) else None,
                cue=cue,
            )
        )
    return tuple(examples)


def _site_scope(path: Path, root: yaml.MappingNode, raw: Any, errors: list[RuleError]) -> SiteScope | None:
    if raw is None:
        return None
    node = _child(root, "site")
    if not isinstance(raw, dict) or not isinstance(node, yaml.MappingNode):
        errors.append(RuleError(path, _line(node), None, "'site' is a mapping with domains, detect, field or all"))
        return None
    key_errors = _check_keys(path, node, None, SITE_KEYS, "site")
    if key_errors:
        errors.extend(key_errors)
        return None
    domains, detect = raw.get("domains") or [], raw.get("detect")
    if not _is_str_list(domains):
        errors.append(RuleError(path, _line(_child(node, "domains")), None, "'domains' must be a list of strings"))
        return None
    if detect is not None and not isinstance(detect, str):
        errors.append(RuleError(path, _line(_child(node, "detect")), None, "'detect' must be a string"))
        return None
    fields, every_page = raw.get("field") or {}, raw.get("all", False)
    if not isinstance(fields, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in fields.items()):
        errors.append(RuleError(path, _line(_child(node, "field")), None, "'field' maps field names to strings"))
        return None
    if every_page is not True and "all" in raw:
        errors.append(RuleError(path, _line(_child(node, "all")), None, "'all' is true or left out"))
        return None
    if not domains and not detect and not fields and not every_page:
        errors.append(RuleError(path, _line(node), None, "'site' needs domains, detect, field or all"))
        return None
    return SiteScope(
        domains=tuple(d.lower() for d in domains),
        detect=detect,
        fields=tuple(sorted(fields.items())),
        every_page=every_page,
    )


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _check_keys(
    path: Path, node: yaml.MappingNode, rule_id: str | None, allowed: Iterable[str], what: str
) -> list[RuleError]:
    allowed = tuple(allowed)
    errors, seen = [], set()
    for key_node, _ in node.value:
        key = str(key_node.value)
        if key in seen:
            errors.append(RuleError(path, _line(key_node), rule_id, f"duplicate key '{key}' in {what}"))
        seen.add(key)
        if key not in allowed:
            errors.append(
                RuleError(
                    path, _line(key_node), rule_id, f"unknown key '{key}' in {what} (allowed: {', '.join(allowed)})"
                )
            )
    return errors


def _enum(enum: Any, value: Any, key: str, fail: Any, exclude: set[Any] | None = None) -> Any:
    allowed = [m for m in enum if m not in (exclude or set())]
    for member in allowed:
        if member.value == value:
            return member
    fail(key, f"unknown {key} {value!r} (allowed: {', '.join(m.value for m in allowed)})")
    return None


def _duplicate_ids(rules: list[Rule]) -> Iterator[RuleError]:
    first: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in first:
            yield RuleError(
                rule.file, rule.line, rule.id, f"duplicate id (first at {first[rule.id].file}:{first[rule.id].line})"
            )
        else:
            first[rule.id] = rule


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node  # type: ignore[no-any-return]
    return None


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 0
