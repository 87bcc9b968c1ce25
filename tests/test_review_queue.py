"""The "Zu prüfen" tab of a project made before review progress is brought up to date, once,
unless a reviewer changed its filter; against a real Label Studio."""

from __future__ import annotations

import pytest

from ls_factcheck.studio.client import connect, ensure_project
from ls_factcheck.studio.views import TO_REVIEW, _FIRST_QUEUE_FILTER, ensure_review_views, view_definitions

pytestmark = pytest.mark.e2e


def _queue(client, project_id):
    return next(v for v in client.views.list(project=project_id) if (v.data or {}).get("title") == TO_REVIEW)


def test_an_old_queue_gets_the_progress_filter(studio):
    client = connect(studio.url, studio.token)
    project = ensure_project(client, "Alte Warteschlange")
    for view in client.views.list(project=project.id):
        client.views.delete(id=str(view.id))
    old = next(d for d in view_definitions() if d["title"] == TO_REVIEW) | {"filters": _FIRST_QUEUE_FILTER}
    client.views.create(project=project.id, data=old)
    ensure_project(client, "Alte Warteschlange")  # an import or connect into the older project
    items = _queue(client, project.id).data["filters"]["items"]
    assert [i["filter"] for i in items] == ["filter:tasks:total_annotations", "filter:tasks:data.claims_open"]


def test_a_queue_a_reviewer_changed_is_left_alone(studio):
    client = connect(studio.url, studio.token)
    project = ensure_project(client, "Eigene Warteschlange")
    queue = _queue(client, project.id)
    mine = {"conjunction": "and", "items": [{"filter": "filter:tasks:data.outlet", "operator": "equal",
                                             "type": "String", "value": "Kreisbote"}]}
    client.views.update(id=str(queue.id), project=project.id, data={**queue.data, "filters": mine})
    ensure_review_views(client, project.id)
    assert _queue(client, project.id).data["filters"] == mine
