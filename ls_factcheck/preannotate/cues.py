"""Word lists the claim and attribution rules read, German and English.

The pipeline has no tagger or parser, so everything the rules know about German and English
grammar lives here as closed lists: reporting verbs, subjunctive forms, hedges, markers of
opinion, speculation and appeals, and the words that never start a source's name. Lists are
lower case; matching is on lower-cased tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


# Combining marks (their common blocks), for the rules' word patterns: copy in decomposed form
# ("u" + U+0308 for "ü", as macOS and some editorial systems hand it over) keeps them inside a
# word, where a bare \w would end the word at the mark and a span would stop inside a letter.
COMBINING_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"


@dataclass(frozen=True)
class Cues:
    # finite reporting verbs whose subject (before or after them) is the source
    reporting_verbs: frozenset[str]
    # separable reporting verbs: finite part -> particle that closes the clause ("teilte ... mit")
    separable: dict[str, frozenset[str]]
    # postpositions that follow the source ("X zufolge")
    source_after: frozenset[str]
    # "nach Angaben/Schätzungen X": nouns whose owner (genitive or "von") is the source
    statement_nouns: frozenset[str]
    # words that make the clause after them a report: "wie X berichtete"
    as_reported: frozenset[str]
    # pronouns that stand for a source named earlier
    pronouns: frozenset[str]
    # reported-speech verb forms (German Konjunktiv I/II) that continue an earlier attribution
    subjunctive: frozenset[str]
    # "soll/sollen": a report of someone else's assertion
    hearsay: frozenset[str]
    # words that hedge an assertion
    hedges: frozenset[str]
    # modal, speculative and advising words: with no source the sentence is speculation or advice
    speculation: frozenset[str]
    # evaluative words: with nothing checkable the sentence is opinion
    opinion: frozenset[str]
    # openings of the author's appeals
    appeals: tuple[str, ...]
    # verbs of official acts and events
    official_acts: frozenset[str]
    # causal connectives
    causal: frozenset[str]
    # words that never start a source's name even when capitalised at sentence start
    not_names: frozenset[str]
    # function words allowed inside a name ("Institute for the Study of War")
    name_glue: frozenset[str]
    # determiners and articles that open a noun phrase and are cut from the source span
    determiners: frozenset[str]
    # words that stop a noun phrase
    stop_words: frozenset[str]
    # common finite verbs and auxiliaries: a sentence with none of them may be a bare heading
    finite_verbs: frozenset[str]
    # meta lines
    meta_prefixes: tuple[str, ...] = field(default=())


_DE_REPORTING = """
sagte sagten sagt sagen sagte, erklärte erklärten erklärt erklären betonte betonten betont betonen
bestätigte bestätigten bestätigt bestätigen schätzt schätzen schätzte schätzten berichtete berichteten
berichtet berichten meldete meldeten meldet melden warnte warnten warnt warnen forderte forderten
fordert fordern bekräftigte bekräftigten bekräftigt versicherte versicherten versichert
unterstrich unterstrichen unterstreicht verkündete verkündeten verkündet behauptete behaupteten
behauptet behaupten kritisierte kritisierten kritisiert kritisieren dementierte dementierten dementiert
bestritt bestritten bestreitet räumte räumten räumt schrieb schrieben schreibt twitterte postete
zitierte zitiert äußerte äußerten äußert verlautete verlautbarte verlautbarten verlautbart mahnte mahnten mahnt sprach sprachen spricht sprechen
bat baten bittet gebeten
erläuterte erläuterten erläutert ergänzte ergänzten ergänzt bezeichnete bezeichneten bezeichnet
nannte nannten nennt lobte lobten lobt verurteilte verurteilten verurteilt beklagte beklagten beklagt
bezifferte bezifferten beziffert gab gaben gibt teilte teilten teilt wies wiesen weist hob hoben hebt
kündigte kündigten kündigt fügte fügten merkte merkten merkt bestätige sagt, insistierte
argumentierte argumentiert vermutete vermuten vermutet beschuldigte beschuldigten beschuldigt
warf warfen wirft erinnerte erinnert informierte informiert rät riet raten empfiehlt empfahl empfehlen
erwartet erwarten erwartete erwarteten begründete begründeten begründet verweist verwies verweisen
sieht sehen ergab ergaben ergibt ergeben besagt besagen besagte zeigt zeigen zeigte legte legt prognostiziert prognostizierte
gefordert gesagt erklärt betont bestätigt mitgeteilt angekündigt berichtet gemeldet kritisiert
eingeräumt dementiert bestritten zurückgewiesen vorgeworfen gewarnt geschätzt angegeben bekanntgegeben
verkündet versichert behauptet beziffert bekräftigt hingewiesen eingestanden zugegeben bezeichnet zugesagt aufgefordert
kommentieren äußern nennen mitteilen angeben beziffern gelobt gewürdigt verurteilt zitiert gedankt anerkannt angesehen bewertet eingestuft gewertet eingeschätzt
widersprach widersprachen widerspricht widersprochen entgegnete entgegneten konterte konterten beteuerte
beteuerten verteidigte verteidigten plädierte plädierten appellierte appellierten drohte drohten gestand
kommentierte kommentierten präzisierte relativierte gesprochen würdigte würdigten versprach versprachen verspricht vorhergesagt herausgefunden
erwägt erwägen erwog erwogen
urteilte urteilten urteilt geurteilt aufgeführt aufgelistet
entschied entschieden entscheidet
"""

_EN_REPORTING = """
said says say told tells stated states announced announces confirmed confirms estimated estimates
reported reports added adds warned warns claimed claims insisted insists denied denies wrote writes
noted notes explained explains stressed stresses emphasized emphasised argued argues alleged alleges
acknowledged acknowledges admitted admits revealed reveals disclosed tweeted posted called calls
described describes accused accuses demanded demands urged urges criticized criticised praised
attributed attributes blamed blames predicted predicts expects expected forecast
asserted asserts maintained maintains contended contends remarked remarks replied replies responded
responds suggested suggests indicated indicates projected projects believes believed thinks thought
complained complains vowed vows pledged pledges promised promises recalled recalls observed observes
reiterated reiterates declared declares countered counters disputed disputes testified testifies
conceded concedes cautioned cautions signaled signalled signals hinted hints recommended recommends
questioned questions objected objects welcomed welcomes condemned condemns rejected rejects
conceded cited cites calculated calculates fears feared hopes hoped tweeted posted wrote explained
found finds showed shows show concluded concludes
"""

# --- the German reporting lexicon, generated from lemmas ---------------------------------------
# Weak verbs are listed by stem and get every finite form the rules meet (present 3rd person,
# plural/infinitive, past singular and plural, participle); strong verbs list their forms. Separable
# verbs list their finite forms with the particles that close the clause ("teilte … mit") and get
# their joined forms for subordinate clauses and the perfect ("wie X mitteilte", "hat mitgeteilt").

# weak verbs of saying, asserting, demanding, estimating, judging, fearing and hoping
_DE_WEAK_STEMS = """
sag erklär beton bestätig bericht meld warn forder bekräftig versicher verkünd behaupt kritisier
dementier äußer mahn erläuter ergänz bezeichn lob beklag beziffer insistier argumentier vermut
beschuldig erinner informier erwart begründ prognostizier kommentier präzisier relativier würdig
twitter post zitier beteuer verteidig plädier appellier konter antwort bemängel monier rüg bedauer
befürcht fürcht hoff glaub mein schätz bilanzier resümier beanstand berichtig korrigier signalisier
unterstell verlang dräng poch bezweifel folger bemerk verdeutlich skizzier schilder mutmaß spekulier
vermeld bekund wiederhol beharr ermahn bejah vernein prophezei orakel befürwort kalkulier veranschlag
taxier quantifizier bilanzier propagier postulier proklamier reklamier protestier attestier
diagnostizier konstatier resümier referier rapportier beschwichtig beruhig verharmlos dramatisier
empör beschwer entschuldig distanzier rechtfertig wunder ärger
begrüß betracht bewert skandier frag erwähn dank
"""
# forms of weak verbs that are other words too ("meinen Angaben", "Es droht ein Streik")
_NOT_REPORTING = {"meinen", "meine", "post", "posten", "drohen", "droht"}
_UNSTRESSED_PREFIXES = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "wider", "hinter", "über", "unter")

# strong and mixed verbs: all forms
_DE_STRONG = """
schreibt schreiben schrieb schrieben geschrieben nennt nennen nannte nannten genannt
bestreitet bestreiten bestritt bestritten widerspricht widersprechen widersprach widersprachen widersprochen
verspricht versprechen versprach versprachen versprochen verweist verweisen verwies verwiesen
empfiehlt empfehlen empfahl empfahlen empfohlen rät raten riet rieten gesteht gestehen gestand gestanden
unterstreicht unterstreichen unterstrich unterstrichen beschreibt beschreiben beschrieb beschrieben
befand befanden sprach sprachen spricht gesprochen beschwor beschworen räumte bezeichnete
weist wies wiesen gab gaben gibt teilte teilten teilt hob hoben hebt kündigte kündigten kündigt fügte fügten
merkte merkten merkt warf warfen wirft sah sahen sieht sehen ergab ergaben ergibt zeigt zeigen zeigte legte legt
verlautete verlautet verurteilte verurteilten verurteilt eingestanden gewarnt gelobt gewürdigt gedankt anerkannt
angesehen bewertet eingestuft gewertet eingeschätzt kommentieren äußern nennen mitteilen angeben beziffern
fand fanden findet entdeckten ausgesagt aussagen verglich verglichen vergleicht lautete lautet lauteten
belegt belegen belegte belegten beweist beweisen bewies bewiesen enthält enthielt enthielten
"""

# separable verbs: finite forms -> particles that close the clause, and the participle of each particle
_DE_SEPARABLE = [
    # (finite forms, particles, participles)
    ("teilte teilten teilt teilen", "mit", "mitgeteilt"),
    # "gab sich zuversichtlich": a stance on record, like "zeigte sich"
    ("gab gaben gibt geben", "bekannt an zu preis sich", "bekanntgegeben angegeben zugegeben preisgegeben"),
    ("wies wiesen weist weisen", "hin zurück", "hingewiesen zurückgewiesen"),
    ("hob hoben hebt", "hervor", "hervorgehoben"),
    ("kündigte kündigten kündigt kündigen", "an", "angekündigt"),
    ("räumte räumten räumt räumen", "ein", "eingeräumt"),
    ("fügte fügten fügt", "hinzu", "hinzugefügt"),
    ("merkte merkten merkt", "an", "angemerkt"),
    ("warf warfen wirft werfen", "vor ein", "vorgeworfen eingeworfen"),
    ("rechnet rechnen rechnete rechneten gerechnet", "mit", ""),
    ("erkannte erkannten erkennt", "an", "anerkannt"),
    ("schloss schlossen schließt", "aus", "ausgeschlossen"),
    ("führte führten führt", "zurück aus an", "zurückgeführt ausgeführt angeführt"),
    # "rief zu Spenden auf" (an appeal on record); the participle "hatte zum Streik aufgerufen" reports an act
    ("rief riefen ruft", "auf", ""),
    ("sah sahen", "an", ""),
    # "stellte die Studie vor" presents findings; "stellte das neue Modell vor" is an event (attribution/ checks)
    ("stellte stellten stellt", "klar fest dar hinter gegen aussicht infrage vor", "klargestellt festgestellt dargestellt"),
    ("legte legten legt", "nahe dar offen", "nahegelegt dargelegt offengelegt"),
    ("deutete deuteten deutet", "an", "angedeutet"),
    # "prangert der Generalsekretär in seinem Bericht Morde an": an accusation on record
    ("prangerte prangerten prangert", "an", ""),
    ("wandte wandten wendet", "ein", "eingewandt"),
    ("sicherte sicherten sichert", "zu", "zugesichert"),
    # "Der Konzern bot an, die Löhne zu erhöhen": an offer is made by saying it
    ("bot boten bietet bieten", "an", "angeboten"),
    # "regte die Einberufung einer Konferenz an": a proposal on record
    ("regte regten regt", "an", "angeregt"),
    ("schränkte schränkten schränkt", "ein", "eingeschränkt"),
    # "bestehen darauf, …": insisting, with the clause it insists on
    ("besteht bestehen bestand bestanden", "darauf", ""),
    # "hielt ihm … zugute/vor", "hält X für unrealistisch" (für + an adjective closing the clause)
    ("hielt hielten hält halten", "zugute vor fest entgegen für",
     "zugutegehalten vorgehalten festgehalten entgegengehalten"),
    ("ließ ließen lässt", "offen verlauten", "offengelassen"),
    # "machte deutlich", "machte X für Y verantwortlich" (blame is a statement)
    ("machte machten macht machen", "deutlich klar geltend verantwortlich", "deutlich klar geltend verantwortlich"),
    ("nahm nahmen nimmt", "stellung", ""),
    # "zog Bilanz", "zog einen Vergleich mit …": a summing up, a comparison drawn
    ("zog zogen zieht", "bilanz vergleich", ""),
    ("schlug schlugen schlägt", "vor alarm", "vorgeschlagen"),
    ("gestand gestanden gesteht", "ein", "eingestanden"),
    ("stufte stuften stuft", "ein", "eingestuft"),
    ("stritt stritten streitet", "ab", "abgestritten"),
    ("wiederholte wiederholten wiederholt", "", ""),
    ("beantragte beantragten beantragt", "", ""),
    # "Einen Rücktritt lehnte er in einem Interview ab": a refusal on record, only with a statement object or
    # frame (attribution/ checks it); "lehnte den Antrag ab" is an act. No joined forms: "abgelehnt" is mostly a vote
    ("lehnte lehnten lehnt", "ab", ""),
]
# particles that count only where they close the clause ("gab … zu", not "gab 5 Euro zu den Kosten")
CLAUSE_FINAL_PARTICLES = frozenset("ab zu vor ein aus an preis fest offen entgegen zugute deutlich klar geltend verantwortlich "
                                   "alarm verlauten aussicht infrage bilanz stellung nahe".split())
# particles that need "sich": "stellte sich hinter/gegen X"
REFLEXIVE_PARTICLES = frozenset({"hinter", "gegen"})


def _weak_forms(stem: str) -> set[str]:
    e = "e" if re.search(r"(?:[td]|(?:ch|[^aeiouäöülrh])[mn])$", stem) else ""
    plural = stem + ("n" if stem.endswith(("er", "el")) and not stem.endswith("ier") else "en")  # "argumentieren"
    forms = {stem + e + "t", plural, stem + e + "te", stem + e + "ten"}
    if stem.endswith("ier") or stem.startswith(_UNSTRESSED_PREFIXES):
        forms.add(stem + e + "t")
    else:
        forms.add("ge" + stem + e + "t")
    return forms


def _german_reporting() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    words = set(_DE_REPORTING.replace(",", "").split()) | set(_DE_STRONG.split())
    for stem in _DE_WEAK_STEMS.split():
        words |= _weak_forms(stem)
    separable: dict[str, set[str]] = {}
    for finite, particles, participles in _DE_SEPARABLE:
        for form in finite.split():
            if particles:
                separable.setdefault(form, set()).update(particles.split())
            else:
                words.add(form)
            for particle in particles.split():
                if particle not in ("für", "sich", "aussicht", "infrage", "hinter", "gegen", "deutlich", "klar", "geltend", "verantwortlich",
                                    "stellung", "bilanz", "vergleich", "alarm", "verlauten", "offen", "nahe", "ab"):
                    words.add(particle + form)  # "wie die Polizei mitteilte", "nachdem er eingeräumt hatte"
        words.update(participles.split())
    words -= _NOT_REPORTING
    words -= set(separable)  # a separable verb counts only with its particle
    return frozenset(words), {k: frozenset(v) for k, v in separable.items()}


_DE_WORDS, _DE_SEPARABLE_TABLE = _german_reporting()


def _merge_separable(*tables: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    merged: dict[str, set[str]] = {}
    for table in tables:
        for form, particles in table.items():
            merged.setdefault(form, set()).update(particles)
    return {form: frozenset(particles) for form, particles in merged.items()}


DE = Cues(
    reporting_verbs=_DE_WORDS,
    separable=_merge_separable(_DE_SEPARABLE_TABLE, {
        "teilte": frozenset({"mit"}), "teilten": frozenset({"mit"}), "teilt": frozenset({"mit"}),
        "gab": frozenset({"bekannt", "an"}), "gaben": frozenset({"bekannt", "an"}), "gibt": frozenset({"bekannt", "an"}),
        # "hat seinen Rücktritt bekannt gegeben": the participle written apart from its particle
        "gegeben": frozenset({"bekannt"}),
        "wies": frozenset({"hin", "zurück"}), "wiesen": frozenset({"hin", "zurück"}), "weist": frozenset({"hin", "zurück"}),
        "hob": frozenset({"hervor"}), "hoben": frozenset({"hervor"}), "hebt": frozenset({"hervor"}),
        "strich": frozenset({"heraus"}), "strichen": frozenset({"heraus"}), "streicht": frozenset({"heraus"}),
        "kündigte": frozenset({"an"}), "kündigten": frozenset({"an"}), "kündigt": frozenset({"an"}),
        "räumte": frozenset({"ein"}), "räumten": frozenset({"ein"}), "räumt": frozenset({"ein"}),
        "fügte": frozenset({"hinzu"}), "fügten": frozenset({"hinzu"}),
        "merkte": frozenset({"an"}), "merkten": frozenset({"an"}), "merkt": frozenset({"an"}),
        "warf": frozenset({"vor"}), "warfen": frozenset({"vor"}), "wirft": frozenset({"vor"}),
        # "rechnet mit einem Schaden von …": an estimate on record
        "rechnet": frozenset({"mit"}), "rechnen": frozenset({"mit"}), "rechnete": frozenset({"mit"}),
        "rechneten": frozenset({"mit"}),
        "erkannte": frozenset({"an"}), "erkannten": frozenset({"an"}), "erkennt": frozenset({"an"}),
        "schloss": frozenset({"aus"}), "schlossen": frozenset({"aus"}), "schließt": frozenset({"aus"}),
        "führte": frozenset({"zurück"}), "führten": frozenset({"zurück"}), "führt": frozenset({"zurück"}),
        "rief": frozenset({"auf"}), "riefen": frozenset({"auf"}), "ruft": frozenset({"auf"}),
        "sah": frozenset({"an"}), "sahen": frozenset({"an"}),
        # "stellte sich hinter X": a public statement of support
        "stellte": frozenset({"klar", "fest", "dar", "hinter"}), "stellten": frozenset({"klar", "fest", "dar", "hinter"}),
        "stellt": frozenset({"klar", "fest", "dar", "hinter"}),
        # "Zu diesem Ergebnis kommt eine Studie des X"
        "kommt": frozenset({"ergebnis", "schluss"}), "kommen": frozenset({"ergebnis", "schluss"}),
        "kam": frozenset({"ergebnis", "schluss"}), "kamen": frozenset({"ergebnis", "schluss"}),
        "legte": frozenset({"nahe", "dar"}), "legt": frozenset({"nahe", "dar"}),
        # "geht aus X hervor"; "geht davon aus, dass" (a stated assumption, needs "davon")
        "geht": frozenset({"hervor", "aus"}), "gehen": frozenset({"hervor", "aus"}), "ging": frozenset({"hervor", "aus"}),
        "gingen": frozenset({"hervor", "aus"}), "gehe": frozenset({"aus"}),  # "Die IAEO gehe davon aus"
        # an indictment or accusation is a statement on record: "erhob Anklage", "erhob Vorwürfe"
        "erhob": frozenset({"anklage", "vorwürfe", "vorwurf"}), "erhoben": frozenset({"anklage", "vorwürfe", "vorwurf"}),
        "erhebt": frozenset({"anklage", "vorwürfe", "vorwurf"}),
    }),
    source_after=frozenset({"zufolge"}),
    statement_nouns=frozenset(
        "angaben schätzungen schätzung informationen darstellung einschätzung auskunft erkenntnissen berechnungen berechnung rechnung "
        "zahlen daten recherchen berichten aussagen worten ermittlungen überzeugung auffassung ansicht "
        "meinung aussage auswertung sicht darstellungen".split()
    ),
    as_reported=frozenset({"wie"}),
    pronouns=frozenset({"er", "sie", "man"}),
    subjunctive=frozenset(
        """sei seien seiest habe hätte hätten werde würde würden könne könnten müsse müssten solle
        wolle wollten gebe gäbe liege lägen stehe stünden gehe ginge komme käme handle handele diene
        brauche fehle plane verfüge befinde befänden bleibe blieben verpflichte bestehe lasse wisse
        dürfe trage zeige führe arbeite verstoße entspreche koste betrage belaufe steige sinke erwarte
        rechne gelte ermittle prüfe wachse fließe reiche fordere brächte brächten
        richte halte enthalte erhalte verhalte leite warte fürchte vertrete trete biete bedeute leiste
        starte beobachte betrachte berichte deute verbiete behalte gestalte""".split()
    ),
    hearsay=frozenset({"soll", "sollen", "angeblich", "mutmaßlich"}),
    hedges=frozenset(
        "soll sollen angeblich mutmaßlich vermutlich offenbar möglicherweise wohl scheinbar anscheinend "
        "berichten zufolge unbestätigten".split()
    ),
    speculation=frozenset(
        "könnte könnten dürfte dürften würde würden möglicherweise vielleicht eventuell womöglich sollte sollten "
        "droht drohen drohte wahrscheinlich vermutlich scheint scheinen wäre wären".split()
    ),
    opinion=frozenset(
        """beunruhigend beunruhigendes beunruhigende bedenklich bedenkliche bedenkliches besorgniserregend
        erschreckend erschreckende skandalös skandalöse fragwürdig fragwürdige zweifelhaft zweifelhafte
        gefährlich gefährliche problematisch problematische bedauerlich unverantwortlich unverantwortliche
        bemerkenswert bemerkenswerte erfreulich erfreuliche enttäuschend enttäuschende peinlich
        alarmierend alarmierende inakzeptabel unerträglich beschämend beschämende bitter bitteres bittere
        kämpferisch dramatisch dramatische katastrophal katastrophale fatal fatale absurd absurde
        unverständlich ärgerlich empörend empörende traurig traurige verheerend verheerende
        bedrückend bedrückende erfreulicherweise leider hoffentlich glücklicherweise bedauerlicherweise
        unglücklicherweise dankenswerterweise ärgerlicherweise erstaunlicherweise bezeichnenderweise
        unverständlicherweise richtigerweise fälschlicherweise fantastisch fantastische großartig großartige
        hervorragend hervorragende wunderbar wunderbare schrecklich schreckliche furchtbar furchtbare
        grandios grandiose sensationell sensationelle phänomenal""".split()
    ),
    appeals=(
        "es ist unerlässlich", "es ist wichtig", "es ist notwendig", "es ist an der zeit", "es bleibt zu hoffen",
        "es gilt", "wir müssen", "wir sollten", "man muss", "man sollte", "es wäre", "es braucht",
        "es ist höchste zeit", "lassen sie uns", "es bleibt abzuwarten", "es ist zu hoffen",
    ),
    official_acts=frozenset(
        """unterzeichnete unterzeichnet unterzeichneten beschloss beschlossen beschließt verabschiedete
        verabschiedet verabschiedeten bestellte einbestellt bestätigte bestätigt dementierte verhängte
        verhängt verhängten entsandte entsandt entsandten schickte geschickt verlegte verlegt verlegten
        ernannte ernannt entließ entlassen genehmigte genehmigt verbot verboten verurteilte verurteilt
        festgenommen verhaftet angeklagt erhob ratifizierte ratifiziert kündigte verkündete verkündet
        sanktionierte eröffnete eröffnet stimmte stimmten abgestimmt trat zurückgetreten gewählt wählte
        angegriffen griff beschossen zerstört getötet verletzt starben gestorben kamen verhaftete
        festgenommen erlassen erließ eingeleitet leitete""".split()
    ),
    causal=frozenset({"wegen", "weil", "aufgrund", "infolge", "deshalb", "daher", "verursacht", "verursachte", "da", "dadurch", "führte", "führten"}),
    not_names=frozenset(
        """zudem auch dabei außerdem gleichzeitig später dann inzwischen bereits nun jetzt heute gestern
        morgen am im in daher deshalb allerdings jedoch trotzdem dennoch so damit zuvor danach
        anschließend unterdessen indes indessen ebenfalls zunächst schließlich bislang bisher noch erst
        nur vor nach seit während bei mit ohne für gegen über unter auf aus zu von vom zum zur es das
        dies diese dieser dieses wie was wer wo wann warum als wenn ob dass doch aber und oder denn
        sowohl weder laut gemäß zufolge parallel letztlich zugleich ebenso ferner demnach demzufolge derzeit
        aktuell mittlerweile damals seither zuletzt kürzlich jüngst erstmals künftig demnächst momentan
        gegenwärtig insgesamt darauf darüber davon daran dazu dafür dagegen darin daraus hierzu hierauf
        hierüber deswegen dennoch trotzdem stattdessen vielmehr dort hier dorthin daneben
        offenbar offensichtlich anscheinend insbesondere vermutlich wahrscheinlich angeblich neben""".split()
    ),
    name_glue=frozenset({"for", "the", "of", "and", "de", "la", "von", "van", "der", "den", "du", "al", "el", "bin", "&"}),
    determiners=frozenset(
        "der die das des dem den ein eine einer eines einem einen kein keine seine seiner ihre ihrer "
        "sein seinem seinen seines ihr ihrem ihren ihres unser unsere unserem unseren unserer unseres "
        "dieser diese dieses diesem diesen".split()
    ),
    stop_words=frozenset(
        """und oder sowie aber sei seien habe hätten hat haben ist sind war waren wurde wurden wird werden
        nicht dass ob wie als in im am an auf aus bei mit nach seit zu zum zur für gegen über unter um
        vor hinter neben zwischen durch ohne bis sich es er sie man wir ihr was welche welcher welches
        die der das""".split()
    ),
    finite_verbs=frozenset(
        """ist sind war waren hat haben hatte hatten wird werden wurde wurden sei seien gibt gab kann
        können konnte konnten muss müssen musste mussten soll sollen will wollen steht stehen stand
        liegt liegen lag geht gehen ging kommt kommen kam bleibt bleiben blieb""".split()
    ),
    meta_prefixes=(
        "text: ", "das interview führte", "das interview führten", "die fragen stellte", "die fragen stellten",
        "das gespräch führte", "das gespräch führten", "gespräch: ", "interview und text:", "aufgezeichnet von", "interview: ", "ein kommentar von", "eine analyse von", "mehr zum thema", "lesen sie auch",
        "auch interessant", "weitere artikel", "mehr dazu", "zum thema", "foto:", "bild:", "quelle:", "quellen:", "siehe auch:",
        "weiterführende links", "weblinks", "(wikinews berichtete", "wikinews berichtete",
        "übersetzt aus", "ursprünglich veröffentlicht", "dieser artikel erschien", "dieser beitrag erschien",
        "alle rechte vorbehalten", "nutzung ausschließlich", "eine weiterverwendung", "copyright", "©",
        "home »", "startseite", "related articles", "anzeige", "werbung", "teilen:", "zuletzt aktualisiert",
        "aktualisiert am", "veröffentlicht am", "stand:",
    ),
)

EN = Cues(
    reporting_verbs=frozenset(_EN_REPORTING.split()),
    separable={"pointed": frozenset({"out"}), "points": frozenset({"out"}), "point": frozenset({"out"}),
               "spoke": frozenset({"out"}), "speaks": frozenset({"out"}), "played": frozenset({"down"}),
               "plays": frozenset({"down"}), "ruled": frozenset({"out"}), "rules": frozenset({"out"}),
               "weighed": frozenset({"in"}), "weighs": frozenset({"in"}), "backed": frozenset({"up"})},
    source_after=frozenset(),
    statement_nouns=frozenset("figures estimates data reports statement information".split()),
    as_reported=frozenset({"as"}),
    pronouns=frozenset({"he", "she", "they"}),
    subjunctive=frozenset(),
    hearsay=frozenset({"allegedly", "reportedly", "purportedly", "supposedly"}),
    hedges=frozenset("allegedly reportedly purportedly supposedly apparently possibly likely unconfirmed".split()),
    speculation=frozenset("could might may would perhaps maybe should".split()),
    opinion=frozenset(
        """disturbing alarming worrying troubling shocking outrageous questionable dubious dangerous
        problematic regrettable irresponsible remarkable disappointing embarrassing unacceptable""".split()
    ),
    appeals=(
        "it is essential", "it is imperative", "it is important", "it is time", "we must", "we should",
        "one must", "let us", "it remains to be seen", "it is crucial",
    ),
    official_acts=frozenset(
        """signed approved passed summoned confirmed denied sent deployed appointed dismissed banned
        sentenced arrested charged ratified imposed announced launched opened voted elected resigned
        attacked killed injured died destroyed""".split()
    ),
    causal=frozenset({"because", "due", "caused", "owing", "therefore"}),
    not_names=frozenset(
        """also meanwhile however moreover then now today yesterday on in at the a an this that these
        those it he she they we what who where when why as if but and or so thus according earlier
        later since""".split()
    ),
    name_glue=frozenset({"for", "the", "of", "and", "de", "la", "von", "van", "al", "el", "bin", "&"}),
    determiners=frozenset("the a an his her their its".split()),
    stop_words=frozenset(
        """and or but is are was were has have had will would that whether as in on at to for with by
        from of about into over under than it he she they we which who""".split()
    ),
    finite_verbs=frozenset(
        """is are was were has have had will would can could must should may might does do did""".split()
    ),
    meta_prefixes=(
        "related articles", "read more", "more on this", "see also", "photo:", "image:", "source:",
        "all rights reserved", "copyright", "©", "home »", "advertisement", "share:", "updated",
        "published", "translated from", "originally published",
    ),
)


# Word endings for a person's role or office ("Bundesverteidigungsminister", "NATO-Sprecherin")
# "X ist der Ansicht/Meinung, dass …": the nouns of holding a view
OPINION_NOUNS = frozenset({"ansicht", "meinung", "auffassung", "überzeugung", "these"})
ROLE_SUFFIXES = ("präsident", "präsidentin", "minister", "ministerin", "sprecher", "sprecherin", "chef", "chefin",
                  "leiter", "leiterin", "direktor", "direktorin", "rat", "rätin", "kanzler", "kanzlerin", "meister",
                  "meisterin", "führer", "führerin", "vorsitzende", "vorsitzender", "anwalt", "anwältin", "richter",
                  "richterin", "experte", "expertin", "sekretär", "sekretärin", "berater", "beraterin", "kommissar",
                  "kommissarin", "general", "professor", "professorin", "forscher", "forscherin", "botschafter",
                  "botschafterin", "abgeordnete", "abgeordneter", "bürgermeister", "bürgermeisterin", "mayor",
                  "president", "chief", "spokesman", "spokeswoman", "spokesperson", "director", "governor",
                  "secretary", "senator", "officer", "minister", "direktorin", "dezernent", "dezernentin",
                 "vorstand", "vorständin", "staatsanwalt", "staatsanwältin", "landrat", "landrätin",
                 # people described by what they do or by their age: "die Grünen-Politikerin", "der 61-Jährige"
                 "politiker", "politikerin", "jährige", "jähriger", "mediziner", "medizinerin", "ökonom", "ökonomin",
                 "wissenschaftler", "wissenschaftlerin", "arzt", "ärztin", "ermittler", "ermittlerin", "verteidiger",
                 "verteidigerin", "kläger", "klägerin", "angeklagte", "angeklagter", "vertreter", "vertreterin",
                 "analyst", "analystin", "funktionär", "funktionärin", "ologe", "ologin", "autor", "autorin",
                 "inhaber", "inhaberin", "gründer", "gründerin", "manager", "managerin", "trainer", "trainerin",
                 "hotelier", "wirt", "wirtin", "landwirt", "landwirtin",
                 "chairman", "chairwoman", "chair", "executive", "analyst", "economist", "researcher")


def cues_for(language: str) -> Cues:
    return EN if (language or "de").lower().startswith("en") else DE
