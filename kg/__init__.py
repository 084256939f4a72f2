"""tip-kg: a knowledge graph of the US State Department's Trafficking in Persons reports.

Every command-line verb is a library function first::

    import kg
    result = kg.build(["data/"], "build")      # sources → validated graph files + store
    kg.validate("build")                       # SHACL report
    kg.facts("build")                          # gold-schema facts read back with SPARQL

The functions are imported on first use, so that ``import kg`` (and ``kg --help``) stays fast.
"""
from __future__ import annotations

import importlib
import sys
import types

#: Public name → the module that defines it.
_LAZY = {"build": "build", "BuildResult": "build", "ValidationFailed": "build", "facts": "facts",
         "InputError": "model", "OutputError": "model", "run_query": "query", "validate": "validate", "ValidationReport": "validate"}

__all__ = ["build", "BuildResult", "ValidationFailed", "validate", "ValidationReport", "facts",
           "run_query", "InputError", "OutputError", "__version__"]


class _Package(types.ModuleType):
    """``kg.build``, ``kg.validate`` and ``kg.facts`` stay the functions when their modules are imported
    (the import system sets a submodule as an attribute of its package)."""

    def __setattr__(self, name: str, value) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str):
    if name == "__version__":  # read from the package metadata, which costs 30 ms to import
        from .version import VERSION

        return VERSION
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
