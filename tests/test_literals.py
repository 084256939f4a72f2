"""The mapping's literals made without rdflib's reading of a Python value (:func:`kg.mapping.literal`) are rdflib's."""
from __future__ import annotations

import random
import string

from rdflib import Literal

from kg.mapping import literal, text_literal


def _state(made: Literal) -> tuple:
    return (type(made), str(made), made.language, made.datatype, made.value, type(made.value), made.ill_typed, hash(made))


def test_a_literal_of_a_string_or_an_integer_is_rdflibs():
    """Strings as the reports write them ("compared with 12 in 2018", quotes, dashes, a line break, an unpaired
    surrogate), integers, booleans and a float: the same lexical form, language, datatype, value and hash."""
    rng = random.Random(16)
    texts = ["", "global", "The government identified 30 victims, compared with 12 in 2018.", "a\nb", "\ud800",
             "“quoted” — ’s", "123", "true", " spaced "]
    texts += ["".join(rng.choice(string.printable + "éü—’“") for _ in range(rng.randint(0, 40))) for _ in range(500)]
    for text in texts:
        assert _state(literal(text)) == _state(Literal(text)) and literal(text) == Literal(text)
        assert _state(text_literal(text, "en")) == _state(Literal(text, lang="en"))
    for value in (0, 1, -5, 2019, 10**20, True, False, 1.5, None):
        assert _state(literal(value)) == _state(Literal(value)), value
    assert _state(text_literal(None, "en")) == _state(Literal(None, lang="en"))  # (anything else: rdflib's own)
