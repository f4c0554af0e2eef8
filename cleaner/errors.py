"""The one exception tree of cleaner: every error names where it came from."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class CleanerError(Exception):
    """Base class of every error cleaner raises on purpose."""


class RuleError(CleanerError):
    """A rule file is malformed: the message reads `file:line: rule-id: what`."""

    def __init__(self, file: Path | str, line: int, rule_id: str | None, message: str) -> None:
        self.file = str(file)
        self.line = line
        self.rule_id = rule_id or "-"
        self.message = message
        super().__init__(f"{self.file}:{self.line}: {self.rule_id}: {message}")

    def __reduce__(self) -> tuple[type[RuleError], tuple[Any, ...]]:
        return type(self), (self.file, self.line, self.rule_id, self.message)


class RuleErrors(CleanerError):
    """Several rule errors found in one load, reported together."""

    def __init__(self, errors: list[RuleError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class InputError(CleanerError):
    """An input page or record cannot be read: names the file and record/line."""

    def __init__(self, file: Path | str, record: int | None, message: str) -> None:
        self.file = str(file)
        self.record = record
        self.message = message
        where = f"{self.file}:{record}" if record is not None else self.file
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, int | None, str]]:
        """Rebuilt from its fields when sent to a worker process."""
        return type(self), (self.file, self.record, self.message)
