"""The ML backend Label Studio talks to: /health, /setup, /predict and /webhook.

Protocol (see docs/plugin.md): Label Studio calls ``/health`` and ``/setup`` before each batch of
predictions, then ``/predict`` with full task JSON and takes one result per task, in order.
Annotation events arrive on ``/webhook``; Label Studio waits for the answer inside the reviewer's
save request with a one-second timeout, so the webhook only checks and queues, and the
propagation runs after the answer has gone out.

Security (docs/plugin.md, "Threat model"): with basic auth configured every route but ``/health``
and ``/webhook`` requires it, checked before a body is read; ``serve`` does not start without it
unless the operator opts out for loopback (``config.py``). ``/webhook`` requires the shared secret
in the ``X-Factcheck-Secret`` header, and refuses every call while no secret is configured. Bodies
are bounded and validated (``payloads.py``). What the plugin writes back to Label Studio is
computed from tasks and annotations as it reads them from Label Studio, never from a request
body, and only in projects connected to it (``connections.py``). Request bodies are never
logged: ``/setup`` carries the project creator's API token, and webhook payloads carry the whole
project, its token included. Failed calls to Label Studio are logged by status and body only:
the SDK's error text includes the response headers with a session cookie.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from label_studio_sdk.core.api_error import ApiError

from ls_factcheck.backend.config import PluginConfig
from ls_factcheck.backend.connections import SECRET_HEADER, ConnectedProjects
from ls_factcheck.backend.memory_marks import MemoryMarks, write_suggestion
from ls_factcheck.backend.payloads import AnnotationEvent, BodyLimit, PredictRequest, json_body, parsed
from ls_factcheck.backend.predictor import Predictor, article_from_task_data
from ls_factcheck.backend.project_index import ProjectIndex
from ls_factcheck.backend.propagation import ANNOTATION_ACTIONS, Propagator
from ls_factcheck.backend.task_data import update_task_data
from ls_factcheck.grouping.crossref import apply_groups
from ls_factcheck.schema import Article, Task
from ls_factcheck.studio.project_tasks import stored_task
from ls_factcheck.studio.views import PROGRESS_DECIDED, PROGRESS_OPEN

log = logging.getLogger("ls_factcheck.backend")


def project_id(project: Any) -> int | None:
    """Label Studio names the project "<id>.<created timestamp>" in /setup and /predict."""
    try:
        return int(str(project).split(".")[0])
    except ValueError:
        return None


def create_app(config: PluginConfig | None = None, predictor: Predictor | None = None) -> FastAPI:
    config = config or PluginConfig.from_env()
    predictor = predictor or Predictor(model=config.model)
    memory = MemoryMarks(config.memory) if config.memory else None
    client = None
    if config.talks_back:
        from label_studio_sdk import LabelStudio

        client = LabelStudio(base_url=config.label_studio_url.rstrip("/"), api_key=config.label_studio_token,
                             timeout=600)
    propagator = Propagator(client, predictor) if client is not None else None
    index = ProjectIndex(client, predictor, config.project_ttl) if client is not None else None
    connected = ConnectedProjects(client, config.webhook_secret, config.project_ttl) if client is not None else ()
    # Work after answering runs on threads of its own: as FastAPI background tasks it would share
    # the thread pool that serves /predict, and a burst of webhooks while Label Studio is down
    # (each waiting for the server) would leave no thread to answer predictions.
    after_answer = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ls-factcheck-after-answer")
    basic = HTTPBasic(auto_error=False)

    def require_basic_auth(credentials: HTTPBasicCredentials | None = Depends(basic)) -> None:
        if not config.has_basic_auth:
            return
        ok = credentials is not None and _same(credentials.username, config.basic_auth_user) and _same(
            credentials.password, config.basic_auth_password or "")
        if not ok:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "basic auth required",
                                headers={"WWW-Authenticate": 'Basic realm="ls-factcheck"'})

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        predictor.close()  # the long-article worker process goes with the plugin
        if memory is not None:
            memory.close()
        after_answer.shutdown(wait=False)

    app = FastAPI(title="ls-factcheck plugin", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.add_middleware(BodyLimit, limit=config.max_body_bytes)
    app.state.predictor = predictor
    app.state.config = config
    progress = Progress()

    @app.get("/health")
    @app.get("/")
    def health() -> dict:
        return {"status": "UP", "model_class": "ls-factcheck", "model_version": predictor.version}

    @app.post("/setup", dependencies=[Depends(require_basic_auth)])
    def setup() -> dict:
        # The body (project, schema, hostname, access_token) is not read: nothing in it is needed.
        return {"model_version": predictor.version}

    @app.post("/predict", dependencies=[Depends(require_basic_auth)])
    async def predict(request: Request) -> JSONResponse:
        # The body is read only here, after basic auth: a caller without it never gets it parsed.
        body = parsed(PredictRequest, await json_body(request), "/predict")
        articles = []
        for task in body.tasks:
            try:
                article = article_from_task_data(task.data, task.id)
            except ValueError as error:
                raise HTTPException(422, str(error)) from error
            if len(article.text) > config.max_article_chars:
                raise HTTPException(413, f"task {task.id}: article is {len(article.text):,} characters long, more "
                                         f"than the plugin's limit of {config.max_article_chars:,} "
                                         "(LS_FACTCHECK_MAX_ARTICLE_CHARS)")
            articles.append(article)
        ids = [task.id for task in body.tasks]
        pid = project_id(body.project)
        # Pre-annotation is CPU work: off the event loop, so /health and other requests still answer.
        built = await run_in_threadpool(_predicted, predictor, index, connected, pid, articles, ids, memory)
        if client is not None and pid in connected:
            answered = {i: (article, task) for i, article, task in zip(ids, articles, built) if i is not None}
            after_answer.submit(_store_task_data, client, predictor, index, progress, pid, answered, memory)
        # already plain JSON data: JSONResponse skips FastAPI's re-encoding (a few ms per article)
        return JSONResponse({"results": [task.predictions[0].model_dump(mode="json", exclude_none=True)
                                         for task in built], "model_version": predictor.version})

    @app.post("/webhook")
    async def webhook(request: Request) -> dict:
        secret = request.headers.get(SECRET_HEADER)
        if not config.webhook_secret:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "webhooks are refused: no webhook secret is configured")
        if secret is None or not _same(secret, config.webhook_secret):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"wrong or missing {SECRET_HEADER} header")
        payload = await json_body(request)
        if not isinstance(payload, dict):
            raise HTTPException(400, "the webhook body is not a JSON object")
        action = payload.get("action")
        if action not in ANNOTATION_ACTIONS:
            return {"status": "ignored", "action": action if isinstance(action, str) else None}
        if propagator is None:
            return {"status": "ignored", "reason": "LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY are not set"}
        event = parsed(AnnotationEvent, payload, "webhook")
        if event.task_id is None:
            raise HTTPException(422, "webhook: the payload names no task")
        # Only the ids are kept: the annotation is read back from Label Studio before anything is
        # written, and the payload (with the project's token in it) is dropped here.
        progress.queued += 1
        after_answer.submit(_propagate, propagator, connected, progress, event.project.id, event.task_id,
                            event.annotation.id)
        return {"status": "queued", "action": action}

    @app.get("/status", dependencies=[Depends(require_basic_auth)])
    def status_() -> dict:
        """What the plugin has done since it started: for operators, and for tests to wait on."""
        return {"model_version": predictor.version, "articles_preannotated": predictor.computed,
                "propagations_queued": progress.queued, "propagations_done": progress.done,
                "propagations_failed": progress.failed, "last_propagation": progress.last,
                "task_data_checked": progress.task_data_checked, "memory_suggestions": progress.memory_suggestions}

    return app


@dataclass
class Progress:
    queued: int = 0
    done: int = 0
    failed: int = 0
    last: dict | None = None
    task_data_checked: int = 0  # tasks whose summary fields were compared with Label Studio's copy after /predict
    memory_suggestions: int = 0  # memory suggestions created or updated after /predict


def _predicted(predictor: Predictor, index: ProjectIndex | None, connected, pid: int | None, articles: list,
               ids: list[int | None], memory: MemoryMarks | None = None) -> list:
    """The tasks to answer with: pre-annotated, grouped with the project when it is connected, and
    marked with the memory's matches when a store is configured."""
    built = predictor.tasks(articles)
    context = []
    if index is not None and pid in connected:
        try:
            context = [r for r in index.records(pid) if r.task_id not in set(ids)]
        except Exception as error:  # noqa: BLE001 - without the project, group within the request rather than fail
            _log_failure(error, "could not list project %s for grouping", pid)
    apply_groups(built, context, ids)
    if memory is not None:
        built = [memory.mark(task) for task in built]
    return built


def _propagate(propagator: Propagator, connected, progress: Progress, project: int, task_id: int,
               annotation_id: int) -> None:
    try:
        if project not in connected:
            raise PermissionError(f"project {project} is not connected to this plugin (no webhook with its secret)")
        report = propagator.handle_saved(project, task_id, annotation_id)
        progress.last = {"task": task_id, **asdict(report)}
        progress.done += 1
        log.info("propagation from task %s: %d verdict(s); created %s, updated %s, removed %s, unchanged %s, "
                 "skipped (human annotation) %s", task_id, report.reviewed, report.created, report.updated,
                 report.removed, report.unchanged, report.human_annotated)
    except Exception as error:  # noqa: BLE001 - a failed propagation must not stop the server; the log says why
        progress.failed += 1
        _log_failure(error, "propagation from task %s failed", task_id)


def _store_task_data(client, predictor: Predictor, index: ProjectIndex | None, progress: Progress, project: int,
                     answered: Mapping[int, tuple[Article, Task]], memory: MemoryMarks | None = None) -> None:
    """Give predicted tasks the data fields the import would have given them.

    Label Studio stores only the predictions of a /predict answer; a task imported as bare text
    would lack the summary columns (claims, unattributed claims, claim groups) and whatever the
    labelling interface reads from the data. Everything written is computed from the task as
    Label Studio stores it, never from the request: the task's own fields are kept, and only
    missing or changed summary fields are written, in tasks of ``project`` only. With a memory, the
    memory's suggestion is written too (``memory_marks.write_suggestion``). ``answered``: task id →
    the article /predict was asked about and the task it answered with. Where Label Studio stores
    exactly those articles, the answer's tasks are those the stored articles give, and grouping
    and the memory's lookups are not run a second time.
    """
    ids = list(answered)
    stored = []  # (task id, the article as Label Studio stores it, the task)
    for task_id in ids:
        try:
            task = stored_task(client, project, task_id)  # (not tasks.get: see stored_task)
            if task is None:
                log.warning("task %s is not in project %s; nothing written", task_id, project)
                continue
            stored.append((task_id, article_from_task_data(task.get("data") or {}, task_id), task))
        except Exception as error:  # noqa: BLE001 - the prediction is stored already; the data columns are a convenience
            _log_failure(error, "could not read task %s back from Label Studio", task_id)
    try:
        # One pre-annotation (cached) and one grouping pass for all of them, as for the answer.
        if stored and all(task_id in answered and answered[task_id][0] == article for task_id, article, _ in stored):
            built = [answered[task_id][1] for task_id, _, _ in stored]
        else:
            built = _predicted(predictor, index, (project,), project, [article for _, article, _ in stored],
                               [task_id for task_id, _, _ in stored], memory) if stored else []
        for (task_id, _, task), done in zip(stored, built):
            try:
                update_task_data(client, project, task_id, partial(_summary_fields, done.data.model_dump(mode="json")))
                if memory is not None and write_suggestion(client, project, task_id, done, task) in ("created", "updated"):
                    progress.memory_suggestions += 1
            except Exception as error:  # noqa: BLE001 - one task's write failing must not stop the others
                _log_failure(error, "could not store the summary fields of task %s", task_id)
    except Exception as error:  # noqa: BLE001 - the predictions are stored already; the columns are a convenience
        _log_failure(error, "could not compute the summary fields of tasks %s", ids)
    finally:
        progress.task_data_checked += len(ids)


def _summary_fields(summary: dict[str, Any], task: Mapping[str, Any]) -> dict[str, Any]:
    """The summary fields to store in ``task``: never its text, and review progress only while no
    annotation was saved (after that, Propagator counts the verdicts)."""
    fields = {key: value for key, value in summary.items() if key not in ("text", PROGRESS_DECIDED, PROGRESS_OPEN)}
    if not (task.get("total_annotations") or task.get("annotations")):
        fields |= {PROGRESS_DECIDED: 0, PROGRESS_OPEN: summary["claims"]}
    return fields


def _log_failure(error: Exception, message: str, *args: Any) -> None:
    """Log a failure; an SDK error only by status and body, since its text carries the response
    headers, Label Studio's session cookie among them."""
    if isinstance(error, ApiError):
        log.error(message + ": Label Studio answered HTTP %s: %s", *args, error.status_code, error.body)
    else:
        log.exception(message, *args)


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))

