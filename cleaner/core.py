"""The compiled core (the `cleaner_core` extension, Rust): used when it is installed, allowed,
and built from the Unicode data of the running Python; else None, and the pure-Python engine
runs, byte for byte the same, only slower.

`CLEANER_CORE=off` (or `python`) in the environment forces the pure-Python engine (to compare
the two, or where the extension misbehaves). `cleaner --version` and every run's report say
which engine ran (`engine_name()`).

Build it with `pip install ./core` (a Rust toolchain needed; `make venv` does it when `cargo` is
on the PATH).
"""

from __future__ import annotations

import os
import unicodedata
from types import ModuleType

#: Values of CLEANER_CORE that turn the compiled core off.
OFF = ("off", "python", "0", "no", "false")


def load_core(setting: str | None = None) -> ModuleType | None:
    """The extension module, or None: not installed, turned off by `setting` (default: the
    CLEANER_CORE environment variable), or built for another Unicode version than this Python's."""
    setting = os.environ.get("CLEANER_CORE", "") if setting is None else setting
    if setting.strip().lower() in OFF:
        return None
    try:
        import cleaner_core
    except ImportError:
        return None
    if getattr(cleaner_core, "UNICODE_VERSION", None) != unicodedata.unidata_version:
        return None  # its tables would fold some characters otherwise than str.casefold here
    module: ModuleType = cleaner_core
    return module


#: The core this process uses (read once, at import: a run never switches engines half-way).
CORE = load_core()


def engine_name() -> str:
    """ "rust" when the compiled core runs, else "python"."""
    return "rust" if CORE is not None else "python"
