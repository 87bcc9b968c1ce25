"""Cross-article claim grouping and contradiction hints, on hand-made German claims."""

from __future__ import annotations

from ls_factcheck.labels import CLAIM, DATE, LABELS, QUANTITY
from ls_factcheck.grouping.compare import (
    ClaimRecord,
    Figure,
    compare,
    content_stems,
    currency_in,
    link_all,
    money_kinds,
    records_from_result,
    stem,
    stems_match,
    unit_class,
)
from ls_factcheck.grouping.stories import Story


LOC = LABELS.require("LOC")


def region(text: str, region_id: str, part: str, label: str, **meta) -> dict:
    """A Label Studio region over the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return {"id": region_id, "type": "labels", "from_name": LABELS.span_control, "to_name": LABELS.text_object,
            "value": {"start": start, "end": start + len(part), "text": part, "labels": [label]},
            **({"meta": meta} if meta else {})}


def claim(article: str, text: str, figures: tuple[Figure, ...] = (), names: tuple[str, ...] = (),
          story: Story | None = None, claim_id: str = "claim-1") -> ClaimRecord:
    return ClaimRecord(article, claim_id, text, 0, len(text), content_stems(text), figures, frozenset(names),
                       outlet=f"Outlet {article}", title=f"Title {article}", story=story)


def people(text: str, value: float) -> Figure:
    return Figure(value, unit_class(text.split()[-1]), text)


def test_stem_folds_umlauts_and_cuts_one_ending():
    assert stem("Häusern") == "haus"
    assert stem("Brücke") == "bruck"
    assert stem("Straße") == "strass"


def test_short_words_keep_their_ending():
    assert stem("Tore") == "tore"


def test_content_stems_drop_function_words_and_keep_numbers_without_separators():
    assert content_stems("Mehr als 3.400 Anwohner mussten die Häuser verlassen") == {"3400", "anwohn", "musst", "haus", "verlass"}


def test_compound_parts_of_five_letters_match():
    assert stems_match("bruckensperrung", "bruck")
    assert stems_match("feuerwehrleut", "leut") is False  # four letters are too few to trust


def test_counted_nouns_map_to_one_unit_class():
    assert unit_class("Menschen") == unit_class("Personen") == unit_class("Anwohner") == unit_class("people") == "people"
    assert unit_class("EUR") == "EUR"


def test_near_identical_wording_is_the_same_fact():
    a = claim("a", "Die Talbrücke bei Karstedt bleibt bis Ende Mai für Lastwagen gesperrt.")
    b = claim("b", "Für Lastwagen bleibt die Talbrücke bei Karstedt bis Ende Mai gesperrt, hieß es.")
    link = compare(a, b)
    assert link is not None and link.reason == "wording"


def test_a_shared_figure_and_a_shared_name_link_differently_worded_claims():
    a = claim("a", "Die Sanierung der Talbrücke kostet 14 Millionen Euro.",
              (Figure(14e6, "EUR", "14 Millionen Euro"),), ("karstedt",))
    b = claim("b", "Karstedt muss für das Bauwerk 14 Mio. Euro aufbringen.",
              (Figure(14e6, "EUR", "14 Mio. Euro"),), ("karstedt",))
    link = compare(a, b)
    assert link is not None and link.reason == "figure" and not link.contradictions


def test_claims_of_one_article_are_never_siblings():
    text = "Die Talbrücke bei Karstedt bleibt bis Ende Mai für Lastwagen gesperrt."
    assert compare(claim("a", text), claim("a", text, claim_id="claim-2")) is None


def test_claims_of_articles_about_different_stories_are_never_compared():
    bridge = Story(frozenset({"karstedt", "talbruck"}), frozenset({"bruck", "sanier", "karstedt", "gesperrt"}))
    fire = Story(frozenset({"lindau", "feuerwehr"}), frozenset({"brand", "lagerhall", "lindau", "loschen"}))
    a = claim("a", "Die Arbeiten kosten 14 Millionen Euro.", (Figure(14e6, "EUR", "14 Millionen Euro"),), story=bridge)
    b = claim("b", "Der Schaden wird auf 14 Millionen Euro geschätzt.", (Figure(14e6, "EUR", "14 Millionen Euro"),), story=fire)
    assert compare(a, b) is None


def test_different_counts_of_the_same_thing_are_flagged_with_both_values():
    a = claim("a", "Wegen des Brandes in der Lagerhalle wurden mindestens 300 Menschen in Lindau evakuiert.",
              (people("mindestens 300 Menschen", 300),))
    b = claim("b", "Nach dem Brand in der Lagerhalle mussten in Lindau rund 450 Personen ihre Wohnungen verlassen.",
              (people("rund 450 Personen", 450),))
    link = compare(a, b)
    assert link is not None
    [hint] = link.contradictions
    assert (hint.unit, hint.here, hint.there) == ("people", "mindestens 300 Menschen", "rund 450 Personen")


def test_the_same_figure_written_differently_is_no_contradiction():
    a = claim("a", "Das Land gibt für die Brücke 2,5 Millionen Euro dazu.", (Figure(2.5e6, "EUR", "2,5 Millionen Euro"),))
    b = claim("b", "Für die Brücke gibt das Land 2,5 Mio. Euro dazu.", (Figure(2.5e6, "EUR", "2,5 Mio. Euro"),))
    link = compare(a, b)
    assert link is not None and link.contradictions == ()


def test_figures_of_different_kinds_are_no_contradiction():
    a = claim("a", "Bei dem Brand in Lindau waren 120 Feuerwehrleute im Einsatz, 300 Menschen wurden evakuiert.",
              (Figure(120, "helpers", "120 Feuerwehrleute"), people("300 Menschen", 300)))
    b = claim("b", "Beim Brand in Lindau waren 95 Fahrzeuge im Einsatz, 300 Menschen wurden evakuiert.",
              (Figure(95, "fahrzeug", "95 Fahrzeuge"), people("300 Menschen", 300)))
    link = compare(a, b)
    assert link is not None and link.contradictions == ()


def test_unrelated_claims_of_one_story_stay_apart():
    a = claim("a", "Die Feuerwehr brachte den Brand nach sechs Stunden unter Kontrolle.")
    b = claim("b", "Der Bürgermeister kündigte eine Sondersitzung des Stadtrats an.")
    assert compare(a, b) is None


def test_links_are_pairs_between_articles():
    same = "Die Talbrücke bei Karstedt bleibt bis Ende Mai für Lastwagen gesperrt."
    links = link_all([claim("a", same), claim("b", same), claim("c", "Der Stadtrat tagt am Montag erneut.")])
    assert [(link.a.article_id, link.b.article_id) for link in links] == [("a", "b")]


def test_records_take_figures_and_names_from_the_regions_inside_the_claim():
    text = "Laut Stadt Lindau wurden 300 Menschen evakuiert. Der Regen hält an."
    sentence = text.split(". ")[0] + "."

    def region(region_id, start, end, label, **meta):
        return {"id": region_id, "type": "labels", "from_name": LABELS.span_control, "to_name": LABELS.text_object,
                "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
                **({"meta": meta} if meta else {})}

    result = [
        region("claim-1", 0, len(sentence), CLAIM),
        region("loc-1", text.index("Lindau"), text.index("Lindau") + 6, LOC),
        region("q-1", text.index("300"), text.index("300") + 12, QUANTITY,
               normalized={"value": 300.0, "unit": "Menschen"}),
    ]
    [record] = records_from_result(result, "lindau-1", "Outlet", "Title")
    assert record.figures == (Figure(300.0, "people", "300 Menschen", frozenset({"evacuated"})),)
    assert record.names == {"lindau"}
    assert record.story is not None and "lindau" in record.story.names


def euros(text: str, value: float) -> Figure:
    return Figure(value, "EUR", text)


def test_sums_of_different_kinds_of_money_are_not_one_count():
    a = claim("a", "Die Stadt beziffert den Schaden am Hallenbad auf 3 Millionen Euro.", (euros("3 Millionen Euro", 3e6),))
    b = claim("b", "Die Stadt zahlt den Vereinen eine Nothilfe von 200.000 Euro für das Hallenbad.",
              (euros("200.000 Euro", 2e5),))
    assert compare(a, b) is None


def test_sums_of_the_same_kind_of_money_are_flagged_with_both_values():
    a = claim("a", "Die Stadt beziffert den Schaden am Hallenbad auf 3 Millionen Euro.", (euros("3 Millionen Euro", 3e6),))
    b = claim("b", "Den Schaden am Hallenbad schätzt ein Gutachter auf 4,5 Millionen Euro.",
              (euros("4,5 Millionen Euro", 4.5e6),))
    link = compare(a, b)
    assert link is not None
    [hint] = link.contradictions
    assert (hint.unit, hint.here, hint.there) == ("EUR", "3 Millionen Euro", "4,5 Millionen Euro")


def test_a_wording_link_between_different_kinds_of_money_carries_no_hint():
    a = claim("a", "Für das Hallenbad in Lindau sagt das Land eine Soforthilfe von 2 Millionen Euro zu.",
              (euros("2 Millionen Euro", 2e6),))
    b = claim("b", "Für das Hallenbad in Lindau rechnet das Land mit einem Schaden von 9 Millionen Euro.",
              (euros("9 Millionen Euro", 9e6),))
    link = compare(a, b)
    assert link is not None and link.reason == "wording" and link.contradictions == ()


def test_money_kinds_are_read_from_compounds():
    assert money_kinds(content_stems("Der Sachschaden an der Brücke ist hoch.")) == {"damage"}
    assert money_kinds(content_stems("Die Soforthilfe kommt am Montag.")) == {"aid"}
    assert money_kinds(content_stems("Sie haben die Rechnung bezahlt.")) == frozenset()


def test_the_currency_named_in_a_figure_fills_an_open_unit():
    assert currency_in("2.4 million euros") == "EUR"
    assert currency_in("rund 300 Menschen") is None


def test_the_only_count_of_a_kind_in_both_articles_links_claims_without_shared_words():
    story = Story(frozenset({"lindau"}), frozenset({"lindau"}), frozenset({"customers"}))
    a = claim("a", "Betroffen sind nach Firmenangaben etwa 12.000 Kundinnen und Kunden.",
              (Figure(12000, "customers", "etwa 12.000 Kundinnen"),), story=story)
    b = claim("b", "As many as 15,000 customers may be affected, the newspaper reported.",
              (Figure(15000, "customers", "15,000 customers"),), story=story)
    link = compare(a, b)
    assert link is not None and link.reason == "only count" and len(link.contradictions) == 1


def test_broad_classes_and_money_are_never_an_only_count():
    text = "In Lindau wurden 300 Menschen evakuiert, 40 Kunden waren ohne Strom, der Schaden liegt bei 2 Millionen Euro."
    result = [
        region(text, "claim-1", text, CLAIM),
        region(text, "q-1", "300 Menschen", QUANTITY, normalized={"value": 300.0, "unit": "Menschen"}),
        region(text, "q-2", "40 Kunden", QUANTITY, normalized={"value": 40.0, "unit": "Kunden"}),
        region(text, "q-3", "2 Millionen Euro", QUANTITY, normalized={"value": 2e6, "unit": "EUR"}),
    ]
    [record] = records_from_result(result, "lindau-2")
    assert record.story is not None and record.story.single_counts == {"customers"}


def test_a_calendar_day_is_a_figure_whether_or_not_the_year_is_given():
    text = "Die Brücke wurde am 14. März 2026 gesperrt."
    result = [region(text, "claim-1", text, CLAIM),
              region(text, "d-1", "14. März 2026", DATE, normalized={"iso": "2026-03-14"})]
    [record] = records_from_result(result, "bruecke-1")
    assert record.figures == (Figure(314, "date", "14. März 2026"),)
    assert record.figures[0].same_figure(Figure(314, "date", "March 14"))
    assert not record.figures[0].same_figure(Figure(315, "date", "15. März"))


def test_english_day_and_month_names_read_as_german():
    assert stem("Thursday") == stem("Donnerstag") == "donnerstag"
    assert stems_match(stem("February"), stem("Februar"))


def test_a_time_of_day_in_the_text_is_a_figure():
    text = "Der Brand brach gegen 23.15 Uhr in der Lagerhalle aus."
    [record] = records_from_result([region(text, "claim-1", text, CLAIM)], "brand-1")
    assert record.figures == (Figure(23 * 60 + 15, "clock", "23.15 Uhr"),)


def test_different_times_of_day_are_no_contradiction():
    a = claim("a", "Der Brand in der Lagerhalle in Lindau brach gegen 23.15 Uhr aus.",
              (Figure(1395, "clock", "23.15 Uhr"),))
    b = claim("b", "Gegen 23.40 Uhr brach in der Lagerhalle in Lindau der Brand aus.",
              (Figure(1420, "clock", "23.40 Uhr"),))
    link = compare(a, b)
    assert link is not None and link.contradictions == ()


def test_an_age_names_a_person_and_is_no_figure():
    text = "Der 54-jährige Hausmeister hatte den Brand bemerkt."
    result = [region(text, "claim-1", text, CLAIM),
              region(text, "q-1", "54-jährige Hausmeister", QUANTITY, normalized={"value": 54.0, "unit": "Lebensjahre"})]
    [record] = records_from_result(result, "brand-2")
    assert record.figures == ()
    assert record.names == {"54 jahre alt"}
