"""The review report: what an editor sees in the HTML file and in the terminal."""

from __future__ import annotations

import re

from rich.console import Console
from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.export.report import build_report, print_summary, render_html
from tools.synthetic_export import ArticleBuilder

EVAKUIERT_A = "Nach Angaben der Feuerwehr wurden in Lindach 1.200 Menschen in Sicherheit gebracht."
EVAKUIERT_B = "Rund 2.000 Bewohner mussten Lindach verlassen, teilte die Polizei mit."
SPERRUNG = "Die Landesstraße 17 bleibt laut Straßenbauamt bis Freitag gesperrt."
SCHADEN = "Der Schaden wird auf mehr als 30 Millionen Euro geschätzt."


def flood_tasks(group_in: str = "meta") -> list[dict]:
    a = ArticleBuilder("flut-wb", outlet="Weserbote", title="Hochwasser in Lindach", url="https://weserbote.example/flut")
    a1 = a.claim(EVAKUIERT_A, source="Feuerwehr")
    a2 = a.claim(SPERRUNG, source="Straßenbauamt")
    a.entity("1.200 Menschen", "QUANTITY", within=EVAKUIERT_A, normalized={"value": 1200.0, "unit": "Menschen"})
    b = ArticleBuilder("flut-ek", outlet="Elbkurier", title="Lindach unter Wasser", url="https://elbkurier.example/flut")
    b1 = b.claim(EVAKUIERT_B, source="Polizei")
    b.claim(SCHADEN)
    b.entity("Rund 2.000 Bewohner", "QUANTITY", within=EVAKUIERT_B, normalized={"value": 2000.0, "unit": "Menschen"})
    if group_in == "meta":
        for article, claim in ((a, a1), (b, b1)):
            next(r for r in article.regions if r["id"] == claim)["meta"]["group_id"] = "evakuierte-lindach"
    reviewed_a = a.task(1, [
        a.annotation(11, "anna@desk.example", {a1: ("disputed", ["https://feuerwehr-lindach.example/lage"], "Feuerwehr meldet 1.500"),
                                               a2: ("supported", ["https://strassenbau.example/sperrungen"])}),
        a.annotation(12, "jonas@desk.example", {a1: ("supported", ["https://weserbote.example/flut"]),
                                                a2: ("supported", ["https://strassenbau.example/sperrungen"])},
                     when="2026-03-03T10:00:00Z"),
    ])
    extra = {"claim_groups": [{"id": "evakuierte-lindach", "claims": [b1]}]} if group_in == "data" else {}
    unreviewed_b = b.task(2, **extra)
    if group_in == "data":
        reviewed_a["data"]["claim_groups"] = [{"id": "evakuierte-lindach", "claims": [{"region_id": a1}]}]
    return [reviewed_a, unreviewed_b]


def page(rule: str = "unanimous", group_in: str = "meta") -> str:
    return render_html(build_report(flood_tasks(group_in), rule))


def visible(html: str) -> str:
    return " ".join(re.sub(r"<style>.*?</style>|<[^>]+>", " ", html, flags=re.S).split())


def test_progress_counts_reviewed_and_open_articles_and_claims():
    summary = build_report(flood_tasks(), "unanimous")
    assert (summary.tasks, summary.reviewed_tasks) == (2, 1)
    assert (summary.claims_reviewed, summary.claims_open) == (2, 2)
    assert "1 / 2 articles reviewed" in visible(render_html(summary))


def test_verdict_mix_is_shown_overall_per_outlet_and_per_source():
    summary = build_report(flood_tasks(), "latest")
    assert summary.verdicts == {"supported": 2}
    assert summary.by_outlet["Weserbote"] == {"supported": 2}
    assert summary.by_source["Straßenbauamt"] == {"supported": 1}
    text = visible(render_html(summary))
    assert "Per outlet" in text and "Weserbote" in text and "Straßenbauamt" in text


def test_disputed_claims_are_listed_with_their_evidence_as_links():
    html = page(rule="majority")
    # majority of two disagreeing reviewers is no majority: the claim is a conflict, not disputed
    assert "Disputed claims and their evidence (0)" in visible(html)
    summary = build_report([flood_tasks()[0] | {"annotations": flood_tasks()[0]["annotations"][:1]}], "latest")
    html = render_html(summary)
    assert "Disputed claims and their evidence (1)" in visible(html)
    assert '<a href="https://feuerwehr-lindach.example/lage" rel="noopener noreferrer">' in html
    assert "Feuerwehr meldet 1.500" in html


def test_a_claim_reviewers_disagree_on_shows_every_reviewers_verdict():
    text = visible(page(rule="unanimous"))
    assert "Claims reviewers disagreed on (1)" in text
    assert "anna@desk.example : disputed" in text and "jonas@desk.example : supported" in text


def test_agreement_section_gives_kappa_and_span_agreement():
    text = visible(page())
    assert "Cohen's κ (two reviewers)" in text
    assert "2 claim(s) in 1 article(s) were judged by two or more reviewers" in text


def plugin_linked_tasks() -> list[dict]:
    """Two reports of one evacuation, linked the way the plugin links siblings (issue 5)."""
    tasks = flood_tasks(group_in="none")
    a, b = tasks
    claim_a = next(r for r in a["predictions"][0]["result"] if r.get("value", {}).get("text") == EVAKUIERT_A)
    claim_b = next(r for r in b["predictions"][0]["result"] if r.get("value", {}).get("text") == EVAKUIERT_B)
    claim_a["meta"]["also_in"] = [{"article_id": "flut-ek", "claim_id": claim_b["id"], "outlet": "Elbkurier", "reason": "same event"}]
    claim_a["meta"]["contradictions"] = [{"article_id": "flut-ek", "claim_id": claim_b["id"], "unit": "Menschen",
                                          "here": "1.200 Menschen", "there": "Rund 2.000 Bewohner"}]
    b["data"]["claim_groups"] = {claim_b["id"]: [{"article_id": "flut-wb", "claim_id": claim_a["id"], "outlet": "Weserbote"}]}
    return tasks


def test_claims_the_plugin_linked_across_articles_with_different_figures_are_flagged():
    [(group, members, reasons)] = build_report(plugin_linked_tasks(), "latest").conflicting_groups
    assert {(m.outlet, m.claim) for m in members} == {("Weserbote", EVAKUIERT_A), ("Elbkurier", EVAKUIERT_B)}
    assert reasons[0] == "Menschen: 1.200 Menschen (Weserbote) vs Rund 2.000 Bewohner (Elbkurier)"
    text = visible(render_html(build_report(plugin_linked_tasks())))
    assert "Claim groups with conflicting figures" in text and "Rund 2.000 Bewohner" in text


def test_a_claim_group_named_by_id_is_checked_for_different_figures_too():
    for group_in in ("meta", "data"):
        [(group, members, reasons)] = build_report(flood_tasks(group_in), "latest").conflicting_groups
        assert group == "evakuierte-lindach"
        assert {m.outlet for m in members} == {"Weserbote", "Elbkurier"}
        assert len(reasons) == 1 and "1.200 Menschen (Weserbote)" in reasons[0] and "Rund 2.000 Bewohner (Elbkurier)" in reasons[0]


def test_tasks_without_claim_groups_say_so_instead_of_failing():
    tasks = flood_tasks(group_in="none")
    tasks[1]["data"]["claim_groups"] = "kaputt"  # whatever a half-built plugin may leave
    assert "The tasks carry no claim groups" in visible(render_html(build_report(tasks)))


def test_the_html_file_is_self_contained_with_inline_charts():
    html = page()
    assert "<svg" in html and "<style>" in html
    assert not re.search(r"<(script|link|img)\b[^>]*(src|href)=\"https?://", html)


def test_report_command_writes_the_file_and_prints_a_summary(tmp_path):
    import json

    source = tmp_path / "export.json"
    source.write_text(json.dumps(flood_tasks()), encoding="utf-8")
    run = CliRunner().invoke(app, ["report", "--from-file", str(source), "-o", str(tmp_path / "bericht.html")])
    assert run.exit_code == 0, run.output
    assert "articles reviewed" in run.output and "1 / 2" in run.output
    assert (tmp_path / "bericht.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_terminal_summary_names_the_agreement():
    console = Console(record=True, width=120)
    print_summary(build_report(flood_tasks(), "unanimous"), console)
    text = console.export_text()
    assert "claims with a verdict" in text and "Cohen's κ" in text


def test_supported_or_disputed_verdicts_without_evidence_are_listed_for_follow_up():
    article = ArticleBuilder("sperrung", outlet="Weserbote", title="Brücke gesperrt")
    claim = article.claim(SPERRUNG, source="Straßenbauamt")
    task = article.task(1, [article.annotation(11, "anna@desk.example", {claim: ("supported", [])})])
    summary = build_report([task], "latest")
    assert summary.without_evidence_total == 1
    assert f"Supported or disputed without evidence (1) „{SPERRUNG}“" in visible(render_html(summary))


def _export_file(tmp_path, tasks):
    import json

    source = tmp_path / "export.json"
    source.write_text(json.dumps(tasks), encoding="utf-8")
    return source


def test_report_never_replaces_an_existing_file_unasked(tmp_path):
    source = _export_file(tmp_path, flood_tasks())
    target = tmp_path / "bericht.html"
    target.write_text("mein alter Bericht", encoding="utf-8")
    run = CliRunner().invoke(app, ["report", "--from-file", str(source), "-o", str(target)])
    assert run.exit_code != 0
    assert "exists: pass --force" in run.output
    assert target.read_text(encoding="utf-8") == "mein alter Bericht"


def test_report_with_force_replaces_the_file(tmp_path):
    source = _export_file(tmp_path, flood_tasks())
    target = tmp_path / "bericht.html"
    target.write_text("mein alter Bericht", encoding="utf-8")
    run = CliRunner().invoke(app, ["report", "--from-file", str(source), "-o", str(target), "--force"])
    assert run.exit_code == 0, run.output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_task_that_is_not_an_object_is_skipped_and_named_the_rest_is_reported(tmp_path):
    source = _export_file(tmp_path, [*flood_tasks(), "kaputt"])
    target = tmp_path / "bericht.html"
    run = CliRunner().invoke(app, ["report", "--from-file", str(source), "-o", str(target)])
    assert run.exit_code == 1
    assert "task #3 of the export: skipped: a task is not a JSON object" in run.output
    assert "1 / 2" in run.output and target.exists()


def test_an_unreviewed_article_exported_with_prediction_ids_only_counts_its_claims_as_open():
    # Label Studio's export of all tasks gives the predictions of unannotated tasks as ids only.
    tasks = flood_tasks()
    tasks[1]["predictions"] = [4711]
    tasks[1]["data"]["claims"] = 5
    summary = build_report(tasks, "unanimous")
    assert (summary.claims_reviewed, summary.claims_open) == (2, 5)
    assert "29%" in visible(render_html(summary))  # 2 of 7 claims decided
