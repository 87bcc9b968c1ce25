"""The plugin's read access to a Label Studio project: its tasks and their claims.

Grouping on ``/predict`` and propagation on ``/webhook`` compare a claim with the claims of the
other tasks of the project. A task's claims come from its stored pre-annotation when it has one
(imported with predictions, or predicted before), else from the plugin's own pre-annotation of
its text, which the predictor caches per article.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping

from label_studio_sdk import LabelStudio

from ls_factcheck.backend.predictor import Predictor, article_from_task_data
from ls_factcheck.grouping.compare import ClaimRecord
from ls_factcheck.grouping.crossref import stored_records, task_records
from ls_factcheck.studio.project_tasks import project_tasks


def claim_records(tasks: list[Mapping], predictor: Predictor) -> list[ClaimRecord]:
    """The claims of ``tasks``: from the stored pre-annotation, or pre-annotated here."""
    records: list[ClaimRecord] = []
    unpredicted = []
    for task in tasks:
        stored = stored_records(task)
        if stored is None:
            unpredicted.append(task)
        else:
            records += stored
    articles = []
    for task in unpredicted:
        try:
            articles.append((task["id"], article_from_task_data(task.get("data") or {}, task["id"])))
        except ValueError:
            continue  # a task without text has no claims to compare
    for (task_id, _), built in zip(articles, predictor.tasks([a for _, a in articles])):
        records += task_records(built, task_id)
    return records


class ProjectIndex:
    """The claims of each project's tasks, listed from Label Studio at most once per ``ttl`` seconds.

    ``/predict`` groups against the whole project, and Label Studio calls it for every task a
    reviewer opens without a prediction: listing a large project each time would be slow, so
    the listing is reused for a while. A task imported within the last ``ttl`` seconds is
    grouped with the others once the listing is renewed (or at its own prediction).
    """

    def __init__(self, client: LabelStudio, predictor: Predictor, ttl: float = 60.0, pause: float = 30.0) -> None:
        self.client, self.predictor, self.ttl, self.pause = client, predictor, ttl, pause
        self._listed: dict[int, tuple[float, list[ClaimRecord]]] = {}
        self._failed: dict[int, tuple[float, Exception]] = {}
        self._lock = threading.Lock()

    def records(self, project_id: int) -> list[ClaimRecord]:
        """The project's claim records; raises at once for ``pause`` seconds after a failed listing.

        Without that pause every ``/predict`` would wait on this lock for the SDK's connection
        retries while Label Studio is down, and the plugin would stall instead of answering
        without groups.
        """
        with self._lock:
            failed = self._failed.get(project_id)
            if failed and time.monotonic() - failed[0] < self.pause:
                raise failed[1]
            listed = self._listed.get(project_id)
            if listed is None or time.monotonic() - listed[0] > self.ttl:
                try:
                    tasks = list(project_tasks(self.client, project_id))
                except Exception as error:
                    self._failed[project_id] = (time.monotonic(), error)
                    raise
                self._failed.pop(project_id, None)
                listed = (time.monotonic(), claim_records(tasks, self.predictor))
                self._listed[project_id] = listed
            return listed[1]
