"""Contradiction hints only between figures about the same thing."""

from __future__ import annotations

from ls_factcheck.grouping.compare import ClaimRecord, Figure, content_stems, contradictions
from ls_factcheck.grouping.figure_roles import comparable, role_of


def figure(text: str, part: str, value: float, unit: str) -> Figure:
    start = text.index(part)
    return Figure(value, unit, part, role_of(text, start, start + len(part)))


def test_injured_and_evacuated_people_are_different_counts():
    a = "Bei dem Hochwasser wurden 30 Menschen verletzt."
    b = "Rund 1.200 Menschen mussten ihre Häuser verlassen."
    assert contradictions([figure(a, "30 Menschen", 30, "people")], [figure(b, "Rund 1.200 Menschen", 1200, "people")]) == []


def test_the_same_fate_counted_differently_is_a_hint():
    a = "Bei dem Hochwasser wurden 30 Menschen verletzt."
    b = "Nach Angaben der Klinik wurden 45 Menschen verletzt."
    hints = contradictions([figure(a, "30 Menschen", 30, "people")], [figure(b, "45 Menschen", 45, "people")])
    assert [(h.here, h.there) for h in hints] == [("30 Menschen", "45 Menschen")]


def test_a_rate_per_household_is_not_the_total():
    a = "Jeder Haushalt erhält 500 Euro pro Haushalt."
    b = "Die Soforthilfe umfasst insgesamt 2 Millionen Euro."
    assert not comparable(role_of(a, a.index("500"), a.index("500") + 8), role_of(b, b.index("2 Mil"), b.index("2 Mil") + 15))


def test_what_recipients_get_is_a_rate():
    text = "Betroffene Familien sollen bis zu 3.000 Euro erhalten."
    assert "per:recipient" in role_of(text, text.index("bis zu"), text.index(" erhalten"))


def test_the_usual_level_is_a_reference_not_the_fact():
    text = "Der Pegel lag bei 5,10 Metern, der übliche Stand liegt bei 1,80 Metern."
    start = text.index("1,80 Metern")
    assert "reference" in role_of(text, start, start + len("1,80 Metern"))


def test_records_carry_the_role_of_each_figure():
    text = "Bei dem Hochwasser wurden 30 Menschen verletzt."
    record = ClaimRecord("a", "claim-1", text, 0, len(text), content_stems(text), (figure(text, "30 Menschen", 30, "people"),))
    assert record.figures[0].role == frozenset({"injured"})
