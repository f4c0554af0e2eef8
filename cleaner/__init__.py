"""cleaner: turn scraped web pages into clean, standalone article texts.

>>> from cleaner import Cleaner
>>> articles = Cleaner.from_rules().clean("Rates held.\\nAdvertisement\\nStocks rose.", source_id="p1")
>>> [(a.id, a.text) for a in articles]
[('p1#1', 'Rates held.\\nStocks rose.')]
"""

#: The release (pyproject.toml reads it from here: one place, and no package metadata to look
#: up at run time, which costs a one-page run a twelfth of its time).
__version__ = "0.1.0"

from cleaner.compiled import install

install()  # the compiled modules, where built and allowed, before any of them loads (cleaner.compiled)

from cleaner.config import CleanConfig  # noqa: E402
from cleaner.engine.edits import replay  # noqa: E402
from cleaner.errors import CleanerError, InputError, RuleError, RuleErrors  # noqa: E402
from cleaner.pipeline import Cleaner  # noqa: E402
from cleaner.ruleset.compiler import compile_rules  # noqa: E402
from cleaner.ruleset.loader import load_rules  # noqa: E402
from cleaner.types import Article, Document, Kind, Role, RuleHit, Scope, Segment  # noqa: E402

__all__ = [
    "Article",
    "CleanConfig",
    "Cleaner",
    "CleanerError",
    "Document",
    "InputError",
    "Kind",
    "Role",
    "RuleError",
    "RuleErrors",
    "RuleHit",
    "Scope",
    "Segment",
    "compile_rules",
    "load_rules",
    "replay",
]
