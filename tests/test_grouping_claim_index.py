"""Claims beyond the window's context are found again when a later claim repeats their figure or wording."""

from __future__ import annotations

from dataclasses import replace

from ls_factcheck.grouping.compare import ClaimRecord, Figure, content_stems
from ls_factcheck.grouping.claim_index import ClaimIndex, figure_key
from ls_factcheck.grouping.stories import Story

FLOOD = Story(frozenset({"wollhag", "ems"}), frozenset({"hochwass", "deich", "evakuier"}))
FAIR = Story(frozenset({"wollhag", "messe"}), frozenset({"messe", "besuch", "aussteller"}))


def claim(article: str, text: str, *figures: Figure, story: Story | None = FLOOD) -> ClaimRecord:
    return ClaimRecord(article, "claim-1", text, 0, len(text), content_stems(text), tuple(figures),
                       frozenset(story.names if story else ()), outlet=f"Zeitung {article}", story=story)


def people(value: float, text: str) -> Figure:
    return Figure(value, "people", text)


EARLIER = claim("fruh", "In Wollhagen mussten wegen des Hochwassers der Ems 1.200 Menschen ihre Häuser verlassen.",
                people(1200, "1.200 Menschen"))


def test_a_later_claim_repeating_the_figure_finds_the_earlier_article():
    index = ClaimIndex()
    index.add([EARLIER])
    later = claim("spat", "Rund 1200 Bewohner sind nach Angaben des Landkreises in Notunterkünften untergekommen.",
                  people(1200, "1200 Bewohner"))
    [found] = index.siblings(later)
    assert (found.record.article_id, found.reason) == ("fruh", "figure")
    assert found.record.outlet == "Zeitung fruh"


def test_the_same_figure_in_another_story_is_not_linked():
    index = ClaimIndex()
    index.add([EARLIER])
    fair = claim("messe", "Zur Messe in Wollhagen kamen am Wochenende 1.200 Menschen mehr als im Vorjahr.",
                 people(1200, "1.200 Menschen"), story=FAIR)
    assert index.siblings(fair) == []


def test_the_same_sentence_with_another_figure_is_found_with_a_hint():
    index = ClaimIndex()
    index.add([EARLIER])
    later = claim("spat", "In Wollhagen mussten wegen des Hochwassers der Ems 1.500 Menschen ihre Häuser verlassen.",
                  people(1500, "1.500 Menschen"))
    [found] = index.siblings(later)
    [hint] = found.contradictions
    assert (found.reason, hint.here, hint.there) == ("wording", "1.500 Menschen", "1.200 Menschen")


def test_another_figure_in_other_words_is_left_to_the_window():
    # a "same count" link needs the whole story to be trusted: beyond the context it is not made
    index = ClaimIndex()
    index.add([EARLIER])
    later = claim("spat", "Der Landkreis spricht von 1.500 Evakuierten, die in Turnhallen untergebracht seien.",
                  people(1500, "1.500 Evakuierten"))
    assert index.siblings(later) == []


def test_a_near_identical_sentence_without_figures_is_found_by_its_words():
    index = ClaimIndex()
    index.add([claim("fruh", "Der Deich an der Ems bei Wollhagen ist in der Nacht auf einer Länge von 30 Metern gebrochen.")])
    later = claim("spat", "In der Nacht ist bei Wollhagen der Deich an der Ems auf 30 Metern Länge gebrochen, teilte der Kreis mit.")
    assert [(s.record.article_id, s.reason) for s in index.siblings(later)] == [("fruh", "wording")]


def test_a_figure_and_words_many_claims_give_are_not_looked_up():
    index = ClaimIndex(max_postings=3)
    index.add([claim(f"a{n}", "In Wollhagen wurden wegen des Hochwassers zwei Menschen verletzt.", people(2, "zwei Menschen"))
               for n in range(4)])
    later = claim("spat", "Wegen des Hochwassers in Wollhagen wurden zwei Menschen verletzt.", people(2, "zwei Menschen"))
    assert index.siblings(later) == []


def test_the_oldest_claims_leave_an_index_that_is_full():
    index = ClaimIndex(capacity=2)
    index.add([EARLIER, claim("b", "Die Ems stieg in Wollhagen auf 6,40 Meter.", Figure(6.4, "m", "6,40 Meter")),
               claim("c", "Die Ems stieg in Wollhagen auf 6,80 Meter.", Figure(6.8, "m", "6,80 Meter"))])
    assert len(index) == 2
    assert index.siblings(replace(EARLIER, article_id="neu")) == []


def test_days_and_times_of_day_are_not_filed_as_figures():
    assert figure_key(Figure(303, "date", "3. März")) is None
    assert figure_key(Figure(460, "clock", "7.40 Uhr")) is None
    assert figure_key(Figure(1204, "people", "1.204 Menschen")) == figure_key(Figure(1200, "people", "1200 Menschen"))


def test_figures_written_differently_meet_under_one_key():
    index = ClaimIndex()
    index.add([claim("a", "Der Schaden durch das Hochwasser in Wollhagen liegt bei 2,4 Millionen Euro.",
                     Figure(2_400_000, "EUR", "2,4 Millionen Euro"))])
    later = claim("b", "Das Hochwasser in Wollhagen richtete einen Schaden von 2.401.000 Euro an.",
                  Figure(2_401_000, "EUR", "2.401.000 Euro"))
    assert [s.record.article_id for s in index.siblings(later)] == ["a"]
