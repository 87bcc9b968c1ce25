"""The ML backend Label Studio talks to: /health, /setup, /predict and /webhook.

Protocol (see docs/plugin.md): Label Studio calls ``/health`` and ``/setup`` before each batch of
predictions, then ``/predict`` with full task JSON and takes one result per task, in order.
Annotation events arrive on ``/webhook``; Label Studio waits for the answer inside the reviewer's
save request with a one-second timeout, so the webhook only checks and queues, and the
propagation runs after the answer has gone out.

Security: with ``basic_auth`` configured every route but ``/health`` and ``/webhook`` requires it
(Label Studio sends it from the ML backend's settings). ``/webhook`` requires the shared secret in
the ``X-Factcheck-Secret`` header, and refuses every call while no secret is configured. Request
bodies are never logged: ``/setup`` carries the project creator's API token, and webhook payloads
carry the whole project, its token included. Failed calls to Label Studio are logged by status
and body only: the SDK's error text includes the response headers with a session cookie.
"""

from __future__ import annotations

import hmac
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from label_studio_sdk.core.api_error import ApiError

from ls_factcheck.grouping.crossref import apply_groups
from ls_factcheck.backend.predictor import Predictor, article_from_task_data
from ls_factcheck.backend.project_index import ProjectIndex
from ls_factcheck.backend.propagation import ANNOTATION_ACTIONS, Propagator

SECRET_HEADER = "X-Factcheck-Secret"
log = logging.getLogger("ls_factcheck.backend")


@dataclass(frozen=True)
class PluginConfig:
    """How the plugin is secured and where it reads and writes back (``from_env`` names the variables)."""

    webhook_secret: str | None = None
    basic_auth_user: str | None = None
    basic_auth_password: str | None = None
    label_studio_url: str | None = None
    label_studio_token: str | None = None
    model: str | None = None
    project_ttl: float = 60.0  # seconds a listing of the project's tasks is reused for grouping

    @classmethod
    def from_env(cls, **overrides: Any) -> PluginConfig:
        values = dict(
            webhook_secret=os.environ.get("LS_FACTCHECK_WEBHOOK_SECRET"),
            basic_auth_user=os.environ.get("LS_FACTCHECK_BASIC_AUTH_USER"),
            basic_auth_password=os.environ.get("LS_FACTCHECK_BASIC_AUTH_PASSWORD"),
            label_studio_url=os.environ.get("LABEL_STUDIO_URL"),
            label_studio_token=os.environ.get("LABEL_STUDIO_API_KEY"),
            model=os.environ.get("LS_FACTCHECK_MODEL"),
        )
        if os.environ.get("LS_FACTCHECK_PROJECT_TTL"):
            values["project_ttl"] = float(os.environ["LS_FACTCHECK_PROJECT_TTL"])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def talks_back(self) -> bool:
        return bool(self.label_studio_url and self.label_studio_token)

    def warnings(self) -> list[str]:
        """What an operator should hear at start: settings that leave a feature off."""
        found = []
        if not self.webhook_secret:
            found.append("LS_FACTCHECK_WEBHOOK_SECRET is not set: every webhook will be refused")
        if not self.talks_back:
            found.append("LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY not set: no grouping across the project, "
                         "no verdict propagation")
        return found


def project_id(project: Any) -> int | None:
    """Label Studio names the project "<id>.<created timestamp>" in /setup and /predict."""
    try:
        return int(str(project).split(".")[0])
    except ValueError:
        return None


def create_app(config: PluginConfig | None = None, predictor: Predictor | None = None) -> FastAPI:
    config = config or PluginConfig.from_env()
    predictor = predictor or Predictor(model=config.model)
    client = None
    if config.talks_back:
        from label_studio_sdk import LabelStudio

        client = LabelStudio(base_url=config.label_studio_url.rstrip("/"), api_key=config.label_studio_token,
                             timeout=600)
    propagator = Propagator(client, predictor) if client is not None else None
    index = ProjectIndex(client, predictor, config.project_ttl) if client is not None else None
    # Work after answering runs on threads of its own: as FastAPI background tasks it would share
    # the thread pool that serves /predict, and a burst of webhooks while Label Studio is down
    # (each waiting for the server) would leave no thread to answer predictions.
    after_answer = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ls-factcheck-after-answer")
    basic = HTTPBasic(auto_error=False)

    def require_basic_auth(credentials: HTTPBasicCredentials | None = Depends(basic)) -> None:
        if not config.basic_auth_user:
            return
        ok = credentials is not None and _same(credentials.username, config.basic_auth_user) and _same(
            credentials.password, config.basic_auth_password or "")
        if not ok:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "basic auth required",
                                headers={"WWW-Authenticate": 'Basic realm="ls-factcheck"'})

    app = FastAPI(title="ls-factcheck plugin", docs_url=None, redoc_url=None, openapi_url=None)
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
    def predict(body: dict) -> JSONResponse:
        tasks = body.get("tasks") or []
        articles = []
        for task in tasks:
            try:
                articles.append(article_from_task_data(task.get("data") or {}, task.get("id")))
            except ValueError as error:
                raise HTTPException(422, str(error)) from error
        built = predictor.tasks(articles)
        ids = [task.get("id") for task in tasks]
        context = []
        pid = project_id(body.get("project"))
        if index is not None and pid is not None:
            try:
                context = [r for r in index.records(pid) if r.task_id not in set(ids)]
            except Exception as error:  # noqa: BLE001 - without the project, group within the request rather than fail
                _log_failure(error, "could not list project %s for grouping", pid)
        apply_groups(built, context, ids)
        if client is not None:
            after_answer.submit(_store_task_data, client, tasks, built)
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
        try:
            payload = await request.json()
        except ValueError as error:
            raise HTTPException(400, "the webhook body is not JSON") from error
        if not isinstance(payload, dict):
            raise HTTPException(400, "the webhook body is not a JSON object")
        action = payload.get("action")
        if action not in ANNOTATION_ACTIONS:
            return {"status": "ignored", "action": action}
        if propagator is None:
            return {"status": "ignored", "reason": "LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY are not set"}
        annotation = payload.get("annotation") or {}
        task_id = (payload.get("task") or {}).get("id") or annotation.get("task")
        pid = (payload.get("project") or {}).get("id")
        if not isinstance(task_id, int) or not isinstance(pid, int):
            raise HTTPException(422, "payload lacks the task or project id")
        # keep only what propagation needs; the payload (and the project token in it) is dropped here
        kept = {key: annotation.get(key) for key in ("id", "result", "was_cancelled")}
        progress.queued += 1
        after_answer.submit(_propagate, propagator, progress, pid, task_id, kept)
        return {"status": "queued", "action": action}

    @app.get("/status", dependencies=[Depends(require_basic_auth)])
    def status_() -> dict:
        """What the plugin has done since it started: for operators, and for tests to wait on."""
        return {"model_version": predictor.version, "articles_preannotated": predictor.computed,
                "propagations_queued": progress.queued, "propagations_done": progress.done,
                "propagations_failed": progress.failed, "last_propagation": progress.last}

    return app


@dataclass
class Progress:
    queued: int = 0
    done: int = 0
    failed: int = 0
    last: dict | None = None


def _propagate(propagator: Propagator, progress: Progress, project: int, task_id: int, annotation: dict) -> None:
    try:
        report = propagator.handle(project, task_id, annotation)
        progress.last = {"task": task_id, **asdict(report)}
        progress.done += 1
        log.info("propagation from task %s: %d verdict(s); created %s, updated %s, removed %s, unchanged %s, "
                 "skipped (human annotation) %s", task_id, report.reviewed, report.created, report.updated,
                 report.removed, report.unchanged, report.human_annotated)
    except Exception as error:  # noqa: BLE001 - a failed propagation must not stop the server; the log says why
        progress.failed += 1
        _log_failure(error, "propagation from task %s failed", task_id)


def _store_task_data(client, asked: list[dict], built: list) -> None:
    """Give predicted tasks the data fields the import would have given them.

    Label Studio stores only the predictions of a /predict answer; a task imported as bare text
    would lack the summary columns (claims, unattributed claims, claim groups) and whatever the
    labelling interface reads from the data. The task's own fields are kept; only missing or
    changed summary fields are written.
    """
    for task, done in zip(asked, built):
        if not isinstance(task.get("id"), int):
            continue
        data = task.get("data") or {}
        summary = done.data.model_dump(mode="json")
        update = {key: value for key, value in summary.items() if key != "text" and data.get(key) != value}
        if not update:
            continue
        try:
            client.tasks.update(id=task["id"], data={**data, **update})
        except Exception as error:  # noqa: BLE001 - the prediction is stored already; the data columns are a convenience
            _log_failure(error, "could not store the summary fields of task %s", task["id"])


def _log_failure(error: Exception, message: str, *args: Any) -> None:
    """Log a failure; an SDK error only by status and body, since its text carries the response
    headers, Label Studio's session cookie among them."""
    if isinstance(error, ApiError):
        log.error(message + ": Label Studio answered HTTP %s: %s", *args, error.status_code, error.body)
    else:
        log.exception(message, *args)


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))

