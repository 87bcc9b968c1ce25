"""Pre-annotation of Label Studio tasks, as the import scripts do it, remembered per article.

Label Studio asks again for the same tasks (a second "Retrieve Predictions", a reopened task
without a prediction, a project that is set up again); an article is pre-annotated once per
process and text: the cache key is the article id and a hash of the exact text, so an edited
article is annotated afresh.

The spaCy pipeline is not shared between threads, so the plugin's own copy works on one request
at a time. An article longer than ``LONG_ARTICLE_CHARS`` goes to a worker process with a pipeline
of its own instead (started at the first such article): a 100,000-character article takes
seconds, and the short articles of other requests do not wait for it.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import threading
from collections import OrderedDict
from concurrent.futures import Future, ProcessPoolExecutor
from collections.abc import Mapping, Sequence

from spacy.language import Language

from ls_factcheck.preannotate.annotate import annotate_doc, article_language
from ls_factcheck.preannotate.tasks import to_task
from ls_factcheck.preannotate.pipeline import load_pipeline, model_version
from ls_factcheck.schema import Article, Task

# A cached article of 3,000 characters holds about 250 kB of Python objects (measured with the
# load test), so the cache is capped at about half a gigabyte.
CACHE_SIZE = 2_000
# About a quarter of a second of pre-annotation (docs/measurements.md, "Long articles"); longer ones go to the worker.
LONG_ARTICLE_CHARS = 20_000
_INJECTED = object()  # a pipeline object was handed in: there is no name a worker could load it by


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

    def __init__(self, nlp: Language | None = None, model: str | None = None, cache_size: int = CACHE_SIZE,
                 long_article_chars: int = LONG_ARTICLE_CHARS) -> None:
        self.nlp = nlp or load_pipeline(model)
        self.version = model_version(self.nlp)
        self._model = _INJECTED if nlp is not None else model
        self._cache: OrderedDict[tuple[str, str], Task] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._long_article_chars = long_article_chars
        self._worker: ProcessPoolExecutor | None = None
        self._worker_lock = threading.Lock()
        self.computed = 0  # articles pre-annotated, not served from the cache

    def tasks(self, articles: Sequence[Article]) -> list[Task]:
        """One task per article, in order; articles seen before come from the cache."""
        keys = [text_key(a) for a in articles]
        with self._lock:
            missing = {k: a for k, a in zip(keys, articles) if k not in self._cache}
        long = {k: a for k, a in missing.items() if self._to_worker(a)}
        pending: dict[tuple[str, str], Future] = {k: self._worker_pool().submit(_annotated, self._model, a) for k, a in long.items()}
        made: dict[tuple[str, str], Task] = {}
        with self._lock:
            short = {k: a for k, a in missing.items() if k not in long and k not in self._cache}
            if short:
                # nlp.pipe batches the model work over every article not seen yet
                docs = self.nlp.pipe(a.text for a in short.values())
                for (key, article), doc in zip(short.items(), docs):
                    made[key] = to_task(article, annotate_doc(doc, article_language(article)), self.version)
                    self._remember(key, made[key])
                    self.computed += 1
        for key, future in pending.items():
            made[key] = future.result()  # outside the lock: other requests go on meanwhile
            with self._lock:
                self._remember(key, made[key])
                self.computed += 1
        with self._lock:
            found = []
            for key in keys:
                if key in self._cache:
                    self._cache.move_to_end(key)
                found.append((made.get(key) or self._cache[key]).model_copy(deep=True))
            return found

    def _to_worker(self, article: Article) -> bool:
        return self._model is not _INJECTED and len(article.text) > self._long_article_chars

    def _worker_pool(self) -> ProcessPoolExecutor:
        with self._worker_lock:
            if self._worker is None:
                # spawn, not fork: the plugin process runs threads, and a forked copy of a lock held
                # by another thread would never be released in the child
                self._worker = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            return self._worker

    def close(self) -> None:
        """Stop the long-article worker, if one was started."""
        with self._worker_lock:
            if self._worker is not None:
                self._worker.shutdown(wait=False, cancel_futures=True)
                self._worker = None

    def _remember(self, key: tuple[str, str], task: Task) -> None:
        self._cache[key] = task
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


def _annotated(model: str | None, article: Article) -> Task:
    """In the worker process: the task for one long article, with the worker's own pipeline."""
    nlp = load_pipeline(model)  # cached per process: loaded at the first long article only
    return to_task(article, annotate_doc(nlp(article.text), article_language(article)), model_version(nlp))
