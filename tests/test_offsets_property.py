"""Offsets hold for any article: pre-annotation and export over generated German news text.

Every region the plugin or the import hands to Label Studio, and every claim the export
publishes, is addressed by Python ``str`` offsets into the article's exact text. The articles
here are composed from news fragments written for this test (attributions, counts, sums of
money, dates, quoted speech in German, French and English quotation marks, names) and salted
with what real copy carries and rules trip over: emoji, flags, skin tones, ZWJ families,
combining marks and decomposed umlauts, CRLF and lone CR or LF, right-to-left words and marks,
typographic dashes, non-breaking and thin spaces, and letters a case-insensitive pattern takes
for others (long s, dotless and dotted i). Hypothesis shrinks a failure to the shortest such
article, so a failing run names the text.
"""

from __future__ import annotations

import csv
import json
import tempfile
import unicodedata
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ls_factcheck.export.run import ExportOptions, make_writers, plan_outputs, run_export
from tools.synthetic_export import verdict_items
from ls_factcheck.preannotate.tasks import preannotate
from ls_factcheck.labels import CLAIM, LABELS
from ls_factcheck.preannotate.pipeline import load_pipeline
from ls_factcheck.schema import Article

# Sized for one busy core: the whole file in well under a minute.
EXAMPLES = 40
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def pipeline():
    """The bundled German pipeline, loaded once: loading takes longer than many examples."""
    return load_pipeline()


# --- news fragments, written for this test ------------------------------------------------

NAMES = ("Anke Doll", "Jürgen Maaß", "Zeynep Aydın", "René Brügge", "Małgorzata Nowak", "Sami Haddad",
         "Tobias Lenz", "Søren Øberg", "Chloé Lefèvre", "Nguyễn Thị Lan")
PLACES = ("Marbeck", "Oberau", "Tessin am See", "Grünwalde", "Bad Hohenfurt", "Lindach", "Köln-Mülheim")
SPEAKERS = ("ein Sprecher", "eine Sprecherin der Stadt", "ein Polizeisprecher", "die Landrätin",
            "Bürgermeisterin {name}", "Einsatzleiter {name}", "Ministeriumssprecher {name}")
AFTER_QUOTE = ("sagte {speaker}", "erklärte {speaker}", "betonte {speaker}", "so {speaker}")
LEADS = ("Laut Polizei", "Nach Angaben der Feuerwehr", "Wie das Ministerium mitteilte,",
         "Nach Darstellung der Staatsanwaltschaft", "Unter Berufung auf Regierungskreise berichtete der Weserbote,",
         "Laut einer Mitteilung des Landratsamts")
TRAILERS = ("sagte ein Sprecher", "teilte das Ministerium mit", "hieß es aus dem Rathaus",
            "berichtete die Nachrichtenagentur", "wie die Polizei am Abend mitteilte")
COUNTED = ("Soldaten", "Menschen", "Einsatzkräfte", "Haushalte", "Fahrgäste", "Beschäftigte")
QUALIFIERS = ("", "rund ", "mehr als ", "knapp ", "etwa ", "mindestens ")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
QUOTES = (("„", "“"), ("«", "»"), ("»", "«"), ('"', '"'), ("‚", "‘"), ("“", "”"))
SPEECH = ("Wir haben die Lage im Griff", "Niemand wurde ernsthaft verletzt", "Das ist ein schwarzer Tag für die Region",
          "Die Zahlen sind eindeutig", "Wir werden nicht zahlen", "Die Brücke bleibt bis auf Weiteres gesperrt")
HEADLINES = ("Großbrand in {place}", "Hochwasser: {place} ruft Katastrophenfall aus", "Von {name}",
             "{place}, {date}", "Mehr zum Thema: Brücken im Land marode", "Ist das Geld gut angelegt?")

# --- noise ----------------------------------------------------------------------------------

EMOJI = ("🚒", "🇩🇪", "🇺🇦", "👍🏽", "👩🏿‍🚒", "👨‍👩‍👧", "🏳️‍🌈", "❤️", "⚡", "😬")
RTL = ("وزارة الداخلية", "משטרה", "\u200fبيان\u200f", "\u2067שלום\u2069", "\u202bالشرطة\u202c")
# What may stand between two words instead of a plain space.
GAPS = (" ",) * 6 + ("\u00a0", "\u2009", "\u202f", " – ", " — ", "\u200f ", " \u200e", "\r\n", "\r", "\n")
# What may stand between two sentences.
BREAKS = (" ", "  ", "\r\n", "\r\n\r\n", "\n", "\n\n", "\r", "\r\r", " \u200f", "\u2028", "\u00a0", " – ")
# Letters that look or match like others: a regex with IGNORECASE takes "ſ" for "s" and "ı" or
# "İ" for "i", while str.lower() keeps them apart. They come from OCR of old print (long s),
# Turkish keyboards (dotless i) and text uppercased under a Turkish locale ("APRİL").
ODD_LETTERS = (str.upper, lambda w: w.replace("i", "İ").upper(), lambda w: w.replace("s", "ſ"),
               lambda w: w.replace("i", "ı"))
# Single code points that combine with or steer their neighbours, for raw generated noise.
NOISE_ALPHABET = ("\u0301", "\u0308", "\u0327", "\u200d", "\ufe0f", "\U0001f3fd", "\U0001f1e9", "\U0001f1ea",
                  "\u200f", "\u200e", "\u2068", "\u2069", "\u00a0", "\u2009", "\r", "\n", "“", "”", "„", "«",
                  "»", "‚", "‘", "’", "–", "—", "…", "\u00ad", "\u200b")


@st.composite
def dates(draw) -> str:
    day, month, year = draw(st.integers(1, 28)), draw(st.sampled_from(MONTHS)), draw(st.integers(1990, 2030))
    return draw(st.sampled_from((f"am {day}. {month} {year}", f"am {day}. {month}", f"{day}.{MONTHS.index(month) + 1:02d}.{year}",
                                 f"am {draw(st.sampled_from(WEEKDAYS))}", f"seit {draw(st.sampled_from(WEEKDAYS))}",
                                 f"bis Ende {month}")))


@st.composite
def counts(draw) -> str:
    """A count the way German copy writes it: ``11.000 Soldaten``, ``mehr als 120 Einsatzkräfte``."""
    number = f"{draw(st.integers(2, 250_000)):,}".replace(",", ".")
    return f"{draw(st.sampled_from(QUALIFIERS))}{number} {draw(st.sampled_from(COUNTED))}"


@st.composite
def sums(draw) -> str:
    """A sum of money: ``3,2 Millionen Euro``, ``rund 14 Mio. Euro``, ``850.000 Euro``."""
    whole, tenth = draw(st.integers(1, 999)), draw(st.integers(0, 9))
    return draw(st.sampled_from((f"{whole},{tenth} Millionen Euro", f"{whole} Millionen Euro", f"rund {whole} Mio. Euro",
                                 f"{whole * 1000:,} Euro".replace(",", "."), f"{whole},{tenth} Milliarden Euro",
                                 f"{whole} Prozent")))


def fill(template: str, draw) -> str:
    return template.format(name=draw(st.sampled_from(NAMES)), place=draw(st.sampled_from(PLACES)),
                           date=draw(dates()), speaker=fill(draw(st.sampled_from(SPEAKERS)), draw)
                           if "{speaker}" in template else "")


@st.composite
def sentences(draw) -> str:
    """One sentence of news copy, a headline or a byline."""
    kind = draw(st.integers(0, 7))
    place, date = draw(st.sampled_from(PLACES)), draw(dates())
    if kind == 0:
        return f"{draw(st.sampled_from(LEADS))} waren {date} {draw(counts())} in {place} im Einsatz."
    if kind == 1:
        return f"{draw(counts())} mussten {date} ihre Wohnungen verlassen, {fill(draw(st.sampled_from(TRAILERS)), draw)}."
    if kind == 2:
        return f"Der Schaden beläuft sich auf {draw(sums())}, {fill(draw(st.sampled_from(TRAILERS)), draw)}."
    if kind == 3:
        opening, closing = draw(st.sampled_from(QUOTES))
        speech = draw(st.sampled_from(SPEECH))
        return f"{opening}{speech}{closing}, {fill(draw(st.sampled_from(AFTER_QUOTE)), draw)} {date}."
    if kind == 4:
        opening, closing = draw(st.sampled_from(QUOTES))
        return f"{draw(st.sampled_from(NAMES))} sagte: {opening}{draw(st.sampled_from(SPEECH))}.{closing}"
    if kind == 5:
        return f"Die Bundeswehr verlegt {draw(counts())} nach {place}, teilte das Ministerium {date} mit."
    if kind == 6:
        return f"Die Sanierung soll {draw(sums())} kosten – {draw(dates())} beginnen die Arbeiten."
    return fill(draw(st.sampled_from(HEADLINES)), draw)


@st.composite
def salted(draw, sentence: str) -> str:
    """The sentence with noise in its gaps and on its words: emoji, RTL, combining marks, odd spaces."""
    words = sentence.split(" ")
    out = []
    for i, word in enumerate(words):
        if draw(st.integers(0, 9)) == 0:
            word = unicodedata.normalize("NFD", word)  # "Brügge" as u + U+0308: same look, more code points
        if draw(st.integers(0, 11)) == 0:
            word += draw(st.sampled_from(EMOJI))  # glued on: "Feuerwehr🚒"
        if draw(st.integers(0, 11)) == 0:
            word = draw(st.sampled_from(ODD_LETTERS))(word)
        out.append(word)
        if i < len(words) - 1:
            gap = draw(st.sampled_from(GAPS))
            extra = draw(st.integers(0, 15))
            if extra == 0:
                gap = f" {draw(st.sampled_from(EMOJI))} "
            elif extra == 1:
                gap = f" ({draw(st.sampled_from(RTL))}) "
            elif extra == 2:
                gap += draw(st.text(alphabet=st.sampled_from(NOISE_ALPHABET), min_size=1, max_size=3))
            out.append(gap)
    return "".join(out)


@st.composite
def articles(draw) -> Article:
    """A German article of two to seven salted sentences with odd line breaks between them."""
    parts = [draw(salted(draw(sentences()))) for _ in range(draw(st.integers(2, 7)))]
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from(BREAKS)) + part
    if draw(st.booleans()):
        text = draw(st.sampled_from(("", "\ufeff", "\r\n", "🚒 "))) + text + draw(st.sampled_from(("", "\r\n", "\n", " 🇩🇪")))
    return Article(id="gen-1", text=text, title="Lagebericht", outlet="Elbkurier", language="de")


# --- pre-annotation ----------------------------------------------------------------------------


def preannotated(article: Article) -> tuple[list, list]:
    problems: list = []
    return list(preannotate([article], pipeline(), problems)), problems


def labelled(task_json: dict) -> list[dict]:
    return [r for p in task_json["predictions"] for r in p["result"] if r.get("type") == "labels"]


@SETTINGS
@given(articles())
def test_no_generated_article_is_dropped_by_the_offset_check(article):
    tasks, problems = preannotated(article)
    assert problems == [] and len(tasks) == 1, f"{problems} for {article.text!r}"


@SETTINGS
@given(articles())
def test_every_labelled_region_as_label_studio_receives_it_points_at_its_own_text(article):
    tasks, problems = preannotated(article)
    assert tasks, problems
    # What Label Studio stores is the JSON, so the check reads the JSON back, not the models.
    task = json.loads(json.dumps(tasks[0].model_dump(mode="json"), ensure_ascii=False))
    text = task["data"]["text"]
    assert text == article.text
    for region in labelled(task):
        value = region["value"]
        assert text[value["start"]:value["end"]] == value["text"], region["id"]


def inside_a_letter(text: str, edge: int) -> bool:
    """Whether ``edge`` falls inside a letter written with combining marks ("u" + U+0308 for
    "ü"): between the letter and a mark on it, or between two of its marks."""
    if not 0 < edge < len(text) or not unicodedata.category(text[edge]).startswith("M"):
        return False
    base = edge - 1
    while base > 0 and unicodedata.category(text[base]).startswith("M"):
        base -= 1
    return text[base].isalpha()


@SETTINGS
@given(articles())
def test_no_region_starts_or_ends_inside_a_letter_written_with_combining_marks(article):
    tasks, problems = preannotated(article)
    assert tasks, problems
    text = article.text
    for region in labelled(tasks[0].model_dump(mode="json")):
        value = region["value"]
        assert not inside_a_letter(text, value["start"]), (region["id"], value["text"])
        assert not inside_a_letter(text, value["end"]), (region["id"], value["text"])


# --- export ----------------------------------------------------------------------------------


def reviewed_export(task_json: dict, task_id: int, verdicts: list[str]) -> dict:
    """The task as a Label Studio JSON export holds it after one reviewer accepted the
    pre-annotation and gave a verdict on each claim, in order, while verdicts last."""
    prediction = task_json["predictions"][0]
    result = [dict(item, origin="prediction") for item in prediction["result"]]
    claims = [r for r in result if r.get("type") == "labels" and r["value"]["labels"] == [CLAIM]]
    for region, verdict in zip(claims, verdicts):
        result += verdict_items(region, verdict, [f"https://quelle.example/{task_id}/{region['id']}"])
    annotation = {"id": task_id * 10, "completed_by": {"id": 7, "email": "anna.berg@elbkurier.example"},
                  "result": result, "was_cancelled": False, "created_at": "2026-05-04T09:00:00Z",
                  "updated_at": "2026-05-04T09:00:00Z"}
    return {"id": task_id, "data": task_json["data"], "annotations": [annotation],
            "predictions": [{"id": task_id, **prediction}]}


def exported(tasks: list[dict]) -> tuple[list[dict], list[dict]]:
    """The JSONL records and CSV rows the export writes for ``tasks``."""
    with tempfile.TemporaryDirectory() as folder:
        plan = plan_outputs(["jsonl", "csv"], Path(folder))
        run_export(tasks, make_writers(plan, ExportOptions()), "latest")
        # JSON Lines ends records with "\n" only; str.splitlines() would also cut at a U+2028 or
        # U+0085 that a claim carries unescaped (valid JSON), so the split is on "\n".
        lines = plan["jsonl"].read_text(encoding="utf-8").split("\n")
        records = [json.loads(line) for line in lines if line]
        # newline="" as the csv module asks: a CR inside a quoted claim is part of the claim.
        with plan["csv"].open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    return records, rows


def reviewed(batch: list[tuple[Article, list[str]]]) -> tuple[dict[str, str], list[dict], int]:
    """Pre-annotate and review each article; returns texts by article id, the export's tasks and
    how many claims got a verdict."""
    texts, tasks, decided = {}, [], 0
    for n, (article, verdicts) in enumerate(batch, start=1):
        article = article.model_copy(update={"id": f"gen-{n}"})
        built, problems = preannotated(article)
        assert built, problems
        task_json = built[0].model_dump(mode="json")
        texts[article.id] = article.text
        tasks.append(reviewed_export(task_json, n, verdicts))
        decided += min(len(verdicts), task_json["data"]["claims"])
    return texts, tasks, decided


# Two or three articles of one review session, each with the verdicts given in claim order.
batches = st.lists(st.tuples(articles(), st.lists(st.sampled_from(LABELS.verdicts), max_size=8)), min_size=2, max_size=3)


@SETTINGS
@given(batches)
def test_every_exported_claim_its_source_and_entities_point_at_their_text_in_the_article(batch):
    texts, tasks, decided = reviewed(batch)
    records, _ = exported(tasks)
    assert len(records) == decided
    for record in records:
        text = texts[record["article_id"]]
        assert text[record["start"]:record["end"]] == record["claim"], record["claim_id"]
        if record["source"] is not None:
            assert text[record["source_start"]:record["source_end"]] == record["source"], record["claim_id"]
        for entity in record["entities"]:
            assert text[entity["start"]:entity["end"]] == entity["text"], record["claim_id"]


@SETTINGS
@given(batches)
def test_every_csv_row_keeps_the_claim_its_offsets_point_at_line_breaks_included(batch):
    texts, tasks, decided = reviewed(batch)
    _, rows = exported(tasks)
    assert len(rows) == decided
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert texts[row["article_id"]][start:end] == row["claim"]
