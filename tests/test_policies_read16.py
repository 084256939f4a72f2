"""Dated policies of the constructions the sets pol-I and pol-L missed (read at the end of session 16, branch
polread16), each on its report sentence, and the near misses that must stay silent."""
from __future__ import annotations

import pytest
from test_recommendations import _dated


@pytest.mark.parametrize("sentence, dated", [
    # a law's number opening with its year, right after "No." with or without a space (2019 and 2021 Cote d'Ivoire)
    ("Law No.2016-111 on the Fight Against Trafficking in Persons criminalized sex trafficking and labor trafficking and "
     "prescribed penalties of five to 10 years’ imprisonment.", {("law", 2016, None)}),
    ("Law No. 2016-111 on the Fight Against Trafficking in Persons criminalized sex trafficking and labor trafficking and "
     "prescribed penalties of five to 10 years’ imprisonment.", {("law", 2016, None)}),
    # near misses: a law's number without a year (2018 Brazil), an article's number (2019 Kyrgyzstan)
    ("Article 149a of law 13.344 criminalized all forms of labor trafficking and some forms of sex trafficking and "
     "prescribed penalties of four to eight years imprisonment and a fine.", set()),
    ("” Article 124 prescribed penalties of house arrest for up to five years or five to eight years’ imprisonment, which "
     "were sufficiently stringent.", set()),
])
def test_a_year_inside_a_laws_number_dates_it(sentence, dated):
    text = "GHANA (Tier 2)\n\nThe government increased prosecution efforts. " + sentence
    assert _dated(text, name="Ghana", iso="GH", year=2023) == dated


@pytest.mark.parametrize("sentence, dated", [
    # guidelines put to use at a date, named by the victim work after it (2017 Thailand)
    ("To address varying levels of effectiveness among multidisciplinary teams, the government implemented new "
     "guidelines in December 2016 on improving the efficiency of the victim identification process.",
     {("procedures", 2016, 12)}),
    # ... not guidelines on another matter, nor ones only planned
    ("The government implemented new guidelines in December 2016 on the registration of foreign workers.", set()),
    # manuals set up by a body in a year: the year is the manuals', not the body's (2020 Japan)
    ("Authorities relied on formal manuals instituted by an Inter-Ministerial Liaison Committee in 2010 encouraging "
     "government bodies to develop broad protection measures for trafficking victims.", {("procedures", 2010, None)}),
    # ... a body set up in a year with no participle of another's before it keeps its date (2021 Tajikistan)
    ("In 2018, the government established a working group to append the NRM with SOPs.", {("coordinating_body", 2018, None)}),
])
def test_documents_of_procedures_dated_by_their_setting_up(sentence, dated):
    text = "GHANA (Tier 2)\n\nThe government increased protection efforts. " + sentence
    assert _dated(text, name="Ghana", iso="GH", year=2023) == dated


@pytest.mark.parametrize("sentence, dated", [
    # regulations published, which makes them law, dated by the month after them (2017 Honduras)
    ("The government published regulations implementing the law in January 2017, which provided guidance on how to "
     "properly enforce the mandates of the CICESCT.", {("law", 2017, 1)}),
    # ... not a publication of another kind about a law
    ("In 2017, the ministry published a report on the anti-trafficking law.", set()),
])
def test_regulations_published_are_a_law_of_their_date(sentence, dated):
    text = "GHANA (Tier 2)\n\nThe government increased prosecution efforts. " + sentence
    assert _dated(text, name="Ghana", iso="GH", year=2023) == dated
