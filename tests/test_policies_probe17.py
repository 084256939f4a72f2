"""Dated policies of the constructions the recall probe (``bench/policy_probe.py``, session 17, branch pol17) found
in several real report sentences that gave none: each rule on its report sentences, quoted, and the near misses that
must stay silent (constructed near misses are said to be constructed)."""
from __future__ import annotations

import pytest
from test_recommendations import _dated


@pytest.mark.parametrize("sentence, dated", [
    # a measure named again by "these" or "this" and its head noun after a verb of setting it up in a dated clause: the
    # measure named before, of its kind (2019 Jordan, 2020 Mexico)
    ("The government continued to work with an international organization to develop more detailed referral procedures "
     "to better guide officials; the government approved these procedures in March 2019.", {("procedures", 2019, 3)}),
    ("INM, in collaboration with an international organization, developed a protocol to detect and refer trafficking "
     "victims to services; in 2019, the government developed and trained personnel on this protocol.",
     {("procedures", 2019, None)}),
    # near misses: the verb denied (2022 Seychelles: regulations, a law, no measure named before, denied), planned or
    # done by another country (constructed), a head noun no measure before has (constructed)
    ("In 2017, the government, in collaboration with an international organization, began development of implementing "
     "regulations for the 2014 anti-trafficking law to address protective measures for trafficking victims; however, "
     "the government did not finalize these regulations for the fourth consecutive year.", {("law", 2014, None)}),
    ("The government worked with an NGO to develop referral procedures; it did not approve these procedures in 2019.",
     set()),
    ("The government worked with an NGO to develop referral procedures; it planned to approve these procedures in 2020.",
     set()),
    ("The government worked with an NGO to develop referral procedures; in 2019, Malaysia adopted these procedures.",
     set()),
    ("The government worked with an NGO to develop referral procedures; in 2019, it approved these recommendations.",
     set()),
])
def test_a_measure_named_again_by_a_demonstrative_is_dated_by_its_setting_up(sentence, dated):
    text = "GHANA (Tier 2)\n\nThe government increased protection efforts. " + sentence
    assert _dated(text, name="Ghana", iso="GH", year=2020) == dated


def test_a_measure_named_again_in_the_next_sentence():
    # the measure named in the sentence before (constructed from the 2019 Jordan sentence)
    text = ("GHANA (Tier 2)\n\nThe government increased protection efforts. The government continued to work with an "
            "international organization to develop more detailed referral procedures to better guide officials. The "
            "government approved these procedures in March 2019.")
    assert _dated(text, name="Ghana", iso="GH", year=2020) == {("procedures", 2019, 3)}


@pytest.mark.parametrize("sentence, dated", [
    # a date between the verb or noun of setting a policy up and the policy's phrase (2017 Tunisia, factbook 2013
    # Equatorial Guinea)
    ("Based on the 2016 anti-trafficking law, the government developed in 2016 a new national victim referral mechanism "
     "for officials to refer trafficking victims to government-operated social centers or NGO-run shelters.",
     {("law", 2016, None), ("procedures", 2016, None)}),
    ("The government shows a slight increase in its efforts to prevent trafficking with the creation in 2012 of a "
     "working-level committee to combat human trafficking, but it has not launched any public anti-trafficking "
     "campaigns.", {("coordinating_body", 2012, None)}),
    # near misses (constructed): a date after a verb of no setting up, of upkeep, an international instrument ratified,
    # a plan's end
    ("The government reported in 2019 a total of 15 shelters for trafficking victims.", set()),
    ("The government funded in 2019 a shelter for trafficking victims.", set()),
    ("The government ratified in 2014 the 2000 UN TIP Protocol.", set()),
    ("The government extended in 2019 its national action plan to 2025.", set()),
])
def test_a_date_between_the_action_and_the_policy_dates_it(sentence, dated):
    text = "GHANA (Tier 2)\n\nThe government increased protection efforts. " + sentence
    assert _dated(text, name="Ghana", iso="GH", year=2020) == dated
