"""The export never destroys what a user has, and what it writes is safe to open and to embed.

Each test runs the real ``ls-factcheck export`` on a Label Studio JSON export file.
"""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.export.spacy_docs import read_docs
from tools.synthetic_export import ArticleBuilder

FORMEL = "=HYPERLINK(\"https://boese.example\";\"Pegel 3,90 Meter\") meldete das Landesamt am Sonntag."
PEGEL = "Der Pegel der Isenach stieg bis Sonntagabend auf 3,90 Meter, teilte das Landesamt für Umwelt mit."
SKRIPT = "Die Stadt nannte den Schaden </script><script>alert(1)</script> vorläufig."
ORG = ["--org", "Faktencheck-Redaktion", "--review-url", "https://faktencheck.example/{article_id}/{claim_id}"]


def export_file(tmp_path, *claims: str, url: str = "https://tagblatt.example/pegel",
                evidence: tuple[str, ...] = ("https://pegel.example/isenach",), notes: str = "") -> str:
    article = ArticleBuilder("pegel-isenach", outlet="Südwest Tagblatt", title="Hochwasser", url=url)
    ids = [article.claim(claim) for claim in claims]
    verdicts = {claim_id: ("supported", list(evidence), notes) for claim_id in ids}
    task = article.task(3, [article.annotation(11, "pruefer@desk.example", verdicts)])
    path = tmp_path / "export.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    return str(path)


def export(*args: str):
    return CliRunner().invoke(app, ["export", *args])


def test_an_existing_folder_named_as_an_output_file_is_never_removed(tmp_path):
    folder = tmp_path / "recherche"
    folder.mkdir()
    (folder / "notizen.txt").write_text("Quellenliste, Stand Montag", encoding="utf-8")
    done = export("--from-file", export_file(tmp_path, PEGEL), "--to", f"csv={folder}")
    assert done.exit_code == 2
    assert f"{folder} is a folder: give a file path for the csv output" in done.output
    assert (folder / "notizen.txt").read_text(encoding="utf-8") == "Quellenliste, Stand Montag"


def test_an_existing_output_file_is_replaced_only_with_force(tmp_path):
    source = export_file(tmp_path, PEGEL)
    output = tmp_path / "claims.jsonl"
    output.write_text("die Prüfungen der letzten Woche\n", encoding="utf-8")
    refused = export("--from-file", source, "-o", str(output))
    assert refused.exit_code == 2 and f"{output} exists: pass --force to replace it" in refused.output
    assert output.read_text(encoding="utf-8") == "die Prüfungen der letzten Woche\n"

    forced = export("--from-file", source, "-o", str(output), "--force")
    assert forced.exit_code == 0, forced.output
    assert json.loads(output.read_text(encoding="utf-8"))["claim"] == PEGEL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "export.json"]  # no temporary file left


def test_forcing_a_spacy_export_into_a_folder_replaces_its_shards_and_keeps_every_other_file(tmp_path):
    source = export_file(tmp_path, PEGEL)
    folder = tmp_path / "spacy"
    assert export("--from-file", source, "--to", f"spacy={folder}").exit_code == 0
    (folder / "LIESMICH.txt").write_text("Trainingsdaten der Redaktion", encoding="utf-8")
    assert export("--from-file", source, "--to", f"spacy={folder}").exit_code == 2
    assert export("--from-file", source, "--to", f"spacy={folder}", "--force").exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["LIESMICH.txt", "part-00000.spacy"]
    assert len(list(read_docs(folder))) == 1


def test_a_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(tmp_path):
    output = tmp_path / "claims.csv"
    done = export("--from-file", export_file(tmp_path, FORMEL, notes="-5 % laut Landesamt"), "-f", "csv", "-o", str(output))
    assert done.exit_code == 0, done.output
    [row] = list(csv.DictReader(output.open(encoding="utf-8")))
    assert row["claim"] == "'" + FORMEL
    assert row["notes"] == "'-5 % laut Landesamt"


def test_raw_csv_keeps_the_cells_as_stored(tmp_path):
    output = tmp_path / "claims.csv"
    export("--from-file", export_file(tmp_path, FORMEL), "-f", "csv", "-o", str(output), "--raw-csv")
    [row] = list(csv.DictReader(output.open(encoding="utf-8")))
    assert row["claim"] == FORMEL


def test_claimreview_can_be_embedded_in_a_page_without_closing_its_script_tag(tmp_path):
    output = tmp_path / "claimreview.jsonld"
    done = export("--from-file", export_file(tmp_path, SKRIPT), "-f", "claimreview", "-o", str(output), *ORG)
    assert done.exit_code == 0, done.output
    text = output.read_text(encoding="utf-8")
    assert "</script>" not in text and "<" not in text and ">" not in text
    assert json.loads(text)[0]["claimReviewed"] == SKRIPT


def test_claimreview_carries_only_web_addresses(tmp_path):
    source = export_file(tmp_path, PEGEL, url="javascript:alert(1)",
                         evidence=("https://pegel.example/isenach", "javascript:alert(2)", "Pegelprotokoll, Blatt 4"))
    output = tmp_path / "claimreview.jsonld"
    assert export("--from-file", source, "-f", "claimreview", "-o", str(output), *ORG).exit_code == 0
    [record] = json.loads(output.read_text(encoding="utf-8"))
    assert "url" not in record["itemReviewed"]["appearance"]
    assert record["citation"] == ["https://pegel.example/isenach", "Pegelprotokoll, Blatt 4"]


def test_a_review_url_that_is_no_web_address_is_refused_before_anything_is_written(tmp_path):
    output = tmp_path / "claimreview.jsonld"
    done = export("--from-file", export_file(tmp_path, PEGEL), "-f", "claimreview", "-o", str(output),
                  "--org", "Faktencheck-Redaktion", "--review-url", "javascript:alert('{claim_id}')")
    assert done.exit_code == 2 and "must be an http:// or https:// address" in done.output
    assert not output.exists()


def broken_export(tmp_path) -> str:
    """Three tasks: one whose reviewer result is damaged in several ways, one that is no task, one intact."""
    damaged = ArticleBuilder("pegel-isenach", outlet="Südwest Tagblatt", title="Hochwasser")
    damaged.claim(PEGEL)
    damaged.claim(SKRIPT)
    task = damaged.task(3, [damaged.annotation(11, "pruefer@desk.example",
                                               {"claim-1": ("supported", ["https://pegel.example"]),
                                                "claim-2": ("supported", ["https://stadt.example"])})])
    result = task["annotations"][0]["result"]
    result.append({"id": "q-1", "type": "labels", "from_name": "label", "to_name": "text",
                   "value": {"start": "0", "end": "3", "text": "Der", "labels": ["QUANTITY"]}})
    result.append({"type": "labels", "value": {"start": 0, "end": 3, "text": "Der", "labels": ["LOC"]}})
    verdict = next(i for i in result if i.get("id") == "claim-2" and i.get("type") == "choices")
    verdict["value"]["choices"] = ["vielleicht"]
    intact = ArticleBuilder("pegel-lindach", outlet="Weserbote", title="Pegel")
    intact.claim(PEGEL)
    good = intact.task(4, [intact.annotation(12, "pruefer@desk.example", {"claim-1": ("disputed", ["Messblatt"])})])
    path = tmp_path / "export.json"
    path.write_text(json.dumps([task, "kein Task", good], ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_a_damaged_annotation_is_reported_by_task_and_region_and_the_rest_is_exported(tmp_path):
    output = tmp_path / "claims.jsonl"
    done = export("--from-file", broken_export(tmp_path), "-o", str(output))
    assert done.exit_code == 1
    assert "task 3: annotation 11: region 'q-1': start and end must be whole numbers, not '0' and '3'" in done.output
    assert "task 3: annotation 11: a labelled region has no id" in done.output
    assert ("task 3: annotation 11: region 'claim-2': verdict 'vielleicht' is not one of supported, disputed, "
            "unsourced") in done.output
    assert "task #2 of the export: skipped: a task is not a JSON object" in done.output
    assert "4 problem(s) in 2 task(s); everything else was exported" in done.output
    assert "Traceback" not in done.output
    claims = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [(c["article_id"], c["verdict"]) for c in claims] == [("pegel-isenach", "supported"),
                                                                 ("pegel-lindach", "disputed")]
