"""Tests of the place gazetteer (kg/places.py, ontology/places.ttl) on real TIP wordings."""
from __future__ import annotations

import json

import pycountry
import pytest
from conftest import DEV_CORPUS as DEV
from conftest import SHARED

from kg.places import Gazetteer, Place, PlaceMention, load_gazetteer

SEED = SHARED / "seeds" / "kosovo-2009.txt"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def keys(gaz: Gazetteer, text: str) -> list[str]:
    return [m.place.key for m in gaz.find_all(text)]


@pytest.mark.parametrize(
    "name, key",
    [
        ("Burma", "MM"),
        ("Zaire", "CD"),
        ("Swaziland", "SZ"),
        ("Macedonia", "MK"),
        ("North Macedonia", "MK"),
        ("Ivory Coast", "CI"),
        ("Côte D’Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("East Timor", "TL"),
        ("Serbia and Montenegro", "RS"),
        ("UAE", "AE"),
        ("U.A.E.", "AE"),
        ("DRC", "CD"),
        ("D.R.C.", "CD"),
        ("Congo", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("Republic of the Congo", "CG"),
        ("Congo-Brazzaville", "CG"),
        ("PRC", "CN"),
        ("P. R. C.", "CN"),
        ("People's Republic of China", "CN"),
        ("Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("DPRK", "KP"),
        ("Kosovo", "XK"),
        ("Kosovo’s", "XK"),
        ("Nepal's", "NP"),
        ("the Gambia", "GM"),
        ("The Bahamas", "BS"),
        ("the Netherlands", "NL"),
        ("Holland", "NL"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Czech Republic", "CZ"),
        ("Cape Verde", "CV"),
        ("Laos", "LA"),
        ("Russia", "RU"),
        ("Great Britain", "GB"),
        ("U.K.", "GB"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("Hong Kong", "HK"),
        ("Macau", "MO"),
        ("West Bank", "PS"),
        ("Guinea Bissau", "GW"),
    ],
)
def test_resolve_country_names(gaz: Gazetteer, name: str, key: str) -> None:
    place = gaz.resolve(name)
    assert place is not None and place.key == key and place.kind == "country"


@pytest.mark.parametrize(
    "name, key",
    [
        ("Moldovan", "MD"),
        ("Moldovans", "MD"),
        ("Nepali", "NP"),
        ("Nepalese", "NP"),
        ("Kosovar", "XK"),
        ("Filipinas", "PH"),
        ("Nigerians", "NG"),
        ("Burmese", "MM"),
        ("Chinese", "CN"),
        ("Dominican", "DO"),
        ("North Korean", "KP"),
        ("Salvadoran", "SV"),
    ],
)
def test_resolve_demonyms(gaz: Gazetteer, name: str, key: str) -> None:
    assert gaz.resolve(name).key == key


@pytest.mark.parametrize(
    "name, key",
    [
        ("Eastern Europe", "eastern-europe"),
        ("East European", "eastern-europe"),
        ("Gulf States", "gulf-states"),
        ("the Gulf", "gulf-states"),
        ("Persian Gulf", "gulf-states"),
        ("Arab countries", "middle-east"),
        ("the Middle East", "middle-east"),
        ("Northeast Asia", "east-asia"),
        ("sub-Saharan Africa", "sub-saharan-africa"),
        ("southern Africa", "southern-africa"),
        ("former Soviet states", "former-soviet-union"),
        ("the Balkans", "balkans"),
        ("Western Balkans", "balkans"),
        ("Scandinavia", "northern-europe"),
        ("Pacific Islands", "oceania"),
        ("Latin American", "latin-america"),
    ],
)
def test_resolve_regions(gaz: Gazetteer, name: str, key: str) -> None:
    place = gaz.resolve(name)
    assert place is not None and place.key == key and place.kind == "region"


@pytest.mark.parametrize("name", ["us", "uae", "America", "the Americas", "Washington", "", "Tier"])
def test_resolve_unknown(gaz: Gazetteer, name: str) -> None:
    assert gaz.resolve(name) is None


def test_every_place_resolves_by_its_label(gaz: Gazetteer) -> None:
    for place in gaz.all_places():
        assert gaz.resolve(place.label) == place, place


def test_every_iso_country_resolves_by_common_name(gaz: Gazetteer) -> None:
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        expected = "CD" if name == "Congo" else c.alpha_2  # bare "Congo" is the DRC
        assert gaz.resolve(name).key == expected, name


def test_country_and_region_lookup(gaz: Gazetteer) -> None:
    assert gaz.country("xk") == Place("XK", "country", "Kosovo")
    assert gaz.region("eastern-europe") == Place("eastern-europe", "region", "Eastern Europe")
    with pytest.raises(KeyError):
        gaz.country("ZZ")
    with pytest.raises(KeyError):
        gaz.region("atlantis")


def test_seed_sentence_mentions(gaz: Gazetteer) -> None:
    sentence = (
        "Kosovo victims are also trafficked to countries throughout Europe including "
        "Macedonia, Italy, and Albania."
    )
    assert sentence in SEED.read_text(encoding="utf-8")
    found = gaz.find_all(sentence)
    assert [(m.place.key, m.surface) for m in found] == [
        ("XK", "Kosovo"),
        ("europe", "Europe"),
        ("MK", "Macedonia"),
        ("IT", "Italy"),
        ("AL", "Albania"),
    ]
    for m in found:
        assert sentence[m.start:m.end] == m.surface
    assert [(m.start, m.end) for m in found] == [(0, 6), (59, 65), (76, 85), (87, 92), (98, 105)]


def test_demonym_flag(gaz: Gazetteer) -> None:
    text = "Moldovan victims were trafficked to Turkey; Kosovo women are also exploited."
    assert [(m.surface, m.place.key, m.demonym) for m in gaz.find_all(text)] == [
        ("Moldovan", "MD", True),
        ("Turkey", "TR", False),
        ("Kosovo", "XK", False),
    ]


def test_longest_match_and_word_boundaries(gaz: Gazetteer) -> None:
    assert keys(gaz, "women from Papua New Guinea") == ["PG"]
    assert keys(gaz, "Equatorial Guinea, Guinea-Bissau and Guinea") == ["GQ", "GW", "GN"]
    assert keys(gaz, "Nigeria") == ["NG"]
    assert keys(gaz, "Niger and Nigeria") == ["NE", "NG"]
    assert keys(gaz, "Sudan and South Sudan") == ["SD", "SS"]
    assert keys(gaz, "Dominica and the Dominican Republic") == ["DM", "DO"]
    assert keys(gaz, "the Democratic Republic of the Congo and the Republic of the Congo") == ["CD", "CG"]
    assert keys(gaz, "the Central African Republic") == ["CF"]


def test_abbreviations_are_case_sensitive(gaz: Gazetteer) -> None:
    found = gaz.find_all("Victims go to the U.S. and the UAE; help us, said the PRC.")
    assert [(m.surface, m.place.key) for m in found] == [("U.S.", "US"), ("UAE", "AE"), ("PRC", "CN")]
    assert gaz.find_all("tell us about it") == []
    assert keys(gaz, "the P. R. C. and the P.R.C.") == ["CN", "CN"]


def test_lowercase_common_nouns_are_not_places(gaz: Gazetteer) -> None:
    assert gaz.find_all("a turkey, a guinea pig and a chad; the gulf between them") == []


def test_possessives_and_curly_apostrophes(gaz: Gazetteer) -> None:
    found = gaz.find_all("Nepal's government and Kosovo’s police")
    assert [(m.surface, m.place.key) for m in found] == [("Nepal", "NP"), ("Kosovo", "XK")]


def test_plural_demonyms_in_text(gaz: Gazetteer) -> None:
    text = "Nigerians, Filipinas, Burmese and Chinese workers"
    assert keys(gaz, text) == ["NG", "PH", "MM", "CN"]
    assert all(m.demonym for m in gaz.find_all(text))


def test_region_wordings_in_text(gaz: Gazetteer) -> None:
    text = (
        "from sub-Saharan Africa, Eastern Europe, South and East Asia, Iraq, the Middle East, "
        "the Gulf, West and Central Africa, and other former Soviet states"
    )
    assert keys(gaz, text) == [
        "sub-saharan-africa", "eastern-europe", "south-asia", "east-asia", "IQ",
        "middle-east", "gulf-states", "west-africa", "central-africa", "former-soviet-union",
    ]


def test_non_place_wordings_block_matches(gaz: Gazetteer) -> None:
    assert keys(gaz, "fishing in the Gulf of Guinea and the Indian Ocean") == []
    assert keys(gaz, "from the Gulf of Guinea to Guinea") == ["GN"]


def test_localities_resolve_to_their_country(gaz: Gazetteer) -> None:
    assert keys(gaz, "routed through Moscow to Dubai") == ["RU", "AE"]


def test_members(gaz: Gazetteer) -> None:
    assert gaz.members("gulf-states") == frozenset({"AE", "BH", "KW", "OM", "QA", "SA"})
    assert len(gaz.members("former-soviet-union")) == 15
    assert "XK" in gaz.members("balkans") and "XK" in gaz.members("europe")
    assert gaz.members("west-africa") <= gaz.members("sub-saharan-africa") <= gaz.members("africa")
    assert gaz.members("eastern-europe") <= gaz.members("europe")
    with pytest.raises(KeyError):
        gaz.members("atlantis")


def test_broader(gaz: Gazetteer) -> None:
    assert gaz.broader("west-africa") == ("sub-saharan-africa", "africa")
    assert gaz.broader("gulf-states") == ("middle-east",)
    assert gaz.broader("eastern-europe") == ("europe",)
    assert gaz.broader("europe") == ()


def test_all_places_covers_guideline_regions(gaz: Gazetteer) -> None:
    regions = {p.key for p in gaz.all_places() if p.kind == "region"}
    assert regions == {
        "africa", "sub-saharan-africa", "north-africa", "west-africa", "east-africa",
        "central-africa", "southern-africa", "middle-east", "gulf-states", "europe",
        "western-europe", "eastern-europe", "central-europe", "southern-europe",
        "northern-europe", "balkans", "asia", "central-asia", "south-asia", "southeast-asia",
        "east-asia", "caribbean", "central-america", "south-america", "latin-america",
        "north-america", "oceania", "former-soviet-union",
    }
    countries = [p.key for p in gaz.all_places() if p.kind == "country"]
    assert countries == sorted(countries) and "XK" in countries


def test_dev_corpus_subject_countries_are_found(gaz: Gazetteer) -> None:
    """Each factbook record mentions its own subject country."""
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert record["iso2"] in {m.place.key for m in gaz.find_all(record["text"])}, record["id"]


def test_mentions_are_sorted_and_disjoint(gaz: Gazetteer) -> None:
    found: list[PlaceMention] = gaz.find_all(SEED.read_text(encoding="utf-8"))
    assert found and all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
