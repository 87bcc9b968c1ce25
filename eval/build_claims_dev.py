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
                C("Der Wetterdienst erwartet für Montag weiteren Regen.", "Wetterdienst"),
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
                C("Stadtkämmerin Ilse Varnhagen sprach von einer „schmerzhaften, aber unvermeidlichen“ Entscheidung.", "Ilse Varnhagen"),
                C("Die Stadt müsse ihre Ausgaben bis 2028 um zwölf Prozent senken, um handlungsfähig zu bleiben.",
                  "Ilse Varnhagen", q=("zwölf Prozent",)),
                C("Besonders hart trifft es die Sportvereine: Ihre Zuschüsse sinken von 480.000 auf 300.000 Euro.",
                  q=("480.000", "300.000 Euro")),
            ],
            [C("Opposition kündigt Widerstand an", "Opposition")],
            [
                C("Die Fraktion der Grünen Liste kritisierte den Beschluss scharf.", "Fraktion der Grünen Liste"),
                C("„Wer bei den Vereinen spart, spart an der falschen Stelle“, sagte Fraktionschef Malte Oberdiek.", "Malte Oberdiek"),
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
                  "Petra Gerling", q=("rund 900 Stellen",)),
                C("„Eine Trendwende sehen wir frühestens im Sommer“, sagte Gerling.", "Gerling", "Petra Gerling"),
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
                C("Weitere Streiks schloss Oswald nicht aus.", "Oswald", "Nadine Oswald"),
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
                C("Energieexpertin Carla Behrendt von der Verbraucherzentrale rät dennoch zum Tarifvergleich.", "Carla Behrendt"),
                C("„Wer noch im teuren Grundversorgungstarif steckt, verschenkt Geld“, sagte sie.", "sie", "Carla Behrendt"),
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
                C("Ihr Land werde sich „mit allen Mitteln“ verteidigen.", "Mira Ostrova", "Mira Ostrova"),
                C("Die EU rief beide Seiten zur Zurückhaltung auf.", "EU"),
                C("In einer Erklärung des Auswärtigen Dienstes hieß es, man beobachte die Lage „mit großer Sorge“.",
                  "Auswärtigen Dienstes"),
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
                C("Studienleiter Gregor Annweiler sieht vor allem beim Schlaf ein Problem.", "Gregor Annweiler"),
                C("Knapp ein Drittel der Befragten gab an, wegen des Handys regelmäßig nach Mitternacht einzuschlafen.",
                  "Befragten", q=("Knapp ein Drittel",)),
                C("„Das ist ein Alarmsignal“, sagte Annweiler.", "Annweiler", "Gregor Annweiler"),
                C("Eltern sollten klare Regeln vereinbaren, empfiehlt er.", "er", "Gregor Annweiler"),
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
                  "Ursache auf die Gegenfahrbahn geraten.", "Polizei", q=("19-jähriger Autofahrer",)),
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
                C("Betriebsbedingte Kündigungen wolle man möglichst vermeiden.", "Ulrich Brammer", "Ulrich Brammer"),
            ],
            [
                C("Der Betriebsratsvorsitzende Kemal Aydın nannte die Pläne „einen Schlag ins Gesicht der Belegschaft“.",
                  "Kemal Aydın"),
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
                C("Ministerpräsidentin Hanna Wölk sagte, Umfragen seien „Momentaufnahmen“.", "Hanna Wölk"),
                C("Abgerechnet werde am Wahltag.", "Hanna Wölk", "Hanna Wölk"),
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
                  q=("$45 million",)),
                C("The stadium will seat about 18,000 fans, according to the developer, Harlow Sports Group.",
                  "Harlow Sports Group", q=("about 18,000 fans",)),
                C("Mayor Linda Park said the project would create 600 permanent jobs.", "Linda Park", q=("600 permanent jobs",)),
                N("Critics dispute that figure."),
                C("An independent analysis by the Millbrook Policy Institute estimated the number at fewer than 200.",
                  "Millbrook Policy Institute", q=("fewer than 200",)),
                C("“The math simply doesn't work,” said Tom Okafor, the institute's director.", "Tom Okafor"),
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


def build() -> tuple[list[dict], list[dict]]:
    articles, rows = [], []
    for spec in ARTICLES:
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


def main() -> None:
    articles, rows = build()
    with (HERE / "claims_dev_articles.jsonl").open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    with (HERE / "claims_dev.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    claims = sum(r["label"] == "claim" for r in rows)
    print(f"{len(articles)} articles, {len(rows)} sentences: {claims} claim, {len(rows) - claims} no_claim")


if __name__ == "__main__":
    main()
