"""Label Studio tasks built by hand, in exactly the shape of a Label Studio JSON export.

For tests and the export benchmark: an :class:`ArticleBuilder` lays out German sentences and
marks claims, sources and entities by their text, so offsets are computed, never typed; a
reviewer's annotation is the prediction's regions plus the per-region verdict items Label Studio
stores under the claim's id. ``write_synthetic_export`` streams any number of such tasks to a
file without holding them.
"""

from __future__ import annotations

import json
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ls_factcheck.labels import ATTRIBUTED_TO, CLAIM, LABELS, SOURCE
from ls_factcheck.studio.results import verdict_items


def span_item(region_id: str, text: str, start: int, end: int, label: str, score: float | None = None,
              meta: dict | None = None, origin: str = "prediction") -> dict:
    item = {"id": region_id, "from_name": LABELS.span_control, "to_name": LABELS.text_object, "type": "labels",
            "origin": origin, "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}
    if score is not None:
        item["score"] = score
    if meta:
        item["meta"] = meta
    return item


def relation_item(claim_id: str, source_id: str) -> dict:
    return {"type": "relation", "from_id": claim_id, "to_id": source_id, "direction": "right", "labels": [ATTRIBUTED_TO]}


@dataclass
class ArticleBuilder:
    """Sentences in, a task with a prediction out; regions are found by their text."""

    article_id: str
    outlet: str = ""
    title: str = ""
    url: str = ""
    published: str = ""
    sentences: list[str] = field(default_factory=list)
    regions: list[dict] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    def locate(self, fragment: str, within: str | None = None) -> tuple[int, int]:
        text = self.text
        offset = text.index(within) if within else 0
        start = text.index(fragment, offset)
        return start, start + len(fragment)

    def claim(self, sentence: str, score: float = 0.6, reasons: list[str] | None = None, source: str | None = None,
              region_id: str | None = None) -> str:
        if sentence not in self.sentences:
            self.sentences.append(sentence)
        start, end = self.locate(sentence)
        region_id = region_id or f"claim-{sum(r['value']['labels'] == [CLAIM] for r in self.regions) + 1}"
        meta = {"reasons": reasons or [], "unattributed": source is None}
        self.regions.append(span_item(region_id, self.text, start, end, CLAIM, score, meta))
        if source:
            s_start, s_end = self.locate(source, within=sentence)
            source_id = f"source-{sum(r['value']['labels'] == [SOURCE] for r in self.regions) + 1}"
            self.regions.append(span_item(source_id, self.text, s_start, s_end, SOURCE, 1.0))
            self.relations.append(relation_item(region_id, source_id))
        return region_id

    def entity(self, fragment: str, label: str, within: str | None = None, normalized: dict | None = None) -> str:
        start, end = self.locate(fragment, within)
        region_id = f"{label.lower()}-{start}-{end}"
        meta = {"normalized": normalized} if normalized else None
        self.regions.append(span_item(region_id, self.text, start, end, label, 0.9, meta))
        return region_id

    def sentence(self, sentence: str) -> None:
        self.sentences.append(sentence)

    def prediction_result(self) -> list[dict]:
        # Regions were placed while sentences were still being added; re-read their text now.
        text = self.text
        for region in self.regions:
            value = region["value"]
            assert text[value["start"]:value["end"]] == value["text"], f"{region['id']} moved"
        return [*self.regions, *self.relations]

    def task(self, task_id: int, annotations: list[dict] | None = None, **extra_data) -> dict:
        return {
            "id": task_id,
            "data": {"text": self.text, "article_id": self.article_id, "title": self.title, "url": self.url,
                     "outlet": self.outlet, "published": self.published, "byline": self.outlet, "link": "", **extra_data},
            "annotations": annotations or [],
            "predictions": [{"id": task_id, "model_version": "rules-test", "score": 0.7, "result": self.prediction_result()}],
        }

    def annotation(self, annotation_id: int, reviewer: str, verdicts: dict[str, tuple], when: str = "2026-03-02T10:00:00Z",
                   drop: tuple[str, ...] = (), add: list[dict] = ()) -> dict:
        """A reviewer's annotation: the prediction minus ``drop``, plus ``add``, plus verdicts per claim id."""
        result = [dict(r, origin="prediction") for r in self.prediction_result()
                  if r.get("id") not in drop and not (r.get("type") == "relation" and r["from_id"] in drop)]
        by_id = {r["id"]: r for r in [*result, *add] if r.get("type") == "labels"}
        result.extend(add)
        for region_id, verdict in verdicts.items():
            verdict, evidence, notes = (*verdict, "", "")[:3] if isinstance(verdict, tuple) else (verdict, [], "")
            result.extend(verdict_items(by_id[region_id], verdict, list(evidence), notes))
        return {"id": annotation_id, "completed_by": {"id": zlib.crc32(reviewer.encode()) % 100000, "email": reviewer},
                "result": result, "was_cancelled": False, "created_at": when, "updated_at": when}


# --- a large synthetic project, for the benchmark ---------------------------------------------

_OUTLETS = ("Rheinblick", "Weserbote", "Morgenpost 24", "Elbkurier", "Südwest Tagblatt")
_PLACES = ("Hohenfurt", "Lindach", "Marbeck", "Oberau", "Tessin am See", "Grünwalde")
_SOURCES = ("der Polizei", "der Landrätin", "eines Sprechers der Stadt", "des Umweltamts", "der Feuerwehr")


def synthetic_task(task_id: int, rng: random.Random, reviewers: int = 1, sentences: int = 22) -> dict:
    """One article of about 3,000 characters with ~20 regions; ``reviewers`` annotations."""
    place = rng.choice(_PLACES)
    article = ArticleBuilder(f"syn-{task_id:06d}", outlet=rng.choice(_OUTLETS), title=f"Hochwasser in {place}",
                             url=f"https://news.example/{task_id}", published="2026-03-02")
    claims = []
    for k in range(sentences):
        people = rng.randint(100, 5000)
        source = rng.choice(_SOURCES)
        if k % 2 == 0:
            sentence = (f"Nach Angaben {source} mussten in {place} am Montag {people} Menschen ihre Wohnungen "
                        f"verlassen, {k + 2} Notunterkünfte wurden eingerichtet.")
            region = article.claim(sentence, score=round(rng.uniform(0.4, 0.9), 2),
                                   reasons=[f"a number: {people} Menschen", f"a named source: {source}"], source=source)
            article.entity(f"{people} Menschen", "QUANTITY", within=sentence,
                           normalized={"value": float(people), "unit": "Menschen"})
            claims.append(region)
        else:
            article.sentence(f"Die Lage in {place} bleibt nach Einschätzung vieler Anwohner angespannt und unübersichtlich.")
    annotations = []
    verdicts = LABELS.verdicts
    for r in range(reviewers):
        chosen = {cid: (rng.choice(verdicts), [f"https://quelle.example/{task_id}/{cid}"], "") for cid in claims[:6]}
        annotations.append(article.annotation(task_id * 10 + r, f"pruefer{r + 1}@desk.example", chosen,
                                              when=f"2026-03-0{r + 2}T09:00:00Z"))
    return article.task(task_id, annotations)


def write_synthetic_export(path: str | Path, tasks: int, seed: int = 7, double_review_every: int = 5,
                           unreviewed_every: int = 0, sentences: int = 22) -> Path:
    """A Label Studio JSON export of ``tasks`` synthetic tasks, written one task at a time."""
    rng = random.Random(seed)
    path = Path(path)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[")
        for n in range(1, tasks + 1):
            reviewers = 0 if unreviewed_every and n % unreviewed_every == 0 else (
                2 if double_review_every and n % double_review_every == 0 else 1)
            handle.write(("\n" if n == 1 else ",\n") + json.dumps(synthetic_task(n, rng, reviewers, sentences), ensure_ascii=False))
        handle.write("\n]\n")
    return path
