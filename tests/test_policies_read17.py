"""Dated policies of the constructions the read set pol-S1 missed (made blind in session 17 from the texts of the
statistics sets; read by branch polS17), each on its report sentence, and the near misses that must stay silent."""
from __future__ import annotations

import pytest
from test_recommendations import _dated


@pytest.mark.parametrize("header, name, iso, year, sentence, dated", [
    # a law by its year and initials, as what a case is tried under or a crime prohibited through (2023 Nigeria; 2015
    # Nepal, with regulations by their year alone)
    ("NIGERIA", "Nigeria", "NG", 2023, "Of those convicted, 94 were convicted under the 2015 TIPLEAA and three were convicted "
     "under violence against persons laws.", {("law", 2015, None)}),
    ("NEPAL", "Nepal", "NP", 2015, "Nepal prohibits most, but not all, forms of trafficking in persons through the 2007 HTTCA "
     "and the 2008 regulation.", {("law", 2007, None), ("law", 2008, None)}),
    # ... regulations by their year and what they are for (2021 Ghana)
    ("GHANA", "Ghana", "GH", 2021, "However, the 2015 regulations for this Act, which are non-discretionary and have the force "
     "of law, provided specific guidance on sentencing depending on the circumstances.", {("law", 2015, None)}),
    # near misses: a treaty's initials (2017 Panama), a referral mechanism's (2023 Malta: a procedure, no law), a regulating
    # (constructed: no report sentence names "the YEAR regulation of")
    ("PANAMA", "Panama", "PA", 2017, "This law also defines human trafficking as moving adults for the purposes of prostitution "
     "(without requiring the use of force, fraud, or coercion) and illegal adoption (without requiring evidence of "
     "exploitation), which are not considered forms of human trafficking under the 2000 UN TIP Protocol.", set()),
    ("MALTA", "Malta", "MT", 2023, "The government had a 2014 NRM, and Agenzjja Appogg continued to utilize its own "
     "identification screening tool for trafficking victims.", {("procedures", 2014, None)}),
    ("GHANA", "Ghana", "GH", 2021, "The ministry reviewed the 2019 regulation of recruitment agencies.", set()),
])
def test_a_law_by_its_year_and_initials_or_regulations_by_their_year(header, name, iso, year, sentence, dated):
    text = f"{header} (Tier 2)\n\nThe government increased prosecution efforts. " + sentence
    assert _dated(text, name=name, iso=iso, year=year) == dated


@pytest.mark.parametrize("header, name, iso, year, sentence, dated", [
    # workshops or seminars held to raise awareness are a campaign, not training (2012 Moldova; 2019 Equatorial Guinea)
    ("MOLDOVA", "Moldova", "MD", 2012, "In 2011, the Center for Combating Trafficking in Persons organized 30 workshops in high "
     "schools, vocational schools, and universities to raise awareness about trafficking.",
     {("awareness_campaign", 2011, None)}),
    ("EQUATORIAL GUINEA", "Equatorial Guinea", "GQ", 2019, "In 2018, officials launched an awareness raising campaign using "
     "multiple media platforms including radio, television, and social media to increase the population’s understanding of "
     "trafficking in persons; the government funded and provided official space for at least two week-long seminars on "
     "the mainland and in the capital to raise the public’s awareness about trafficking in persons.",
     {("awareness_campaign", 2018, None)}),
    # near misses: a workshop for officials is training (2019 Senegal), even to raise their awareness (constructed: no
    # report sentence found)
    ("SENEGAL", "Senegal", "SN", 2019, "In 2018, the government held a workshop for reporters on trafficking.",
     {("training", 2018, None)}),
    ("MOLDOVA", "Moldova", "MD", 2012, "In 2011, the ministry organized 12 workshops for judges to raise awareness of trafficking "
     "indicators.", {("training", 2011, None)}),
])
def test_workshops_to_raise_awareness_are_a_campaign(header, name, iso, year, sentence, dated):
    text = f"{header} (Tier 2)\n\nThe government increased prevention efforts. " + sentence
    assert _dated(text, name=name, iso=iso, year=year) == dated


@pytest.mark.parametrize("header, name, iso, year, sentence, dated", [
    # a mobile team that identifies victims is a unit, dated by its creation (2022 Georgia)
    ("GEORGIA", "Georgia", "GE", 2022, "The Agency for State Care (ASC) also operated seven mobile groups responsible for "
     "identifying potential victims among vulnerable children who were homeless or used the streets as a source of "
     "livelihood, including a new mobile group created in November 2021 in the Adjara region; mobile groups assisted 245 "
     "children.", {("specialised_unit", 2021, 11)}),
    # near misses: a year of a count in brackets (2022 Bosnia and Herzegovina), teams created in no stated year (2023)
    ("BOSNIA AND HERZEGOVINA", "Bosnia and Herzegovina", "BA", 2022, "The mobile team identified 150 victims (165 in 2020), and "
     "drop-in centers provided children with academic tutoring, hot meals, and laundry services (373 in 2020).", set()),
    ("BOSNIA AND HERZEGOVINA", "Bosnia and Herzegovina", "BA", 2023, "The government, with financial and technical assistance "
     "from an NGO, created five additional mobile teams for a total of six that conducted outreach to vulnerable "
     "populations; mobile teams identified 26 potential victims (150 in 2021) and more than 200 vulnerable people, "
     "primarily children.", set()),
])
def test_mobile_teams_are_units(header, name, iso, year, sentence, dated):
    text = f"{header} (Tier 2)\n\nThe government increased protection efforts. " + sentence
    assert _dated(text, name=name, iso=iso, year=year) == dated
