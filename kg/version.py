"""The version of tip-kg: pyproject.toml's, as the installed package's metadata gives it.

One number: ``kg --version``, ``kg.__version__`` and the ``prov:SoftwareAgent`` of every
graph (``owl:versionInfo``) all read it here.
"""
from __future__ import annotations

import importlib.metadata


def _installed_version() -> str:
    try:
        return importlib.metadata.version("tip-kg")
    except importlib.metadata.PackageNotFoundError:  # a checkout on sys.path, never installed
        return "0+unknown"


VERSION = _installed_version()
