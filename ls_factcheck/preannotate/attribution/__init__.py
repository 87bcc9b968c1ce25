"""Who asserts a sentence: the SOURCE span, its cue and, for pronouns, the name it stands for.

There is no parser in the pipeline, so sources are found by the surface forms German news uses
("laut X", "X zufolge", "nach Angaben des X", "wie X berichtete", "X sagte", "sagte X", "so X",
"in einer Mitteilung des X") and a small noun-phrase reader over capitalisation: German nouns
and names are capitalised, the words around them are not. The shortest span that names the
source is kept: leading articles are dropped and a name in apposition ("Der Sprecher ..., Tobias
Reh, erklärte") wins over the role before it.

The modules, from the bottom up: ``tokens`` (a sentence's tokens, quotation marks), ``words``
(the word lists), ``clauses`` (around one token), ``phrases`` (noun phrases and subjects), the
cues by kind (``verbs``, ``prepositions``, ``documents``, ``view_holders``), and ``finder``
(the order in which they are tried for one sentence).
"""
