"""What the wheel holds: every package of kg/ and the data that pyproject maps into it."""
from __future__ import annotations

import tomllib

from conftest import ROOT


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_of_kg_is_shipped():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kg").rglob("__init__.py")}
    assert found <= set(_setuptools()["packages"]), "add the new package to [tool.setuptools] packages"


def test_the_ontology_and_the_query_library_are_package_data():
    config = _setuptools()
    assert config["package-dir"] == {"kg.ontology": "ontology", "kg.queries": "queries"}
    assert {"kg.ontology", "kg.queries"} <= set(config["packages"])
    # every data file of the two folders matches a package-data pattern
    for package, folder in config["package-dir"].items():
        patterns = config["package-data"][package]
        files = [p.relative_to(ROOT / folder) for p in (ROOT / folder).rglob("*")
                 if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
        assert files and all(any(f.match(pattern) for pattern in patterns) for f in files), package
