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
    # every data file of the two folders is in a listed package and matches its package-data patterns
    for package, folder in config["package-dir"].items():
        files = [p.relative_to(ROOT / folder) for p in (ROOT / folder).rglob("*")
                 if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
        assert files, folder
        for file in files:
            owner = ".".join([package, *file.parent.parts])
            assert owner in config["packages"], f"{folder}/{file}: add {owner} to packages"
            assert any(file.match(pattern) for pattern in config["package-data"].get(owner, [])), f"{folder}/{file}"


def test_every_data_file_of_the_package_is_package_data():
    """A data file beside the code (a word list, the map, the query page) that the wheel left out
    made an installed kg build fail a fact family on every text (currency_names.tsv)."""
    config = _setuptools()
    files = [p for p in (ROOT / "kg").rglob("*")
             if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert files
    for path in files:
        relative = path.relative_to(ROOT)
        owners = [".".join(relative.parts[:n]) for n in range(len(relative.parts) - 1, 0, -1)]
        package = next(o for o in owners if o in config["packages"])
        inside = path.relative_to(ROOT.joinpath(*package.split(".")))
        assert any(inside.match(pattern) for pattern in config["package-data"].get(package, [])), \
            f"{relative}: add it to [tool.setuptools.package-data] of {package}"
