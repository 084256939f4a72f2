"""The examples in the docstrings of kg/ run, in a folder laid out as a checkout: ``data/`` and a
build of the seed as ``build``."""
from __future__ import annotations

import doctest
import importlib
import pkgutil
import shutil

import pytest
from conftest import ROOT

import kg

MODULES = sorted(info.name for info in pkgutil.walk_packages(kg.__path__, "kg."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, seed_build, tmp_path, monkeypatch):
    shutil.copytree(seed_build, tmp_path / "build")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    module = importlib.import_module(name)
    output: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in doctest.DocTestFinder().find(module, name):
        runner.run(test, out=output.append)
    assert runner.failures == 0, "".join(output)
