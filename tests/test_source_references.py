"""Who a pronoun source points back to, with the names the shipped pipeline finds (the unit tests in
test_attribution.py run without a model, so they see no names)."""

from __future__ import annotations

import pytest

from ls_factcheck.preannotate.annotate import annotate_doc
from ls_factcheck.preannotate.pipeline import load_pipeline
from tests.claims_helpers import annotate_with_names


@pytest.fixture(scope="module")
def annotate():
    nlp = load_pipeline()
    return lambda text: annotate_doc(nlp(text), "de")


def test_the_name_after_a_copula_is_who_a_later_er_means(annotate):
    found = annotate("Der Prozess gegen den früheren Bürgermeister Peter Hansen begann am Montag in Kiel. "
                     "Vorsitzender Richter ist der Jurist Thomas Albrecht aus Lübeck. "
                     "Er sagte, das Gericht habe 40 Zeugen geladen.")
    assert any(source.text == "Er" and source.resolved == "Thomas Albrecht" for source in found.sources)


def test_a_name_the_model_found_speaks_with_its_lower_case_word():
    # the whole name, as pipeline 0.3.0 marked it
    found = annotate_with_names("Amnesty international erhebt schwere Vorwürfe gegen die Regierung, 600 Morde seien ungeklärt.",
                                {"Amnesty international": "ORG"})
    assert [source.text for source in found.sources] == ["Amnesty international"]


def test_the_object_of_erhebt_vorwuerfe_is_never_its_speaker(annotate):
    found = annotate("Amnesty international erhebt schwere Vorwürfe gegen die Regierung, 600 Morde seien ungeklärt.")
    assert "schwere Vorwürfe" not in [source.text for source in found.sources]
