"""evaluate_ner scores GermEval files with the same tag mapping the bundled model was trained on."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from ls_factcheck.evaluation.ner_eval import evaluate_ner, spans_from_tags

GERMEVAL_TSV = """#\thttp://example.org/artikel\t[2024-01-01]
1\tMaria\tB-PER\tO
2\tSchmidt\tI-PER\tO
3\tbesucht\tO\tO
4\tdie\tO\tO
5\tdeutsche\tB-LOCderiv\tO
6\tFirma\tO\tO
7\tAcme\tB-ORG\tO
8\t.\tO\tO

"""


def test_oth_becomes_misc_and_derived_and_part_tags_become_o():
    tags = ["B-OTH", "I-OTH", "B-LOCderiv", "S-ORGPART", "S-PER"]
    assert spans_from_tags(tags) == [(0, 2, "MISC"), (4, 5, "PER")]


def test_bioes_and_bio_give_the_same_spans():
    assert spans_from_tags(["B-PER", "E-PER", "O", "S-LOC"]) == spans_from_tags(["B-PER", "I-PER", "O", "B-LOC"])


def _fixed_predictions(spans):
    nlp = spacy.blank("de")

    @spacy.Language.component("fixed_entities_for_test")
    def fixed(doc):
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in spans]
        return doc

    nlp.add_pipe("fixed_entities_for_test")
    return nlp


def test_exact_span_and_label_match_counts_and_anything_else_is_an_error(tmp_path):
    path = tmp_path / "dev.tsv"
    path.write_text(GERMEVAL_TSV, encoding="utf-8")
    # PER right, ORG given the wrong label, and a spurious LOC on the derived adjective.
    report = evaluate_ner(path, _fixed_predictions([(0, 2, "PER"), (4, 5, "LOC"), (6, 7, "MISC")]))
    per, org = report.per_label["PER"], report.per_label["ORG"]
    assert (per.tp, per.fp, per.fn) == (1, 0, 0)
    assert (org.tp, org.fn) == (0, 1)
    assert report.per_label["LOC"].fp == 1
    assert round(report.overall.f1, 4) == round(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2), 4)
