"""Reading articles: every format keeps the text exactly, and bad input names its file and line."""

from __future__ import annotations

import json

from ls_factcheck.ingest.readers import read_articles
from ls_factcheck.schema import Article

BODY = "Laut Polizei wurden am Samstag 14 Fahrzeuge beschädigt.\r\nDer Sachschaden liege bei rund 80.000 Euro, sagte ein Sprecher. 🚒"


def read(*paths):
    problems = []
    return list(read_articles(paths, problems)), problems


def test_text_file_keeps_crlf_and_uses_first_line_as_title(tmp_path):
    path = tmp_path / "brand.txt"
    path.write_bytes(("Brand in Tiefgarage\r\n" + BODY).encode("utf-8"))
    (article,), problems = read(path)
    assert article.title == "Brand in Tiefgarage"
    assert article.text == BODY
    assert "\r\n" in article.text and not problems


def test_article_without_id_gets_a_stable_hash_id(tmp_path):
    (tmp_path / "a.txt").write_text("Titel\n" + BODY, encoding="utf-8")
    (first,), _ = read(tmp_path / "a.txt")
    (second,), _ = read(tmp_path / "a.txt")
    assert first.id == second.id == Article.stable_id(BODY)


def test_jsonl_reads_metadata_and_keeps_the_given_id(tmp_path):
    path = tmp_path / "batch.jsonl"
    record = {"id": 17, "text": BODY, "title": "Brand", "url": "https://example.org/brand", "outlet": "Kreisblatt",
              "published": "2026-03-07", "author": "Lena Vogt", "language": "de"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,), problems = read(path)
    assert (article.id, article.outlet, article.published, article.text) == ("17", "Kreisblatt", "2026-03-07", BODY)
    assert not problems


def test_a_jsonl_line_that_is_not_json_is_reported_with_its_line_and_the_rest_is_read(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"text": "Der Stadtrat beschloss am Dienstag den Haushalt."}) + "\n{kaputt\n"
                    + json.dumps({"text": "Die Schule bleibt bis Freitag geschlossen."}) + "\n", encoding="utf-8")
    articles, problems = read(path)
    assert len(articles) == 2
    assert [str(p) for p in problems] == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_csv_without_text_column_is_reported(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("id,titel\n1,Ohne Text\n", encoding="utf-8")
    articles, problems = read(path)
    assert articles == []
    assert [str(p) for p in problems] == [f"{path}:1: CSV has no 'text' column (columns: id, titel)"]


def test_csv_rows_with_line_breaks_keep_them_and_problems_name_the_row_line(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes('id,text,outlet\r\n1,"Erste Zeile.\r\nZweite Zeile.",Bote\r\n2,,Bote\r\n'.encode("utf-8"))
    articles, problems = read(path)
    assert [a.text for a in articles] == ["Erste Zeile.\r\nZweite Zeile."]
    assert [str(p) for p in problems] == [f"{path}:4: text is empty"]


def test_empty_article_and_nul_bytes_are_skipped_with_a_message(tmp_path):
    (tmp_path / "leer.txt").write_text("Nur ein Titel\n   \n", encoding="utf-8")
    (tmp_path / "nul.txt").write_text("Titel\nText mit \x00 darin.", encoding="utf-8")
    (tmp_path / "gut.txt").write_text("Titel\nDie Brücke wird am 4. Mai 2026 eröffnet.", encoding="utf-8")
    articles, problems = read(tmp_path)
    assert [a.text for a in articles] == ["Die Brücke wird am 4. Mai 2026 eröffnet."]
    assert sorted(str(p) for p in problems) == [f"{tmp_path / 'leer.txt'}:1: text is empty",
                                               f"{tmp_path / 'nul.txt'}:1: text contains NUL bytes"]


def test_a_latin1_file_is_decoded_with_a_notice_and_a_missing_file_is_reported(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Titel\nStraße".encode("latin-1"))
    articles, problems = read(tmp_path / "latin1.txt", tmp_path / "fehlt.jsonl")
    assert [a.text for a in articles] == ["Straße"]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'latin1.txt'}:2: decoded as Windows-1252 (cp1252): the file is not UTF-8",
        f"{tmp_path / 'fehlt.jsonl'}: no such file or folder"]
    assert [p.skipped for p in problems] == [False, True]


def test_html_main_text_and_metadata_come_from_trafilatura(tmp_path):
    path = tmp_path / "artikel.html"
    path.write_text("""<html lang="de"><head><title>Neue Radwege | Stadtanzeiger</title>
<meta property="og:site_name" content="Stadtanzeiger"><meta name="author" content="Jonas Brandt">
<meta property="article:published_time" content="2026-02-11"></head><body>
<nav>Home » Lokales</nav><article><h1>Neue Radwege</h1>
<p>Die Stadt baut in diesem Jahr zwölf Kilometer neue Radwege, wie das Bauamt am Mittwoch mitteilte.</p>
<p>Die Kosten liegen nach Angaben der Verwaltung bei 3,2 Millionen Euro, ein Drittel davon zahlt das Land.</p>
</article><footer>© Stadtanzeiger 2026</footer></body></html>""", encoding="utf-8")
    (article,), problems = read(path)
    assert not problems
    assert "zwölf Kilometer neue Radwege" in article.text and "3,2 Millionen Euro" in article.text
    assert "Home »" not in article.text
    assert article.outlet == "Stadtanzeiger" and article.published == "2026-02-11"
