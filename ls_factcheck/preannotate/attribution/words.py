"""The words the source rules look for, beyond the language cues of ``cues.py``: reporting nouns,
documents, stance and refusal words, time words, speech forms, the words of a German "Vorfeld".
"""

from __future__ import annotations

import re

from ls_factcheck.preannotate.attribution.tokens import QUOTES


DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$")
NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ar|at|an|az|ash|bin|ibn|abu|abd)-[A-ZÄÖÜ]")
CLAUSE_BREAKS = {",", ":", ";", "–", "—", "-", "(", ")"} | QUOTES

# Verbs of evidence rather than speech: a "laut"/"nach Einschätzung" source in the same sentence wins
EVIDENTIAL = {"zeigt", "zeigen", "zeigte", "ergab", "ergaben", "ergibt", "sieht", "sehen", "erwartet", "erwarten",
              "erwartete", "legte", "legt", "geht", "gehen", "ging"}
EVIDENCE_VERBS = {"zeigt", "zeigen", "zeigte", "zeigten", "ergab", "ergaben", "ergibt", "ergeben", "besagt", "besagen", "besagte", "legte", "legt",
                  "found", "finds", "showed", "shows", "suggests", "suggested", "concluded", "concludes", "indicates",
                  "indicated"}

# Verbs of evidence that name a source only with a document or researchers as subject: "The study found",
# "fanden die Forschenden"; "Police found a body", "Passanten fanden den Mann" are events
DOCUMENT_ONLY = {"found", "finds", "showed", "shows", "show", "concluded", "concludes", "fand", "fanden", "findet", "finden",
                 "stießen", "stieß", "entdeckten", "entdeckte", "beobachteten", "beobachtete", "maßen", "gemessen",
                 # "Die Auswertung belegt …", "Der Bericht enthält Angaben über …"; "Der Verein belegt Platz drei" is none
                 "belegt", "belegen", "belegte", "belegten", "beweist", "beweisen", "bewies", "bewiesen", "enthält",
                 "enthielt", "enthielten"}
RESEARCHERS = ("forscher", "forscherin", "forscherinnen", "forschende", "forschenden", "wissenschaftler",
               "wissenschaftlerin", "wissenschaftlerinnen", "autoren", "autorinnen", "team", "teams", "researchers",
               "scientists", "authors")

# Plural endings no singular noun has: "Kündigungen schließt das Unternehmen aus" cannot have them as subject
SURE_PLURALS = ("ungen", "heiten", "keiten", "schaften", "ionen", "täten")

# What evidence verbs ("zeigt", "ergab", "legt nahe") need as subject to count as a source
DOCUMENTS = ("studie", "umfrage", "bericht", "analyse", "auswertung", "daten", "zahlen", "statistik", "untersuchung",
             "gutachten", "bilder", "video", "aufnahmen", "messungen", "dokumente", "unterlagen", "erhebung", "befragung",
             "institut", "instituts", "amt", "survey", "study", "report", "data", "figures", "images", "poll",
             "spiegel", "index", "atlas", "monitor", "barometer", "ranking", "bilanz", "prognose", "review", "audit",
             "obduktion", "autopsie", "simulation", "simulationen", "berechnungen", "modellrechnung",
             "umfragen", "studien", "analysen", "untersuchungen", "erhebungen", "befragungen", "statistiken")

# Nouns of a report or a statement whose owner is the source: "einer Studie des X zufolge", "laut einer
# Umfrage des X", "nach jüngsten Zahlen des X"
REPORT_NOUNS = {"studie", "umfrage", "bericht", "berichts", "berichten", "nachricht", "meldung", "meldungen", "analyse", "auswertung", "untersuchung", "gutachten",
                "erhebung", "befragung", "statistik", "prognose", "prognosen", "hochrechnung", "hochrechnungen",
                "mitteilung", "pressemitteilung", "verlautbarung", "stellungnahme", "erklärung", "einschätzung", "schätzung",
                "berechnung", "bilanz", "jahresbericht", "lagebericht", "recherche", "recherchen", "messungen",
                "beobachtungen", "unterlagen", "dokumenten", "dokument", "papier", "positionspapier", "bewertung",
                "kenntnis", "kenntnisstand", "lesart", "version", "darstellung", "aussage", "aussagen", "zählung",
                "schreiben", "brief", "vorlage", "protokoll", "antwort", "entwurf", "urteilsbegründung",
                "anklageschrift", "begründung", "konzept", "strategiepapier", "vorhersage", "vorhersagen", "ankündigung",
                "endergebnis", "zwischenergebnis", "wahlergebnis", "test", "grundgesetz", "verfassung",
                "report", "study", "survey", "poll", "analysis", "estimate", "estimates", "figures", "data"}

# Nouns of a statement made about someone: "Kritik kam von X", "Rückendeckung erhielt Y von X"
STANCE_NOUNS = {"kritik", "lob", "zustimmung", "widerspruch", "rückendeckung", "rückhalt",
                "ablehnung", "protest", "proteste", "warnungen", "forderungen", "einwände", "bedenken", "beifall",
                "applaus", "dementi", "widerstand", "tadel", "vorwürfe", "appelle", "drohungen"}
STANCE_VERBS = {"kam", "kamen", "kommt", "kommen", "erhielt", "erhielten", "erhält", "erhalten", "bekam", "bekamen",
                "bekommt", "erntete", "ernteten", "erntet", "gab", "gibt", "hagelte", "hagelt", "äußerte", "äußerten"}

# "beantragte drei Jahre Haft": a sentence demanded in court is a statement; "beantragte Fördermittel" is an act
SENTENCE_DEMAND = ("haft", "strafe", "freispruch", "bewährung", "verwahrung", "sozialstunden")
DEMAND_VERBS = {"beantragte", "beantragten", "beantragt"}

# "Aus Koalitionskreisen hieß es", "Beim Verband heißt es", "hieß es in dem Bericht"
# "hält X für unrealistisch", "hielt den Plan für richtig": a judgement on record
JUDGING = {"hält", "halten", "hielt", "hielten"}

# "Einen Rücktritt lehnte er ab" is a statement only with a statement object or a speech frame in the clause;
# "lehnte den Antrag ab" is a vote, an act
REFUSAL_VERBS = {"lehnte", "lehnten", "lehnt"}
# Words that open a relative clause
RELATIVE_PRONOUNS = {"who", "which", "der", "die", "das", "dem", "den", "welche", "welcher", "welches", "dessen", "deren"}
# What a court rejects by ruling, not by saying: "wies die Klage zurück"
LEGAL_MOTIONS = {"klage", "klagen", "antrag", "anträge", "beschwerde", "berufung", "revision", "einspruch", "eilantrag"}
# "nach palästinensischen Medien": media report; a law does not speak ("Nach dem Gesetz …" is no source)
REPORTING_MEDIA = {"medien"}
# Words of number that may open a speaker's noun phrase: "nach Meinung der beiden Politiker"
NP_QUANTIFIERS = {"beiden", "beide", "zwei", "drei", "vier", "fünf", "mehrere", "mehrerer", "mehreren", "zahlreiche",
                  "zahlreicher", "zahlreichen"}
# What is said without a speaker named: "Gerüchte, wonach …", "Spekulationen, nach denen …"
HEARSAY_NOUNS = {"gerüchte", "gerücht", "spekulationen", "hinweise", "vorwürfe", "behauptung", "behauptungen",
                 "pressemeldungen", "pressemeldung", "sichtweise", "vermutungen", "vermutung", "angaben", "berichte",
                 "informationen", "schätzungen"}
# Nouns of an amount: a phrase they head is what a figure measures, never a speaker
COUNT_HEADS = {"zahl", "anzahl", "summe", "höhe", "kosten", "schaden", "schäden", "menge", "umfang"}
# "bot an, die Löhne zu erhöhen" is an offer made by saying it; "bietet Brot an" is trade
OFFER_VERBS = {"bot", "boten", "bietet", "bieten", "angeboten"}
REFUSAL_OBJECTS = ("rücktritt", "forderung", "forderungen", "vorwurf", "vorwürfe", "kritik", "stellungnahme",
                   "kommentar", "verantwortung", "spekulationen", "darstellung", "entschuldigung", "schuld")
SPEECH_FRAMES = ("interview", "rede", "ansprache", "pressekonferenz", "erklärung", "mitteilung", "anfrage", "gespräch",
                 "stellungnahme", "schreiben", "brief", "sitzung", "debatte", "talkshow", "sendung")

# Statements relied on by a relay: their owner asserts ("unter Berufung auf eine Mitteilung der Polizei")
RELIED_STATEMENTS = {"mitteilung", "pressemitteilung", "stellungnahme", "erklärung", "aussage", "aussagen", "äußerungen",
                     "angaben", "antwort", "darstellung", "einschätzung", "schätzung", "schätzungen"}

# What one "geht von … aus" as an estimate: "ging von Kosten von 3 Millionen Euro aus"
ESTIMATE_NOUNS = ("kosten", "defizit", "fehlbetrag", "schaden", "schäden", "verlust", "verlusten", "einnahmen",
                  "ausgaben", "überschuss", "gewinn", "anstieg", "rückgang", "zuwachs", "wachstum", "bedarf", "summe",
                  "betrag", "teilnehmern", "besuchern", "opfern", "toten", "fällen", "plus", "minus", "zahl", "quote")

# "ein Spiel bestreiten" is playing one, "den Lebensunterhalt bestreiten" paying for it: no denial
CONTESTS = ("spiel", "spiele", "spiels", "partie", "partien", "match", "matches", "finale", "rennen", "turnier",
            "wettkampf", "wettkämpfe", "einsatz", "einsätze", "lebensunterhalt", "duell", "duelle", "wahlkampf")

# Causes one "geht von … aus" as a stated assumption: "Die Polizei geht von Brandstiftung aus"
CAUSE_NOUNS = ("brandstiftung", "unfall", "defekt", "fremdverschulden", "suizid", "anschlag", "straftat", "vorsatz",
               "versehen", "tötungsdelikt", "gewaltverbrechen", "einzeltäter", "unglück", "sabotage", "fahrlässigkeit",
               "fluchtgefahr", "verdunkelungsgefahr", "wiederholungsgefahr", "verbrechen", "selbstmord", "mord",
               "hintergrund", "tat", "motiv", "bombe")

# Words inside an outlet's title in quotes: die „Kurier an der Saale“
TITLE_GLUE = {"am", "an", "der", "die", "das", "dem", "des", "im", "in", "von", "vom", "und", "für", "zur", "zum", "auf"}
REPORT_ENDINGS = tuple(REPORT_NOUNS)

# Where a text is published: "Auf der Homepage des Vereins heißt es"
PUBLISHED_PLACES = ("homepage", "website", "webseite", "internetseite", "blog", "aufruf", "flugblatt", "erklärung",
                    "mitteilung", "schreiben", "brief", "antrag", "beschluss", "urteil", "begründung", "text",
                    "resolution", "ankündigung", "abschlussbericht", "anordnung", "verfügung", "protokoll",
                    "pressekonferenz")
PHRASE_WORDS = frozenset("""von vom der des in im aus für bei beim am an auf mit zu zur zum und sowie
   oder den dem die das ein eine einer eines einem van de la du al bin""".split())
PRONOMINAL_ADVERB = re.compile(r"^(?:da|hier|wo)r?(?:auf|über|für|gegen|von|aus|zu|mit|nach|bei|in|an|um|unter|vor|durch)$")

# The verbs of saying a sentence-initial phrase is taken as the speaker of (``_vorfeld``)
SPEECH_FORMS = frozenset("""sagte sagten sagt erklärte erklärten erklärt teilte teilten betonte betonten betont
   berichtete berichteten berichtet schrieb schrieben schreibt fragte fragten fragt nannte nannten nennt bezeichnete
   bezeichneten bezeichnet warnte warnten warnt kritisierte kritisierten kritisiert forderte forderten fordert
   lautete lautet meldete meldeten meldet bestätigte bestätigten bestätigt dementierte dementierten räumte räumten
   wies wiesen gab gaben kündigte kündigten rief riefen verkündete verkündeten verkündet kommentierte
   gesagt erklärt mitgeteilt betont berichtet geschrieben gefragt genannt bezeichnet gewarnt kritisiert gefordert
   gemeldet bestätigt dementiert eingeräumt zurückgewiesen bekanntgegeben angekündigt verkündet aufgerufen
   angeregt gebeten zugesagt versprochen beschuldigt vorgeworfen erwidert entgegnet ergänzt hinzugefügt
   erwiderte entgegnete ergänzte fügte unterstrich versicherte versichert beteuerte beteuert behauptete behauptet""".split())
SPEECH_PARTICIPLES = frozenset("""erklärt mitgeteilt betont berichtet bezeichnet kritisiert bestätigt dementiert
   eingeräumt zurückgewiesen bekanntgegeben angekündigt verkündet aufgerufen angeregt zugesagt versprochen beschuldigt
   vorgeworfen erwidert entgegnet ergänzt hinzugefügt versichert beteuert behauptet""".split())

# Words that open the sentence with something else than its subject
VORFELD_OPENERS = {"am", "im", "in", "nach", "laut", "bei", "beim", "mit", "für", "auf", "aus", "von", "vom", "zu", "zum",
                   "zur", "seit", "es", "so", "dann", "weiter", "auch", "zudem", "außerdem", "dabei",
                   "dazu", "damit", "hier", "dort", "jetzt", "heute", "gestern", "nun", "wie", "als", "wenn", "während",
                   "obwohl", "nachdem", "bereits", "erst", "noch", "doch", "aber", "und", "denn", "daher", "deshalb",
                   "trotzdem", "allerdings", "jedoch", "zuvor", "später", "zunächst", "vor", "gegen", "unter", "über",
                   "durch", "ohne", "um", "an", "anfang", "ende", "mitte", "diesen", "dieses", "diese", "dieser",
                   "insbesondere", "vor allem", "gegenüber", "angesichts", "wegen", "trotz", "ob", "was", "wer", "welche",
                   "bezüglich", "hinsichtlich", "aufgrund", "infolge", "anlässlich", "seitens", "dank", "entgegen"}
# Prepositions with the genitive that open a sentence: the phrase after them is no speaker
# ("Bezüglich des Startortes meldet die Agentur …")
GENITIVE_OPENERS = {"angesichts", "bezüglich", "hinsichtlich", "aufgrund", "infolge", "anlässlich", "wegen", "trotz",
                    "während", "seitens", "dank", "mangels", "zwecks", "laut"}
TIME_ADVERBS = {"gestern", "heute", "vorgestern", "zuvor", "damals", "seinerzeit", "kürzlich", "zuletzt", "später", "morgens", "abends",
                "inzwischen", "mittlerweile", "nochmals", "wiederholt", "jüngst", "unlängst", "bislang"}
POSSESSIVE_OWNERS = {"seiner", "ihrer", "seinen", "ihren", "unserer", "eigener", "eigenen"}
HEARSAY_PLACES = {"aus", "in", "im", "bei", "beim", "von", "vom", "seitens", "auf"}
SUBORDINATORS = {"obwohl", "weil", "nachdem", "bevor", "während", "da", "wenn", "falls", "indem", "ob",
                 "although", "because", "after", "before", "while", "when", "if"}
RESULT_VERBS = {"kommt", "kommen", "kam", "kamen"}

# Finite verbs that make a stretch between commas a clause rather than an apposition
CLAUSE_VERBS = {"ist", "sind", "war", "waren", "sei", "seien", "hat", "haben", "hatte", "hatten", "wird", "werden",
                "wurde", "wurden", "is", "are", "was", "were", "has", "have", "had"}
TRAILING_ADVERBS = {"seinerseits", "ihrerseits", "selbst", "jedoch", "aber", "allerdings", "indes", "dagegen",
                    "hingegen", "wiederum", "zufolge", "however"}
QUANTIFIERS = {"knapp", "fast", "rund", "etwa", "mehr", "weniger", "gut", "über", "die", "ein", "eine", "zwei", "drei",
               "viele", "einige", "mehrere", "jeder", "jede", "nearly", "almost", "about", "more", "half", "most"}
STATEMENT_COMPOUNDS = ("angaben", "schätzungen", "informationen", "berichten", "erkenntnissen", "berechnungen",
                       "meinung", "einschätzung", "aussagen")
# Heads of compounds that report after "nach": "Fernsehbericht", "Agenturmeldung" (not "Auszählung":
# "nach der Auszählung" tells when)
REPORTED_COMPOUNDS = ("bericht", "berichts", "meldung", "meldungen", "mitteilung")
POSSESSIVES = {"seinen", "ihren", "seiner", "ihrer", "unseren", "unserer", "meinen", "meiner", "seinem", "ihrem",
               "unserem", "meinem", "dessen", "deren", "his", "her", "their", "our", "my"}

# Heads of a described source that may carry a place after them: "Quellen im Ministerium bestätigten"
GROUP_SPEAKERS = {"quellen", "kreise", "kreisen", "vertreter", "vertreterin", "mitarbeiter", "mitarbeiterin", "insider",
                  "beamte", "beamter", "ermittler", "diplomaten", "stimmen", "fachleute", "teilnehmer", "mitglieder",
                  "officials", "sources", "spokesperson", "spokesman", "spokeswoman", "representatives",
                  "representative", "staff", "members", "investigators", "researchers", "scientists"}

# Heads that make a place after "in"/"im" a source of "hieß es" ("im Ministerium hieß es")
INSTITUTION_ENDINGS = ("kreisen", "kreise", "umfeld", "lager", "partei", "fraktion", "rathaus", "verwaltung",
                       "ministerium", "amt", "behörde", "regierung", "verband", "polizei", "gericht", "unternehmen",
                       "konzern", "haus", "zentrale", "vorstand", "leitung", "kammer", "senat", "präsidium", "dienst", "institut", "agentur")
CALENDAR = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}
TEMPORAL = CALENDAR | {"anschluss", "vorfeld", "nachgang", "verlauf", "laufe", "jahr", "vorjahr", "frühjahr", "sommer",
                        "herbst", "winter", "abend", "morgen", "mittag", "nacht", "wochenende"}

# A time before the verb is no speaker: "Ende Januar verkündete der Verband"
TIME_NOUNS = CALENDAR | {"ende", "anfang", "mitte", "beginn", "anfangs", "sonnabend"}

# Adverbs that may open a clause before the verb, the speaker after it: "Weiter sagte der Journalist"
LINKING_ADVERBS = {"weiter", "ferner", "zudem", "außerdem", "dabei", "daraufhin", "anschließend", "später", "dann",
                   "so", "ebenso", "gleichzeitig", "zugleich", "indes", "jedoch", "allerdings", "dazu", "hierzu",
                   "erneut", "abermals", "wiederum", "zunächst", "schließlich", "ebenfalls", "dennoch", "trotzdem",
                   "weiterhin", "überdies", "darüber", "hingegen", "dagegen", "demgegenüber", "inzwischen",
                   "mittlerweile", "danach", "daneben"}

# Focus particles that may stand before the subject in first position
FOCUS = {"auch", "sogar", "selbst", "nur", "also", "even", "only", "sowohl"}

# Articles in the accusative or dative: the noun phrase they open is an object, not the speaker
NOT_SUBJECT = {"den", "dem", "einen", "einem", "diesen", "diesem"}
# A phrase after these prepositions is spoken to or about, never the speaker: "sagte gegenüber Heise, …",
# "hat sich gegenüber Wikinews … geäußert:"
PREPOSITIONS_AFTER_VERB = frozenset({"gegenüber", "mit", "von", "vom", "für", "bei", "beim", "an", "auf", "aus", "in", "im",
                                     "zu", "zum", "zur", "über", "unter", "nach", "vor", "am", "gegen", "um", "to", "with",
                                     "about", "for"})
# Demonstratives standing alone for a person named before: "Dieser behauptete, …", "sagte dieser"
DEMONSTRATIVES = {"dieser", "diese", "letzterer", "letztere"}
PASSIVE_AUXILIARIES = frozenset({"wird", "werden", "wurde", "wurden"})
# The perfect's auxiliary for verbs of saying: "Die Stadt hat … bestätigt"
HAVE_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten"})
# A main clause's finite auxiliary before a participle at its end ("Die Stadt hat … bestätigt")
PERFECT_AND_PASSIVE = HAVE_AUXILIARIES | {"ist", "sind", "war", "waren"} | PASSIVE_AUXILIARIES
# How German participles of verbs of saying begin: "ge-" or an unstressed prefix ("bestätigt", "erklärt",
# "angekündigt", "zurückgewiesen")
PARTICIPLE_PREFIXES = ("ge", "be", "er", "ver", "ent", "zer", "emp", "an", "auf", "aus", "bei", "ein", "fest", "hin",
                       "mit", "nach", "vor", "zu", "zurück", "bekannt", "klar", "dar", "hervor", "kritisiert",
                       "dementiert", "zitiert", "kommentiert", "informiert", "präzisiert", "prognostiziert")

AUXILIARIES = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "habe", "has", "have", "had",
               "will", "wollte", "wollen", "soll", "sollen", "muss", "musste", "kann", "konnte"}

# Words that name a speaker or a document when they open a headline before a colon
SOURCE_HEADS = {"studie", "umfrage", "bericht", "gutachten", "polizei", "regierung", "ministerium", "behörde",
                "experten", "forscher", "ökonomen", "ärzte", "gericht", "staatsanwaltschaft", "kanzler", "kanzlerin",
                "präsident", "präsidentin", "minister", "ministerin", "report", "study", "poll", "survey",
                "police", "officials", "experts", "researchers"}
SOURCE_SUFFIXES = ("schützer", "forscher", "experte", "experten", "minister", "ministerin", "sprecher", "sprecherin",
                   "chef", "chefin", "verband", "institut", "ministerium", "amt", "behörde", "gewerkschaft", "gericht",
                   "gerichtshof", "polizei", "regierung", "staatsanwaltschaft")
EN_SOURCE_NOUNS = {"officials", "sources", "experts", "analysts", "spokesman", "spokeswoman", "spokesperson",
                   "police", "authorities", "ministry", "government", "officer", "officers", "investigators",
                   "prosecutors", "researchers", "scientists", "witnesses", "residents", "doctors"}
EN_STOP = {"said", "says", "told", "on", "in", "at", "to", "by", "for", "with", "from", "that", "this", "who", "which",
           "when", "after", "before", "while", "had", "has", "have", "was", "were", "is", "are", "will", "would"}

# What one claims with "bekannte sich zu …" (word endings): a deed ("zu dem Anschlag"), not a creed ("zur Demokratie")
DEEDS = ("anschlag", "anschläge", "anschlägen", "attentat", "attentate", "angriff", "angriffe", "angriffen", "tat",
         "taten", "entführung", "entführungen", "mord", "morde", "morden", "überfall", "explosion", "explosionen",
         "sabotage", "tötung")

# A present-tense intention, announced by the subject ("Der Verband will klagen"); "plant" is left
# out: "Angeblich plant der Vorstand …" is what others report of a plan
INTENTION_VERBS = frozenset({"will", "wollen", "beabsichtigt", "beabsichtigen"})

# A fronted phrase that opens with one of these is an adverbial, never the speaker after it
# ("Gegenüber Spiegel Online berichtete Michael Gordon …", "In einem Interview sagte die Ministerin …")
FRONTED_PREPOSITIONS = frozenset({"gegenüber", "in", "im", "am", "an", "bei", "beim", "auf", "mit", "seit", "vor",
                                  "nach", "zu", "zum", "zur", "aus", "über", "unter", "während", "trotz", "neben",
                                  "wegen", "angesichts", "durch", "für", "gegen", "ohne", "zwischen"})

# What "stellte … vor" presents when it is a statement of findings, besides the report nouns
PRESENTED_FINDINGS = frozenset({"ergebnisse", "ergebnis", "zahlen", "daten", "befunde", "studien", "berichte",
                                "umfragen", "analysen", "statistiken", "bilanzen", "zwischenbilanz", "jahresbilanz"})

# A ruling, or a numbered provision of a named law, read for what it lays down: "Nach dem Urteil sind
# Online-Durchsuchungen … erlaubt", "Nach Artikel 65 des Grundgesetzes bestimmt …"
RULINGS = frozenset({"urteil", "urteilsspruch", "beschluss", "richterspruch", "schiedsspruch"})
CITED_PROVISIONS = frozenset({"artikel", "paragraf", "paragraph", "paragrafen", "paragraphen"})

# Texts of law a speaker invokes: "Die Universität berief sich auf Artikel 48" is the university's
# statement, not the law's
LEGAL_TEXTS = frozenset({"artikel", "paragraf", "paragraph", "paragrafen", "paragraphen", "gesetz", "grundgesetz",
                         "verordnung", "satzung", "vertrag", "abkommen", "richtlinie", "vorschrift", "vorschriften"})

# "Das ist das Ergebnis einer Studie …": what a report comes to
FINDINGS = frozenset({"ergebnis", "fazit", "resultat", "schluss", "befund", "kernergebnis"})
