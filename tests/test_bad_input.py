"""Bad input: each problem is one clear message naming its file and line, and the rest imports.

``tests/bad_input/`` holds the cases that are plain UTF-8 text. What must not be committed is made
by the ``corpus`` fixture: files in legacy encodings (an editor or hook would re-save them as
UTF-8), binary data, a NUL byte and a 10 MB article.

A problem with ``skipped=True`` lost input, and makes an import a partial failure; one with
``skipped=False`` is a notice about input that was imported.
"""

from __future__ import annotations

import codecs
import io
import json
import random
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from ls_factcheck.ingest.readers import MAX_CHARS, read_articles
from ls_factcheck.problems import split_problems

BAD_INPUT = Path(__file__).parent / "bad_input"

GAS_TITLE = "Stadtwerke erhöhen Gaspreis"
GAS_BODY = ("Der Grundpreis steigt zum 1. Juli um 4,20 € im Monat – für einen Vierpersonenhaushalt sind das "
            "rund 50 € im Jahr.\r\n„Wir geben nur die gestiegenen Netzentgelte weiter“, sagte Geschäftsführer "
            "Klaus Röder.\r\n")
TEN_MB = 10 * 1024 * 1024
SENTENCE = "Der Kreistag hat am Donnerstag den Haushalt für 2027 mit 31 zu 12 Stimmen verabschiedet. "


def read(*paths, **options):
    problems = []
    return list(read_articles(paths, problems, **options)), problems


def messages(problems):
    return [str(problem) for problem in problems]


def png_bytes() -> bytes:
    # A PNG signature and header, then compressed-looking data: what a mis-named photo contains.
    noise = random.Random(7).randbytes(4096)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x02\x00\x00\x00" + noise


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("artikel.txt", random.Random(3).randbytes(2048))
    return buffer.getvalue()


def huge_article() -> str:
    return (SENTENCE * (TEN_MB // len(SENTENCE) + 1))[:TEN_MB]


@pytest.fixture
def corpus(tmp_path) -> Path:
    """tests/bad_input/ plus the generated cases, in a folder of its own."""
    folder = tmp_path / "bad_input"
    shutil.copytree(BAD_INPUT, folder)
    (folder / "gaspreis_windows.txt").write_bytes((GAS_TITLE + "\r\n" + GAS_BODY).encode("cp1252"))
    (folder / "gemischt.txt").write_bytes("Müllabfuhr\nDie Abfuhr am Ostermontag entfällt.\n".encode("utf-8")
                                          + "Die Gebühr bleibt gleich.\n".encode("latin-1"))
    (folder / "foto.txt").write_bytes(png_bytes())
    (folder / "nul.txt").write_text("Parkhaus\nDas Parkhaus am Markt öffnet\x00 wieder am Montag.\n", encoding="utf-8")
    (folder / "riesig.txt").write_text("Haushalt\n" + huge_article(), encoding="utf-8")
    return folder


# --- The whole corpus -------------------------------------------------------------------------


def test_every_good_article_in_the_corpus_is_read_and_each_bad_file_gets_one_message(corpus):
    articles, problems = read(corpus)
    assert sorted(article.origin for article in articles) == sorted(f"{corpus / where}" for where in [
        "gaspreis_windows.txt:1", "gemeinderat.txt:1", "leere_zelle.csv:2", "meldungen.jsonl:1", "meldungen.jsonl:3",
        "radwege.html:1", "unsichtbar.txt:1"])
    assert sorted(messages(problems)) == sorted(f"{corpus / where}: {message}" for where, message in [
        ("cookie_seite.html:1", "no article text found in the HTML"),
        ("foto.txt:1", "binary file, not text"),
        ("gaspreis_windows.txt:1", "decoded as Windows-1252 (cp1252): the file is not UTF-8"),
        ("gemischt.txt:3", "not UTF-8 text (byte 56) and not recognisable as Windows-1252/Latin-1: "
                           "convert it to UTF-8"),
        ("leer.txt:1", "file is empty"),
        ("leere_zelle.csv:3", "text is empty"),
        ("meldungen.jsonl:2", "not valid JSON (Unterminated string starting at column 59)"),
        ("meldungen_korrigiert.jsonl:1", f"article id 'bau-0415' is already used by {corpus}/meldungen.jsonl:3 "
                                         "with a different text; not imported: give one of them a new id"),
        ("meldungen_nochmal.jsonl:1", f"duplicate of {corpus}/meldungen.jsonl:1, read once"),
        ("nul.txt:1", "text contains NUL bytes"),
        ("nur_leerzeilen.jsonl:1", "file is empty"),
        ("ohne_text.csv:1", "CSV has no 'text' column (columns: id, body, outlet)"),
        ("riesig.txt:1", "article is 10,485,760 characters long, more than the limit of 1,000,000: "
                         "split it, or raise --max-chars"),
        ("unsichtbar.txt:1", "contains 3 zero-width character(s) "
                             "(kept: they are invisible in the labelling interface)"),
    ])


def test_notices_are_told_apart_from_skipped_input(corpus):
    _, problems = read(corpus)
    skipped, notices = split_problems(problems)
    assert sorted(Path(p.where).name for p in notices) == [
        "gaspreis_windows.txt:1", "meldungen_nochmal.jsonl:1", "unsichtbar.txt:1"]
    assert len(skipped) == len(problems) - 3 and all(p.skipped for p in skipped)


# --- Encodings --------------------------------------------------------------------------------


def test_a_windows_1252_file_is_decoded_exactly_with_a_notice(tmp_path):
    path = tmp_path / "gaspreis.txt"
    path.write_bytes((GAS_TITLE + "\r\n" + GAS_BODY).encode("cp1252"))
    (article,), problems = read(path)
    assert (article.title, article.text) == (GAS_TITLE, GAS_BODY)  # € „ “ – and the CRLFs as they were
    assert messages(problems) == [f"{path}:1: decoded as Windows-1252 (cp1252): the file is not UTF-8"]
    assert not problems[0].skipped


def test_a_decoded_csv_keeps_its_rows_and_their_lines(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes('id,text\r\n1,"Straßensperrung:\r\nab Montag."\r\n2,"Gebühren steigen."\r\n'.encode("latin-1"))
    articles, problems = read(path)
    assert [(a.origin, a.text) for a in articles] == [(f"{path}:2", "Straßensperrung:\r\nab Montag."),
                                                      (f"{path}:4", "Gebühren steigen.")]
    assert messages(problems) == [f"{path}:2: decoded as Windows-1252 (cp1252): the file is not UTF-8"]


def test_a_decoded_jsonl_reports_a_bad_line_by_its_number(tmp_path):
    path = tmp_path / "export.jsonl"
    good = json.dumps({"text": "Die Fähre fährt wieder."}, ensure_ascii=False)
    path.write_bytes(f"{good}\r\n{good[:-1]} ungültig\r\n".encode("cp1252"))
    articles, problems = read(path)
    assert len(articles) == 1
    assert messages(problems) == [f"{path}:1: decoded as Windows-1252 (cp1252): the file is not UTF-8",
                                  f"{path}:2: not valid JSON (Expecting ',' delimiter at column 36)"]


def test_a_file_mixing_utf8_and_latin1_is_reported_not_garbled(tmp_path):
    path = tmp_path / "gemischt.txt"
    path.write_bytes("Müllabfuhr\nDie Abfuhr am Ostermontag entfällt.\n".encode("utf-8")
                     + "Die Gebühr bleibt gleich.\n".encode("latin-1"))
    articles, problems = read(path)
    assert articles == []
    assert messages(problems) == [f"{path}:3: not UTF-8 text (byte 56) and not recognisable as "
                                  "Windows-1252/Latin-1: convert it to UTF-8"]


@pytest.mark.parametrize("text, encoding", [
    ("Wczoraj rada miasta przyjęła budżet, mówił burmistrz.", "cp1250"),  # "przyjê³a": ³ inside a word
    ("Вчера городской совет принял бюджет.", "cp1251"),  # whole words of accented Latin letters
    ("Belediye meclisi dün bütçeyi kabul etti, dedi başkan.", "cp1254"),  # ş reads as þ
    ("Grüße aus dem Rathaus in Köln", "mac_roman"),  # "GrŸ§e": § inside a word
])
def test_text_in_other_legacy_encodings_is_reported_not_taken_for_windows_1252(tmp_path, text, encoding):
    path = tmp_path / "artikel.txt"
    data = ("Titel\n" + text).encode(encoding)
    path.write_bytes(data)
    articles, problems = read(path)
    bad_byte = next(i for i, byte in enumerate(data) if byte > 0x7F)
    assert articles == []
    assert messages(problems) == [f"{path}:2: not UTF-8 text (byte {bad_byte}) and not recognisable as "
                                  "Windows-1252/Latin-1: convert it to UTF-8"]


def test_a_utf8_byte_order_mark_rules_out_guessing_another_encoding(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Titel\nDie Straße ".encode("utf-8") + "bleibt zu: Gebühr".encode("latin-1"))
    _, problems = read(path)
    assert messages(problems) == [f"{path}:2: not UTF-8 text (byte 35) and not recognisable as "
                                  "Windows-1252/Latin-1: convert it to UTF-8"]


def test_utf16_with_a_byte_order_mark_is_decoded_with_a_notice(tmp_path):
    path = tmp_path / "powershell.txt"
    path.write_bytes(("Titel\r\n" + GAS_BODY).encode("utf-16"))
    (article,), problems = read(path)
    assert article.text == GAS_BODY
    assert messages(problems) == [f"{path}:1: decoded as UTF-16 (it starts with a UTF-16 byte order mark): "
                                  "the file is not UTF-8"]


# --- Binary, NUL, empty -----------------------------------------------------------------------


@pytest.mark.parametrize("name, data", [
    ("foto.txt", png_bytes()),
    ("foto.png", png_bytes()),  # named explicitly, so read although the suffix is unknown
    ("archiv.jsonl", zip_bytes()),
    ("programm.csv", b"\x7fELF\x02\x01\x01" + bytes(9) + random.Random(5).randbytes(1024)),
    ("nullen.txt", bytes(2048)),  # valid UTF-8, but nothing but NULs
])
def test_a_binary_file_gets_one_message(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    articles, problems = read(path)
    assert articles == []
    assert messages(problems) == [f"{path}:1: binary file, not text"]


def test_a_stray_nul_in_text_is_reported_as_such(corpus):
    articles, problems = read(corpus / "nul.txt")
    assert articles == []
    assert messages(problems) == [f"{corpus / 'nul.txt'}:1: text contains NUL bytes"]


@pytest.mark.parametrize("name, data", [
    ("leer.txt", b""),
    ("leer.md", b" \r\n\t\r\n"),
    ("leer.jsonl", b"\n\n"),
    ("leer.csv", b""),
    ("leer.html", b"\n"),
    ("nur_bom.txt", codecs.BOM_UTF8),
])
def test_an_empty_file_is_reported_in_every_format(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    articles, problems = read(path)
    assert articles == []
    assert messages(problems) == [f"{path}:1: file is empty"]


# --- Long articles ----------------------------------------------------------------------------


def test_a_10_mb_article_is_skipped_quickly_and_the_rest_imports(corpus):
    started = time.perf_counter()
    articles, problems = read(corpus / "riesig.txt", corpus / "gemeinderat.txt")
    assert time.perf_counter() - started < 2
    assert [a.origin for a in articles] == [f"{corpus / 'gemeinderat.txt'}:1"]
    assert messages(problems) == [f"{corpus / 'riesig.txt'}:1: article is 10,485,760 characters long, more than "
                                  "the limit of 1,000,000: split it, or raise --max-chars"]


def test_the_limit_is_spacys_default_and_can_be_set(tmp_path):
    path = tmp_path / "kurz.jsonl"
    path.write_text("".join(json.dumps({"text": "x" * n}) + "\n" for n in (100, 101)), encoding="utf-8")
    articles, problems = read(path, max_chars=100)
    assert MAX_CHARS == 1_000_000
    assert [len(a.text) for a in articles] == [100]
    assert messages(problems) == [f"{path}:2: article is 101 characters long, more than the limit of 100: "
                                  "split it, or raise --max-chars"]


def test_a_csv_article_longer_than_the_csv_modules_own_limit_is_read(tmp_path):
    path = tmp_path / "lang.csv"
    text = (SENTENCE * 3000).strip()  # about 270,000 characters; csv refuses fields over 131,072 by default
    path.write_text(f'id,text\nlang,"{text}"\n', encoding="utf-8")
    (article,), problems = read(path)
    assert article.text == text and not problems


# --- JSONL and CSV ----------------------------------------------------------------------------


def test_a_jsonl_line_that_is_not_json_is_reported_and_the_other_lines_import(tmp_path):
    path = tmp_path / "meldungen.jsonl"
    shutil.copy(BAD_INPUT / "meldungen.jsonl", path)
    articles, problems = read(path)
    assert [a.id for a in articles] == ["pol-0412", "bau-0415"]
    assert messages(problems) == [f"{path}:2: not valid JSON (Unterminated string starting at column 59)"]


def test_a_json_escape_of_half_an_emoji_is_reported(tmp_path):
    path = tmp_path / "emoji.jsonl"
    path.write_text('{"text": "Feuerwehr im Einsatz \\ud83d"}\n', encoding="utf-8")
    articles, problems = read(path)
    assert articles == []
    assert messages(problems) == [f"{path}:1: text contains \\ud83d without its pair: not valid Unicode, "
                                  "fix the JSON escape"]


def test_a_csv_with_a_renamed_text_column_names_the_columns_it_has():
    articles, problems = read(BAD_INPUT / "ohne_text.csv")
    assert articles == []
    assert messages(problems) == [
        f"{BAD_INPUT / 'ohne_text.csv'}:1: CSV has no 'text' column (columns: id, body, outlet)"]


def test_a_csv_row_with_empty_text_is_reported_by_its_line():
    articles, problems = read(BAD_INPUT / "leere_zelle.csv")
    assert [a.id for a in articles] == ["kita-01"]
    assert messages(problems) == [f"{BAD_INPUT / 'leere_zelle.csv'}:3: text is empty"]


# --- Invisible characters ---------------------------------------------------------------------


def test_zero_width_characters_are_kept_and_counted_once_per_article():
    path = BAD_INPUT / "unsichtbar.txt"
    (article,), problems = read(path)
    # Two U+200B and a U+2060; the file's byte order mark and the joiners of 👨‍👩‍👧 do not count.
    assert article.text == path.read_text(encoding="utf-8-sig").partition("\n")[2]
    assert "Feuer\u200bwehr" in article.text
    assert messages(problems) == [f"{path}:1: contains 3 zero-width character(s) "
                                  "(kept: they are invisible in the labelling interface)"]
    assert not problems[0].skipped


def test_joiners_inside_emoji_are_not_counted(tmp_path):
    path = tmp_path / "emoji.txt"
    path.write_text("Titel\nFamilientag 👨\u200d👩\u200d👧, Regenbogenfahne 🏳\ufe0f\u200d🌈, "
                    "Programmierkurs 👩🏽\u200d💻.", encoding="utf-8")
    articles, problems = read(path)
    assert len(articles) == 1 and not problems


# --- Duplicate ids ----------------------------------------------------------------------------


def test_the_same_article_twice_is_read_once_with_a_notice():
    articles, problems = read(BAD_INPUT / "meldungen.jsonl", BAD_INPUT / "meldungen_nochmal.jsonl")
    assert [a.id for a in articles] == ["pol-0412", "bau-0415"]
    assert messages(problems)[1:] == [f"{BAD_INPUT / 'meldungen_nochmal.jsonl'}:1: duplicate of "
                                      f"{BAD_INPUT / 'meldungen.jsonl'}:1, read once"]
    assert not problems[1].skipped


def test_an_id_used_again_for_another_text_is_skipped():
    articles, problems = read(BAD_INPUT / "meldungen.jsonl", BAD_INPUT / "meldungen_korrigiert.jsonl")
    assert [a.id for a in articles] == ["pol-0412", "bau-0415"]
    assert "elf Wochen" in articles[1].text  # the first one read stays
    assert messages(problems)[1:] == [
        f"{BAD_INPUT / 'meldungen_korrigiert.jsonl'}:1: article id 'bau-0415' is already used by "
        f"{BAD_INPUT / 'meldungen.jsonl'}:3 with a different text; not imported: give one of them a new id"]
    assert problems[1].skipped


# --- HTML -------------------------------------------------------------------------------------


def test_a_page_of_only_cookie_banner_menu_and_footer_has_no_article():
    articles, problems = read(BAD_INPUT / "cookie_seite.html")
    assert articles == []
    assert messages(problems) == [f"{BAD_INPUT / 'cookie_seite.html'}:1: no article text found in the HTML"]


def test_a_news_page_with_a_cookie_banner_yields_only_the_article():
    (article,), problems = read(BAD_INPUT / "radwege.html")
    assert "3,2 Millionen Euro" in article.text and "Cookies" not in article.text
    assert article.outlet == "Kreisbote" and not problems


def test_one_line_in_another_encoding_never_drops_its_neighbours(tmp_path):
    path = tmp_path / "meldungen.jsonl"
    path.write_bytes(
        '{"id": "pegel", "text": "Der Pegel stieg auf 3,90 Meter, sagte die Bürgermeisterin."}\n'.encode("utf-8")
        + '{"id": "gruene", "text": "Die Grünen fordern mehr Geld für den Deich."}\n'.encode("cp1252")
        + b'{"id": "kaputt", "text": "\xff\xfe\x81 unlesbar"}\n'
        + '{"id": "deich", "text": "Der Deich hält, teilte das Landesamt mit."}\n'.encode("utf-8"))
    articles, problems = read(path)
    assert [(a.id, a.text.split()[1]) for a in articles] == [("pegel", "Pegel"), ("gruene", "Grünen"), ("deich", "Deich")]
    assert [str(p) for p in problems] == [
        f"{path}:2: decoded as Windows-1252 (cp1252): this line is not UTF-8",
        f"{path}:3: not UTF-8 text and not recognisable as Windows-1252/Latin-1: convert this line to UTF-8"]
