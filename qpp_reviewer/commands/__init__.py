"""Headless commands beyond the built-in ones in qpp_reviewer.cli.

Each module here defines ``add_parser(subparsers)``, which adds its command(s)
and sets ``handler=run_function`` with ``set_defaults``. Modules are found
automatically, so a feature adds its commands without editing cli.py. Use
``qpp_reviewer.cli.open_store(args)`` and ``qpp_reviewer.cli.fail(message)``.
"""

from __future__ import annotations

import importlib
import pkgutil


def modules():
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"{__name__}.{info.name}")
