"""pytest's collection of the package's doctests:
- a module of an optional extra whose library is not installed (a core install without
  `cleaner[datatrove]`) is not collected;
- where the modules compiled with mypyc run (cleaner.compiled), their sources are not collected:
  pytest cannot import a source as a module of its own while the package holds the compiled one.
  tests/test_compiled.py runs their doctests from the sources, in a process of their own."""

from __future__ import annotations

import importlib.util

from cleaner import compiled

collect_ignore = [] if importlib.util.find_spec("datatrove") else ["cleaner/integrations/datatrove.py"]
if compiled.STATUS[0] == "in use":
    collect_ignore += [str(compiled.source_of(module)) for module in compiled.MODULES]
