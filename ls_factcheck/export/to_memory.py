"""The memory as one more output of ``export``: the verified claims go into the store too."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from ls_factcheck.export.review import TaskReview
from ls_factcheck.export.writers import Written
from ls_factcheck.memory.remember import remember
from ls_factcheck.memory.store import MemoryStore
from ls_factcheck.schema import VerifiedClaim


class MemoryWriter:
    """An export output that adds every resolved claim to a memory store when the export succeeds."""

    name = "memory"

    def __init__(self, store: MemoryStore, nlp: Language, project: str = "", publisher: str = "") -> None:
        self.store = store
        self.nlp = nlp
        self.project = project
        self.publisher = publisher
        self.claims: list[VerifiedClaim] = []

    def add(self, review: TaskReview) -> None:
        self.claims.extend(review.claims)

    def finish(self, ok: bool = True) -> Written:
        """Add the claims (only when the whole export succeeded) and close the store."""
        where = self.store.where
        try:
            if not ok:
                return Written(self.name, Path(where), 0, note="export failed; nothing added")
            result = remember(self.store, self.claims, self.nlp, self.project, self.publisher)
        finally:
            self.store.close()
        note = f"{result.added} new, {result.updated} updated, {result.unchanged} already there"
        return Written(self.name, Path(where), result.added + result.updated,
                       skipped=len(self.claims) - result.added - result.updated - result.unchanged, note=note)
