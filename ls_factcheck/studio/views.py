"""Data Manager tabs for a fact-check project, so a desk can sort and split work from the start.

Label Studio otherwise opens a project with a "Default" tab that shows every task data field,
the whole article text and the raw link HTML first, which pushes the summary fields out of view.
``ensure_review_views`` creates tabs that show what a desk decides by: outlet, date, number of
claims, highest claim score, unattributed claims and the review state. It only adds tabs that
are missing (matched by title), so calling it again, or after a reviewer has rearranged a tab,
changes nothing.
"""

from __future__ import annotations

from typing import Any

from label_studio_sdk import LabelStudio

# The columns a desk sorts and splits by (Label Studio fixes their order: its own columns first).
# Open-source Label Studio has no review (accept/reject) state, so "review state" is what it
# does track: submitted annotations, skips, when and by whom.
SHOWN = (
    "tasks:id",
    "tasks:data.title",
    "tasks:data.outlet",
    "tasks:data.published",
    "tasks:data.claims",
    "tasks:data.max_claim_score",
    "tasks:data.unattributed_claims",
    # Written by the plugin when an annotation is saved: how many claims have a verdict, how many not.
    "tasks:data.claims_decided",
    "tasks:data.claims_open",
    # Written by the plugin's cross-referencing (ls_factcheck/grouping/crossref.py) where it runs.
    "tasks:data.grouped_claims",
    "tasks:data.figure_conflicts",
    # Written at import and by the plugin when a memory store is configured (ls_factcheck/memory/mark.py).
    "tasks:data.checked_before",
    "tasks:data.memory_conflicts",
    "tasks:total_annotations",
    "tasks:cancelled_annotations",
    "tasks:completed_at",
    "tasks:annotators",
)

# Listed explicitly rather than read from /api/dm/columns: a project created a moment ago has no
# tasks yet, so the server does not know the data columns, and a hidden-column entry for a column
# that appears later is kept and applied then.
HIDDEN = (
    "tasks:data.text",
    "tasks:data.byline",
    "tasks:data.link",
    "tasks:data.unattributed_selector",
    "tasks:data.claim_groups",
    "tasks:data.memory",
    "tasks:data.article_id",
    "tasks:data.url",
    "tasks:data.author",
    "tasks:data.language",
    "tasks:inner_id",
    "tasks:total_predictions",
    "tasks:annotations_results",
    "tasks:annotations_ids",
    "tasks:predictions_score",
    "tasks:predictions_model_versions",
    "tasks:predictions_results",
    "tasks:file_upload",
    "tasks:storage_filename",
    "tasks:created_at",
    "tasks:updated_at",
    "tasks:updated_by",
    "tasks:avg_lead_time",
    "tasks:draft_exists",
)

# Data fields arrive as JSON values of unknown type; declared as numbers they sort and filter as
# numbers (2 before 10) and get numeric filter operators in the UI.
NUMBERS = ("tasks:data.claims", "tasks:data.max_claim_score", "tasks:data.unattributed_claims",
           "tasks:data.claims_decided", "tasks:data.claims_open", "tasks:data.grouped_claims",
           "tasks:data.figure_conflicts", "tasks:data.checked_before", "tasks:data.memory_conflicts")
# The task data fields the plugin keeps the review progress in.
PROGRESS_DECIDED = "claims_decided"
PROGRESS_OPEN = "claims_open"

# Tabs are about 150 px wide: longer (bilingual) titles are cut off; docs/reviewing.md translates.
TO_REVIEW = "Zu prüfen"  # to review: no annotation yet, most check-worthy first
UNATTRIBUTED = "Ohne Quelle"  # unattributed: articles with claims that name no source
ALL = "Alle"  # all articles, newest first


def _filter(column: str, operator: str, kind: str, value: Any) -> dict[str, Any]:
    return {"filter": f"filter:{column}", "operator": operator, "type": kind, "value": value}


def view_definitions() -> list[dict[str, Any]]:
    """The tabs, as the ``data`` payload of ``POST /api/dm/views``, in the order they appear."""
    hidden = {
        "explore": list(HIDDEN),
        # The labelling stream's side list is narrow: title and state are enough there.
        "labeling": list(HIDDEN) + [c for c in SHOWN if c not in ("tasks:data.title", "tasks:total_annotations")],
    }
    common = {
        "type": "list",
        "target": "tasks",
        "hiddenColumns": hidden,
        "columnsDisplayType": {column: "Number" for column in NUMBERS},
        # Narrow enough that the columns up to unattributed_claims fit a 1440 px wide window.
        "columnsWidth": {"tasks:completed_at": 110, "tasks:annotators": 90,
                         "tasks:data.title": 200, "tasks:data.outlet": 130, "tasks:data.published": 90,
                         "tasks:data.claims": 60, "tasks:data.max_claim_score": 130,
                         "tasks:data.unattributed_claims": 150, "tasks:data.claims_decided": 120,
                         "tasks:data.claims_open": 100, "tasks:data.grouped_claims": 130,
                         "tasks:data.figure_conflicts": 130, "tasks:data.checked_before": 130,
                         "tasks:data.memory_conflicts": 140},
    }
    return [
        {
            **common,
            "title": TO_REVIEW,
            # The most check-worthy articles first; an article stays here until every claim of it
            # has a verdict (claims_open, kept by the plugin), not merely until it was submitted.
            "ordering": ["-tasks:data.max_claim_score"],
            "filters": {"conjunction": "or",
                        "items": [_filter("tasks:total_annotations", "equal", "Number", 0),
                                  _filter("tasks:data.claims_open", "greater", "Number", 0)]},
        },
        {
            **common,
            "title": UNATTRIBUTED,
            "ordering": ["-tasks:data.unattributed_claims"],
            "filters": {"conjunction": "and",
                        "items": [_filter("tasks:data.unattributed_claims", "greater", "Number", 0)]},
        },
        {
            **common,
            "title": ALL,
            "ordering": ["-tasks:data.published"],
            "filters": {"conjunction": "and", "items": []},
        },
    ]


def ensure_review_views(client: LabelStudio, project_id: int) -> list[int]:
    """Create the review tabs the project lacks; returns the ids of the tabs it created.

    SDK errors pass through: ``ls_factcheck.studio.client`` calls this inside its ``studio_errors``
    (and this module does not import that one, so that it can be called from there).
    """
    views = list(client.views.list(project=project_id))
    existing = {(view.data or {}).get("title") for view in views}
    created = []
    for data in view_definitions():
        if data["title"] not in existing:
            created.append(client.views.create(project=project_id, data=data).id)
    update_review_queue(client, project_id, views)
    return created


# The "Zu prüfen" filter before review progress existed: articles without an annotation only.
_FIRST_QUEUE_FILTER = {"conjunction": "and", "items": [_filter("tasks:total_annotations", "equal", "Number", 0)]}


def update_review_queue(client: LabelStudio, project_id: int, views: list | None = None) -> None:
    """A project made before review progress keeps the old "Zu prüfen" filter; it gets the new one,
    unless a reviewer changed the filter since (then it is theirs). Adds no tab."""
    queue = next((d for d in view_definitions() if d["title"] == TO_REVIEW), None)
    for view in views if views is not None else client.views.list(project=project_id):
        data = dict(view.data or {})
        if data.get("title") == TO_REVIEW and data.get("filters") == _FIRST_QUEUE_FILTER and queue is not None:
            client.views.update(id=str(view.id), project=project_id, data={**data, "filters": queue["filters"],
                                                                            "hiddenColumns": queue["hiddenColumns"],
                                                                            "columnsDisplayType": queue["columnsDisplayType"],
                                                                            "columnsWidth": queue["columnsWidth"]})
