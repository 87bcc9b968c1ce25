"""Statements that only voice a view: reported, on record, and still no claim.

The guideline: a statement is a checkable event when it acts (confirms, denies, accuses of a deed,
announces a concrete change, resigns) and not when it voices a view (criticises, warns, demands,
hopes, doubts, calls something unjust); an opinion, evaluation, demand, wish or prediction is no
claim just because someone said it. This module recognises the verbs of voicing a view in German
and English, outside quotes. A sentence whose predicate is such a verb is no claim unless it also
carries a number, an act, or a fact stated in the article's own voice, which the caller decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ls_factcheck.preannotate.attribution.clauses import claims_a_deed, takes_a_toll
from ls_factcheck.preannotate.attribution.tokens import Token
from ls_factcheck.preannotate.cues import OPINION_NOUNS

# Weak-verb stems of criticising, demanding, warning, hoping, doubting, praising, regretting.
_VIEW_STEMS = (
    "kritisier", "forder", "verlang", "warn", "begrüß", "bezweifel", "zweifel", "hoff", "erhoff", "befürcht",
    "fürcht", "appellier", "mahn", "ermahn", "bedauer", "lob", "beklag", "bemängel", "beschwer", "empör",
    "wünsch", "plädier", "befürwort", "rüg", "tadel", "monier", "beanstand", "protestier", "glaub", "mein",
    "vermut", "argwöhn", "spekulier", "dräng", "poch", "prognostizier", "verteidig", "kommentier", "beunruhig",
)
# Predicates that evaluate or prescribe: "sei dringend nötig", "halte das für unerlässlich".
EVALUATIONS = frozenset(
    """notwendig nötig wichtig unerlässlich unverzichtbar erforderlich sinnvoll sinnlos richtig ungerecht
    gerechtfertigt ungerechtfertigt untragbar unhaltbar unzumutbar unrealistisch realistisch
    vernünftig unvernünftig idiotisch lächerlich unverantwortlich verantwortungslos überfällig
    wünschenswert begrüßenswert bedenklich skandalös inakzeptabel unakzeptabel""".split()
)
# "geht davon aus, dass er … erreichen wird": an expectation of what will be ("geht davon aus, dass er
# geschossen habe" assumes a deed, and a deed can be checked).
_FUTURE = frozenset({"wird", "werde", "werden", "würde", "würden", "könnte", "könnten", "dürfte", "dürften"})
_EXPECTS = {"geht": "davon", "gehen": "davon", "ging": "davon", "gingen": "davon", "rechnet": "damit",
            "rechnen": "damit", "rechnete": "damit", "rechneten": "damit"}
_ENDINGS = re.compile(r"(?:e?t|e?te|e?ten|en|n)")
_STRONG_FORMS = frozenset(
    """nannte nannten nennt nennen genannt hält halten hielt hielten gehalten
    empfahl empfahlen empfiehlt empfohlen rät riet rieten geraten rate sprach sprachen spricht
    vertritt vertreten vertrat vertraten""".split()
)
# Strong or mixed forms that voice a view only with their complement: "hält X für", "sieht X als",
# "sprach von einem „…“", "vertritt die Ansicht", "nannte X einen „…“".
_NEEDS_COMPLEMENT = {
    "hält": ("für",), "halten": ("für",), "hielt": ("für",), "hielten": ("für",), "gehalten": ("für",), "halte": ("für",),
    "vertritt": ("ansicht", "auffassung", "meinung", "position"), "vertreten": ("ansicht", "auffassung", "meinung", "position"),
    "vertrat": ("ansicht", "auffassung", "meinung", "position"), "vertraten": ("ansicht", "auffassung", "meinung", "position"),
    "bezeichnet": ("als",), "bezeichnete": ("als",), "bezeichneten": ("als",), "bezeichnen": ("als",),
    "werten": ("als",), "wertet": ("als",), "wertete": ("als",), "werteten": ("als",), "gewertet": ("als",),
    "bewertet": ("als",), "bewertete": ("als",), "betrachtet": ("als",), "betrachtete": ("als",), "betrachten": ("als",),
}
_APPEALS = frozenset({"rief", "riefen", "ruft", "rufen"})
# Who gives orders rather than appeals when they call on people to do something
_AUTHORITIES = ("behörde", "behörden", "polizei", "feuerwehr", "bürgermeister", "bürgermeisterin", "gouverneur",
                "gouverneurin", "landrat", "landrätin", "katastrophenschutz", "stadtverwaltung", "gericht", "armee")
_STANCES = frozenset({"zeigte", "zeigten", "zeigt", "gab", "gaben", "gibt"})
_LEAVES_OPEN = {"ließ": ("offen",), "ließen": ("offen",), "lässt": ("offen",), "schloss": ("aus",), "schlossen": ("aus",),
                "schließt": ("aus",)}
_EXPECTING = frozenset({"erwartet", "erwarten", "erwartete", "erwarteten", "rechnet", "rechnen"})
_PROSPECTS = frozenset({"problem", "probleme", "gefahr", "gefahren", "chance", "chancen", "risiko", "risiken", "grund", "lösung",
                        "handlungsbedarf", "bedarf"})
_SPOKE = frozenset({"sprach", "sprachen", "spricht", "sprechen"})
_REFLEXIVE_STANCES = {"äußerte": ("gegen", "für", "kritisch", "besorgt", "skeptisch", "zufrieden", "enttäuscht"),
                      "äußerten": ("gegen", "für", "kritisch", "besorgt", "skeptisch", "zufrieden", "enttäuscht"),
                      "äußert": ("gegen", "für", "kritisch", "besorgt", "skeptisch", "zufrieden", "enttäuscht"),
                      "sprach": ("aus",), "sprachen": ("aus",), "spricht": ("aus",),
                      "bekannte": ("zu",), "bekannten": ("zu",), "bekennt": ("zu",),
                      "distanziert": ("von",), "distanzierte": ("von",), "distanzierten": ("von",)}
_EN_VIEWS = frozenset(
    """criticised criticized criticises criticizes urged urges warned warns demanded demands hoped hopes
    welcomed welcomes praised praises regretted called condemned condemns doubted doubts feared fears
    slammed blasted lamented argued argues believes believed""".split()
)
_NOT_VIEWS = frozenset({"meinen", "meine", "meiner", "meinem", "wert", "werte", "werten", "lob", "klage", "warnung",
                        "forderung", "hoffnung", "glaube", "mahnung", "wünsche", "wunsch"})


def view_verb(tokens: list[Token], inside_quotes: list[bool], english: bool = False) -> str | None:
    """The first verb outside quotes that voices a view ("kritisierte", "hält … für"), or None."""
    subordinate = subordinate_clauses(tokens)
    for i, tok in enumerate(tokens):
        if inside_quotes[i] or subordinate[i] or not tok.word or tok.capitalised and i > 0:
            continue
        low = tok.lower
        if english:
            if low in _EN_VIEWS:
                return low
            continue
        if low in _NOT_VIEWS and low not in _NEEDS_COMPLEMENT:
            continue
        if low in _EXPECTS and any(t.lower == _EXPECTS[low] for t in tokens[i + 1 : i + 6]) \
                and any(t.lower in _FUTURE for t in tokens[i + 1 :]):
            return f"{low} {_EXPECTS[low]} aus" if _EXPECTS[low] == "davon" else f"{low} damit"
        if low in ("möchte", "möchten", "möchtest"):
            return low  # a wish
        if low in ("ist", "sind", "war", "waren") and [t.lower for t in tokens[i + 1 : i + 2]] == ["der"] \
                and i + 2 < len(tokens) and tokens[i + 2].lower in OPINION_NOUNS:
            return f"{low} der {tokens[i + 2].text}"  # "Der Verband ist der Ansicht, dass …"
        if low in _SPOKE and _quoted_within(tokens, i, 7):
            return f"{low} von „…“"  # "Von einer „gezielten Indiskredition“ sprach X": a label, not a figure
        if low in _REFLEXIVE_STANCES and any(t.lower == "sich" for t in tokens[max(0, i - 3) : i + 3]) \
                and any(t.lower in _REFLEXIVE_STANCES[low] for t in tokens[i + 1 :]) and not claims_a_deed(tokens, i):
            return f"{low} sich"  # "äußerte sich gegen", "sprach sich für … aus", "bekannte sich zu"
        if low == "ausgesprochen" and any(t.lower == "sich" for t in tokens[:i]) \
                and any(t.lower in ("für", "gegen") for t in tokens[:i]):
            return "sich … ausgesprochen"  # "hat sich für die Aufhebung des Embargos ausgesprochen": a stance
        if low in ("setzt", "setzen", "setzte", "setzten") and i + 1 < len(tokens) and any(
                t.lower == "auf" for t in tokens[i + 1 : i + 4]):
            return f"{low} auf"  # "setzt weiter auf steuerliche Förderung": a preference
        complement = _NEEDS_COMPLEMENT.get(low)
        if complement is not None:
            rest = [t.lower for t in tokens[i + 1 : i + 14] if t.word]
            before = [t.lower for t in tokens[max(0, i - 10) : i] if t.word]
            passive = bool(rest) and rest[0] in ("wird", "werden", "wurde", "wurden", "worden")
            if any(word in complement for word in rest + before) and not passive:
                return low
            continue
        if low in _STRONG_FORMS:
            if low.startswith(("nannt", "nennt", "nenne", "genannt")) and _names_as(tokens, i):
                return low
            if low.startswith(("empf", "rät", "riet", "gerat")) or low == "rate":
                return low
            continue
        reaction = _reaction(tokens, i, low)
        if reaction is not None:
            return reaction
        if low in ("schlug", "schlugen", "schlägt") and _closing_particle(tokens, i, ("vor",)) and _proposes_to_do(tokens, i):
            return f"{low} … vor"  # "Die Kommission schlug vor, zu prüfen, ob …": a proposal, nothing done yet
        if low.startswith("verurteil") and _condemns(tokens):
            return low  # "Das Auswärtige Amt verurteilte den Anschlag": a condemnation, not a sentence passed
        if low in _APPEALS and _closing_particle(tokens, i, ("auf",)):
            return f"{low} … auf"  # "rief alle Seiten zur Zurückhaltung auf": an appeal
        if low in _STANCES and i + 1 < len(tokens) and tokens[i + 1].lower == "sich":
            return f"{low} sich"  # "zeigte sich erleichtert": a stance
        if low in _LEAVES_OPEN and _closing_particle(tokens, i, _LEAVES_OPEN[low]):
            return low  # "ließ offen", "schloss weitere Streiks nicht aus": no statement of fact
        if low in ("gerechnet", "ausgegangen") and any(t.lower in ("wird", "werden") for t in tokens[:i]) \
                and any(t.lower == ("mit" if low == "gerechnet" else "von") for t in tokens[:i]):
            return f"wird … {low}"  # "Im März wird mit dem Urteil gerechnet": an expectation, nothing happened yet
        if low in _EXPECTING and (i == 0 or tokens[i - 1].lower not in ("wie", "als")) and not (
                i + 1 < len(tokens) and tokens[i + 1].capitalised):
            return low  # "Der Wetterdienst erwartet für Montag Regen"; "wie erwartet" is no forecast
        if low in ("sieht", "sehen", "sah", "sahen") and any(
                t.lower in _PROSPECTS for t in tokens[i + 1 : i + 8]):
            return low  # "sieht vor allem beim Schlaf ein Problem"
        if low.startswith("klag") and i + 1 < len(tokens) and tokens[i + 1].lower == "über":
            return low  # "klagten über zu viel Stress"; "klagt gegen den Bescheid" goes to court
        if (low.startswith("forder") and _closing_particle(tokens, i, ("auf",)) or low == "aufgefordert"
                and not any(t.lower in ("worden", "wurden", "wurde", "waren", "ist", "sind") for t in tokens)) \
                and not any(t.lower.endswith(_AUTHORITIES) for t in tokens[:i]):
            # "Die Partei forderte die Bürger auf, wachsam zu bleiben": an appeal. ("Anwohner waren aufgefordert
            # worden, …": someone in charge ordered it)
            return f"{low} … auf"
        if _weak_view(low):
            if low.startswith(("forder", "geforder")) and (
                    _closing_particle(tokens, i, ("an", "auf")) or takes_a_toll(tokens, i)):
                # "forderte die Nationalgarde an", "Die Behörden forderten die Bewohner zum Rückzug auf": an
                # order; "Das Beben forderte zahlreiche Todesopfer": victims counted, no demand
                continue
            return low
    return None


# What is condemned rather than sentenced, and the words of a sentence passed
_CONDEMNED = ("anschlag", "anschläge", "angriff", "angriffe", "putsch", "militärputsch", "tat", "gewalt", "attentat",
              "vorgehen", "hinrichtung", "hinrichtungen", "bombardierung", "übergriffe", "äußerungen", "test")
_SENTENCED = frozenset({"haft", "jahren", "monaten", "strafe", "geldstrafe", "haftstrafe", "bewährung", "gericht",
                        "richter", "richterin", "wegen", "schuldig", "tode", "tod", "wird", "wurde", "wurden", "worden"})


# A zu-infinitive written as one word: "beizumessen", "zurückzustellen", "anzubieten"
_JOINED_ZU = re.compile(r"^(?:an|auf|aus|bei|ein|fest|mit|nach|vor|zurück|her|hin|weg|ab|frei|offen|bereit|fort|um|zusammen)"
                        r"zu[a-zäöüß]{3,}en$")


def _proposes_to_do(tokens: list[Token], i: int) -> bool:
    """"schlug vor, die Maut nur … zu erheben": what is proposed is a course of action (a zu-infinitive);
    "schlug X als Nachfolger vor" nominates someone, an act."""
    rest = tokens[i + 1 :]
    return any((t.lower == "zu" and k + 1 < len(tokens) and tokens[k + 1].word and not tokens[k + 1].capitalised)
               or _JOINED_ZU.match(t.lower) for k, t in enumerate(rest, start=i + 1)) \
        and not any(t.lower == "als" for t in rest)


def _condemns(tokens: list[Token]) -> bool:
    """"verurteilte den Anschlag als feige", "hatten den Militärputsch scharf verurteilt": a condemnation of
    a deed, with nothing of a court, a penalty or a passive about it."""
    words = [t.lower for t in tokens if t.word]
    return not any(w in _SENTENCED or w.endswith("gericht") for w in words) \
        and any(w.endswith(_CONDEMNED) for w in words)


# Reactions named by their noun: "übte Kritik an", "stieß auf Ablehnung", "gab es Bedenken".
_REACTION_NOUNS = ("kritik", "ablehnung", "widerstand", "zustimmung", "unverständnis", "skepsis", "bedenken", "lob",
                   "widerspruch", "empörung", "unmut", "verständnis", "zweifel", "verwunderung", "bedauern", "sorge",
                   "sorgen", "besorgnis", "enttäuschung", "genugtuung", "erleichterung")
# Verbs that voice such a noun: "äußerte Zweifel", "zeigten Verständnis", "drückte seine Verwunderung aus"
_VOICING = frozenset("äußerte äußerten äußert geäußert zeigte zeigten zeigt gezeigt drückte drückten drückt "
                     "ausgedrückt brachte brachten bringt".split())
_MET_WITH = frozenset("stieß stießen stößt stoßen gestoßen traf trafen trifft treffen".split())
_EVALUATED = frozenset("bewertete bewerteten bewertet bewerten beurteilte beurteilten beurteilt".split())
_VERDICTS = frozenset("positiv negativ kritisch skeptisch zurückhaltend".split())
# Separable verbs that allude or back someone: "spielte auf … an", "sprangen ihr bei". (A proposal,
# "schlug vor", is often a formal act, a letter to a minister: left to the claim model.)
_SEPARATED = {"spielte": "an", "spielten": "an", "spielt": "an", "sprang": "bei", "sprangen": "bei", "springt": "bei"}
# How someone "sieht" a thing when that closes the clause: "sieht einen Rechtsstreit gelassen"
_SEEN_AS = ("gelassen", "optimistisch", "pessimistisch", "skeptisch", "kritisch", "positiv", "negativ", "entspannt")


def _reaction(tokens: list[Token], i: int, low: str) -> str | None:
    """A reaction that voices a view without a verb of saying ("übte Kritik", "stieß auf Ablehnung")."""
    ahead = [t.lower for t in tokens[i + 1 : i + 10] if t.word]
    if low in ("übte", "übten", "übt", "geübt") and "kritik" in [t.lower for t in tokens[max(0, i - 8) : i + 10]]:
        return f"{low} Kritik"
    if low in ("gab", "gibt") and ahead[:1] == ["es"] and any(w in _REACTION_NOUNS for w in ahead[1:6]):
        return f"{low} es …"  # "Allerdings gab es auch Kritik aus der Fraktion"
    behind = [t.lower for t in tokens[max(0, i - 6) : i] if t.word]
    if low in ("kam", "kamen", "kommt", "richtet", "richtete", "richteten") and any(w in _REACTION_NOUNS for w in behind + ahead[:3]):
        return f"{low} …"  # "Kritik an dem Vorhaben kam aus der Koalition", "richtet sich Kritik gegen …"
    # ("stieß das Vorhaben der Behörde im Nachbarland auf heftige Kritik": the subject may stand between)
    if low in _MET_WITH and any(w == "auf" and any(x in _REACTION_NOUNS for x in ahead[k + 1 : k + 4])
                                for k, w in enumerate(ahead)) \
            or low == "gestoßen" and "auf" in behind and any(w in _REACTION_NOUNS for w in behind):
        return f"{low} auf …"  # "stieß auf breite Ablehnung", "war auf immer größere Kritik gestoßen"
    if low in _VOICING and any(w in _REACTION_NOUNS for w in ahead[:6] + behind):
        return f"{low} …"  # "hatte Zweifel an dem Spiel geäußert", "zeigten Verständnis"
    if low in ("macht", "machen", "machte", "machten") and "sich" in ahead[:3] and any(w.startswith("sorge") for w in ahead[:8]):
        return f"{low} sich Sorgen"
    if low in ("verspricht", "versprechen", "versprach", "versprachen") and "sich" in ahead[:3]:
        return f"{low} sich"  # "Von den Hunden verspricht man sich Erfolg": a hope
    if low in ("sieht", "sehen", "sah", "sahen") and _closing_particle(tokens, i, _SEEN_AS):
        return low  # "sieht einen Rechtsstreit gelassen"
    if low in ("feierte", "feierten", "feiert") and "als" in ahead:
        return f"{low} … als"  # "feierte die Absage als „großen Erfolg“": a label
    if low in _EVALUATED and any(w in _VERDICTS for w in ahead[:6]):
        return low  # "bewerteten den Bericht positiv"
    if low.startswith("signalisier") and any(w.endswith("bereitschaft") for w in ahead[:6] + behind):
        return low  # "signalisierte Gesprächsbereitschaft": willing, nothing done yet
    if low in _SEPARATED and _closing_particle(tokens, i, (_SEPARATED[low],)):
        return low
    if low in ("machte", "machten", "macht") and "bedingung" in ahead[:4] and "zur" in ahead[:3]:
        return f"{low} zur Bedingung"  # a demand
    return None


@lru_cache(maxsize=16_384)  # asked for every lower-case word of a batch; the words repeat
def _weak_view(low: str) -> bool:
    """A finite form or participle of one of the weak view verbs: "kritisierte", "gefordert", "warnt"."""
    for stem in _VIEW_STEMS:
        for prefix in ("", "ge"):
            if low.startswith(prefix + stem):
                if _ENDINGS.fullmatch(low[len(prefix + stem):]):
                    return True
    return False


def _names_as(tokens: list[Token], i: int) -> bool:
    """"nannte den Bericht eine „Zeitungsente“": naming something as something is a judgement; "nannte
    keine Zahlen" or "nannte den Namen" is not."""
    words = [t for t in tokens[i + 1 : i + 12]]
    articles = [t for t in words if t.lower in ("einen", "eine", "ein", "einem")]
    quoted = any(t.text in ("„", "»", '"') for t in words)
    return bool(articles) and quoted or any(t.lower == "als" for t in words)


def _closing_particle(tokens: list[Token], i: int, particles: tuple[str, ...]) -> bool:
    for k in range(i + 1, len(tokens)):
        if tokens[k].lower in particles and (k + 1 == len(tokens) or not tokens[k + 1].word or tokens[k + 1].lower == "und"):
            return True
        if tokens[k].text in (";", ":"):
            return False
    return False


CLAUSE_OPENERS = frozenset("""dass da weil ob wenn falls obwohl nachdem bevor während indem sodass damit wie
    der die das dem den denen dessen deren welche welcher welches welchen was wo wobei wonach worauf um
    that because which who whom whose while although if when""".split())


def subordinate_clauses(tokens: list[Token]) -> list[bool]:
    """For each token: does it stand in a clause that a comma and a conjunction or relative pronoun opened?
    "…, da Frankreich auf die Zusicherung pochte": a reason given, not the sentence's own view."""
    marks = []
    inside = False
    for k, tok in enumerate(tokens):
        if tok.text == "," and k + 1 < len(tokens):
            following = tokens[k + 1].lower
            inside = following in CLAUSE_OPENERS or (following in ("in", "von", "mit", "auf", "an", "zu", "für", "bei", "aus")
                                                      and k + 2 < len(tokens) and tokens[k + 2].lower in CLAUSE_OPENERS)
        elif tok.text in (";", ":"):
            inside = False
        marks.append(inside)
    return marks


def _quoted_within(tokens: list[Token], i: int, reach: int) -> bool:
    around = tokens[max(0, i - reach) : i + reach + 1]
    return any(t.text in ("„", "»", '"', "“") for t in around) and any(t.lower == "von" for t in around)
