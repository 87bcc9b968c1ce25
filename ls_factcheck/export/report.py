"""The review report: one self-contained HTML file and a short terminal summary.

Built in one streaming pass over all tasks (reviewed or not, since progress needs the open ones).
Only counters and capped lists are kept: the disputed and conflicting claims shown in full are
limited to ``LIST_LIMIT`` each, with the total always stated.

Claim groups (the same fact reported by several articles) come from the plugin (issue 5) and are
read defensively. What the plugin writes today: a grouped claim region's ``meta.also_in`` (its
siblings as ``{"article_id", "claim_id", ...}``) and ``meta.contradictions`` (``{"unit", "here",
"there", "article_id", ...}``), and ``data.claim_groups`` (claim id → siblings). Also read: a
group id in region meta (``group_id``, ``group``, ``claim_group``) or ``data.claim_groups`` as a
list of ``{"id", "claims"|"members"}``. Sibling links are joined into groups (union-find over
``(article_id, claim_id)``); a group has conflicting figures when the plugin flagged a
contradiction or when two members give different values for the same normalised unit (QUANTITY
regions inside the claims).
"""

from __future__ import annotations

import html
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ls_factcheck.export.agreement import Agreement, AgreementTally
from ls_factcheck.export.review import RULES, Resolve, TaskReview, review_task
from ls_factcheck.export.writers import OutputExists, umask
from ls_factcheck.problems import Problem
from ls_factcheck.labels import CLAIM, LABELS, QUANTITY
from ls_factcheck.schema import VerifiedClaim
from ls_factcheck.studio.results import Region, prediction_regions

LIST_LIMIT = 300
TOP_SOURCES = 25
NO_SOURCE = "(keine Quelle / unattributed)"
NO_OUTLET = "(ohne Medium)"
CONFLICT = "conflict"
COLOURS = {"supported": "#2e8b57", "disputed": "#c0392b", "unsourced": "#e67e22", CONFLICT: "#8e44ad",
           "reviewed": "#34699a", "open": "#bdc3c7"}
LABELS_DE = {"supported": "belegt", "disputed": "strittig", "unsourced": "unbelegt", CONFLICT: "uneinig",
             "reviewed": "geprüft", "open": "offen"}
VERDICT_KEYS = (*LABELS.verdicts, CONFLICT)


@dataclass
class GroupMember:
    article_id: str
    outlet: str
    title: str
    claim: str
    figures: list[tuple[float, str, str]]  # (value, unit, as written)
    hints: list[str] = field(default_factory=list)  # contradictions the plugin flagged


class ClaimGroups:
    """Claims linked as "the same fact", joined into groups as links arrive (union-find)."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.members: dict[tuple[str, str], GroupMember] = {}

    def _root(self, key: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def link(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def add(self, key: tuple[str, str], member: GroupMember) -> None:
        self._root(key)
        known = self.members.get(key)
        if known is None:
            self.members[key] = member
        else:
            known.hints = list(dict.fromkeys([*known.hints, *member.hints]))

    def __len__(self) -> int:
        return len(self.groups())

    def groups(self) -> dict[str, list[GroupMember]]:
        found: dict[tuple[str, str], list[tuple[str, str]]] = {}
        named: dict[tuple[str, str], str] = {}
        for key in list(self.parent):
            if key[0] == "group:":
                named[self._root(key)] = key[1]
            else:
                found.setdefault(self._root(key), []).append(key)
        result = {}
        for root, keys in found.items():
            members = [self.members[k] for k in sorted(keys) if k in self.members]
            if len(keys) >= 2 and members:
                result[named.get(root) or "/".join(min(keys))] = members
        return result


@dataclass
class ReportSummary:
    tasks: int = 0
    reviewed_tasks: int = 0
    claims_reviewed: int = 0
    claims_open: int = 0
    verdicts: Counter = field(default_factory=Counter)
    by_outlet: dict[str, Counter] = field(default_factory=dict)
    by_source: dict[str, Counter] = field(default_factory=dict)
    agreement: Agreement | None = None
    disputed: list[VerifiedClaim] = field(default_factory=list)
    disputed_total: int = 0
    conflicts: list[VerifiedClaim] = field(default_factory=list)
    conflicts_total: int = 0
    # The interface cannot block a supported/disputed verdict without evidence, so the report shows them.
    without_evidence: list[VerifiedClaim] = field(default_factory=list)
    without_evidence_total: int = 0
    groups: ClaimGroups = field(default_factory=ClaimGroups)
    rule: str = "latest"
    generated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    problems: list[Problem] = field(default_factory=list)  # tasks skipped and annotations damaged

    @property
    def conflicting_groups(self) -> list[tuple[str, list[GroupMember], list[str]]]:
        """(group id, members, what disagrees) for every group whose figures conflict."""
        found = []
        for group_id, members in sorted(self.groups.groups().items()):
            reasons = list(dict.fromkeys([*(h for m in members for h in m.hints), *_figure_conflicts(members)]))
            if reasons:
                found.append((group_id, members, reasons))
        return found


def _figure_conflicts(members: list[GroupMember]) -> list[str]:
    by_unit: dict[str, dict[str, list[str]]] = {}
    for member in members:
        for value, unit, written in member.figures:
            by_unit.setdefault(unit, {}).setdefault(f"{value:g}", []).append(f"{written} ({member.outlet or member.article_id})")
    return [f"{unit}: " + " vs ".join(seen[0] for seen in values.values())
            for unit, values in by_unit.items() if len(values) > 1]


def _label(claim: VerifiedClaim) -> str:
    return claim.verdict.value if claim.verdict else CONFLICT


def _group_id(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("id") or value.get("group_id")
    return str(value) if isinstance(value, (str, int)) and str(value) else None


def _sibling(ref: object) -> tuple[str, str] | None:
    if isinstance(ref, dict) and isinstance(ref.get("article_id"), (str, int)) and isinstance(ref.get("claim_id"), (str, int)):
        return str(ref["article_id"]), str(ref["claim_id"])
    return None


def _links_in_data(data: dict) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """From ``data.claim_groups``: (claim id → sibling keys, claim id → group id), whichever shape it has."""
    raw = data.get("claim_groups")
    siblings: dict[str, list[tuple[str, str]]] = {}
    group_ids: dict[str, str] = {}
    if isinstance(raw, dict):
        for claim_id, value in raw.items():
            if isinstance(value, (list, tuple)):
                siblings[str(claim_id)] = [k for k in map(_sibling, value) if k]
            elif _group_id(value):
                group_ids[str(claim_id)] = _group_id(value)
    elif isinstance(raw, list):
        for group in raw:
            if not isinstance(group, dict):
                continue
            gid = _group_id(group.get("id") or group.get("group_id") or group.get("group"))
            for member in group.get("claims") or group.get("members") or group.get("region_ids") or []:
                ref = (member.get("region_id") or member.get("claim_id") or member.get("id")) if isinstance(member, dict) else member
                if gid and isinstance(ref, (str, int)):
                    group_ids[str(ref)] = gid
    return siblings, group_ids


def _hints(meta: dict, outlet: str) -> list[str]:
    hints = []
    # The plugin names the other article in also_in; its contradictions carry only the article id.
    outlets = {str(a.get("article_id")): a.get("outlet") for a in meta.get("also_in") or [] if isinstance(a, dict)}
    for item in meta.get("contradictions") or []:
        if isinstance(item, dict) and item.get("here") is not None and item.get("there") is not None:
            where = item.get("outlet") or outlets.get(str(item.get("article_id"))) or item.get("article_id") or "another article"
            unit = f"{item['unit']}: " if item.get("unit") else ""
            hints.append(f"{unit}{item['here']} ({outlet}) vs {item['there']} ({where})")
    if not hints and any(meta.get(k) is True for k in ("contradiction", "conflicting_figures")):
        hints.append("flagged by the plugin")
    return hints


def _figures(claim: Region, quantities: list[Region]) -> list[tuple[float, str, str]]:
    figures = []
    for q in quantities:
        if claim.start <= q.start and q.end <= claim.end:
            normalized = q.meta.get("normalized") or {}
            value, unit = normalized.get("value"), normalized.get("unit")
            if isinstance(value, (int, float)) and unit:
                figures.append((float(value), str(unit), q.text))
    return figures


def _collect_groups(review: TaskReview, groups: ClaimGroups) -> None:
    task, data = review.task, review.data
    data_siblings, data_groups = _links_in_data(data)
    regions: dict[str, Region] = prediction_regions(task)
    if review.latest:
        # The annotation decides the claims; the prediction's meta fills in what the UI dropped.
        for key, region in review.latest.regions.items():
            if key in regions and not region.meta:
                region.meta = regions[key].meta
            regions[key] = region
    quantities = [r for r in regions.values() if r.label == QUANTITY]
    article_id = str(data.get("article_id") or task.get("id"))
    outlet = (data.get("outlet") or "").strip()
    for region in regions.values():
        if region.label != CLAIM:
            continue
        key = (article_id, region.id)
        linked = [k for k in map(_sibling, region.meta.get("also_in") or []) if k] + data_siblings.get(region.id, [])
        gid = next((_group_id(region.meta.get(k)) for k in ("group_id", "group", "claim_group") if _group_id(region.meta.get(k))),
                   None) or data_groups.get(region.id)
        if not linked and gid is None:
            continue
        groups.add(key, GroupMember(article_id, outlet, (data.get("title") or "").strip(), region.text,
                                    _figures(region, quantities), _hints(region.meta, outlet or article_id)))
        for other in linked:
            groups.link(key, other)
        if gid is not None:
            groups.link(key, ("group:", gid))


def build_report(tasks: Iterable[dict], rule: Resolve = "latest",
                 progress: Callable[[int], None] | None = None) -> ReportSummary:
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}")
    summary = ReportSummary(rule=rule)
    tally = AgreementTally()
    for number, task in enumerate(tasks, start=1):
        where = f"task {task.get('id')}" if isinstance(task, dict) else f"task #{number} of the export"
        try:
            review = review_task(task, rule)
        except ValueError as error:
            summary.problems.append(Problem(where, f"skipped: {error}"))  # one bad task never stops the report
            continue
        summary.problems += [Problem(where, problem) for problem in review.problems]
        summary.tasks += 1
        summary.reviewed_tasks += review.reviewed
        summary.claims_open += review.open_claims
        tally.add(review)
        outlet = (review.data.get("outlet") or "").strip() or NO_OUTLET
        for claim in review.claims:
            label = _label(claim)
            summary.claims_reviewed += 1
            summary.verdicts[label] += 1
            summary.by_outlet.setdefault(outlet, Counter())[label] += 1
            source = " ".join((claim.source_resolved or claim.source or "").split()) or NO_SOURCE
            summary.by_source.setdefault(source, Counter())[label] += 1
            if label == "disputed":
                summary.disputed_total += 1
                if len(summary.disputed) < LIST_LIMIT:
                    summary.disputed.append(claim)
            if label in ("supported", "disputed") and not claim.evidence:
                summary.without_evidence_total += 1
                if len(summary.without_evidence) < LIST_LIMIT:
                    summary.without_evidence.append(claim)
            if label == CONFLICT or claim.agreement == "resolved":
                summary.conflicts_total += 1
                if len(summary.conflicts) < LIST_LIMIT:
                    summary.conflicts.append(claim)
        _collect_groups(review, summary.groups)
        if progress:
            progress(1)
    summary.agreement = tally.result()
    return summary


# --- HTML ----------------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{border-left:6px solid #c0392b;padding-left:.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#f6f7f9;border-radius:6px;padding:.8rem 1.1rem;min-width:9rem}
.card b{display:block;font-size:1.6rem}table{border-collapse:collapse;width:100%;font-size:.92rem}
td,th{border-bottom:1px solid #eee;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#fafafa}
.legend span{display:inline-block;margin-right:1rem}.sw{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:middle}
.claim{background:#fdf2f1;border-left:4px solid #c0392b;padding:.5rem .8rem;margin:.8rem 0}.meta{color:#666;font-size:.85rem}
.conflict{border-left-color:#8e44ad;background:#f6f0fa}.muted{color:#777}ul{margin:.3rem 0}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _bar(counts: Counter, keys: Iterable[str], width: int = 420, height: int = 18) -> str:
    """A stacked horizontal bar as inline SVG, with a tooltip per segment."""
    total = sum(counts[k] for k in keys) or 1
    x, parts = 0.0, []
    for key in keys:
        n = counts[key]
        if not n:
            continue
        w = width * n / total
        parts.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" fill="{COLOURS[key]}">'
                     f'<title>{_e(LABELS_DE[key])} ({_e(key)}): {n}</title></rect>')
        if w > 28:
            parts.append(f'<text x="{x + w / 2:.1f}" y="{height - 5}" font-size="11" fill="#fff" text-anchor="middle">{n}</text>')
        x += w
    return (f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{_e(", ".join(f"{k}: {counts[k]}" for k in keys))}">{"".join(parts)}</svg>')


def _legend(keys: Iterable[str]) -> str:
    return '<p class="legend">' + "".join(
        f'<span><i class="sw" style="background:{COLOURS[k]}"></i>{_e(LABELS_DE[k])} / {_e(k)}</span>' for k in keys) + "</p>"


def _breakdown(title: str, rows: dict[str, Counter], limit: int | None = None) -> str:
    ordered = sorted(rows.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    shown = ordered[:limit] if limit else ordered
    body = "".join(
        f"<tr><td>{_e(name)}</td><td>{sum(c.values())}</td>" + "".join(f"<td>{c[k]}</td>" for k in VERDICT_KEYS)
        + f"<td>{_bar(c, VERDICT_KEYS, 260, 14)}</td></tr>" for name, c in shown)
    more = f'<p class="muted">{len(ordered) - len(shown)} more not shown.</p>' if len(shown) < len(ordered) else ""
    head = "".join(f"<th>{_e(k)}</th>" for k in VERDICT_KEYS)
    return f"<h3>{_e(title)}</h3><table><tr><th></th><th>claims</th>{head}<th></th></tr>{body}</table>{more}"


def _evidence(items: list[str]) -> str:
    def one(item: str) -> str:
        if item.startswith(("http://", "https://")):
            return f'<a href="{_e(item)}" rel="noopener noreferrer">{_e(item)}</a>'
        return _e(item)

    return "<ul>" + "".join(f"<li>{one(i)}</li>" for i in items) + "</ul>" if items else '<p class="muted">no evidence given</p>'


def _claim_block(claim: VerifiedClaim, css: str = "") -> str:
    source = claim.source_resolved or claim.source
    reviewers = "".join(
        f"<li><b>{_e(r.reviewer)}</b>: {_e(r.verdict.value)}{' — ' + _e(r.notes) if r.notes else ''}{_evidence(r.evidence)}</li>"
        for r in claim.reviewers) if len(claim.reviewers) > 1 else ""
    return (f'<div class="claim {css}"><p>„{_e(claim.claim)}“</p>'
            f'<p class="meta">{_e(claim.outlet or NO_OUTLET)} · {_e(claim.title)} · article {_e(claim.article_id)} '
            f'· chars {claim.start}–{claim.end} · source: {_e(source or NO_SOURCE)} · '
            f'{_e(claim.verdict.value if claim.verdict else CONFLICT)} ({_e(claim.agreement)}) by {_e(claim.reviewer)}</p>'
            + (f"<p>{_e(claim.notes)}</p>" if claim.notes else "")
            + (f"<ul>{reviewers}</ul>" if reviewers else _evidence(claim.evidence)) + "</div>")


def _fmt(value: float | None, pattern: str = "{:.2f}") -> str:
    return "–" if value is None else pattern.format(value)


def _agreement_html(a: Agreement | None) -> str:
    if a is None or not a.multi_reviewed_claims:
        return "<p>No claim has been judged by two reviewers yet, so there is no agreement to measure.</p>"
    pairs = "".join(f"<tr><td>{_e(p.reviewers[0])}</td><td>{_e(p.reviewers[1])}</td><td>{p.claims}</td>"
                    f"<td>{_fmt(p.percent, '{:.0%}')}</td><td>{_fmt(p.kappa)}</td></tr>" for p in a.pairs)
    return (f'<div class="cards"><div class="card"><b>{_fmt(a.kappa)}</b>Cohen\'s κ (two reviewers)</div>'
            f'<div class="card"><b>{_fmt(a.alpha)}</b>Krippendorff\'s α (nominal)</div>'
            f'<div class="card"><b>{_fmt(a.percent, "{:.0%}")}</b>identical verdicts</div>'
            f'<div class="card"><b>{_fmt(a.span_exact_f1)}</b>claim spans, exact F1</div>'
            f'<div class="card"><b>{_fmt(a.span_overlap_f1)}</b>claim spans, overlap F1</div></div>'
            f"<p>{a.multi_reviewed_claims} claim(s) in {a.multi_reviewed_tasks} article(s) were judged by two or "
            f"more reviewers; {a.claims_in_conflict} remain unresolved under the rule. Span agreement compares "
            f"{a.span_pairs} pair(s) of annotations of the same article.</p>"
            f"<table><tr><th>reviewer</th><th>reviewer</th><th>claims</th><th>same verdict</th><th>κ</th></tr>{pairs}</table>")


def render_html(summary: ReportSummary, title: str = "Faktencheck: Prüfbericht") -> str:
    s = summary
    progress_tasks = Counter({"reviewed": s.reviewed_tasks, "open": s.tasks - s.reviewed_tasks})
    progress_claims = Counter({"reviewed": s.claims_reviewed, "open": s.claims_open})
    share = s.claims_reviewed / (s.claims_reviewed + s.claims_open) if s.claims_reviewed + s.claims_open else 0.0
    disputed = "".join(_claim_block(c) for c in s.disputed)
    if s.disputed_total > len(s.disputed):
        disputed += f'<p class="muted">{s.disputed_total - len(s.disputed)} more disputed claims are in the export.</p>'
    conflicts = "".join(_claim_block(c, "conflict") for c in s.conflicts)
    if s.conflicts_total > len(s.conflicts):
        conflicts += f'<p class="muted">{s.conflicts_total - len(s.conflicts)} more are in the export.</p>'
    unevidenced = "".join(_claim_block(c) for c in s.without_evidence)
    if s.without_evidence_total > len(s.without_evidence):
        unevidenced += f'<p class="muted">{s.without_evidence_total - len(s.without_evidence)} more are in the export.</p>'
    groups = "".join(
        f"<h3>Group {_e(gid)}</h3><p><b>{_e('; '.join(reasons))}</b></p><table><tr><th>outlet</th><th>claim</th><th>figures</th></tr>"
        + "".join(f"<tr><td>{_e(m.outlet or m.article_id)}</td><td>{_e(m.claim)}</td>"
                  f"<td>{_e(', '.join(f[2] for f in m.figures))}</td></tr>" for m in members) + "</table>"
        for gid, members, reasons in s.conflicting_groups)
    if not s.groups:
        groups = "<p class=\"muted\">The tasks carry no claim groups (the plugin adds them when it groups claims across articles).</p>"
    elif not groups:
        groups = f"<p>{len(s.groups)} claim group(s), none with conflicting figures.</p>"
    task_bar = _bar(progress_tasks, ("reviewed", "open"))
    claim_bar = _bar(progress_claims, ("reviewed", "open"))
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><style>{CSS}</style></head><body>
<h1>{_e(title)}</h1>
<p class="meta">Generated {_e(s.generated_at.strftime('%Y-%m-%d %H:%M UTC'))}; reviewers' disagreements resolved by rule <b>{_e(s.rule)}</b>.</p>
<h2>Progress</h2>
<div class="cards"><div class="card"><b>{s.reviewed_tasks} / {s.tasks}</b>articles reviewed</div>
<div class="card"><b>{s.claims_reviewed}</b>claims with a verdict</div><div class="card"><b>{s.claims_open}</b>claims open</div>
<div class="card"><b>{share:.0%}</b>of claims decided</div></div>
<p>Articles: {task_bar}</p><p>Claims: {claim_bar}</p>
{_legend(("reviewed", "open"))}
<h2>Verdicts</h2>
{_bar(s.verdicts, VERDICT_KEYS, 700, 26)}{_legend(VERDICT_KEYS)}
{_breakdown("Per outlet", s.by_outlet)}
{_breakdown(f"Per source (the {TOP_SOURCES} with most claims)", s.by_source, TOP_SOURCES)}
<h2>Reviewer agreement</h2>{_agreement_html(s.agreement)}
<h2>Disputed claims and their evidence ({s.disputed_total})</h2>{disputed or '<p class="muted">None.</p>'}
<h2>Supported or disputed without evidence ({s.without_evidence_total})</h2>{unevidenced or '<p class="muted">None.</p>'}
<h2>Claims reviewers disagreed on ({s.conflicts_total})</h2>{conflicts or '<p class="muted">None.</p>'}
<h2>Claim groups with conflicting figures</h2>{groups}
</body></html>
"""


def write_html(summary: ReportSummary, path: str | Path, title: str = "Faktencheck: Prüfbericht",
               force: bool = False) -> None:
    """Write the report beside ``path`` and rename it into place; an existing file only with ``force``."""
    target = Path(path)
    if target.is_dir():
        raise OutputExists(f"{target} is a folder: give a file path for the report (a folder is never replaced)")
    if target.exists() and not force:
        raise OutputExists(f"{target} exists: pass --force to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(render_html(summary, title))
        Path(name).chmod(0o666 & ~umask())
        os.replace(name, target)
    finally:
        Path(name).unlink(missing_ok=True)


def print_summary(summary: ReportSummary, console) -> None:
    from rich.table import Table

    s = summary
    table = Table(title="Review", show_header=True, header_style="bold")
    table.add_column("")
    table.add_column("count", justify="right")
    table.add_row("articles reviewed", f"{s.reviewed_tasks} / {s.tasks}")
    table.add_row("claims with a verdict", str(s.claims_reviewed))
    table.add_row("claims open", str(s.claims_open))
    for key in VERDICT_KEYS:
        table.add_row(f"  {key}", str(s.verdicts[key]))
    table.add_row("supported/disputed without evidence", str(s.without_evidence_total))
    table.add_row("claim groups with conflicting figures", str(len(s.conflicting_groups)))
    console.print(table)
    if s.agreement is not None:
        console.print(f"agreement: {s.agreement.headline}", highlight=False, soft_wrap=True)
