"""The ``spacy`` format: one Doc per reviewed article, in DocBin shards.

A Doc carries the reviewed entities as ``doc.ents`` and three span groups:

- ``claims``: the verified claims, labelled with the published verdict (``conflict`` when reviewers
  disagree and the rule did not settle it);
- ``sources``: the SOURCE spans of the newest annotation;
- ``rejected_claims``: claims the pre-annotation proposed and the reviewers removed.

``doc.user_data["claim_candidates"]`` keeps the pre-annotation's score and reasons for every
proposed claim, keyed ``"start:end"``; ``train-claims`` learns from them (:func:`scorer_examples`). A DocBin serialises
all its Docs at once, so the export writes shards of ``shard_size`` Docs
(``part-00000.spacy``, ...) into a folder, which ``spacy train`` and :func:`read_docs` accept.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from ls_factcheck.export.review import TaskReview
from ls_factcheck.export.writers import Writer, Written
from ls_factcheck.labels import CLAIM, ENTITY_LABELS, SOURCE
from ls_factcheck.preannotate.claim_scorer import Example

CLAIMS, SOURCES, REJECTED = "claims", "sources", "rejected_claims"
CONFLICT = "conflict"


def _settle_msgpack_registries() -> None:
    """Look srsly's msgpack plug-ins up once instead of on every serialisation.

    srsly asks its registries for plug-ins each time it packs or unpacks, which scans every
    installed package's entry points and all of spaCy's registered functions (about 3 ms, five
    times per Doc added to a DocBin): the spacy format took four times as long as all other formats
    together. The plug-ins found now (numpy's) are kept; one registered later would not be seen.
    """
    from srsly import msgpack

    for registry in (msgpack.msgpack_encoders, msgpack.msgpack_decoders):
        if getattr(registry, "_ls_factcheck_settled", False):
            continue
        found = dict(registry.get_all())
        registry.get_all = lambda found=found: found
        registry._ls_factcheck_settled = True


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    # Claims and entities almost always fall on token boundaries; widening to the covering tokens
    # keeps the rest rather than dropping them.
    return doc.char_span(start, end, label=label) or doc.char_span(start, end, label=label, alignment_mode="expand")


def review_doc(nlp, review: TaskReview) -> tuple[Doc, int]:
    """The Doc for one reviewed task and how many spans had to be widened or dropped to fit tokens."""
    doc = nlp.make_doc(review.text)
    latest = review.latest
    regions = list(latest.regions.values()) if latest else []
    misfits = 0

    def spans(items) -> list[Span]:
        nonlocal misfits
        made = []
        for start, end, label in items:
            span = _span(doc, start, end, label)
            misfits += span is None or (span.start_char, span.end_char) != (start, end)
            if span is not None:
                made.append(span)
        return made

    entities = spans((r.start, r.end, r.label) for r in regions if r.label in ENTITY_LABELS)
    doc.ents = filter_spans(entities)
    doc.spans[CLAIMS] = spans((c.start, c.end, c.verdict.value if c.verdict else CONFLICT) for c in review.claims)
    doc.spans[SOURCES] = spans((r.start, r.end, SOURCE) for r in regions if r.label == SOURCE)
    kept = set().union(*(a.claim_spans for a in review.annotations)) if review.annotations else set()
    doc.spans[REJECTED] = spans((c.start, c.end, CLAIM) for c in review.candidates if (c.start, c.end) not in kept)
    data = review.data
    doc.user_data["article_id"] = str(data.get("article_id") or review.task.get("id"))
    doc.user_data["task_id"] = review.task.get("id")
    doc.user_data["outlet"] = data.get("outlet") or ""
    doc.user_data["claim_candidates"] = {
        f"{c.start}:{c.end}": {"score": c.score, "reasons": list(c.meta.get("reasons") or []),
                               "unattributed": bool(c.meta.get("unattributed"))}
        for c in review.candidates
    }
    return doc, misfits


SHARD_PATTERN = "part-[0-9][0-9][0-9][0-9][0-9].spacy"


class SpacyWriter(Writer):
    name, default_name, folder = "spacy", "spacy", True

    def __init__(self, path: Path, shard_size: int = 1000, lang: str = "de", force: bool = False) -> None:
        super().__init__(path, force)
        _settle_msgpack_registries()
        self.nlp = spacy.blank(lang)
        self.shard_size = shard_size
        self.shards = 0
        self.misfits = 0
        self.bin = self._new_bin()

    @staticmethod
    def _new_bin() -> DocBin:
        return DocBin(store_user_data=True)

    def add(self, review: TaskReview) -> None:
        if not review.reviewed:
            return
        doc, misfits = review_doc(self.nlp, review)
        self.misfits += misfits
        self.bin.add(doc)
        self.records += 1
        if len(self.bin) >= self.shard_size:
            self._flush()

    def _flush(self) -> None:
        if len(self.bin):
            self.bin.to_disk(self.path / f"part-{self.shards:05d}.spacy")
            self.shards += 1
            self.bin = self._new_bin()

    def put_in_place(self) -> None:
        """A new folder is renamed into place; in an existing one (``force``) the shards of an earlier
        export are replaced by this one's, and every other file stays."""
        if not self.target.exists():
            os.replace(self.path, self.target)
            return
        for old in self.target.glob(SHARD_PATTERN):
            old.unlink()
        for new in sorted(self.path.glob(SHARD_PATTERN)):
            os.replace(new, self.target / new.name)

    def close(self) -> Written:
        self._flush()
        note = f"{self.shards} shard(s)"
        if self.misfits:
            note += f"; {self.misfits} span(s) widened to token boundaries or dropped"
        return Written(self.name, self.path, self.records, 0, note)


def read_docs(path: str | Path, lang: str = "de") -> Iterator[Doc]:
    """Every Doc of a DocBin file or a folder of shards, in order."""
    path = Path(path)
    files = sorted(path.glob("*.spacy")) if path.is_dir() else [path]
    vocab = spacy.blank(lang).vocab
    _settle_msgpack_registries()
    for file in files:
        yield from DocBin().from_disk(file).get_docs(vocab)


def scorer_examples(docs: Iterable[Doc]) -> tuple[list[Example], int]:
    """Candidates the reviewers decided on (kept with a verdict, or removed) and the count of claims added by hand."""
    found, manual = [], 0
    for doc in docs:
        candidates = doc.user_data.get("claim_candidates") or {}
        article = str(doc.user_data.get("article_id", ""))
        kept = {(s.start, s.end) for s in doc.spans.get(CLAIMS, [])}
        removed = {(s.start, s.end) for s in doc.spans.get(REJECTED, [])}
        proposed = set()
        for key, info in candidates.items():
            start, end = (int(v) for v in key.split(":"))
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            proposed.add((span.start, span.end))
            label = 1 if (span.start, span.end) in kept else 0 if (span.start, span.end) in removed else None
            if label is None:
                continue  # kept but never given a verdict: not a decision either way
            found.append(Example(article, doc.text[start:end], list(info.get("reasons") or []), info.get("score"),
                                 bool(info.get("unattributed")), label))
        manual += len(kept - proposed)
    return found, manual
