"""Word lists the claim and attribution rules read, German and English.

The pipeline has no tagger or parser, so everything the rules know about German and English
grammar lives here as closed lists: reporting verbs, subjunctive forms, hedges, markers of
opinion, speculation and appeals, and the words that never start a source's name. Lists are
lower case; matching is on lower-cased tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cues:
    # finite reporting verbs whose subject (before or after them) is the source
    reporting_verbs: frozenset[str]
    # separable reporting verbs: finite part -> particle that closes the clause ("teilte ... mit")
    separable: dict[str, frozenset[str]]
    # prepositions that introduce the source after them ("laut X", "according to X")
    source_before: tuple[tuple[str, ...], ...]
    # postpositions that follow the source ("X zufolge")
    source_after: frozenset[str]
    # "nach Angaben/Schätzungen X": nouns whose owner (genitive or "von") is the source
    statement_nouns: frozenset[str]
    # words that make the clause after them a report: "wie X berichtete"
    as_reported: frozenset[str]
    # pronouns that stand for a source named earlier
    pronouns: frozenset[str]
    # back-references to the last named source ("demnach")
    back_references: frozenset[str]
    # reported-speech verb forms (German Konjunktiv I/II) that continue an earlier attribution
    subjunctive: frozenset[str]
    # "soll/sollen": a report of someone else's assertion
    hearsay: frozenset[str]
    # words that hedge an assertion
    hedges: frozenset[str]
    # modal/speculative words: with no other checkable fact the sentence is speculation
    speculation: frozenset[str]
    # evaluative words: with nothing checkable the sentence is opinion
    opinion: frozenset[str]
    # openings of the author's appeals
    appeals: tuple[str, ...]
    # verbs of official acts and events
    official_acts: frozenset[str]
    # comparisons, records, firsts
    comparisons: frozenset[str]
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
zitierte zitiert äußerte äußerten äußert verlautete mahnte mahnten mahnt sprach sprachen spricht
erläuterte erläuterten erläutert ergänzte ergänzten ergänzt bezeichnete bezeichneten bezeichnet
nannte nannten nennt lobte lobten lobt verurteilte verurteilten verurteilt beklagte beklagten beklagt
bezifferte bezifferten beziffert gab gaben gibt teilte teilten teilt wies wiesen weist hob hoben hebt
kündigte kündigten kündigt fügte fügten fügt merkte merkten merkt bestätige sagt, insistierte
argumentierte argumentiert vermutete vermuten vermutet beschuldigte beschuldigten beschuldigt
warf warfen wirft erinnerte erinnert informierte informiert
"""

_EN_REPORTING = """
said says say told tells stated states announced announces confirmed confirms estimated estimates
reported reports added adds warned warns claimed claims insisted insists denied denies wrote writes
noted notes explained explains stressed stresses emphasized emphasised argued argues alleged alleges
acknowledged acknowledges admitted admits revealed reveals disclosed tweeted posted called calls
described describes accused accuses demanded demands urged urges criticized criticised praised
"""

DE = Cues(
    reporting_verbs=frozenset(_DE_REPORTING.replace(",", "").split()),
    separable={
        "teilte": frozenset({"mit"}), "teilten": frozenset({"mit"}), "teilt": frozenset({"mit"}),
        "gab": frozenset({"bekannt", "an"}), "gaben": frozenset({"bekannt", "an"}), "gibt": frozenset({"bekannt", "an"}),
        "wies": frozenset({"hin", "zurück"}), "wiesen": frozenset({"hin", "zurück"}), "weist": frozenset({"hin", "zurück"}),
        "hob": frozenset({"hervor"}), "hoben": frozenset({"hervor"}), "hebt": frozenset({"hervor"}),
        "kündigte": frozenset({"an"}), "kündigten": frozenset({"an"}), "kündigt": frozenset({"an"}),
        "räumte": frozenset({"ein"}), "räumten": frozenset({"ein"}), "räumt": frozenset({"ein"}),
        "fügte": frozenset({"hinzu"}), "fügten": frozenset({"hinzu"}), "fügt": frozenset({"hinzu"}),
        "merkte": frozenset({"an"}), "merkten": frozenset({"an"}), "merkt": frozenset({"an"}),
        "warf": frozenset({"vor"}), "warfen": frozenset({"vor"}), "wirft": frozenset({"vor"}),
    },
    source_before=(("laut",), ("gemäß",), ("zufolge",), ("nach", "angaben"), ("so",)),
    source_after=frozenset({"zufolge"}),
    statement_nouns=frozenset(
        "angaben schätzungen informationen darstellung einschätzung auskunft erkenntnissen berechnungen "
        "zahlen daten recherchen berichten aussagen worten ermittlungen".split()
    ),
    as_reported=frozenset({"wie"}),
    pronouns=frozenset({"er", "sie", "man"}),
    back_references=frozenset({"demnach", "demzufolge", "ihm", "ihr", "ihnen"}),
    subjunctive=frozenset(
        """sei seien seiest habe hätte hätten werde würde würden könne könnten müsse müssten solle
        wolle wollten gebe gäbe liege lägen stehe stünden gehe ginge komme käme handle handele diene
        brauche fehle plane verfüge befinde befänden bleibe blieben verpflichte bestehe lasse wisse
        dürfe trage zeige führe arbeite verstoße entspreche""".split()
    ),
    hearsay=frozenset({"soll", "sollen", "sollte", "sollten", "angeblich", "mutmaßlich"}),
    hedges=frozenset(
        "soll sollen angeblich mutmaßlich vermutlich offenbar möglicherweise wohl scheinbar anscheinend "
        "berichten zufolge unbestätigten".split()
    ),
    speculation=frozenset(
        "könnte könnten dürfte dürften würde würden wird werden möglicherweise vielleicht eventuell "
        "womöglich voraussichtlich sollte".split()
    ),
    opinion=frozenset(
        """beunruhigend beunruhigendes beunruhigende bedenklich bedenkliche bedenkliches besorgniserregend
        erschreckend erschreckende skandalös skandalöse fragwürdig fragwürdige zweifelhaft zweifelhafte
        gefährlich gefährliche problematisch problematische bedauerlich unverantwortlich unverantwortliche
        bemerkenswert bemerkenswerte erfreulich erfreuliche enttäuschend enttäuschende peinlich
        alarmierend alarmierende inakzeptabel unerträglich richtig falsch gut schlecht""".split()
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
    comparisons=frozenset(
        """erstmals erstmalig zum ersten mal rekord rekordwert höchste höchsten höchststand niedrigste
        niedrigsten tiefststand mehr weniger als vorjahr vorjahres verdoppelt verdreifacht gestiegen
        gesunken stieg sank zugenommen abgenommen größte größten kleinste meisten wenigsten""".split()
    ),
    causal=frozenset({"wegen", "weil", "aufgrund", "infolge", "deshalb", "daher", "verursacht", "verursachte", "da", "dadurch", "führte", "führten"}),
    not_names=frozenset(
        """zudem auch dabei außerdem gleichzeitig später dann inzwischen bereits nun jetzt heute gestern
        morgen am im in daher deshalb allerdings jedoch trotzdem dennoch so damit zuvor danach
        anschließend unterdessen indes indessen ebenfalls zunächst schließlich bislang bisher noch erst
        nur vor nach seit während bei mit ohne für gegen über unter auf aus zu von vom zum zur es das
        dies diese dieser dieses wie was wer wo wann warum als wenn ob dass doch aber und oder denn
        sowohl weder laut gemäß zufolge parallel letztlich zugleich ebenso ferner demnach demzufolge""".split()
    ),
    name_glue=frozenset({"for", "the", "of", "and", "de", "la", "von", "van", "der", "den", "du", "al", "el", "bin", "&"}),
    determiners=frozenset(
        "der die das des dem den ein eine einer eines einem einen kein keine seine seiner ihre ihrer".split()
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
        "text: ", "ein kommentar von", "eine analyse von", "mehr zum thema", "lesen sie auch",
        "auch interessant", "weitere artikel", "mehr dazu", "zum thema", "foto:", "bild:", "quelle:",
        "übersetzt aus", "ursprünglich veröffentlicht", "dieser artikel erschien", "dieser beitrag erschien",
        "alle rechte vorbehalten", "nutzung ausschließlich", "eine weiterverwendung", "copyright", "©",
        "home »", "startseite", "related articles", "anzeige", "werbung", "teilen:", "zuletzt aktualisiert",
        "aktualisiert am", "veröffentlicht am", "stand:",
    ),
)

EN = Cues(
    reporting_verbs=frozenset(_EN_REPORTING.split()),
    separable={"pointed": frozenset({"out"}), "points": frozenset({"out"})},
    source_before=(("according", "to"), ("citing",), ("per",)),
    source_after=frozenset(),
    statement_nouns=frozenset("figures estimates data reports statement information".split()),
    as_reported=frozenset({"as"}),
    pronouns=frozenset({"he", "she", "they"}),
    back_references=frozenset(),
    subjunctive=frozenset(),
    hearsay=frozenset({"allegedly", "reportedly", "purportedly", "supposedly"}),
    hedges=frozenset("allegedly reportedly purportedly supposedly apparently possibly likely unconfirmed".split()),
    speculation=frozenset("could might may would will possibly perhaps maybe likely".split()),
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
    comparisons=frozenset(
        """first record highest lowest more less fewer than doubled tripled rose fell increased
        decreased largest biggest smallest most least""".split()
    ),
    causal=frozenset({"because", "due", "caused", "owing", "therefore", "led", "since"}),
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


def cues_for(language: str) -> Cues:
    return EN if (language or "de").lower().startswith("en") else DE
