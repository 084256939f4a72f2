"""tip-kg: a knowledge graph of the US State Department's Trafficking in Persons reports.

Every command-line verb is a library function first::

    import kg
    result = kg.build(["data/"], "build")      # sources → validated graph files + store
    kg.validate("build")                       # SHACL report
    kg.facts("build")                          # gold-schema facts read back with SPARQL
"""
from __future__ import annotations


from .build import BuildResult, ValidationFailed, build  # noqa: E402
from .facts import facts  # noqa: E402
from .model import InputError, OutputError  # noqa: E402
from .query import run_query  # noqa: E402
from .validate import ValidationReport, validate  # noqa: E402
from .vocab import VERSION as __version__  # noqa: E402

__all__ = ["build", "BuildResult", "ValidationFailed", "validate", "ValidationReport", "facts",
           "run_query", "InputError", "OutputError", "__version__"]
