"""html-drop selectors matched in one walk over the page, whatever the number of rules.

Nearly every html-drop selector is a simple compound: a tag, `#id`, `.class`,
`[id^="prefix"]`, `[class~="word"]`, or a mix of these. Evaluating each as
XPath costs a full scan of the tree per selector (38 ms a page for the
bundled rules on the dev pages); indexing them by id, class and tag and
walking the tree once costs about one scan in all. Anything else (descendant
combinators, pseudo-classes, `xpath:` rules) is evaluated as XPath.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import cssselect
from cssselect.parser import Attrib, Class, Element, Hash
from lxml.etree import _Element


@dataclass(frozen=True, slots=True)
class Compound:
    """One simple compound selector: every condition must hold."""

    tag: str | None = None
    ids: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()
    id_prefixes: tuple[str, ...] = ()

    def matches(self, tag: str, element_id: str | None, classes: set[str]) -> bool:
        return (
            (self.tag is None or self.tag == tag)
            and all(i == element_id for i in self.ids)
            and self.classes <= classes
            and all(element_id is not None and element_id.startswith(p) for p in self.id_prefixes)
        )


def parse_compound(selector: str) -> list[Compound] | None:
    """The compounds of a CSS selector group, or None if any part is not simple.

    >>> parse_compound('aside.related, [id^="taboola"], video')
    [Compound(tag='aside', ids=frozenset(), classes=frozenset({'related'}), id_prefixes=()), \
Compound(tag=None, ids=frozenset(), classes=frozenset(), id_prefixes=('taboola',)), \
Compound(tag='video', ids=frozenset(), classes=frozenset(), id_prefixes=())]
    >>> parse_compound("article p") is None
    True
    """
    compounds = []
    for parsed in cssselect.parse(selector):
        if parsed.pseudo_element is not None:
            return None
        compound = _compound(parsed.parsed_tree)
        if compound is None:
            return None
        compounds.append(compound)
    return compounds


def _compound(node: Any) -> Compound | None:
    ids: set[str] = set()
    classes: set[str] = set()
    prefixes: list[str] = []
    while not isinstance(node, Element):
        if isinstance(node, Class):
            classes.add(node.class_name)
        elif isinstance(node, Hash):
            ids.add(node.id)
        elif isinstance(node, Attrib) and node.namespace is None and _simple_attrib(node):
            value = str(node.value.value) if node.value is not None else ""
            if node.attrib == "class":
                classes.add(value)
            elif node.operator == "=":
                ids.add(value)
            else:
                prefixes.append(value)
        else:
            return None
        node = node.selector
    if node.namespace is not None:
        return None
    tag = None if node.element in (None, "*") else node.element.lower()
    if tag is None and not ids and not classes and not prefixes:
        return None
    return Compound(tag, frozenset(ids), frozenset(classes), tuple(prefixes))


def _simple_attrib(node: Any) -> bool:
    if node.value is None or node.value.type not in ("STRING", "IDENT"):
        return False
    return (node.attrib == "class" and node.operator == "~=") or (node.attrib == "id" and node.operator in ("=", "^="))


@dataclass(frozen=True, slots=True)
class SelectorIndex:
    """Simple compounds of many rules, indexed by what an element shows first: id, class, tag."""

    by_id: dict[str, list[tuple[int, Compound]]] = field(default_factory=dict)
    by_class: dict[str, list[tuple[int, Compound]]] = field(default_factory=dict)
    by_tag: dict[str, list[tuple[int, Compound]]] = field(default_factory=dict)
    by_prefix: list[tuple[int, Compound]] = field(default_factory=list)

    @classmethod
    def build(cls, rules: Iterable[tuple[int, Sequence[Compound]]]) -> SelectorIndex:
        index = cls()
        for number, compounds in rules:
            for compound in compounds:
                entry = (number, compound)
                if compound.ids:
                    index.by_id.setdefault(min(compound.ids), []).append(entry)
                elif compound.classes:
                    index.by_class.setdefault(min(compound.classes), []).append(entry)
                elif compound.id_prefixes:
                    index.by_prefix.append(entry)
                elif compound.tag is not None:
                    index.by_tag.setdefault(compound.tag, []).append(entry)
        return index

    def find(self, tree: _Element) -> dict[int, list[_Element]]:
        """For each rule number, the elements it selects, in document order.

        One XPath returns every `class` and `id` value and every element of an
        indexed tag, in document order; Python looks at an element only when
        one of its class names or its id is in the index (a few per page), so
        no element proxy is built for the hundreds that cannot match.
        """
        found: dict[int, list[_Element]] = {}
        tags = [t for t in sorted(self.by_tag) if t.isidentifier()]
        query = " | ".join(["//@class", "//@id", *(f"//{t}" for t in tags)])
        prefixes = self._prefixes()
        last: _Element | None = None
        for node in tree.xpath(query):
            if isinstance(node, str):
                if node.attrname == "class":  # type: ignore[attr-defined]
                    if not any(name in self.by_class for name in node.split()):
                        continue
                elif node not in self.by_id and not (prefixes and node.startswith(prefixes)):
                    continue
                element = node.getparent()  # type: ignore[attr-defined]
            else:
                element = node
            if element is last or not isinstance(element.tag, str):
                continue
            last = element
            self._match(element, found)
        return found

    def _prefixes(self) -> tuple[str, ...]:
        return tuple(p for _, compound in self.by_prefix for p in compound.id_prefixes)

    def _match(self, element: _Element, found: dict[int, list[_Element]]) -> None:
        """Record `element` under every rule one of whose compounds it matches."""
        tag = element.tag
        element_id = element.get("id")
        classes = set(element.get("class", "").split())
        candidates = list(self.by_tag.get(tag, ()))
        if element_id is not None:
            candidates += self.by_id.get(element_id, [])
            candidates += self.by_prefix
        for name in classes:
            candidates += self.by_class.get(name, [])
        for number, compound in candidates:
            if compound.matches(tag, element_id, classes):
                hits = found.setdefault(number, [])
                if not hits or hits[-1] is not element:
                    hits.append(element)
