"""How many names that no word list holds does a pipeline find? A check beside GermEval dev.

The word-list features help with names the lists know; GermEval dev is full of those. Fact-check
articles also name small towns, local officials and firms that no list has, and a model that
leans on its lists can miss them. These sentences, written for this project with made-up names
(and two small real places in transliteration), count how many such names a pipeline finds with
the right span; the label is not checked.

    python training/eval_unlisted.py [MODEL ...]    # default: the bundled pipeline
"""

from __future__ import annotations

import argparse

from ls_factcheck.preannotate.pipeline import load_pipeline, model_version

CASES: list[tuple[str, list[str]]] = [
    ("Die Stadtwerke versorgen rund 61.000 Haushalte in Kaltenbrunn und drei Umlandgemeinden.", ["Kaltenbrunn"]),
    ("Die Polizei in Ebersfeld ermittelt wegen Brandstiftung.", ["Ebersfeld"]),
    ("Der Deich bei Wendlingshausen brach am Sonntagmorgen.", ["Wendlingshausen"]),
    ("Bürgermeisterin Karla Wendt sprach von einer Katastrophe.", ["Karla Wendt"]),
    ("Nach Angaben der Feuerwehr Oberkirchbach waren 300 Helfer im Einsatz.", ["Oberkirchbach"]),
    ("Der Zug war von Grauheim nach Lindenau unterwegs.", ["Grauheim", "Lindenau"]),
    ("Die Firma Voltaro Energy will das Werk in Ebersfeld schließen.", ["Voltaro Energy", "Ebersfeld"]),
    ("In Sudscha und Kurtschatow wurde weiter gekämpft.", ["Sudscha", "Kurtschatow"]),
    ("Landrat Tobias Merz besuchte am Montag die Unglücksstelle bei Rothenfeld.", ["Tobias Merz", "Rothenfeld"]),
    ("Das Unternehmen Kessler & Sohn meldete Insolvenz an.", ["Kessler & Sohn"]),
    ("Die Einwohner von Birkenbrück wurden evakuiert.", ["Birkenbrück"]),
    ("Pfarrer Anselm Grüter aus Hohenwarth leitete den Gottesdienst.", ["Anselm Grüter", "Hohenwarth"]),
    ("Die Molkerei Alpenfrisch in Steinach streicht 80 Stellen.", ["Alpenfrisch", "Steinach"]),
]


def found(model: str | None = None) -> tuple[int, int, list[str]]:
    nlp = load_pipeline(model)
    hits, missed = 0, []
    for text, names in CASES:
        spans = {ent.text for ent in nlp(text).ents}
        for name in names:
            if name in spans:
                hits += 1
            else:
                missed.append(name)
    return hits, hits + len(missed), missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", default=[None], help="installed pipeline names or paths")
    args = parser.parse_args()
    for model in args.models:
        hits, total, missed = found(model)
        print(f"{model_version(load_pipeline(model))}: {hits}/{total} found; missed: {', '.join(missed) or '-'}")


if __name__ == "__main__":
    main()
