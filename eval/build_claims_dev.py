"""Build the claims dev set: fictional German (and two English) news articles, every sentence labelled.

The articles and events are invented for this project. Each sentence is written once below with
its gold label; the script joins sentences into paragraphs and lines, computes the Python str
offsets and checks them, then writes

- ``claims_dev_articles.jsonl``: one article per line (id, title, text, outlet, language)
- ``claims_dev.jsonl``: one sentence per line (article_id, start, end, text, label, source,
  source_resolved, quantities)

Labels follow ../shared/guidelines/annotation.md and docs/guideline-decisions.md. ``source`` is
the shortest span in the sentence that names who asserts it; when the sentence carries on an
attribution made before it (reported speech, a quote continuing, "soll"), ``source`` is that
earlier name and ``source_resolved`` the name it refers to. Run: python eval/build_claims_dev.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent


@dataclass
class S:
    text: str
    label: str  # "claim" | "no_claim"
    source: str | None = None
    resolved: str | None = None
    quantities: list[str] = field(default_factory=list)


def C(text: str, source: str | None = None, resolved: str | None = None, q: tuple[str, ...] = ()) -> S:
    return S(text, "claim", source, resolved or source, list(q))


def N(text: str) -> S:
    return S(text, "no_claim")


# An article is a list of blocks; a block is a list of sentences on one line (a paragraph or a
# single heading/byline line). Blocks are joined by ``sep``.
ARTICLES: list[dict] = [
    dict(
        id="dev-01-hochwasser", outlet="Hellwerder Kurier", language="de", sep="\n",
        blocks=[
            [C("Hochwasser in Kaltenbrück: Pegel der Wendel steigt auf 6,40 Meter", q=("6,40 Meter",))],
            [N("Von Marlene Hochstätter")],
            [
                C("Nach tagelangem Regen ist die Wendel in der Nacht zum Sonntag über die Ufer getreten."),
                C("Laut Hochwassermeldedienst des Landes erreichte der Pegel in Kaltenbrück am Sonntagmorgen 6,40 Meter "
                  "und lag damit rund 1,5 Meter über dem Wert des Jahrhunderthochwassers von 2002.",
                  "Hochwassermeldedienst des Landes", q=("6,40 Meter", "rund 1,5 Meter")),
                C("Nach Angaben des Landratsamts Hellwerder mussten mehr als 1.200 Menschen ihre Wohnungen verlassen.",
                  "Landratsamts Hellwerder", q=("mehr als 1.200 Menschen",)),
            ],
            [
                C("Die Feuerwehr war mit rund 400 Einsatzkräften vor Ort, wie Kreisbrandmeister Jonas Effinger am Sonntag mitteilte.",
                  "Jonas Effinger", q=("rund 400 Einsatzkräften",)),
                C("„Wir haben so etwas in den vergangenen zwanzig Jahren nicht erlebt“, sagte Effinger.", "Effinger", "Jonas Effinger"),
                C("Zwei Menschen wurden leicht verletzt, Todesopfer gab es nach bisherigem Stand nicht.", q=("Zwei Menschen",)),
            ],
            [N("Schäden in Millionenhöhe")],
            [
                C("Landrätin Sabine Moor schätzt die Schäden an Straßen und Brücken auf mindestens 15 Millionen Euro.",
                  "Sabine Moor", q=("mindestens 15 Millionen Euro",)),
                C("Sie kündigte an, beim Land Soforthilfen zu beantragen.", "Sie", "Sabine Moor"),
                C("Das Geld solle vor allem Familien zugutekommen, deren Keller vollgelaufen seien.", "Sabine Moor", "Sabine Moor"),
                N("Ob die Mittel rechtzeitig fließen, ist allerdings offen."),
            ],
            [
                N("Der Wetterdienst erwartet für Montag weiteren Regen."),
                N("Es bleibt zu hoffen, dass die Deiche halten."),
            ],
            [N("Mehr zum Thema: Wie sich Kommunen gegen Starkregen wappnen")],
        ],
    ),
    dict(
        id="dev-02-haushalt", outlet="Ostermoorer Anzeiger", language="de", sep="\n",
        blocks=[
            [C("Ostermoor streicht Zuschüsse für Vereine")],
            [C("Der Stadtrat hat am Donnerstagabend einen Sparhaushalt beschlossen – mit deutlichen Einschnitten für Sport und Kultur.")],
            [N("Von Tobias Renner und Aylin Demir")],
            [
                C("Mit 23 zu 17 Stimmen billigte das Gremium den Etat für das kommende Jahr.", q=("23 zu 17 Stimmen",)),
                C("Das Defizit beträgt nach Berechnungen der Kämmerei 8,7 Millionen Euro.", "Kämmerei", q=("8,7 Millionen Euro",)),
                C("Im Vorjahr waren es noch 5,2 Millionen Euro gewesen.", q=("5,2 Millionen Euro",)),
                N("Stadtkämmerin Ilse Varnhagen sprach von einer „schmerzhaften, aber unvermeidlichen“ Entscheidung."),
                C("Die Stadt müsse ihre Ausgaben bis 2028 um zwölf Prozent senken, um handlungsfähig zu bleiben.",
                  "Ilse Varnhagen", q=("zwölf Prozent",)),
                C("Besonders hart trifft es die Sportvereine: Ihre Zuschüsse sinken von 480.000 auf 300.000 Euro.",
                  q=("480.000", "300.000 Euro")),
            ],
            [N("Opposition kündigt Widerstand an")],
            [
                N("Die Fraktion der Grünen Liste kritisierte den Beschluss scharf."),
                N("„Wer bei den Vereinen spart, spart an der falschen Stelle“, sagte Fraktionschef Malte Oberdiek."),
                C("Er kündigte an, die Fraktion werde einen Bürgerentscheid prüfen.", "Er", "Malte Oberdiek"),
                N("Ob ein solcher Entscheid Aussicht auf Erfolg hätte, ist unter Juristen umstritten."),
                N("Für viele Ehrenamtliche ist das ein bitteres Signal."),
            ],
            [N("© Ostermoorer Anzeiger 2026")],
        ],
    ),
    dict(
        id="dev-03-arbeitsmarkt", outlet="Lindenauer Tageblatt", language="de", sep="\n",
        blocks=[
            [C("Arbeitslosigkeit in Lindenau steigt auf höchsten Stand seit 2015")],
            [
                N("Lindenau."),
                C("Die Zahl der Arbeitslosen im Bezirk der Agentur für Arbeit Lindenau ist im Februar auf 14.380 gestiegen.",
                  q=("14.380",)),
                C("Das sind 1.150 Arbeitslose mehr als im Vorjahresmonat, wie die Behörde am Donnerstag mitteilte.",
                  "Behörde", "Agentur für Arbeit Lindenau", q=("1.150 Arbeitslose",)),
                C("Die Arbeitslosenquote kletterte um 0,4 Punkte auf 6,1 Prozent.", q=("0,4 Punkte", "6,1 Prozent")),
            ],
            [
                C("Agenturchefin Petra Gerling führte den Anstieg vor allem auf die Schwäche der Autozulieferer zurück.", "Petra Gerling"),
                C("Allein bei zwei großen Zulieferern in der Region seien seit Herbst rund 900 Stellen weggefallen.",
                  "Petra Gerling", q=("zwei großen Zulieferern", "rund 900 Stellen")),
                N("„Eine Trendwende sehen wir frühestens im Sommer“, sagte Gerling."),
            ],
            [N("Mehr offene Stellen in der Pflege")],
            [
                C("Gegenläufig entwickelte sich der Gesundheitssektor: Dort meldeten Arbeitgeber 310 offene Stellen, "
                  "gut ein Fünftel mehr als vor einem Jahr.", q=("310 offene Stellen", "gut ein Fünftel")),
                N("Ist die Region damit für den Wandel gerüstet?"),
                N("Experten halten das für fraglich."),
            ],
            [N("Mehr zum Thema – Warum Zulieferer unter Druck stehen")],
        ],
    ),
    dict(
        id="dev-04-gericht", outlet="Feldhausener Nachrichten", language="de", sep="\n\n",
        blocks=[
            [C("Abrechnungsbetrug: Vier Jahre Haft für Apotheker aus Feldhausen", q=("Vier Jahre Haft",))],
            [C("Das Landgericht sah es als erwiesen an, dass der 52-Jährige mehr als 80.000 Schnelltests abgerechnet hat, "
               "die nie stattgefunden haben.", "Landgericht", q=("52-Jährige", "mehr als 80.000 Schnelltests"))],
            [N("Von Konstantin Weil, Feldhausen")],
            [
                C("Die 3. Große Strafkammer verurteilte den Apotheker am Mittwoch wegen gewerbsmäßigen Betrugs in 214 Fällen "
                  "zu vier Jahren Haft.", q=("214 Fällen", "vier Jahren Haft")),
                C("Nach Überzeugung des Gerichts entstand den Krankenkassen ein Schaden von rund 1,3 Millionen Euro.",
                  "Gerichts", q=("rund 1,3 Millionen Euro",)),
                C("Die Staatsanwaltschaft hatte fünf Jahre und drei Monate gefordert, die Verteidigung einen Freispruch.",
                  "Staatsanwaltschaft", q=("fünf Jahre und drei Monate",)),
            ],
            [
                C("Der Angeklagte soll die Tests zwischen Juni 2021 und März 2022 über drei Teststellen abgerechnet haben, "
                  "von denen zwei nur auf dem Papier existierten.", "Staatsanwaltschaft", q=("drei Teststellen",)),
                C("Er selbst hatte die Vorwürfe zum Prozessauftakt im Januar eingeräumt.", "Er", "Apotheker"),
                C("Der Vorsitzende Richter Armin Stolzenberg sprach von einem „System der Täuschung“, das der Angeklagte "
                  "über Monate aufrechterhalten habe.", "Armin Stolzenberg"),
            ],
            [
                C("Das Urteil ist noch nicht rechtskräftig."),
                C("Es ist bereits der dritte Fall dieser Art vor dem Landgericht Feldhausen."),
                N("Wie lange will die Politik solchen Betrug noch hinnehmen?"),
            ],
        ],
    ),
    dict(
        id="dev-05-warnstreik", outlet="Brandecker Morgenpost", language="de", sep="\n",
        blocks=[
            [C("Warnstreik am Klinikum Brandeck: Hunderte Operationen verschoben", q=("Hunderte Operationen",))],
            [N("Von Lea Kortmann")],
            [
                C("Brandeck (dpa) – Am Klinikum Brandeck haben am Dienstag rund 650 Beschäftigte die Arbeit niedergelegt.",
                  q=("rund 650 Beschäftigte",)),
                C("Zu dem ganztägigen Warnstreik hatte die Gewerkschaft Pflege vereint aufgerufen."),
                C("Nach Angaben der Klinikleitung mussten 240 geplante Eingriffe verschoben werden.", "Klinikleitung",
                  q=("240 geplante Eingriffe",)),
                C("Notfälle seien aber jederzeit versorgt worden, betonte ein Sprecher des Klinikums.", "Sprecher des Klinikums"),
            ],
            [
                C("Die Gewerkschaft fordert 8,5 Prozent mehr Lohn bei einer Laufzeit von zwölf Monaten.", "Gewerkschaft",
                  q=("8,5 Prozent", "zwölf Monaten")),
                C("Die Arbeitgeber bieten bislang 3,2 Prozent.", q=("3,2 Prozent",)),
                C("„Mit diesem Angebot treibt man die Leute aus dem Beruf“, sagte Streikleiterin Nadine Oswald vor rund "
                  "400 Zuhörern vor dem Haupteingang.", "Nadine Oswald", q=("rund 400 Zuhörern",)),
                N("Die Stimmung unter den Streikenden war kämpferisch."),
            ],
            [
                C("Die nächste Verhandlungsrunde ist für den 12. Mai angesetzt."),
                N("Weitere Streiks schloss Oswald nicht aus."),
            ],
            [N("Lesen Sie auch: Tarifkonflikt in der Pflege – die wichtigsten Fragen")],
        ],
    ),
    dict(
        id="dev-06-gaspreise", outlet="Nordland Echo", language="de", sep="\n",
        blocks=[
            [C("Verbraucherschützer: Gaspreise sinken im Schnitt um 10 bis 12 Prozent", "Verbraucherschützer",
               q=("10 bis 12 Prozent",))],
            [C("Die Verbraucherzentrale Nordland hat die Tarife von 38 Versorgern ausgewertet.", q=("38 Versorgern",))],
            [N("Von Henrik Salm")],
            [
                C("Demnach senken 29 der 38 Anbieter zum 1. Januar ihre Arbeitspreise.", "Demnach", "Verbraucherzentrale Nordland",
                  q=("29", "38 Anbieter")),
                C("Eine Familie mit einem Verbrauch von 20.000 Kilowattstunden spare dadurch im Schnitt rund 240 Euro im Jahr, "
                  "heißt es in der Auswertung.", "Auswertung", "Verbraucherzentrale Nordland",
                  q=("20.000 Kilowattstunden", "rund 240 Euro")),
            ],
            [
                N("Energieexpertin Carla Behrendt von der Verbraucherzentrale rät dennoch zum Tarifvergleich."),
                N("„Wer noch im teuren Grundversorgungstarif steckt, verschenkt Geld“, sagte sie."),
                C("Der Grundversorger Stadtwerke Nordland senkt seine Preise dagegen nur um 4 Prozent.", q=("4 Prozent",)),
                C("Ein Unternehmenssprecher begründete das mit langfristigen Einkaufsverträgen.", "Unternehmenssprecher"),
            ],
            [
                C("Die Preise an den Großhandelsmärkten liegen derzeit etwa 60 Prozent unter dem Niveau von 2022.",
                  q=("etwa 60 Prozent",)),
                N("Ob sie dort bleiben, kann niemand vorhersagen."),
                N("Verbraucher sollten ihre Abschläge jetzt überprüfen."),
            ],
        ],
    ),
    dict(
        id="dev-07-grenze", outlet="Weltspiegel Online", language="de", sep="\n\n",
        blocks=[
            [C("Varnia weist Vorwürfe über Truppenbewegungen zurück", "Varnia")],
            [
                C("Berlin/Tarsk – Die Regierung der Republik Varnia hat Berichte über eine Verlegung von Panzereinheiten "
                  "an die Grenze zu Kaldonien dementiert.", "Regierung der Republik Varnia"),
                C("Es handle sich um „routinemäßige Übungen“, sagte Außenamtssprecher Dorin Vasko am Freitag in Tarsk.",
                  "Dorin Vasko"),
                C("Satellitenbilder des Unternehmens Orbis Imaging zeigen nach Einschätzung westlicher Militärexperten jedoch "
                  "mindestens 40 Kampfpanzer in einem Waldgebiet nahe der Grenze.", "westlicher Militärexperten",
                  q=("mindestens 40 Kampfpanzer",)),
                C("Laut der kaldonischen Nachrichtenagentur KNA sollen zudem rund 3.500 Soldaten in die Region verlegt worden sein.",
                  "kaldonischen Nachrichtenagentur KNA", q=("rund 3.500 Soldaten",)),
                N("Unabhängig überprüfen ließen sich diese Angaben nicht."),
            ],
            [N("Scharfe Reaktion aus Kaldonien")],
            [
                C("Kaldoniens Präsidentin Mira Ostrova berief am Samstag den Nationalen Sicherheitsrat ein."),
                C("Sie warf Varnia vor, die Spannungen gezielt anzuheizen.", "Sie", "Mira Ostrova"),
                N("Ihr Land werde sich „mit allen Mitteln“ verteidigen."),
                N("Die EU rief beide Seiten zur Zurückhaltung auf."),
                N("In einer Erklärung des Auswärtigen Dienstes hieß es, man beobachte die Lage „mit großer Sorge“."),
            ],
            [
                N("Die Region gilt seit Jahrzehnten als Brennpunkt."),
                N("Eine militärische Eskalation könnte die Energieversorgung halb Europas gefährden."),
            ],
        ],
    ),
    dict(
        id="dev-08-studie", outlet="Hallstedter Zeitung", language="de", sep="\n",
        blocks=[
            [C("Studie: Jugendliche verbringen täglich fast vier Stunden am Smartphone", "Studie", q=("fast vier Stunden",))],
            [N("Von Jana Wilkes")],
            [
                C("Jugendliche zwischen 12 und 17 Jahren nutzen ihr Smartphone im Schnitt 3 Stunden und 48 Minuten am Tag.",
                  "Universität Hallstedt", q=("zwischen 12 und 17 Jahren", "3 Stunden und 48 Minuten")),
                C("Das geht aus einer Studie der Universität Hallstedt hervor, für die 2.400 Schülerinnen und Schüler befragt wurden.",
                  "Universität Hallstedt", q=("2.400 Schülerinnen und Schüler",)),
                C("Vor fünf Jahren lag der Wert noch bei 2 Stunden und 55 Minuten.", q=("2 Stunden und 55 Minuten",)),
            ],
            [
                N("Studienleiter Gregor Annweiler sieht vor allem beim Schlaf ein Problem."),
                C("Knapp ein Drittel der Befragten gab an, wegen des Handys regelmäßig nach Mitternacht einzuschlafen.",
                  "Befragten", q=("Knapp ein Drittel",)),
                N("„Das ist ein Alarmsignal“, sagte Annweiler."),
                N("Eltern sollten klare Regeln vereinbaren, empfiehlt er."),
            ],
            [
                C("Die Studie wurde von der Landesmedienanstalt finanziert."),
                N("Ob die Ergebnisse auf ganz Deutschland übertragbar sind, ist unklar."),
            ],
        ],
    ),
    dict(
        id="dev-09-unfall", outlet="Grevenauer Rundschau", language="de", sep="\n",
        blocks=[
            [C("Schwerer Unfall auf der B 412: Zwei Verletzte", q=("Zwei Verletzte",))],
            [
                N("Grevenau."),
                C("Bei einem Frontalzusammenstoß auf der Bundesstraße 412 zwischen Grevenau und Lindholm sind am Sonntagabend "
                  "zwei Menschen schwer verletzt worden.", q=("zwei Menschen",)),
                C("Wie die Polizei am Montag mitteilte, war ein 19-jähriger Autofahrer gegen 21.40 Uhr aus bislang ungeklärter "
                  "Ursache auf die Gegenfahrbahn geraten.", "Polizei", q=("19-jähriger",)),
                C("Dort stieß sein Wagen mit dem Auto einer 47-Jährigen zusammen.", q=("47-Jährigen",)),
                C("Beide mussten von der Feuerwehr aus ihren Fahrzeugen befreit werden."),
                C("Ein Rettungshubschrauber brachte die Frau in eine Klinik nach Hallstedt."),
            ],
            [
                C("Lebensgefahr bestehe nach Angaben eines Polizeisprechers nicht.", "Polizeisprechers"),
                C("Den Sachschaden schätzt die Polizei auf rund 35.000 Euro.", "Polizei", q=("rund 35.000 Euro",)),
                C("Die Bundesstraße war für knapp vier Stunden voll gesperrt.", q=("knapp vier Stunden",)),
                N("Zeugen werden gebeten, sich unter der Telefonnummer 05461 9870 bei der Polizei zu melden."),
            ],
        ],
    ),
    dict(
        id="dev-10-kommentar", outlet="Hellwerder Kurier", language="de", sep="\n",
        blocks=[
            [N("Kommentar: Die Stadt braucht endlich einen Plan für bezahlbares Wohnen")],
            [N("Ein Kommentar von Ruth Albers")],
            [
                N("Wer in Kaltenbrück eine Wohnung sucht, braucht Geduld und ein dickes Konto."),
                C("Die Angebotsmieten sind seit 2020 um 27 Prozent gestiegen, während die Einkommen kaum Schritt hielten.",
                  q=("27 Prozent",)),
                C("Gleichzeitig hat die Stadt im vergangenen Jahr gerade einmal 85 Sozialwohnungen fertiggestellt.",
                  q=("85 Sozialwohnungen",)),
                N("Das ist beschämend."),
            ],
            [
                C("Oberbürgermeister Rainer Kloth verweist gern auf den angespannten Haushalt.", "Rainer Kloth"),
                N("Doch Geld allein ist nicht das Problem."),
                N("Es fehlt am politischen Willen."),
                N("Die Stadt muss Bauland schneller ausweisen und eigene Grundstücke nicht länger an Investoren verkaufen."),
                N("Warum gelingt in Nachbarstädten, was hier seit Jahren scheitert?"),
                N("Höchste Zeit, das zu ändern."),
            ],
        ],
    ),
    dict(
        id="dev-11-stellenabbau", outlet="Wirtschaftsblatt Süd", language="de", sep="\n\n",
        blocks=[
            [C("Maschinenbauer Hesse & Lorenz streicht 1.200 Stellen", q=("1.200 Stellen",))],
            [
                C("Der Konzern teilte am Dienstag in Wendlingen mit, bis Ende 2027 jede fünfte Stelle in Deutschland abzubauen.",
                  "Konzern", "Hesse & Lorenz", q=("jede fünfte Stelle",)),
                C("Betroffen sind vor allem die Werke in Wendlingen und Oberau mit zusammen rund 5.800 Beschäftigten.",
                  q=("rund 5.800 Beschäftigten",)),
            ],
            [
                C("Vorstandschef Ulrich Brammer begründete den Schritt mit einem Auftragseinbruch von 22 Prozent im laufenden "
                  "Geschäftsjahr.", "Ulrich Brammer", q=("22 Prozent",)),
                C("Vor allem Kunden aus der Autoindustrie hielten sich mit Bestellungen zurück, sagte er.", "er", "Ulrich Brammer"),
                N("Betriebsbedingte Kündigungen wolle man möglichst vermeiden."),
            ],
            [
                N("Der Betriebsratsvorsitzende Kemal Aydın nannte die Pläne „einen Schlag ins Gesicht der Belegschaft“."),
                C("Die IG Metall kündigte Proteste an.", "IG Metall"),
                C("Die Aktie des Unternehmens verlor nach der Ankündigung zeitweise 6,3 Prozent.", q=("6,3 Prozent",)),
                C("Hesse & Lorenz beschäftigt weltweit rund 14.000 Menschen.", q=("rund 14.000 Menschen",)),
                N("Ob der Standort Oberau langfristig erhalten bleibt, ist offen."),
            ],
            [N("Mehr zum Thema: Warum der Maschinenbau schwächelt")],
        ],
    ),
    dict(
        id="dev-12-umfrage", outlet="Nordländer Rundschau", language="de", sep="\n",
        blocks=[
            [C("Umfrage: Bürgerbund legt zu, Volkspartei verliert", "Umfrage", "Demoskop Nord")],
            [
                C("Wenn am Sonntag Landtagswahl wäre, käme der Bürgerbund auf 24 Prozent der Stimmen.",
                  "Demoskop Nord", q=("24 Prozent",)),
                C("Das ergab eine Umfrage des Instituts Demoskop Nord im Auftrag dieser Zeitung.", "Demoskop Nord"),
                C("Das sind drei Punkte mehr als im Januar.", q=("drei Punkte",)),
                C("Die regierende Volkspartei fällt dagegen auf 27 Prozent und verliert vier Punkte.",
                  q=("27 Prozent", "vier Punkte")),
                C("Befragt wurden zwischen dem 3. und 9. März insgesamt 1.014 Wahlberechtigte.", q=("1.014 Wahlberechtigte",)),
                C("Die Fehlertoleranz liegt nach Angaben des Instituts bei bis zu 3,1 Prozentpunkten.", "Instituts",
                  "Demoskop Nord", q=("bis zu 3,1 Prozentpunkten",)),
            ],
            [
                N("Ministerpräsidentin Hanna Wölk sagte, Umfragen seien „Momentaufnahmen“."),
                N("Abgerechnet werde am Wahltag."),
                N("Beobachter rechnen mit einem knappen Rennen."),
                C("Die Wahl findet am 26. September statt."),
            ],
        ],
    ),
    dict(
        id="dev-13-stadium", outlet="Millbrook Ledger", language="en", sep="\n",
        blocks=[
            [C("City council approves $45 million stadium deal", q=("$45 million",))],
            [N("By Rachel Morgan")],
            [
                C("The Millbrook city council voted 7-2 on Tuesday to approve a $45 million subsidy for a new football stadium.",
                  q=("7-2", "$45 million")),
                C("The stadium will seat about 18,000 fans, according to the developer, Harlow Sports Group.",
                  "Harlow Sports Group", q=("about 18,000 fans",)),
                C("Mayor Linda Park said the project would create 600 permanent jobs.", "Linda Park", q=("600 permanent jobs",)),
                N("Critics dispute that figure."),
                C("An independent analysis by the Millbrook Policy Institute estimated the number at fewer than 200.",
                  "Millbrook Policy Institute", q=("fewer than 200",)),
                N("“The math simply doesn't work,” said Tom Okafor, the institute's director."),
                C("Construction is scheduled to begin in March 2027."),
                N("Will taxpayers ever see that money again?"),
            ],
            [N("Related Articles")],
        ],
    ),
    dict(
        id="dev-14-flooding", outlet="Wire Desk", language="en", sep="\n\n",
        blocks=[
            [C("Flooding forces 3,000 from homes in northern Valdoria", q=("3,000",))],
            [
                C("More than 3,000 people have been evacuated after heavy rain swept across northern Valdoria, officials said on Sunday.",
                  "officials", q=("More than 3,000 people",)),
                C("The regional governor, Ana Reyes, told reporters that two bridges had collapsed.", "Ana Reyes",
                  q=("two bridges",)),
                C("She said rescue teams had reached all affected villages by Sunday evening.", "She", "Ana Reyes"),
                C("According to the national weather service, up to 150 millimetres of rain fell in 24 hours.",
                  "national weather service", q=("up to 150 millimetres", "24 hours")),
                C("It is the worst flooding in the region since 1998."),
            ],
        ],
    ),
]


# Written after the rules were tuned on ARTICLES and measured once, untouched, to estimate how
# the figures hold on unseen text (docs/claims.md reports both).
HELDOUT: list[dict] = [
    dict(
        id="held-01-stadtwerke", outlet="Auer Landbote", language="de", sep="\n",
        blocks=[
            [C("Stadtwerke Auental erhöhen Wasserpreis um 14 Prozent", q=("14 Prozent",))],
            [N("Von Miriam Leutgeb")],
            [
                C("Ab dem 1. April zahlt ein Vier-Personen-Haushalt in Auental für Trinkwasser rund 96 Euro mehr im Jahr.",
                  q=("rund 96 Euro",)),
                C("Das teilten die Stadtwerke am Mittwoch mit.", "Stadtwerke"),
                C("Geschäftsführer Bernd Scholtissek verwies auf gestiegene Kosten für Energie und Personal.", "Bernd Scholtissek"),
                C("Allein der Strom für die Pumpwerke sei seit 2021 um fast das Doppelte teurer geworden.", "Bernd Scholtissek",
                  q=("fast das Doppelte",)),
                C("Zudem müsse das Unternehmen bis 2030 etwa 22 Millionen Euro in marode Leitungen investieren.",
                  "Bernd Scholtissek", q=("etwa 22 Millionen Euro",)),
            ],
            [N("Kritik vom Mieterverein")],
            [
                N("Der Mieterverein Auental nannte die Erhöhung „maßlos“."),
                N("Vorsitzende Gisela Haack forderte den Stadtrat auf, die Preise zu überprüfen."),
                C("Nach ihren Angaben liegt Auental schon jetzt über dem Landesdurchschnitt.", "ihren", "Gisela Haack"),
                N("Ob der Stadtrat eingreifen kann, ist rechtlich umstritten."),
                N("Für viele Familien wird es eng."),
            ],
        ],
    ),
    dict(
        id="held-02-klinik", outlet="Rheinau Express", language="de", sep="\n\n",
        blocks=[
            [C("Neue Kinderklinik in Rheinau nimmt Betrieb auf")],
            [
                C("Nach knapp drei Jahren Bauzeit hat die Kinderklinik am Rheinauer Stadtpark am Montag die ersten Patienten "
                  "aufgenommen.", q=("knapp drei Jahren Bauzeit",)),
                C("Der Neubau hat nach Angaben des Landkreises 87 Millionen Euro gekostet, 12 Millionen mehr als ursprünglich "
                  "geplant.", "Landkreises", q=("87 Millionen Euro", "12 Millionen")),
                C("Er bietet 120 Betten und eine Intensivstation für Frühgeborene.", q=("120 Betten",)),
            ],
            [
                N("„Damit schließen wir eine Lücke in der Versorgung“, sagte Landrat Felix Ohnesorg bei der Eröffnung."),
                C("Bislang mussten Familien aus dem Kreis für viele Behandlungen bis nach Mainfeld fahren.", ),
                C("Klinikdirektorin Anne Wessely kündigte an, bis zum Jahresende 60 weitere Pflegekräfte einzustellen.",
                  "Anne Wessely", q=("60 weitere Pflegekräfte",)),
                C("Derzeit seien 35 Stellen unbesetzt.", "Anne Wessely", q=("35 Stellen",)),
            ],
            [
                N("Ob das gelingt, hängt auch vom Arbeitsmarkt ab."),
                N("Wer kümmert sich um die Kinder, wenn das Personal fehlt?"),
                N("Mehr zum Thema – Pflegenotstand: Was die Länder planen"),
            ],
        ],
    ),
    dict(
        id="held-03-razzia", outlet="Nordstadt Kurier", language="de", sep="\n",
        blocks=[
            [C("Razzia gegen Schleuserbande: Sieben Festnahmen", q=("Sieben Festnahmen",))],
            [
                C("Mit rund 300 Beamten haben Polizei und Bundespolizei am Dienstagmorgen 14 Wohnungen und Büros in drei "
                  "Bundesländern durchsucht.", q=("rund 300 Beamten", "14 Wohnungen und Büros", "drei Bundesländern")),
                C("Sieben Verdächtige wurden festgenommen, wie die Staatsanwaltschaft Nordstadt mitteilte.",
                  "Staatsanwaltschaft Nordstadt", q=("Sieben Verdächtige",)),
                C("Die Bande soll seit 2023 mindestens 150 Menschen gegen Bezahlung nach Deutschland gebracht haben.",
                  "Staatsanwaltschaft Nordstadt", q=("mindestens 150 Menschen",)),
                C("Pro Person hätten die Täter bis zu 8.000 Euro verlangt.", "Staatsanwaltschaft Nordstadt",
                  q=("bis zu 8.000 Euro",)),
                C("Die Ermittler stellten Bargeld in sechsstelliger Höhe sicher."),
            ],
            [
                N("Oberstaatsanwalt Holger Brendt sprach von einem „wichtigen Schlag gegen die organisierte Kriminalität“."),
                C("Ermittlungen zufolge steuerte ein 44-jähriger Mann die Gruppe von Nordstadt aus.", "Ermittlungen",
                  q=("44-jähriger",)),
                C("Er sitzt inzwischen in Untersuchungshaft."),
                N("Zeugen, die Hinweise geben können, werden gebeten, sich bei der Kriminalpolizei zu melden."),
            ],
        ],
    ),
    dict(
        id="held-04-bahn", outlet="Verkehrsrundschau", language="de", sep="\n",
        blocks=[
            [N("Kommentar: Die Bahn verspielt das Vertrauen ihrer Kunden")],
            [N("Von Dirk Pawelczyk")],
            [
                C("Nur 61 Prozent der Fernzüge kamen im vergangenen Jahr pünktlich an.", q=("61 Prozent",)),
                C("Das ist der schlechteste Wert seit Beginn der Aufzeichnungen.", ),
                N("Wer regelmäßig pendelt, kennt das Gefühl der Ohnmacht am Bahnsteig."),
                C("Der Konzern verweist auf Baustellen und eine überalterte Infrastruktur.", "Konzern"),
                N("Das mag stimmen."),
                N("Doch die Probleme sind seit Jahren bekannt."),
                N("Die Politik muss jetzt handeln und die Sanierung dauerhaft finanzieren."),
                N("Sonst steigen noch mehr Menschen wieder ins Auto."),
            ],
        ],
    ),
]


# A second unseen set, written after the first held-out set had been used for tuning; measured once.
HELDOUT_2: list[dict] = [
    dict(
        id="held2-01-pokal", outlet="Sportecho Mitte", language="de", sep="\n",
        blocks=[
            [C("Pokal-Aus für den SV Eintracht Wellberg")],
            [N("Von Timo Gerlach")],
            [
                C("Der Drittligist SV Eintracht Wellberg ist in der zweiten Runde des Landespokals ausgeschieden."),
                C("Vor 4.300 Zuschauern unterlag die Mannschaft am Mittwochabend dem Regionalligisten FC Oderbruch mit 1:2.",
                  q=("4.300 Zuschauern", "1:2")),
                N("„Wir haben die erste Halbzeit komplett verschlafen“, räumte Trainer Sven Lodde nach dem Spiel ein."),
                C("Für Wellberg ist es das dritte Pokal-Aus in Folge."),
                N("Ob Lodde noch lange im Amt bleibt, ist fraglich."),
            ],
            [
                N("Vereinspräsident Harald Nitsche stellte sich am Donnerstag hinter den Trainer."),
                C("Eine Trainerdiskussion gebe es nicht, sagte Nitsche der Zeitung.", "Nitsche", "Harald Nitsche"),
                C("Der Verein hatte im Sommer rund 1,8 Millionen Euro in neue Spieler investiert.",
                  q=("rund 1,8 Millionen Euro",)),
                N("Die Fans dürften das anders sehen."),
            ],
        ],
    ),
    dict(
        id="held2-02-gletscher", outlet="Wissen Kompakt", language="de", sep="\n\n",
        blocks=[
            [C("Gletscher in den Ostalpen schmelzen schneller als erwartet")],
            [
                C("Die Gletscher der Ostalpen haben seit 2000 im Schnitt 38 Prozent ihres Volumens verloren.",
                  "Glaziologischen Instituts Innbruck", q=("38 Prozent",)),
                C("Zu diesem Ergebnis kommt eine Auswertung des Glaziologischen Instituts Innbruck, die am Dienstag "
                  "veröffentlicht wurde.", "Glaziologischen Instituts Innbruck"),
                C("Für die Studie verglichen die Forschenden Luftbilder von 412 Gletschern.", q=("412 Gletschern",)),
            ],
            [
                C("Besonders stark betroffen seien kleine Gletscher unterhalb von 3.000 Metern, erklärte Studienleiterin "
                  "Maren Tholen.", "Maren Tholen", q=("3.000 Metern",)),
                N("Viele von ihnen würden bis 2050 vollständig verschwinden."),
                C("Als Hauptursache nennt die Studie die gestiegenen Sommertemperaturen.", "Studie",
                  "Glaziologischen Instituts Innbruck"),
                C("Diese lagen im vergangenen Jahrzehnt um 1,6 Grad über dem Mittel der Jahre 1961 bis 1990.",
                  q=("1,6 Grad",)),
                N("Was das für die Wasserversorgung der Täler bedeutet, muss noch erforscht werden."),
            ],
        ],
    ),
    dict(
        id="held2-03-schule", outlet="Kreisblatt Seeland", language="de", sep="\n",
        blocks=[
            [C("Grundschule Möhrenbach soll 2028 schließen")],
            [
                C("Der Kreistag hat am Montag mit knapper Mehrheit die Schließung der Grundschule Möhrenbach beschlossen."),
                C("Die 64 Schülerinnen und Schüler sollen ab dem Schuljahr 2028/29 in Seeland unterrichtet werden.",
                  q=("64 Schülerinnen und Schüler",)),
                C("Landrätin Birgit Ahlers begründete den Schritt mit sinkenden Geburtenzahlen.", "Birgit Ahlers"),
                C("Das Gebäude müsste zudem für rund 2,4 Millionen Euro saniert werden.", q=("rund 2,4 Millionen Euro",)),
            ],
            [N("Eltern wehren sich")],
            [
                C("Eine Elterninitiative hat nach eigenen Angaben bereits 1.900 Unterschriften gegen die Schließung "
                  "gesammelt.", "Elterninitiative", q=("1.900 Unterschriften",)),
                N("„Mit der Schule stirbt das Dorf“, sagt Sprecherin Jana Ruppert."),
                C("Die Initiative will nun vor das Verwaltungsgericht ziehen."),
                N("Was wird aus dem Dorf, wenn die Kinder wegfahren müssen?"),
            ],
        ],
    ),
    dict(
        id="held2-04-port", outlet="Harbour Times", language="en", sep="\n",
        blocks=[
            [C("Port of Eastmere posts record cargo volume")],
            [N("By Liam Carver")],
            [
                C("The Port of Eastmere handled 41.2 million tonnes of cargo last year, the highest figure in its history, "
                  "the port authority said on Thursday.", "port authority", q=("41.2 million tonnes",)),
                C("Container traffic rose 9 percent to 1.3 million units.", q=("9 percent", "1.3 million units")),
                C("Chief executive Maria Lund attributed the growth to new shipping routes to Asia.", "Maria Lund"),
                N("“We expect another strong year,” she told reporters."),
                N("Whether that optimism is justified remains to be seen."),
            ],
        ],
    ),
]


# A third unseen set with page furniture (photo credits, "Lesen Sie auch", an interview), written after
# held-out 2 had been used for tuning; measured once.
HELDOUT_3: list[dict] = [
    dict(
        id="held3-01-mietspiegel", outlet="Stadtanzeiger Lohfeld", language="de", sep="\n",
        blocks=[
            [N("Startseite › Lokales › Lohfeld")],
            [C("Neuer Mietspiegel: Kaltmieten in Lohfeld steigen um 9,4 Prozent", "Mietspiegel", q=("9,4 Prozent",))],
            [N("Foto: Stadtanzeiger/Archiv")],
            [
                C("Wer in Lohfeld eine Wohnung mietet, zahlt im Schnitt 9,80 Euro pro Quadratmeter.",
                  "Mietspiegel", q=("9,80 Euro",)),
                C("Das geht aus dem neuen Mietspiegel hervor, den der Stadtrat am Dienstag beschlossen hat.", "Mietspiegel"),
                C("Vor zwei Jahren lag der Durchschnitt noch bei 8,96 Euro.", q=("8,96 Euro",)),
                C("Am stärksten stiegen die Mieten in der Altstadt, wo inzwischen 12,30 Euro fällig werden.",
                  q=("12,30 Euro",)),
            ],
            [
                N("Sozialdezernentin Meike Arndt verteidigte die Zahlen."),
                C("Der Mietspiegel bilde lediglich den Markt ab und sei von einem unabhängigen Institut erstellt worden.",
                  "Meike Arndt"),
                N("Der Mieterbund Lohfeld warnt dagegen vor einer „Spirale nach oben“."),
                N("Für Geringverdiener wird die Suche nach einer Wohnung damit noch schwieriger."),
            ],
            [N("Lesen Sie auch: Wo in Lohfeld neue Wohnungen entstehen")],
        ],
    ),
    dict(
        id="held3-02-interview", outlet="Landeszeitung Mitte", language="de", sep="\n\n",
        blocks=[
            [C("Ärztekammer-Präsidentin: „Auf dem Land fehlen 300 Hausärzte“", "Ärztekammer-Präsidentin",
               q=("300 Hausärzte",))],
            [N("Die Präsidentin der Landesärztekammer, Dr. Helga Sommer, sieht die Versorgung in ländlichen Regionen in "
               "Gefahr.")],
            [N("Frau Sommer, wie schlimm ist der Hausärztemangel?")],
            [C("Nach unseren Zahlen sind derzeit 300 Hausarztsitze unbesetzt, fast alle in Gemeinden unter 10.000 "
               "Einwohnern.", "unseren", "Helga Sommer", q=("300 Hausarztsitze", "10.000 Einwohnern")),
             C("Jeder dritte Hausarzt ist älter als 60 Jahre.", "Helga Sommer", q=("Jeder dritte Hausarzt", "60 Jahre"))],
            [N("Was muss die Politik tun?")],
            # corrected after the first run: the interviewee's demand and forecast are statements on record
            [N("Sie muss die Niederlassung auf dem Land attraktiver machen, etwa mit Zuschüssen für Praxen."),
             N("Sonst wird sich die Lage weiter verschärfen.")],
            [N("Das Interview führte Paul Wendt.")],
        ],
    ),
    dict(
        id="held3-03-brand", outlet="Nachrichten Weserhöhe", language="de", sep="\n",
        blocks=[
            [C("Großbrand in Lagerhalle: Schaden in Millionenhöhe")],
            [
                C("Weserhöhe (dpa) – Bei einem Großbrand in einem Gewerbegebiet in Weserhöhe ist in der Nacht zum Samstag "
                  "eine Lagerhalle vollständig zerstört worden."),
                C("Verletzt wurde nach Angaben der Polizei niemand.", "Polizei"),
                C("Die Feuerwehr war mit 140 Einsatzkräften aus sieben Gemeinden vor Ort.",
                  q=("140 Einsatzkräften", "sieben Gemeinden")),
                C("Erst gegen 6 Uhr hatten die Einsatzkräfte das Feuer unter Kontrolle."),
                C("Den Schaden beziffert die Polizei auf mindestens 2,5 Millionen Euro.", "Polizei",
                  q=("mindestens 2,5 Millionen Euro",)),
            ],
            [
                C("Die Brandursache ist noch unklar."),
                N("Ein technischer Defekt gilt als wahrscheinlich, Brandstiftung könne aber nicht ausgeschlossen werden, "
                  "sagte ein Polizeisprecher."),
                C("Die Kriminalpolizei hat die Ermittlungen aufgenommen."),
                C("Anwohner waren aufgefordert worden, wegen des Rauchs Fenster und Türen geschlossen zu halten."),
            ],
        ],
    ),
    dict(
        id="held3-04-etat", outlet="Hauptstadtbrief", language="de", sep="\n\n",
        blocks=[
            [C("Finanzminister will Verteidigungsetat auf 3 Prozent anheben", "Finanzminister", q=("3 Prozent",))],
            [
                # corrected after the first run: the next sentence ("Das berichtet …") governs this one
                C("Finanzminister Oskar Brenner plant, die Ausgaben für die Verteidigung bis 2029 auf 3 Prozent der "
                  "Wirtschaftsleistung zu erhöhen.", "Hauptstadtpost", q=("3 Prozent",)),
                C("Das berichtet die „Hauptstadtpost“ unter Berufung auf einen Entwurf des Finanzministeriums.",
                  "Hauptstadtpost"),
                C("Demnach sollen die Mittel im kommenden Jahr um 11 Milliarden Euro steigen.", "Demnach", "Hauptstadtpost",
                  q=("11 Milliarden Euro",)),
                N("Ein Sprecher des Ministeriums wollte den Bericht nicht kommentieren."),
            ],
            [
                N("Die Opposition kritisierte die Pläne als „unseriös finanziert“."),
                C("Woher das Geld kommen solle, sage der Minister nicht, erklärte Haushaltspolitikerin Clara Vogt.",
                  "Clara Vogt"),
                N("Ob die Koalition den Plänen zustimmt, gilt als offen."),
                N("Eine Einigung dürfte schwierig werden."),
            ],
        ],
    ),
]


# The last unseen set, written after all tuning; measured once and not tuned on.
HELDOUT_4: list[dict] = [
    dict(
        id="held4-01-inflation", outlet="Wirtschaftskurier Nord", language="de", sep="\n",
        blocks=[
            [C("Inflation im Land sinkt auf 2,1 Prozent", q=("2,1 Prozent",))],
            [N("Von Ole Hansmann")],
            [
                C("Die Verbraucherpreise im Land sind im Oktober um 2,1 Prozent gegenüber dem Vorjahresmonat gestiegen.",
                  "Statistische Landesamt", q=("2,1 Prozent",)),
                C("Das teilte das Statistische Landesamt am Mittwoch in Seestadt mit.", "Statistische Landesamt"),
                C("Im September hatte die Rate noch bei 2,6 Prozent gelegen.", q=("2,6 Prozent",)),
                C("Günstiger wurden vor allem Heizöl und Kraftstoffe, die 7,8 Prozent weniger kosteten als vor einem Jahr.",
                  q=("7,8 Prozent",)),
                C("Nahrungsmittel verteuerten sich dagegen um 3,4 Prozent.", q=("3,4 Prozent",)),
            ],
            [
                C("Ökonomin Frieda Lorenz von der Seestädter Sparkasse rechnet für das kommende Jahr mit einer Rate "
                  "um 2 Prozent.", "Frieda Lorenz", q=("2 Prozent",)),
                C("Die Entlastung bei der Energie laufe allmählich aus, sagte sie.", "sie", "Frieda Lorenz"),
                N("Ob die Löhne mithalten, steht auf einem anderen Blatt."),
            ],
        ],
    ),
    dict(
        id="held4-02-parteitag", outlet="Rundblick Politik", language="de", sep="\n\n",
        blocks=[
            [C("Parteitag wählt Jonas Kerber mit 87 Prozent zum Vorsitzenden", q=("87 Prozent",))],
            [
                C("Die Liberale Mitte hat Jonas Kerber am Samstag in Hallbach zu ihrem neuen Vorsitzenden gewählt."),
                C("Der 46-Jährige erhielt 412 von 474 gültigen Stimmen.", q=("46-Jährige", "412", "474 gültigen Stimmen")),
                C("Sein Vorgänger Armin Teuber war nach der verlorenen Landtagswahl im Frühjahr zurückgetreten."),
            ],
            [
                N("In seiner Rede kündigte Kerber an, die Partei „jünger und digitaler“ aufzustellen."),
                C("Bis 2028 wolle man die Zahl der Mitglieder auf 20.000 verdoppeln.", "Kerber",
                  q=("20.000",)),
                C("Derzeit hat die Partei nach eigenen Angaben rund 11.500 Mitglieder.", "Partei",
                  q=("rund 11.500 Mitglieder",)),
                N("Ob das gelingt, muss sich zeigen."),
                N("Der Weg zurück in den Landtag ist jedenfalls weit."),
            ],
        ],
    ),
    dict(
        id="held4-03-prozess", outlet="Gerichtsreport Süd", language="de", sep="\n",
        blocks=[
            [C("Prozess um gefälschte Gutachten: Bauingenieur bestreitet Vorwürfe", "Bauingenieur")],
            [
                C("Vor dem Landgericht Ahrenburg hat am Dienstag der Prozess gegen einen 58-jährigen Bauingenieur begonnen.",
                  q=("58-jährigen",)),
                C("Die Anklage wirft ihm vor, zwischen 2019 und 2022 in 37 Fällen Statikgutachten gefälscht zu haben.",
                  "Anklage", q=("37 Fällen",)),
                C("Dadurch sollen Bauherren Kosten von mehr als 900.000 Euro gespart haben.", "Anklage",
                  q=("mehr als 900.000 Euro",)),
                C("Der Angeklagte wies die Vorwürfe über seinen Anwalt zurück.", "Angeklagte"),
                C("Die Gutachten seien fachlich korrekt gewesen, erklärte Verteidiger Malte Rieck.", "Malte Rieck"),
                C("Für den Prozess sind zwölf Verhandlungstage angesetzt.", q=("zwölf Verhandlungstage",)),
                C("Ein Urteil könnte im Februar fallen."),
            ],
        ],
    ),
    dict(
        id="held4-04-library", outlet="Valley Courier", language="en", sep="\n",
        blocks=[
            [C("Library to close two branches after budget vote", q=("two branches",))],
            [N("By Nora Ellis")],
            [
                C("The Redwater public library will close its Eastside and Millpond branches at the end of June.",),
                C("The library board approved the closures on Tuesday in a 4-3 vote, citing a $1.2 million shortfall.",
                  q=("4-3", "$1.2 million")),
                C("About 310,000 visitors used the two branches last year, according to library figures.",
                  "library figures", q=("About 310,000 visitors", "two branches")),
                N("“This is a painful decision, but we have run out of options,” said board chair Grace Whitfield."),
                N("Many residents are likely to be disappointed."),
                N("Will the city step in to save them?"),
            ],
        ],
    ),
]


# Held-out set 5: written after the rules of held-out 4 and before the generalisation pass (first
# run recorded in docs/claims.md before any rule was changed).
HELDOUT_5: list[dict] = [
    dict(
        id="held5-01-windkraft", outlet="Landesecho Süd", language="de", sep="\n",
        blocks=[
            [C("Umweltministerin Hartl: Mindestabstand für Windräder soll auf 500 Meter sinken", "Hartl",
               "Carola Hartl", q=("500 Meter",))],
            [N("Von Jakob Wendelin")],
            [
                C("Die Landesregierung in Grünthal will den Mindestabstand zwischen Windrädern und Wohnhäusern von "
                  "1.000 auf 500 Meter verringern.", q=("1.000", "500 Meter")),
                C("Einen entsprechenden Gesetzentwurf stellte Umweltministerin Carola Hartl am Dienstag im Landtag vor."),
                C("Nur so lasse sich das Ausbauziel von 2,5 Prozent der Landesfläche bis 2030 erreichen, sagte die "
                  "Grünen-Politikerin.", "Grünen-Politikerin", "Carola Hartl", q=("2,5 Prozent der Landesfläche",)),
                C("Derzeit seien gerade einmal 0,9 Prozent als Vorrangflächen ausgewiesen.", "Carola Hartl",
                  q=("0,9 Prozent",)),
            ],
            [
                N("Der Fraktionschef der Bürgerpartei, Henning Salewski, wies die Pläne als „überhastet“ zurück."),
                N("Viele Gemeinden fühlten sich übergangen, die Akzeptanz vor Ort werde so verspielt."),
                C("Seine Fraktion werde dem Entwurf in dieser Form nicht zustimmen, stellte er klar.", "er",
                  "Henning Salewski"),
                N("Aus Koalitionskreisen hieß es am Abend, eine Einigung sei bis zum Jahresende dennoch möglich."),
            ],
            [
                N("Rückendeckung erhielt Hartl dagegen von Ministerpräsident Anton Brückl."),
                C("Er stellte sich am Mittwoch ausdrücklich hinter die Ministerin und verwies auf steigende Strompreise "
                  "für die Industrie.", "Er", "Anton Brückl"),
            ],
            [
                C("Laut einer Umfrage des Instituts Demoskop Nord befürworten 58 Prozent der Befragten im Land den "
                  "Ausbau der Windkraft.", "Instituts Demoskop Nord", q=("58 Prozent der Befragten",)),
                C("Steht ein Windrad in der eigenen Nachbarschaft, sinkt die Zustimmung demnach auf 41 Prozent.",
                  "demnach", "Instituts Demoskop Nord", q=("41 Prozent",)),
                N("Naturschützer sehen die Pläne ebenfalls skeptisch."),
                N("Der Landesbund für Vogelschutz befürchtet, dass mehr Rotmilane an den Rotoren verunglücken."),
                N("In einer Stellungnahme forderte der Verband, Brutgebiete grundsätzlich auszunehmen."),
                N("Ob der Entwurf noch vor der Sommerpause verabschiedet wird, ist offen."),
            ],
        ],
    ),
    dict(
        id="held5-02-urteil", outlet="Gerichtsspiegel West", language="de", sep="\n",
        blocks=[
            [C("Ehemaliger Bürgermeister von Hollerbach wegen Bestechlichkeit verurteilt")],
            [C("Zwei Jahre auf Bewährung und 30.000 Euro Geldauflage: Das Landgericht Kessenich hat den früheren "
               "Rathauschef schuldig gesprochen.", q=("Zwei Jahre", "30.000 Euro"))],
            [N("Von Miriam Albers, Kessenich")],
            [
                C("Nach Überzeugung der Kammer ließ sich Gerd Pfannkuch zwischen 2018 und 2021 von einem "
                  "Bauunternehmer bestechen.", "Kammer"),
                C("Im Gegenzug soll er dem Unternehmen Aufträge über insgesamt 1,8 Millionen Euro zugeschanzt haben.",
                  "Kammer", q=("insgesamt 1,8 Millionen Euro",)),
                C("Der 61-Jährige hatte zum Prozessauftakt eingeräumt, Bargeld und eine Urlaubsreise angenommen zu "
                  "haben.", "61-Jährige", "Gerd Pfannkuch", q=("61-Jährige",)),
                C("„Ich habe mich blenden lassen und das Vertrauen der Bürger missbraucht“, sagte er in seinem letzten "
                  "Wort.", "er", "Gerd Pfannkuch"),
            ],
            [
                C("Die Vorsitzende Richterin Annette Vogl hielt ihm das Geständnis zugute.", "Annette Vogl"),
                N("Zugleich betonte sie, ein Amtsträger, der sich kaufen lasse, beschädige das Ansehen der gesamten "
                  "Verwaltung."),
                C("Die Staatsanwaltschaft hatte drei Jahre und sechs Monate Haft beantragt.", "Staatsanwaltschaft",
                  q=("drei Jahre und sechs Monate Haft",)),
                N("Ob sie Revision einlegt, ließ eine Sprecherin der Behörde zunächst offen."),
                C("Das Urteil ist noch nicht rechtskräftig."),
            ],
            [
                C("Pfannkuch war 2022 nach 14 Jahren im Amt zurückgetreten.", q=("14 Jahren",)),
                N("Für die Gemeinde ist das Kapitel damit hoffentlich abgeschlossen."),
            ],
        ],
    ),
    dict(
        id="held5-03-dorfladen", outlet="Wirtschaftsblatt Mitte", language="de", sep="\n\n",
        blocks=[
            [C("Studie: Jeder vierte Dorfladen schreibt rote Zahlen", "Studie", q=("Jeder vierte Dorfladen",))],
            [
                C("Kleine Lebensmittelgeschäfte auf dem Land verlieren seit Jahren Kundschaft an Discounter und "
                  "Onlinehändler.", "Instituts für Handelsforschung"),
                C("Zu diesem Ergebnis kommt eine Untersuchung des Instituts für Handelsforschung in Marstadt, die am "
                  "Montag veröffentlicht wurde.", "Instituts für Handelsforschung"),
            ],
            [N("Von Lea Brandtner")],
            [
                C("Für die Studie wurden 640 Inhaber von Dorfläden in fünf Bundesländern befragt.",
                  q=("640 Inhaber", "fünf Bundesländern")),
                C("Gut ein Viertel von ihnen machte im vergangenen Jahr Verlust, wie aus dem Bericht hervorgeht.",
                  "Bericht", q=("Gut ein Viertel",)),
                C("2019 war es demnach erst jedes zehnte Geschäft.", "demnach", "Bericht",
                  q=("jedes zehnte Geschäft",)),
                C("Als Hauptgründe nennen die Autoren gestiegene Energiekosten und den Personalmangel.", "Autoren"),
            ],
            [
                C("„Viele Inhaberinnen und Inhaber arbeiten 60 Stunden pro Woche und zahlen am Ende drauf“, sagte "
                  "Studienleiter Yannick Obermaier.", "Yannick Obermaier", q=("60 Stunden",)),
                C("Ohne Unterstützung der Gemeinden werde bis 2030 jeder dritte Laden schließen müssen, schätzt er.",
                  "er", "Yannick Obermaier", q=("jeder dritte Laden",)),
                C("Einige Gemeinden betreiben ihre Läden inzwischen selbst, wie die „Marstädter Rundschau“ kürzlich "
                  "berichtete.", "Marstädter Rundschau"),
            ],
            [
                C("Beim Handelsverband des Landes hieß es, man kenne die Probleme und arbeite an einem Förderprogramm.",
                  "Handelsverband des Landes"),
                C("Das Wirtschaftsministerium verwies auf Nachfrage auf ein bestehendes Programm mit 4 Millionen Euro "
                  "jährlich.", "Wirtschaftsministerium", q=("4 Millionen Euro",)),
                N("Ob das reicht, darf bezweifelt werden."),
            ],
        ],
    ),
    dict(
        id="held5-04-hitze", outlet="Gesundheit aktuell", language="de", sep="\n\n",
        blocks=[
            [N("Notfallmediziner Brenner: „Hitze ist ein unterschätztes Risiko“")],
            [
                C("Nach Berechnungen des Landesamts für Gesundheit starben im Sommer 2025 schätzungsweise 410 Menschen "
                  "an den Folgen großer Hitze.", "Landesamts für Gesundheit", q=("schätzungsweise 410 Menschen",)),
                N("Der Notfallmediziner Dr. Felix Brenner vom Klinikum Altmühlstadt fordert deshalb Hitzeschutzpläne "
                  "für jede Kommune."),
            ],
            [N("Herr Brenner, wie stark merken Sie die Hitze in der Notaufnahme?")],
            [
                C("An Tagen mit mehr als 30 Grad behandeln wir bis zu 25 Prozent mehr Patientinnen und Patienten als "
                  "sonst.", "Felix Brenner", q=("mehr als 30 Grad", "bis zu 25 Prozent")),
                C("Die meisten sind über 75 Jahre alt und haben schlicht zu wenig getrunken.", "Felix Brenner",
                  q=("über 75 Jahre",)),
            ],
            [N("Wer ist besonders gefährdet?")],
            [
                C("Neben Hochbetagten vor allem Menschen, die Blutdrucksenker oder Entwässerungstabletten einnehmen.",
                  "Felix Brenner"),
                C("Fast die Hälfte dieser Patienten nimmt mehrere solcher Medikamente gleichzeitig ein.",
                  "Felix Brenner", q=("Fast die Hälfte dieser Patienten",)),
            ],
            [N("Was fordern Sie von den Kommunen?")],
            [
                N("Jede Stadt braucht einen Hitzeaktionsplan mit kühlen Räumen, Trinkbrunnen und einem Warnsystem für "
                  "Pflegedienste."),
                C("Bislang haben nach meinem Kenntnisstand nur drei Städte in der Region einen solchen Plan.", "meinem",
                  "Felix Brenner", q=("drei Städte",)),
            ],
            [N("Das Gespräch führte Hannah Kessler.")],
        ],
    ),
]


# Held-out set 6: written after the generalisation pass (the rules of held-out 5's "after" figures) and
# measured once before any further change.
HELDOUT_6: list[dict] = [
    dict(
        id="held6-01-unfall", outlet="Kreisanzeiger Talheim", language="de", sep="\n",
        blocks=[
            [C("Lkw kippt auf B 27 um – Fahrer schwer verletzt")],
            [N("Von Sven Arlt")],
            [
                C("Ein umgestürzter Sattelzug hat am Donnerstagmorgen die Bundesstraße 27 bei Talheim für mehr als fünf "
                  "Stunden blockiert.", q=("mehr als fünf Stunden",)),
                C("Nach ersten Erkenntnissen der Polizei kam der 47 Jahre alte Fahrer in einer Kurve von der Fahrbahn ab.",
                  "Polizei", q=("47 Jahre",)),
                C("Der Lastwagen habe rund 20 Tonnen Getreide geladen gehabt, sagte ein Sprecher des Polizeipräsidiums "
                  "Eichstetten.", "Sprecher des Polizeipräsidiums Eichstetten", q=("rund 20 Tonnen Getreide",)),
                C("Lebensgefahr bestehe für den Fahrer nicht.", "Sprecher des Polizeipräsidiums Eichstetten"),
                C("Der Mann wurde mit einem Rettungshubschrauber in eine Klinik geflogen."),
            ],
            [
                C("Die Feuerwehr musste zunächst auslaufenden Diesel abpumpen."),
                C("Den Sachschaden schätzen die Beamten auf etwa 80.000 Euro.", "Beamten", q=("etwa 80.000 Euro",)),
                N("Warum der Fahrer von der Straße abkam, ist noch unklar."),
                N("Zeugen, die den Unfall beobachtet haben, werden gebeten, sich bei der Polizei zu melden."),
            ],
            [
                C("Erst im März war an derselben Stelle ein Kleintransporter verunglückt."),
                C("Die Gemeinde Talheim hatte bereits 2024 beim Landratsamt eine Temporeduzierung beantragt."),
            ],
        ],
    ),
    dict(
        id="held6-02-krebse", outlet="Forschung heute", language="de", sep="\n\n",
        blocks=[
            [C("Mikroplastik in neun von zehn Flusskrebsen nachgewiesen", q=("neun von zehn Flusskrebsen",))],
            [
                C("Ein Team der Universität Rheinfels hat in den Flüssen des Landes Flusskrebse auf Kunststoffpartikel "
                  "untersucht."),
                C("Das Ergebnis ist eindeutig: In 91 Prozent der 420 untersuchten Tiere fanden die Forschenden "
                  "Mikroplastik.", "Forschenden", q=("91 Prozent", "420 untersuchten Tiere")),
                C("Die Studie erschien am Mittwoch im Fachjournal „Aquatic Pollution Letters“."),
            ],
            [
                N("„Wir hatten mit Funden gerechnet, aber nicht in diesem Ausmaß“, sagt die Biologin Dr. Mareike "
                  "Sandvoss, die das Projekt leitet."),
                C("Besonders belastet seien Tiere unterhalb von Kläranlagen gewesen.", "Mareike Sandvoss"),
                C("Dort habe man im Schnitt 14 Partikel pro Tier gezählt, fast dreimal so viele wie in den Oberläufen.",
                  "Mareike Sandvoss", q=("14 Partikel", "fast dreimal so viele")),
            ],
            [N("Kläranlagen als Quelle")],
            [
                N("Ob die Partikel den Krebsen schaden, lasse sich noch nicht sagen, räumt Sandvoss ein."),
                C("Dazu seien Langzeitversuche nötig, die das Team im kommenden Jahr beginnen wolle.", "Mareike Sandvoss"),
                C("Das Umweltministerium des Landes kündigte an, die Ergebnisse zu prüfen.",
                  "Umweltministerium des Landes"),
                C("Eine Sprecherin verwies auf ein laufendes Programm zur Modernisierung von Kläranlagen, für das bis "
                  "2028 rund 60 Millionen Euro vorgesehen sind.", "Sprecherin", q=("rund 60 Millionen Euro",)),
                N("Ob das reicht, wird sich zeigen."),
            ],
        ],
    ),
    dict(
        id="held6-03-hollwerk", outlet="Börsenblick Süd", language="de", sep="\n",
        blocks=[
            [C("Maschinenbauer Hollwerk streicht 350 Stellen", q=("350 Stellen",))],
            [N("Von Clara Weidinger")],
            [
                C("Der Umsatz des Familienunternehmens brach im dritten Quartal um 18 Prozent auf 212 Millionen Euro ein.",
                  "Hollwerk", q=("18 Prozent", "212 Millionen Euro")),
                C("Das teilte Hollwerk am Dienstag in Brandau mit.", "Hollwerk"),
            ],
            [
                C("Vorstandschef Bernd Aschauer machte vor allem die schwache Nachfrage aus China für den Einbruch "
                  "verantwortlich.", "Bernd Aschauer"),
                C("Die Auftragseingänge lägen derzeit ein Viertel unter dem Vorjahresniveau.", "Bernd Aschauer",
                  q=("ein Viertel",)),
                S("„Wir müssen unsere Kosten an die neue Realität anpassen“, sagte der 58-Jährige bei einer "
                  "Telefonkonferenz mit Analysten.", "no_claim", quantities=["58-Jährige"]),
            ],
            [
                C("Der Abbau soll vor allem die Verwaltung und den Standort Neukirch treffen.", "Bernd Aschauer"),
                N("Betriebsbedingte Kündigungen schließt das Unternehmen nicht aus."),
                N("Der Betriebsrat kritisierte die Pläne scharf."),
                C("Betriebsratschefin Yvonne Kessler warf der Geschäftsführung vor, jahrelang Investitionen verschleppt "
                  "zu haben.", "Yvonne Kessler"),
            ],
            [
                C("An der Börse legte die Hollwerk-Aktie nach der Ankündigung um 4,2 Prozent zu.", q=("4,2 Prozent",)),
                N("Analysten halten den Schritt für überfällig."),
            ],
        ],
    ),
    dict(
        id="held6-04-floodwall", outlet="Northfield Gazette", language="en", sep="\n",
        blocks=[
            [C("Council approves $4.5 million flood wall for Riverside district", q=("$4.5 million",))],
            [N("By Tom Hadley")],
            [
                C("Northfield city council on Wednesday approved a $4.5 million flood wall along the Calder River, "
                  "ending a two-year dispute.", q=("$4.5 million", "two-year")),
                C("The wall will protect about 1,200 homes that flooded in 2023, according to the city's engineering "
                  "department.", "city's engineering department", q=("about 1,200 homes",)),
                N("“This is the most important decision this council has made in a decade,” Mayor Linda Osei told "
                  "reporters after the vote."),
                C("She said construction would begin in the spring and take roughly 18 months.", "She", "Linda Osei",
                  q=("roughly 18 months",)),
                C("Councillor Derek Mills, who voted against the plan, argued that the money should have gone to "
                  "drainage repairs instead.", "Derek Mills"),
                N("Residents have mixed feelings."),
                C("A petition against the wall gathered more than 600 signatures last year, the Gazette reported at the "
                  "time.", "Gazette", q=("more than 600 signatures",)),
                N("Whether the wall will be enough to hold back the next flood remains an open question."),
            ],
        ],
    ),
]


# Held-out set 7: written after held-out 6's fixes, measured once before any further change.
HELDOUT_7: list[dict] = [
    dict(
        id="held7-01-schulessen", outlet="Stadtbote Lauterbach", language="de", sep="\n",
        blocks=[
            [C("Mittagessen an Grundschulen kostet ab Februar 4,20 Euro", q=("4,20 Euro",))],
            [N("Von Ina Marquardt")],
            [
                C("Eltern in Lauterbach müssen für das Schulessen ihrer Kinder bald deutlich mehr bezahlen."),
                C("Der Preis pro Mahlzeit steigt zum 1. Februar von 3,50 auf 4,20 Euro, wie die Stadtverwaltung in einem "
                  "Schreiben an die Eltern ankündigte.", "Stadtverwaltung", q=("3,50", "4,20 Euro")),
                C("Als Grund nennt die Stadt höhere Kosten für Lebensmittel und Personal beim Caterer.", "Stadt"),
                C("Der Caterer habe die Preise bereits zum zweiten Mal binnen eines Jahres erhöht, heißt es in dem "
                  "Schreiben.", "Schreiben"),
            ],
            [
                N("Der Vorsitzende des Stadtelternrats, Markus Höfler, nannte die Erhöhung „unverhältnismäßig“."),
                N("Gerade Familien mit mehreren Kindern treffe der Aufschlag hart."),
                N("Er verlangt, dass die Stadt einen Teil der Kosten übernimmt."),
            ],
            [
                N("Bürgermeisterin Sabine Krätz verteidigte die Entscheidung gegenüber dem „Stadtboten“."),
                C("„Wir subventionieren jedes Essen schon heute mit rund einem Euro“, sagte die SPD-Politikerin.",
                  "SPD-Politikerin", "Sabine Krätz", q=("rund einem Euro",)),
                N("Mehr sei im Haushalt nicht drin."),
                C("Familien mit geringem Einkommen können über das Bildungspaket weiterhin kostenlos essen."),
                N("Ob das die Kritik besänftigt, ist fraglich."),
            ],
        ],
    ),
    dict(
        id="held7-02-verein", outlet="Sportblatt Nordost", language="de", sep="\n\n",
        blocks=[
            [C("Finanzloch beim FC Hafenstadt größer als bekannt")],
            [
                C("Beim Fußball-Drittligisten FC Hafenstadt fehlen offenbar rund 2,4 Millionen Euro.", "Küstenpost",
                  q=("rund 2,4 Millionen Euro",)),
                C("Das berichtet die „Küstenpost“ unter Berufung auf interne Unterlagen.", "Küstenpost"),
                C("Bislang war der Verein von einem Fehlbetrag von 900.000 Euro ausgegangen.", "Verein",
                  q=("900.000 Euro",)),
                C("Insidern zufolge soll vor allem der teure Umbau der Haupttribüne die Kasse belastet haben.",
                  "Insidern"),
            ],
            [
                C("Präsident Jörg Wendlandt bestätigte die Zahl am Montag in einer Mitgliederversammlung.",
                  "Jörg Wendlandt"),
                C("Man habe die Kosten der Tribüne „schlicht unterschätzt“, räumte er ein.", "er", "Jörg Wendlandt"),
                C("Einen Rücktritt lehnte der 55-Jährige aber ab.", "55-Jährige", "Jörg Wendlandt", q=("55-Jährige",)),
            ],
            [
                C("Der Landesfußballverband prüft nun, ob die Lizenz des Vereins gefährdet ist."),
                C("Eine Entscheidung werde bis Ende März fallen, sagte ein Verbandssprecher.", "Verbandssprecher"),
                N("Für die Fans ist das ein Schock."),
            ],
        ],
    ),
    dict(
        id="held7-03-krankenstand", outlet="Gesundheitsreport Mitte", language="de", sep="\n",
        blocks=[
            [C("Krankenstand erreicht Rekordwert")],
            [N("Von Daniel Oswald")],
            [
                C("Beschäftigte im Land waren im vergangenen Jahr so oft krankgeschrieben wie nie zuvor.",
                  "Landeskrankenkasse"),
                C("Das zeigen Zahlen der Landeskrankenkasse, die am Dienstag vorgestellt wurden.", "Landeskrankenkasse"),
                C("Im Schnitt fehlte jeder Versicherte demnach an 21,3 Tagen, 1,1 Tage mehr als im Vorjahr.", "demnach",
                  "Landeskrankenkasse", q=("21,3 Tagen", "1,1 Tage")),
                C("Häufigster Grund waren Atemwegserkrankungen, gefolgt von Rückenleiden und psychischen Erkrankungen."),
            ],
            [
                C("Besonders stark stiegen die Fehltage wegen Depressionen und Burn-out: um 14 Prozent.",
                  q=("14 Prozent",)),
                N("Kassenchefin Ulrike Mahn sprach von einer „besorgniserregenden Entwicklung“."),
                N("Arbeitgeber müssten mehr für die seelische Gesundheit ihrer Beschäftigten tun, forderte sie."),
                N("Ihr Fazit: Prävention zahle sich für Unternehmen auch finanziell aus."),
            ],
            [
                N("Der Arbeitgeberverband des Landes wies die Forderung zurück."),
                C("Viele Betriebe hätten längst eigene Programme aufgelegt, erklärte Hauptgeschäftsführer Tim Brehmer.",
                  "Tim Brehmer"),
                N("Wie sich der Krankenstand in diesem Jahr entwickelt, ist offen."),
            ],
        ],
    ),
    dict(
        id="held7-04-plant", outlet="Lakeside Herald", language="en", sep="\n",
        blocks=[
            [C("Packaging plant to cut 120 jobs", q=("120 jobs",))],
            [N("By Amy Rowe")],
            [
                C("Norpak, the largest employer in Lakeside, will cut 120 of its 480 jobs by the end of the year.",
                  q=("120", "480 jobs")),
                C("The company said in a statement on Thursday that demand for its plastic trays had fallen sharply.",
                  "company"),
                C("Plant manager Rob Kinsella told the Herald that most of the cuts would come through early retirement.",
                  "Rob Kinsella"),
                N("“We are doing everything we can to avoid layoffs,” he said."),
                N("The union representing the workers called the decision “a betrayal”."),
                C("Union officials said they had not been consulted.", "Union officials"),
                C("Lakeside's unemployment rate stood at 4.1 percent in September, state figures show.", "state figures",
                  q=("4.1 percent",)),
                N("It is not yet clear how the town will be affected."),
            ],
        ],
    ),
]


# Held-out set 8: written against the shipped rules (after held-out 7's fixes), measured once and not
# tuned on: the estimate for unseen articles.
HELDOUT_8: list[dict] = [
    dict(
        id="held8-01-brand", outlet="Heimatbote Ellingen", language="de", sep="\n",
        blocks=[
            [C("Scheunenbrand in Ellingen: 250.000 Euro Schaden", q=("250.000 Euro",))],
            [N("Ellingen.")],
            [
                C("Bei einem Brand in einem landwirtschaftlichen Betrieb in Ellingen ist in der Nacht zum Samstag eine "
                  "Scheune vollständig zerstört worden."),
                C("Nach Polizeiangaben wurde niemand verletzt.", "Polizeiangaben"),
                C("Rund 60 Tiere konnten die Einsatzkräfte rechtzeitig aus einem angrenzenden Stall befreien.",
                  q=("Rund 60 Tiere",)),
            ],
            [
                C("Die Feuerwehr war mit 85 Kräften aus vier Gemeinden im Einsatz, teilte Kreisbrandinspektor Lukas "
                  "Renner mit.", "Lukas Renner", q=("85 Kräften", "vier Gemeinden")),
                C("Die Löscharbeiten zogen sich bis in den Vormittag hin."),
                C("Den Schaden beziffert die Polizei auf etwa 250.000 Euro.", "Polizei", q=("etwa 250.000 Euro",)),
                C("Die Kriminalpolizei hat die Ermittlungen zur Brandursache aufgenommen."),
                C("Hinweise auf Brandstiftung gebe es bislang nicht, sagte eine Sprecherin.", "Sprecherin"),
                N("Für die Familie des Landwirts ist der Brand ein schwerer Schlag."),
            ],
        ],
    ),
    dict(
        id="held8-02-landtag", outlet="Landespost Nord", language="de", sep="\n\n",
        blocks=[
            [C("Landtag streitet über Lehrermangel")],
            [
                C("Im Landtag in Nordhafen haben Regierung und Opposition am Donnerstag heftig über den Lehrermangel "
                  "gestritten."),
                C("Nach Zahlen des Kultusministeriums sind zum Schuljahresbeginn 740 Lehrerstellen unbesetzt geblieben.",
                  "Kultusministeriums", q=("740 Lehrerstellen",)),
            ],
            [
                N("„Das ist ein Armutszeugnis für dieses Land“, sagte die bildungspolitische Sprecherin der Opposition, "
                  "Hanna Vesper."),
                N("„Seit Jahren wird gewarnt, und nichts passiert.“"),
                C("Vesper forderte ein Sofortprogramm mit 300 zusätzlichen Stellen für Quereinsteiger.", "Vesper",
                  "Hanna Vesper", q=("300 zusätzlichen Stellen",)),
            ],
            [
                N("Kultusminister Friedrich Albers wies die Kritik zurück."),
                C("Die Regierung habe seit 2022 mehr als 1.100 Lehrkräfte zusätzlich eingestellt, sagte der Minister.",
                  "Minister", "Friedrich Albers", q=("mehr als 1.100 Lehrkräfte",)),
                C("Zugleich räumte er ein, dass vor allem an Grundschulen auf dem Land Personal fehle.", "er",
                  "Friedrich Albers"),
                C("Nach seinen Worten sollen bis zum Sommer 200 weitere Stellen besetzt werden.", "seinen",
                  "Friedrich Albers", q=("200 weitere Stellen",)),
            ],
            [
                N("Die Lehrergewerkschaft hält diese Zahl für unrealistisch."),
                N("Wer in diesem Streit recht hat, werden die nächsten Monate zeigen."),
            ],
        ],
    ),
    dict(
        id="held8-03-wohnen", outlet="Immobilienzeitung Süd", language="de", sep="\n",
        blocks=[
            [C("Wohnungspreise in Lindach sinken erstmals seit zehn Jahren")],
            [N("Von Paula Grebe")],
            [
                C("Eigentumswohnungen in Lindach sind im vergangenen Jahr im Schnitt um 4,8 Prozent günstiger geworden.",
                  "Gutachterausschusses", q=("4,8 Prozent",)),
                C("Das geht aus dem Immobilienmarktbericht des Gutachterausschusses hervor, den die Stadt am Montag "
                  "veröffentlicht hat.", "Gutachterausschusses"),
                C("Ein Quadratmeter kostete demnach zuletzt durchschnittlich 3.950 Euro.", "demnach",
                  "Gutachterausschusses", q=("durchschnittlich 3.950 Euro",)),
                C("Vor allem ältere Wohnungen mit schlechter Energiebilanz verloren an Wert."),
            ],
            [
                C("„Käufer verhandeln heute deutlich härter als noch vor zwei Jahren“, sagt Immobilienmakler Jens "
                  "Obermeier.", "Jens Obermeier"),
                C("Viele Verkäufer müssten ihre Preisvorstellungen nach unten korrigieren.", "Jens Obermeier"),
            ],
            [
                C("Die Angebotsmieten stiegen laut dem Bericht um 3,1 Prozent auf 11,40 Euro pro Quadratmeter.",
                  "Bericht", q=("3,1 Prozent", "11,40 Euro")),
                N("Der Mieterverein Lindach spricht von einer „dramatischen Lage“ für Familien."),
                N("Eine schnelle Entspannung ist nicht in Sicht."),
            ],
        ],
    ),
    dict(
        id="held8-04-schlaf", outlet="Wissenschaft am Sonntag", language="de", sep="\n\n",
        blocks=[
            [C("Schlafforscherin Weiland: „Jugendliche schlafen eine Stunde zu wenig“", "Weiland", "Corinna Weiland",
               q=("eine Stunde",))],
            [
                C("Prof. Corinna Weiland leitet das Schlaflabor der Universitätsklinik Brückenau."),
                N("Im Gespräch erklärt sie, warum Schulen später beginnen sollten."),
            ],
            [N("Frau Weiland, schlafen Jugendliche wirklich zu wenig?")],
            [
                C("In unseren Messungen schlafen 15-Jährige an Schultagen im Schnitt nur 7 Stunden und 10 Minuten.",
                  "unseren", "Corinna Weiland", q=("15-Jährige", "7 Stunden und 10 Minuten")),
                C("Empfohlen sind für dieses Alter mindestens acht Stunden.", "Corinna Weiland",
                  q=("mindestens acht Stunden",)),
            ],
            [N("Woran liegt das?")],
            [
                C("Die innere Uhr verschiebt sich in der Pubertät um bis zu zwei Stunden nach hinten.", "Corinna Weiland",
                  q=("bis zu zwei Stunden",)),
                C("Wer um 23 Uhr noch nicht müde ist, kann nicht einfach früher einschlafen.", "Corinna Weiland"),
            ],
            [N("Was schlagen Sie vor?")],
            [
                N("Der Unterricht sollte frühestens um 8.30 Uhr beginnen, besser um 9 Uhr."),
                C("In Brückenau hat ein Gymnasium das 2024 ausprobiert, und die Fehlzeiten gingen um ein Fünftel zurück.",
                  "Corinna Weiland", q=("ein Fünftel",)),
            ],
            [N("Die Fragen stellte Moritz Bendel.")],
        ],
    ),
]


HELDOUT_9: list[dict] = [
    dict(
        id="held9-01-unruhen", outlet="Rheinstädter Tagblatt", language="de", sep="\n\n",
        blocks=[
            [C("Unruhen in Varnesien: Mindestens zwölf Tote bei Protesten", q=("Mindestens zwölf Tote",))],
            [N("Von unserer Korrespondentin Ilka Morgenroth")],
            [
                C("Bei Protesten gegen die Regierung in der varnesischen Hauptstadt Kelmora sind am Wochenende "
                  "mindestens zwölf Menschen getötet worden, berichtete die Nachrichtenagentur Ostpress unter Berufung "
                  "auf Krankenhauskreise.", "Nachrichtenagentur Ostpress", q=("mindestens zwölf Menschen",)),
                C("Die Regierung sprach dagegen von vier Toten und machte „ausländische Provokateure“ für die Gewalt "
                  "verantwortlich.", "Regierung", q=("vier Toten",)),
                N("Unabhängig überprüfen ließen sich die Angaben zunächst nicht."),
            ],
            [
                C("Nach Regierungsangaben wurden mehr als 300 Menschen festgenommen.", "Regierungsangaben",
                  q=("mehr als 300 Menschen",)),
                N("Die Oppositionspartei Neue Mitte sprach von einem „Massaker“ und forderte eine internationale "
                  "Untersuchung."),
                C("Wie die Agentur Ostpress weiter meldete, sollen Sicherheitskräfte auch scharfe Munition eingesetzt "
                  "haben.", "Agentur Ostpress"),
                C("Das Innenministerium wies dies auf Anfrage der Agentur zurück.", "Innenministerium"),
            ],
            [
                N("Die Staatszeitung „Glas Naroda“ zitierte Präsident Ivo Stramek mit den Worten, das Land lasse sich "
                  "„nicht erpressen“."),
                C("Einen Rücktritt lehnte Stramek in einer Fernsehansprache ab.", "Stramek", "Ivo Stramek"),
                C("Nach Angaben der Vereinten Nationen sind seit Beginn der Proteste im März rund 40.000 Menschen in "
                  "die Nachbarländer geflohen.", "Vereinten Nationen", q=("rund 40.000 Menschen",)),
                N("Die Bundesregierung rief alle Seiten zur Zurückhaltung auf, wie eine Sprecherin des Auswärtigen Amts "
                  "in Berlin sagte."),
            ],
        ],
    ),
    dict(
        id="held9-02-presseschau", outlet="Deutschlandwelle Online", language="de", sep="\n\n",
        blocks=[
            [N("Presseschau: Die Rentenreform im Spiegel der Kommentare")],
            [
                C("Der Bundestag hat am Freitag die umstrittene Rentenreform beschlossen, die das Renteneintrittsalter "
                  "bis 2040 schrittweise auf 68 Jahre anhebt.", q=("68 Jahre",)),
                N("Hier eine Auswahl der Kommentare."),
            ],
            [
                S("Die „Nordstädter Allgemeine“ schreibt: „Mit 68 Jahren auf dem Dach – das ist für Dachdecker keine "
                  "Perspektive, sondern eine Drohung.“", "no_claim", quantities=["68 Jahren"]),
                N("„Die Koalition hat die Rechnung ohne die Beschäftigten gemacht.“"),
            ],
            [
                N("Das „Westfalenblatt am Morgen“ hält die Reform dagegen für überfällig."),
                C("Die Lebenserwartung sei seit 1990 um fast fünf Jahre gestiegen, argumentiert das Blatt.", "Blatt",
                  "Westfalenblatt am Morgen", q=("fast fünf Jahre",)),
            ],
            [
                C("Im „Kurier an der Saale“ heißt es, die Reform treffe vor allem Frauen, die wegen der Kindererziehung "
                  "ohnehin kürzere Erwerbsbiografien hätten.", "Kurier an der Saale"),
                N("Die „Hansezeitung“ kommentiert, die Regierung habe „das Vertrauen einer ganzen Generation verspielt“."),
                C("Zustimmung kommt vom „Tagesanzeiger Süd“: Ohne die Anhebung wären die Beiträge bis 2035 auf über 22 "
                  "Prozent gestiegen.", "Tagesanzeiger Süd", q=("über 22 Prozent",)),
            ],
        ],
    ),
    dict(
        id="held9-03-ueberfall", outlet="Kreisanzeiger Hollbach", language="de", sep="\n",
        blocks=[
            [C("Überfall auf Tankstelle in Hollbach: Zwei Festnahmen", q=("Zwei Festnahmen",))],
            [N("Hollbach.")],
            [
                C("Nach einem Überfall auf eine Tankstelle an der Bundesstraße 27 hat die Polizei am Dienstagabend zwei "
                  "Männer festgenommen.", q=("zwei Männer",)),
                C("Nach Polizeiangaben hatten die maskierten Täter die 54 Jahre alte Kassiererin gegen 21.30 Uhr mit "
                  "einem Messer bedroht und rund 1.800 Euro erbeutet.", "Polizeiangaben",
                  q=("54 Jahre", "rund 1.800 Euro")),
                C("Die Frau blieb unverletzt, erlitt aber einen Schock."),
                C("Eine Streife nahm die beiden Verdächtigen wenig später in der Nähe des Bahnhofs fest."),
                C("Das Geld hatten sie nach Angaben eines Sprechers noch bei sich.", "Sprechers"),
            ],
            [
                C("Ob die beiden auch für einen ähnlichen Überfall in Grünau im Januar verantwortlich sind, wird "
                  "geprüft, wie ein Polizeisprecher auf Anfrage sagte.", "Polizeisprecher"),
                C("Die Staatsanwaltschaft Lindenfeld beantragte Haftbefehl wegen schweren Raubes."),
                C("Ein Ermittlungsrichter erließ ihn noch in der Nacht."),
                C("Die Männer schweigen bislang zu den Vorwürfen, sagte Oberstaatsanwältin Petra Gellert der "
                  "„Hollbacher Rundschau“.", "Petra Gellert"),
                C("Einer der beiden sei bereits wegen Diebstahls vorbestraft.", "Petra Gellert"),
            ],
            [
                C("„Es ist schon der dritte Überfall in fünf Jahren“, sagte Pächter Hakan Demir gegenüber unserer "
                  "Zeitung.", "Hakan Demir"),
                N("Zeugen, die am Dienstagabend verdächtige Personen an der Tankstelle beobachtet haben, werden gebeten, "
                  "sich bei der Kriminalpolizei zu melden."),
            ],
        ],
    ),
    dict(
        id="held9-04-handball", outlet="Sportblatt Nordost", language="de", sep="\n\n",
        blocks=[
            [C("Handball: Trainerin Kessler verlängert bis 2028")],
            [
                C("Die HSG Brunnfeld hat den Vertrag mit Cheftrainerin Mareike Kessler vorzeitig um zwei Jahre "
                  "verlängert.", q=("zwei Jahre",)),
                C("Unter Kessler stieg der Verein 2024 in die 2. Liga auf und belegt derzeit den vierten Tabellenplatz."),
            ],
            [
                N("„Mareike hat aus einer jungen Mannschaft ein echtes Team geformt“, sagte Geschäftsführer Tim Albers."),
                N("Der Verein wolle mit ihr mittelfristig den Aufstieg in die Bundesliga angehen."),
            ],
            [
                C("Auf die Frage, ob ihr Angebote aus der Bundesliga vorlagen, antwortete Kessler: „Es gab zwei "
                  "Anfragen, aber ich wollte hier etwas zu Ende bringen.“", "Kessler", "Mareike Kessler",
                  q=("zwei Anfragen",)),
                C("Die 41-Jährige verwies zudem auf den Ausbau des Nachwuchsleistungszentrums, für den die Stadt 1,2 "
                  "Millionen Euro bereitstellt.", "41-Jährige", "Mareike Kessler", q=("41-Jährige", "1,2 Millionen Euro")),
            ],
            [
                N("Kapitänin Lena Forster zeigte sich erleichtert über die Entscheidung."),
                C("Ihr eigener Vertrag läuft allerdings im Sommer aus."),
                N("Ob sie bleibt, ließ Forster auf Anfrage offen."),
                C("Kesslers Vorgänger Uwe Brandl hatte den Verein 2022 nach einem Streit mit dem Vorstand verlassen."),
                C("Das nächste Heimspiel bestreitet die HSG am Samstag um 19 Uhr gegen den TV Ostersand."),
            ],
        ],
    ),
]


def build(specs: list[dict] | None = None) -> tuple[list[dict], list[dict]]:
    articles, rows = [], []
    for spec in ARTICLES if specs is None else specs:
        text = ""
        placed: list[tuple[int, S]] = []
        for b, block in enumerate(spec["blocks"]):
            if b:
                text += spec["sep"]
            for k, sentence in enumerate(block):
                if k:
                    text += " "
                placed.append((len(text), sentence))
                text += sentence.text
        title = spec["blocks"][0][0].text
        articles.append({"id": spec["id"], "title": title, "text": text, "outlet": spec["outlet"],
                         "language": spec["language"]})
        for start, sentence in placed:
            end = start + len(sentence.text)
            assert text[start:end] == sentence.text
            for quantity in sentence.quantities:
                assert quantity in sentence.text, (spec["id"], quantity)
            assert (sentence.source is None) == (sentence.label == "no_claim" or sentence.source is None)
            rows.append({"article_id": spec["id"], "start": start, "end": end, "text": sentence.text,
                         "label": sentence.label, "source": sentence.source, "source_resolved": sentence.resolved,
                         "quantities": sentence.quantities})
    return articles, rows


def write(name: str, specs: list[dict]) -> None:
    articles, rows = build(specs)
    with (HERE / f"{name}_articles.jsonl").open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    claims = sum(r["label"] == "claim" for r in rows)
    print(f"{name}: {len(articles)} articles, {len(rows)} sentences: {claims} claim, {len(rows) - claims} no_claim")


def main() -> None:
    write("claims_dev", ARTICLES)
    write("claims_heldout", HELDOUT)
    write("claims_heldout2", HELDOUT_2)
    write("claims_heldout3", HELDOUT_3)
    write("claims_heldout4", HELDOUT_4)
    write("claims_heldout5", HELDOUT_5)
    write("claims_heldout6", HELDOUT_6)
    write("claims_heldout7", HELDOUT_7)
    write("claims_heldout8", HELDOUT_8)
    write("claims_heldout9", HELDOUT_9)


if __name__ == "__main__":
    main()
