"""Turn an article and its pre-annotations into a Label Studio task with one prediction.

This is the output contract every consumer shares (``preannotate``, ``import``, the plugin's
``/predict``): one task per article, summary fields for Data Manager columns, labelled regions with
a score and readable meta, and ``attributed_to`` relations from each claim to its source. Offsets
are checked before a task leaves this module.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from spacy.language import Language

from ls_factcheck.preannotate.annotate import annotate_doc, article_language
from ls_factcheck.problems import Problem
from ls_factcheck.labels import ATTRIBUTED_TO, CLAIM, LABELS, SOURCE
from ls_factcheck.preannotate.pipeline import model_version
from ls_factcheck.schema import (
    Annotations,
    Article,
    LabelResult,
    OffsetError,
    Prediction,
    RegionMeta,
    RelationResult,
    Span,
    SpanValue,
    Task,
    TaskData,
)


def to_task(article: Article, annotations: Annotations, version: str) -> Task:
    """Build the task for ``article``; raises ``OffsetError`` if any region misses its text."""
    results: list[LabelResult | RelationResult] = []
    for entity in annotations.entities:
        meta = [f"{key}: {value}" for key, value in entity.normalized.items() if value not in (None, "")]
        results.append(_region(f"{entity.label.lower()}-{entity.start}-{entity.end}", entity, entity.label,
                               entity.score, meta, normalized=entity.normalized or None))
    words = _CAPTIONS["de" if article_language(article) == "de" else "en"]
    for source in annotations.sources:
        meta = [f"{words['source']}: {source.resolved or source.text}"]
        if source.cue:
            meta.append(f"{words['cue']}: {source.cue}")
        results.append(_region(source.id, source, SOURCE, 1.0, meta, resolved=source.resolved))
    for claim in annotations.claims:
        source = annotations.source_of(claim)
        reasons = ", ".join(_reason_caption(reason, words) for reason in claim.reasons)
        # The attribution comes first: "no source" is what a reviewer must see before the reasons.
        meta = [f"{words['source']}: {source.resolved or source.text}" if source else words["unattributed"],
                f"{words['score']} {claim.score:.2f}: {reasons}" if reasons else f"{words['score']} {claim.score:.2f}"]
        results.append(_region(claim.id, claim, CLAIM, claim.score, meta,
                               reasons=claim.reasons, unattributed=source is None))
        if source:
            results.append(RelationResult(from_id=claim.id, to_id=source.id, labels=[ATTRIBUTED_TO]))

    top = max((c.score for c in annotations.claims), default=0.0)
    task = Task(
        data=TaskData(
            text=article.text,
            article_id=article.id,
            title=article.title or "",
            url=article.url or "",
            outlet=article.outlet or "",
            published=article.published or "",
            author=article.author or "",
            language=article.language or "",
            byline=byline(article.outlet, article.published, article.author),
            link=link_html(article.url),
            claims=len(annotations.claims),
            max_claim_score=round(top, 3),
            unattributed_claims=sum(c.unattributed for c in annotations.claims),
            unattributed_selector=unattributed_selector(c.id for c in annotations.claims if c.unattributed),
        ),
        predictions=[Prediction(model_version=version, score=round(top, 3), result=results)],
        origin=article.origin,
    )
    task.check_offsets()
    return task


def byline(*parts: str | None) -> str:
    return " · ".join(part for part in parts if part)


def link_html(url: str | None) -> str:
    """The article's address as the interface shows it: a link for http(s) addresses, else plain text."""
    if not url:
        return ""
    shown = html.escape(url)
    if urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
        return shown  # a javascript: or data: address is never made clickable
    return f'<a href="{shown}" target="_blank" rel="noopener">{shown}</a>'


def own_markup(task: Task) -> Task:
    """``task`` with the fields the interface renders as HTML or CSS computed here, not taken as given.

    A task file is untrusted: a ``link`` or ``unattributed_selector`` written into it could hide
    the verdict panel or load remote content in every reviewer's browser. They are rebuilt from
    the task's own ``url`` and pre-annotation, and the byline from its outlet, date and author.
    """
    data = task.data
    result = task.predictions[0].result if task.predictions else []
    unattributed = [item.id for item in result if isinstance(item, LabelResult) and item.value.labels == [CLAIM]
                    and item.meta is not None and (item.meta.model_extra or {}).get("unattributed") is True]
    data.link = link_html(data.url)
    data.unattributed_selector = unattributed_selector(unattributed)
    data.byline = byline(data.outlet, data.published, data.author)
    return task


def unattributed_selector(claim_ids: Iterable[str]) -> str:
    """CSS selector of the highlights of the unattributed claims, for the labelling interface.

    Label Studio names a region's highlight spans ``htx-highlight-<region id>-<n>`` and offers no
    per-region style, so label_config/factcheck.xml styles these spans through this selector to
    make unattributed claims recognisable in the text; a selected or hidden claim keeps Label
    Studio's own look. Ids that are not plain names are left out rather than escaped, so they
    cannot break the page's CSS.
    """
    return ", ".join(f'.htx-highlight[class*=" htx-highlight-{claim_id}-"]:not(.__active):not(.__hidden)'
                     for claim_id in claim_ids if _PLAIN_ID.fullmatch(claim_id))


_PLAIN_ID = re.compile(r"[A-Za-z0-9_-]+")


# What the region details say, in the article's language. The reasons stay English in the
# region's ``reasons`` field, which the claim scorer reads; only the shown text is translated.
_CAPTIONS = {
    "de": {"source": "Quelle", "cue": "Stichwort", "unattributed": "OHNE QUELLE: im Artikel niemandem zugeordnet",
           "score": "Score", "a number": "Zahl", "a named source": "genannte Quelle", "an official act": "Amtshandlung",
           "a comparison or record": "Vergleich oder Rekord", "a causal statement": "Ursache", "hedging": "Vorbehalt",
           "a date": "Datum", "a direct quote": "wörtliches Zitat", "names": "Namen",
           "claim model": "Claim-Modell"},
    "en": {"source": "source", "cue": "cue", "unattributed": "UNATTRIBUTED: no source in the article", "score": "score"},
}


def _reason_caption(reason: str, words: dict[str, str]) -> str:
    kind, colon, rest = reason.partition(":")
    return f"{words.get(kind, kind)}{colon}{rest}"


def _region(region_id: str, span: Span, label: str, score: float, meta: list[str], **extra) -> LabelResult:
    return LabelResult(
        id=region_id,
        from_name=LABELS.span_control,
        to_name=LABELS.text_object,
        value=SpanValue(start=span.start, end=span.end, text=span.text, labels=[label]),
        score=round(score, 3),
        meta=RegionMeta(text=["; ".join(meta)], **{k: v for k, v in extra.items() if v is not None}) if meta else None,
    )


def preannotate(articles: Iterable[Article], nlp: Language, problems: list[Problem]) -> Iterator[Task]:
    """Pre-annotate each article with ``nlp`` and the rules; yields one checked task per article.

    An article whose regions fail the offset check is not yielded but recorded in ``problems``.
    """
    version = model_version(nlp)
    # nlp.pipe batches the model work; the rules then run per article on its Doc.
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=32):
        try:
            yield to_task(article, annotate_doc(doc, article_language(article)), version)
        except OffsetError as error:
            problems.append(Problem(article.origin or article.id, f"skipped, pre-annotation is inconsistent: {error}"))
