"""pytest's collection of the package's doctests: a module of an optional extra whose library is
not installed (a core install without `cleaner[datatrove]`) is not collected."""

from __future__ import annotations

import importlib.util

collect_ignore = [] if importlib.util.find_spec("datatrove") else ["cleaner/integrations/datatrove.py"]
