"""cleaner: turn scraped web pages into clean, standalone article texts.

>>> from cleaner import Cleaner
>>> articles = Cleaner.from_rules().clean("Rates held.\\nAdvertisement\\nStocks rose.", source_id="p1")
>>> [(a.id, a.text) for a in articles]
[('p1#1', 'Rates held.\\nStocks rose.')]
"""

from importlib.metadata import PackageNotFoundError, version

from cleaner.compiled import install

install()  # the compiled modules, where built and allowed, before any of them loads (cleaner.compiled)

from cleaner.config import CleanConfig  # noqa: E402
from cleaner.engine.edits import replay  # noqa: E402
from cleaner.errors import CleanerError, InputError, RuleError, RuleErrors  # noqa: E402
from cleaner.pipeline import Cleaner  # noqa: E402
from cleaner.ruleset.compiler import compile_rules  # noqa: E402
from cleaner.ruleset.loader import load_rules  # noqa: E402
from cleaner.types import Article, Document, Kind, Role, RuleHit, Scope, Segment  # noqa: E402

try:
    __version__ = version("cleaner")
except PackageNotFoundError:  # running from a checkout that was not installed
    __version__ = "0.0.0"

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
