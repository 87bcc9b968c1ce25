"""What the plugin accepts from a caller: bounded bodies, and JSON of the shapes Label Studio sends.

Every request body is untrusted. Its size is checked before it is read (the declared length at
once, a chunked body as it arrives), JSON too deep to parse is a clear 400, and a body of the
wrong shape is a 422 that names the field; no malformed payload reaches the code as a traceback.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: a body over ``limit`` bytes is answered 413 without being read into memory."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(send, self.limit)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            if not started:
                await _too_large(send, self.limit)


async def _too_large(send: Send, limit: int) -> None:
    body = json.dumps({"detail": f"request body over the limit of {limit:,} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class PredictTask(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: int | None = None
    data: dict[str, Any]


class PredictRequest(BaseModel):
    """``/predict`` as Label Studio sends it: the tasks, and the project as "<id>.<timestamp>"."""

    model_config = ConfigDict(extra="allow")

    tasks: list[PredictTask] = Field(default_factory=list)
    project: str | int | None = None


class Identified(BaseModel):
    """A task or project in a webhook event: only its id is read."""

    model_config = ConfigDict(extra="allow")

    id: int


class WebhookAnnotation(Identified):
    task: int | None = None


class AnnotationEvent(BaseModel):
    """An ``ANNOTATION_CREATED``/``ANNOTATION_UPDATED`` webhook: only the ids are used."""

    model_config = ConfigDict(extra="allow")

    action: str
    annotation: WebhookAnnotation
    project: Identified
    task: Identified | None = None

    @property
    def task_id(self) -> int | None:
        return self.task.id if self.task is not None else self.annotation.task


async def json_body(request: Request) -> Any:
    """The body as JSON; 400 with the reason when it is not JSON or nests too deep to read."""
    raw = await request.body()
    try:
        return json.loads(raw)
    except RecursionError:
        raise HTTPException(400, "the body nests JSON too deeply to read") from None
    except ValueError as error:
        raise HTTPException(400, f"the body is not JSON ({error})") from None


def parsed(model: type[BaseModel], payload: Any, what: str) -> Any:
    """``payload`` as ``model``; a 422 naming the first field that does not fit."""
    try:
        return model.model_validate(payload)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        raise HTTPException(422, f"{what}: {where}: {first['msg']}") from None
