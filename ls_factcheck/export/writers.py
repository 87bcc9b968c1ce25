"""Dataset writers: each takes TaskReviews one at a time and writes as it goes.

All formats of one export are written in a single pass over the tasks (see ``export.run``), so
every writer must stream: nothing here keeps more than one task, except a spaCy shard (at most
``shard_size`` Docs) before it is flushed to disk.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, ClassVar
from urllib.parse import quote, urlsplit

from ls_factcheck.export.review import TaskReview
from ls_factcheck.preannotate.cues import ROLE_SUFFIXES
from ls_factcheck.schema import BEST_RATING, RATING_NAMES, RATING_SCALE, WORST_RATING, VerifiedClaim

CSV_COLUMNS = (
    "article_id", "outlet", "title", "url", "published", "claim", "start", "end", "verdict", "agreement",
    "evidence", "notes", "source", "source_resolved", "entities", "reviewer", "reviewed_at", "reviewers",
)

# --- mappings: documented in docs/export.md --------------------------------------------------

FEVER_LABELS = {"supported": "SUPPORTS", "disputed": "REFUTES", "unsourced": "NOT ENOUGH INFO"}
NOT_ENOUGH_INFO = "NOT ENOUGH INFO"


@dataclass
class Written:
    format: str
    path: Path
    records: int
    skipped: int = 0
    note: str = ""


class OutputExists(ValueError):
    """An output would replace something the user has, and replacing was not asked for."""


class Writer:
    """One output format, written beside its target and moved into place when the whole pass succeeded.

    A failed export neither leaves a complete-looking partial file nor wipes the last good one. An
    existing file is replaced only with ``force``; an existing folder is never removed (a folder
    output replaces only the shard files it writes itself, and only with ``force``).
    """

    name: ClassVar[str]
    default_name: ClassVar[str]
    folder: ClassVar[bool] = False  # the output is a folder of files rather than one file

    def __init__(self, path: Path, force: bool = False) -> None:
        self.target = Path(path)
        self.force = force
        self.check_target()
        self.target.parent.mkdir(parents=True, exist_ok=True)
        # A name of our own beside the target (same file system, so the final move is a rename).
        if self.folder:
            self.path = Path(tempfile.mkdtemp(dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".partial"))
        else:
            handle, name = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".partial")
            os.close(handle)
            self.path = Path(name)
        # tempfile makes them private; the output gets the permissions any new file would get
        self.path.chmod((0o777 if self.folder else 0o666) & ~umask())
        self.records = 0
        self.skipped = 0

    def check_target(self) -> None:
        """Raise ``OutputExists`` when writing would replace what the user has without ``force``."""
        target = self.target
        if self.folder:
            if target.exists() and not target.is_dir():
                raise OutputExists(f"{target} is a file, not a folder: give another path for the {self.name} output")
            if target.is_dir() and any(target.iterdir()) and not self.force:
                raise OutputExists(f"{target} exists: pass --force to replace the {self.name} files in it "
                                   "(other files stay)")
        else:
            if target.is_dir():
                raise OutputExists(f"{target} is a folder: give a file path for the {self.name} output "
                                   "(a folder is never replaced)")
            if target.exists() and not self.force:
                raise OutputExists(f"{target} exists: pass --force to replace it")

    def add(self, review: TaskReview) -> None:
        for claim in review.claims:
            self.write_claim(claim)

    def write_claim(self, claim: VerifiedClaim) -> None:
        raise NotImplementedError

    def close(self) -> Written:
        return Written(self.name, self.path, self.records, self.skipped)

    def finish(self, ok: bool = True) -> Written:
        """Close; then put the output in place (``ok``) or throw the partial output away."""
        written = self.close()
        try:
            if ok:
                self.check_target()  # again: something may have appeared there during the pass
                self.put_in_place()
        finally:
            if self.path.is_dir():
                shutil.rmtree(self.path, ignore_errors=True)  # our own temporary folder, never the user's
            else:
                self.path.unlink(missing_ok=True)
        written.path = self.target
        return written

    def put_in_place(self) -> None:
        os.replace(self.path, self.target)


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _open(path: Path, **kwargs) -> IO:
    return path.open("w", **kwargs)


class JsonlWriter(Writer):
    name, default_name = "jsonl", "claims.jsonl"

    def __init__(self, path: Path, force: bool = False) -> None:
        super().__init__(path, force)
        self.handle = _open(self.path, encoding="utf-8")

    def write_claim(self, claim: VerifiedClaim) -> None:
        self.handle.write(_one_line(claim.model_dump_json()) + "\n")
        self.records += 1

    def close(self) -> Written:
        self.handle.close()
        return super().close()


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)"); an
# article or a reviewer's note can start that way by accident or by design.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_row(claim: VerifiedClaim, raw: bool = False) -> dict[str, str]:
    """One CSV row; unless ``raw``, a cell a spreadsheet would run as a formula gets a leading apostrophe."""
    record = claim.model_dump(mode="json")
    record["evidence"] = " | ".join(claim.evidence)
    record["entities"] = "; ".join(f"{e.label}: {e.text}" for e in claim.entities)
    record["reviewers"] = "; ".join(f"{r.reviewer}: {r.verdict.value}" for r in claim.reviewers)
    row = {column: "" if record.get(column) is None else str(record[column]) for column in CSV_COLUMNS}
    return row if raw else {column: neutralised(value) for column, value in row.items()}


def neutralised(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


class CsvWriter(Writer):
    """One row per claim for editors; ``bom`` adds a UTF-8 byte order mark so spreadsheets detect the encoding."""

    name, default_name = "csv", "claims.csv"

    def __init__(self, path: Path, bom: bool = False, force: bool = False, raw: bool = False) -> None:
        super().__init__(path, force)
        self.raw = raw
        self.handle = _open(self.path, encoding="utf-8-sig" if bom else "utf-8", newline="")
        self.writer = csv.DictWriter(self.handle, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def write_claim(self, claim: VerifiedClaim) -> None:
        self.writer.writerow(csv_row(claim, self.raw))
        self.records += 1

    def close(self) -> Written:
        self.handle.close()
        return super().close()


# --- schema.org ClaimReview ------------------------------------------------------------------

CLAIMREVIEW_REQUIRED = ("@context", "@type", "claimReviewed", "url", "author.name", "reviewRating.ratingValue",
                        "reviewRating.bestRating", "reviewRating.worstRating", "reviewRating.alternateName")
CLAIMREVIEW_RECOMMENDED = ("datePublished", "itemReviewed.author.name", "itemReviewed.appearance.url",
                           "itemReviewed.datePublished")
TEMPLATE_FIELDS = ("article_id", "claim_id", "task_id", "start", "end", "verdict")


def review_url(template: str, claim: VerifiedClaim) -> str:
    """The review's address; each field is URL-quoted, so an article id cannot change the address's shape."""
    values = {key: getattr(claim, key) if key != "verdict" else (claim.verdict.value if claim.verdict else "")
              for key in TEMPLATE_FIELDS}
    return template.format_map({key: quote(str(value), safe="") for key, value in values.items()})


def check_url_template(template: str) -> None:
    """Fail before the export starts, not on the first claim, if the template names an unknown field
    or does not make web addresses."""
    try:
        sample = template.format_map({key: "x" for key in TEMPLATE_FIELDS})
    except (KeyError, IndexError, ValueError) as error:
        raise ValueError(f"--review-url {template!r}: use only {{{'}, {'.join(TEMPLATE_FIELDS)}}}") from error
    if web_address(sample) is None:
        raise ValueError(f"--review-url {template!r}: must be an http:// or https:// address")


def web_address(value: str | None) -> str | None:
    """``value`` if it is an http(s) address; a page embedding the markup follows no other scheme."""
    if not value:
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def citations(evidence: Iterable[str]) -> list[str]:
    """Evidence a page may show: web addresses, and citations in words; never another scheme (javascript:, data:)."""
    kept = []
    for entry in evidence:
        scheme = urlsplit(entry.strip()).scheme
        if web_address(entry) or not scheme or " " in scheme or len(scheme) < 2:
            kept.append(entry)
    return kept


def embeddable_json(record: object) -> str:
    """JSON that a page can put inside <script type="application/ld+json">: no "</script>" can close it."""
    text = json.dumps(record, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def claimreview(claim: VerifiedClaim, organisation: str, url_template: str, organisation_url: str | None = None,
                language: str = "de") -> dict:
    """The ClaimReview JSON-LD object for one resolved claim."""
    if claim.verdict is None:
        raise ValueError("a ClaimReview needs one verdict; this claim is in conflict")
    verdict = claim.verdict.value
    author = {"@type": "Organization", "name": organisation}
    if web_address(organisation_url):
        author["url"] = web_address(organisation_url)
    appearance: dict = {"@type": "NewsArticle"}
    if web_address(claim.url):
        appearance["url"] = web_address(claim.url)
    if claim.title:
        appearance["headline"] = claim.title
    if claim.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": claim.outlet}
    if claim.published:
        appearance["datePublished"] = claim.published
    item = {"@type": "Claim", "appearance": appearance}
    speaker = claim_author(claim)
    if speaker:
        item["author"] = speaker
    if claim.published:
        item["datePublished"] = claim.published
    record = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": review_url(url_template, claim),
        "claimReviewed": claim.claim,
        "author": author,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING_SCALE[verdict],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": RATING_NAMES[language][verdict],
        },
        "itemReviewed": item,
        "inLanguage": language,
    }
    if claim.reviewed_at:
        record["datePublished"] = claim.reviewed_at.date().isoformat()
    if citations(claim.evidence):
        record["citation"] = citations(claim.evidence)
    if claim.notes:
        record["reviewBody"] = claim.notes
    return record


def claim_author(claim: VerifiedClaim) -> dict | None:
    """Who made the claim: its attributed source, else the outlet, whose own voice states it."""
    name = claim.source_resolved or claim.source
    if name:
        inside = [e for e in claim.entities if claim.source_start is not None
                  and claim.source_start <= e.start and e.end <= (claim.source_end or 0)]
        return {"@type": "Person" if _names_a_person(claim, inside) else "Organization", "name": name}
    if claim.outlet:
        return {"@type": "Organization", "name": claim.outlet}
    return None


_PERSONAL_PRONOUNS = frozenset({"er", "ihm", "ihn", "he", "him", "she"})
_AGE = re.compile(r"\d+-[Jj]ährige[nr]?$|\d+-year-old$")


def _names_a_person(claim: VerifiedClaim, inside: list) -> bool:
    """A person, not an organisation: a PER name inside the source span; a personal pronoun ("Er");
    a role or an age ("die Ministerin", "der 63-Jährige"); or a resolved name the article tags PER."""
    if any(e.label == "PER" for e in inside):
        return True
    for phrase in (claim.source, claim.source_resolved):
        head = _head(phrase or "")
        if head in _PERSONAL_PRONOUNS or _AGE.search(head) or head.endswith(ROLE_SUFFIXES):
            return True
    resolved = (claim.source_resolved or "").strip()
    return bool(resolved) and any(e.label == "PER" and (e.text == resolved or resolved.endswith(e.text))
                                  for e in claim.entities)


_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "the", "a", "an"})


def _head(phrase: str) -> str:
    """The head of "eine Sprecherin des Unternehmens" is its first noun, not its last word."""
    words = phrase.split()
    nouns = [w for w in words if (w[:1].isupper() or w[:1].isdigit()) and w.lower() not in _ARTICLES]
    return (nouns[0] if nouns else words[-1] if words else "").lower()


def _field(record: dict, dotted: str) -> object:
    value: object = record
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def check_claimreview(record: dict) -> tuple[list[str], list[str]]:
    """(missing required fields, missing recommended fields) of one ClaimReview object."""
    missing = [f for f in CLAIMREVIEW_REQUIRED if _field(record, f) in (None, "", [])]
    rating = record.get("reviewRating") or {}
    value, best, worst = (rating.get(k) for k in ("ratingValue", "bestRating", "worstRating"))
    if all(isinstance(v, int) for v in (value, best, worst)) and not worst <= value <= best:
        missing.append("reviewRating.ratingValue within worstRating..bestRating")
    if record.get("@type") != "ClaimReview" or _field(record, "itemReviewed.@type") != "Claim":
        missing.append("@type ClaimReview with itemReviewed @type Claim")
    return missing, [f for f in CLAIMREVIEW_RECOMMENDED if _field(record, f) in (None, "", [])]


class ClaimReviewWriter(Writer):
    """A JSON array of ClaimReview objects; a claim in conflict has no rating to publish and is left out."""

    name, default_name = "claimreview", "claimreview.jsonld"

    def __init__(self, path: Path, organisation: str, url_template: str, organisation_url: str | None = None,
                 language: str = "de", force: bool = False) -> None:
        if not organisation.strip():
            raise ValueError("claimreview needs --org, the fact-checking organisation that publishes the reviews")
        check_url_template(url_template)
        if organisation_url and web_address(organisation_url) is None:
            raise ValueError(f"--org-url {organisation_url!r}: must be an http:// or https:// address")
        if language not in RATING_NAMES:
            raise ValueError(f"rating names exist for {', '.join(RATING_NAMES)}, not {language!r}")
        super().__init__(path, force)
        self.options = (organisation, url_template, organisation_url, language)
        self.handle = _open(self.path, encoding="utf-8")
        self.handle.write("[")
        self.incomplete = 0

    def write_claim(self, claim: VerifiedClaim) -> None:
        if claim.verdict is None:
            self.skipped += 1
            return
        record = claimreview(claim, *self.options)
        missing, recommended = check_claimreview(record)
        if missing:
            raise ValueError(f"ClaimReview for {claim.article_id}/{claim.claim_id} lacks {', '.join(missing)}")
        self.incomplete += bool(recommended)
        self.handle.write(("\n" if not self.records else ",\n") + embeddable_json(record))
        self.records += 1

    def close(self) -> Written:
        self.handle.write("\n]\n")
        self.handle.close()
        notes = []
        if self.skipped:
            notes.append(f"{self.skipped} claim(s) in conflict left out (no single rating)")
        if self.incomplete:
            notes.append(f"{self.incomplete} without a recommended field (article URL, date or claim author)")
        return Written(self.name, self.path, self.records, self.skipped, "; ".join(notes))


# --- FEVER -----------------------------------------------------------------------------------


def fever_id(claim: VerifiedClaim) -> int:
    """A stable integer id (FEVER ids are integers): the same claim keeps its id across exports."""
    digest = hashlib.sha1(f"{claim.article_id}\x00{claim.start}\x00{claim.end}".encode()).hexdigest()
    return int(digest[:12], 16)


def fever_record(claim: VerifiedClaim) -> dict:
    label = FEVER_LABELS[claim.verdict.value] if claim.verdict else NOT_ENOUGH_INFO
    # FEVER's evidence is a list of evidence sets, each [annotation id, evidence id, source, sentence id];
    # here one set per reviewer, the source being the reviewer's URL or citation.
    evidence = [[[r.annotation_id, k, source, None] for k, source in enumerate(r.evidence)]
                for r in claim.reviewers if r.evidence and (claim.verdict is None or r.verdict == claim.verdict)]
    return {
        "id": fever_id(claim),
        "verifiable": "NOT VERIFIABLE" if label == NOT_ENOUGH_INFO else "VERIFIABLE",
        "label": label,
        "claim": claim.claim,
        "evidence": evidence,
        "article_id": claim.article_id,
        "claim_id": claim.claim_id,
        "start": claim.start,
        "end": claim.end,
        "agreement": claim.agreement,
        "reviewer_labels": [FEVER_LABELS[r.verdict.value] for r in claim.reviewers],
    }


class FeverWriter(Writer):
    name, default_name = "fever", "fever.jsonl"

    def __init__(self, path: Path, force: bool = False) -> None:
        super().__init__(path, force)
        self.handle = _open(self.path, encoding="utf-8")

    def write_claim(self, claim: VerifiedClaim) -> None:
        self.handle.write(json.dumps(fever_record(claim), ensure_ascii=False) + "\n")
        self.records += 1

    def close(self) -> Written:
        self.handle.close()
        return super().close()


def write_jsonl(claims: Iterable[VerifiedClaim], path: Path) -> int:
    """Write ``claims`` as JSONL to ``path`` in one call; returns the number of records."""
    writer = JsonlWriter(path)
    for claim in claims:
        writer.write_claim(claim)
    return writer.finish().records


# Valid JSON may carry these raw, but readers that split lines with str.splitlines() (and
# JavaScript before ES2019) break a record apart at them; escaped, a record stays one line.
_LINE_BREAKS_JSON_ALLOWS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def _one_line(json_text: str) -> str:
    for raw, escaped in _LINE_BREAKS_JSON_ALLOWS.items():
        json_text = json_text.replace(raw, escaped)
    return json_text
