"""Pre-annotation of Label Studio tasks, as the import scripts do it, remembered per article.

Label Studio asks again for the same tasks (a second "Retrieve Predictions", a reopened task
without a prediction, a project that is set up again); an article is pre-annotated once per
process and text: the cache key is the article id and a hash of the exact text, so an edited
article is annotated afresh.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence

from spacy.language import Language

from ls_factcheck.preannotate.annotate import annotate_doc, article_language
from ls_factcheck.preannotate.tasks import to_task
from ls_factcheck.preannotate.pipeline import load_pipeline, model_version
from ls_factcheck.schema import Article, Task

# A cached article of 3,000 characters holds about 250 kB of Python objects (measured with the
# load test), so the cache is capped at about half a gigabyte.
CACHE_SIZE = 2_000


def article_from_task_data(data: Mapping, task_id: int | None = None) -> Article:
    """The article a Label Studio task holds; tasks made by ``to_task`` carry every field."""
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError(f"task {task_id}: data has no 'text' field to pre-annotate")

    def field(name: str) -> str | None:
        value = data.get(name)
        return str(value) if value not in (None, "") else None

    return Article(
        id=field("article_id") or Article.stable_id(text), text=text, title=field("title"), url=field("url"),
        outlet=field("outlet"), published=field("published"), author=field("author"), language=field("language"),
        origin=f"task {task_id}" if task_id is not None else None,
    )


def text_key(article: Article) -> tuple[str, str]:
    return article.id, hashlib.sha256(article.text.encode("utf-8")).hexdigest()


class Predictor:
    """Turns task data into the task ``to_task`` builds, pre-annotating each article once."""

    def __init__(self, nlp: Language | None = None, model: str | None = None, cache_size: int = CACHE_SIZE) -> None:
        self.nlp = nlp or load_pipeline(model)
        self.version = model_version(self.nlp)
        self._cache: OrderedDict[tuple[str, str], Task] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.computed = 0  # articles pre-annotated, not served from the cache

    def tasks(self, articles: Sequence[Article]) -> list[Task]:
        """One task per article, in order; articles seen before come from the cache."""
        keys = [text_key(a) for a in articles]
        with self._lock:
            missing = {k: a for k, a in zip(keys, articles) if k not in self._cache}
            if missing:
                # nlp.pipe batches the model work over every article not seen yet
                docs = self.nlp.pipe(a.text for a in missing.values())
                for (key, article), doc in zip(missing.items(), docs):
                    self._remember(key, to_task(article, annotate_doc(doc, article_language(article)), self.version))
                    self.computed += 1
            found = []
            for key in keys:
                self._cache.move_to_end(key)
                found.append(self._cache[key].model_copy(deep=True))
            return found

    def _remember(self, key: tuple[str, str], task: Task) -> None:
        self._cache[key] = task
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
