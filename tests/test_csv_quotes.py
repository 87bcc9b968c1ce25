"""A stray quote in a CSV row is found and named; the rows after it are read as rows."""

from __future__ import annotations

from ls_factcheck.ingest.readers import read_articles

HEADER = "id,title,text\n"


def read_csv(tmp_path, body: str):
    path = tmp_path / "meldungen.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    problems = []
    return path, list(read_articles([path], problems)), problems


def test_a_quote_that_is_never_closed_costs_only_its_row(tmp_path):
    path, articles, problems = read_csv(tmp_path, (
        'pegel,Pegel,"Der Pegel der Isenach stieg auf 3,90 Meter."\n'
        'deich,Deich,"Der Deich bei Lörzingen hält, sagte der Landrat.\n'
        'schule,Schule,Die Grundschule bleibt am Montag geschlossen.\n'
        'bahn,Bahn,"Die Strecke nach Marbeck ist gesperrt, teilte die Bahn mit."\n'
        'hilfe,Hilfe,Das Land zahlt 1,5 Millionen Euro Soforthilfe.\n'))
    assert [a.id for a in articles] == ["pegel", "schule", "bahn", "hilfe"]
    assert [str(p) for p in problems] == [f"{path}:3: a quote opened in this row is not closed: it took in lines "
                                          "4–5 as text; row skipped, those lines read as rows of their own"]


def test_a_quote_left_open_to_the_end_of_the_file_is_found_too(tmp_path):
    path, articles, problems = read_csv(tmp_path, (
        'deich,Deich,"Der Deich bei Lörzingen hält, sagte der Landrat.\n'
        'schule,Schule,Die Grundschule bleibt am Montag geschlossen.\n'))
    assert [a.id for a in articles] == ["schule"]
    assert str(problems[0]).startswith(f"{path}:2: a quote opened in this row is not closed")


def test_line_breaks_inside_a_properly_quoted_text_stay_one_article(tmp_path):
    _, articles, problems = read_csv(tmp_path, (
        'rat,Rat,"Der Stadtrat tagt am Montag.\nAuf der Tagesordnung, so die Stadt, steht der Haushalt."\n'
        'schule,Schule,Die Grundschule bleibt am Montag geschlossen.\n'))
    assert [a.id for a in articles] == ["rat", "schule"] and not problems
    assert articles[0].text.count("\n") == 1
