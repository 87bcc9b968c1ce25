"""Sentence-boundary scores of a pipeline: on UD German GSD paragraphs and on German news cases.

UD GSD's raw sentence texts are joined into paragraphs of ten (``convert.py``), so each gold
boundary has to be found inside running text; a boundary counts when the predicted sentence starts
at the same character. The rule-based ``sentencizer`` on the same text is the baseline.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import ls_factcheck.preannotate.sentences  # noqa: F401  (registers the bundled pipeline's sentence splitter)

# Written for this check (not taken from any corpus): the cases issue 3 names, each with the
# sentences it must split into.
CASES: list[list[str]] = [
    ["Am 28. April 2025 trafen sich die Minister in Brüssel.", "Sie berieten über den Haushalt."],
    ["Der 3. Oktober ist in Deutschland ein Feiertag.", "Viele Geschäfte bleiben geschlossen."],
    ["Die Regierung plant u. a. höhere Steuern auf Tabak.", "Kritiker sprechen von einem Fehler."],
    ["Manche Länder, z. B. Frankreich, reagierten sofort.", "Andere warteten ab."],
    ["Dr. Anna Weber leitet die Klinik seit 2019.", "Sie ist Kardiologin."],
    ["Insgesamt wurden 11.000 Soldaten an die Grenze verlegt.", "Das Ministerium bestätigte die Zahl."],
    ["Die Zahl der Verletzten stieg bis zum Abend auf 120.", "Die Polizei sperrte die Straße."],
    ["Er wurde 1956 in Ulm geboren und starb 2020.", "Sein Nachlass liegt im Stadtarchiv."],
    ["Bis zum 15. März müssen alle Anträge vorliegen."],
    ["Das Treffen der Gewerkschaften findet am 1. Mai in Hamburg statt."],
    ['Prof. Dr. Klaus Berger sagte: "Wir wissen es nicht."', "Danach verließ er den Saal."],
    ["Die Kosten liegen bei 2,5 Mio. Euro.", "Das ist mehr als geplant."],
    ["Sie belegte beim Rennen den 2. Platz hinter der Titelverteidigerin."],
    ["Seit dem 7. Januar 2024 gilt die neue Regel, d. h. Anträge gehen nur noch online."],
]


def starts(doc) -> set[int]:
    return {sent.start_char for sent in doc.sents if sent.start_char > 0}


def boundary_scores(nlp, docs) -> dict[str, float]:
    tp = fp = fn = 0
    for gold in docs:
        predicted = starts(nlp(gold.text))
        expected = starts(gold)
        tp += len(predicted & expected)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def case_results(nlp) -> list[tuple[bool, list[str]]]:
    results = []
    for sentences in CASES:
        doc = nlp(" ".join(sentences))
        got = [sent.text.strip() for sent in doc.sents]
        results.append((got == sentences, got))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", help="pipeline path or name")
    parser.add_argument("--ud", type=Path, default=Path(__file__).parent / "corpus" / "ud_gsd_sents.spacy")
    parser.add_argument("--json", type=Path, help="also write the scores here")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    baseline = spacy.blank("de")
    baseline.add_pipe("sentencizer")
    docs = list(DocBin().from_disk(args.ud).get_docs(nlp.vocab))
    scores = {
        "ud_gsd_boundaries": boundary_scores(nlp, docs),
        "ud_gsd_boundaries_sentencizer": boundary_scores(baseline, docs),
    }
    for name, pipeline in (("cases", nlp), ("cases_sentencizer", baseline)):
        results = case_results(pipeline)
        scores[name] = f"{sum(ok for ok, _ in results)}/{len(results)}"
        if pipeline is nlp:
            for ok, got in results:
                if not ok:
                    print("MISSED:", " | ".join(got))
    print(json.dumps(scores, indent=2))
    if args.json:
        args.json.write_text(json.dumps(scores, indent=2) + "\n")


if __name__ == "__main__":
    main()
