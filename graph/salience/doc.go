// Package salience scores what a story is about: its entities, the concepts
// its facts share and the facts themselves, so that a map, a report or a
// timeline can show the important part of a graph first.
//
// [Compute] reads entities and graph facts (value types, never the store)
// and returns a [Result]:
//
//   - every fact argument is resolved to the nodes it names ([Result.Args]):
//     the entity of its id; the members of a joint argument ("the UK and
//     France" → both); a group headed by an agent noun ("UK leaders",
//     "Ukrainian officials" → the country); or a concept;
//   - a concept is a non-entity noun phrase ("a declaration of intent",
//     "long-term security guarantees", "any future ceasefire") normalised
//     to the lemma of its head noun; it becomes a node only when at least
//     two sentences, or facts about two different entities, share it;
//     clauses (the object of a verb of saying, "that …", "to …") never do;
//     uses whose modifiers differ are apart ("a prosperity agreement", "a
//     peace agreement"), and a bare indefinite one ("an agreement", "a
//     major new pledge") never joins a modified one: it may be any such
//     thing, where "the agreement" may refer back; the name that owns it
//     tells it apart too ("Harbour Bank's revenue"), and so does the
//     party a "with" names, under any of its names ("talks with Moscow",
//     "talks with Russia" beside "talks with Kyiv"); a phrase that never
//     says which thing it is ("the decision", "talks") names one only
//     inside a story, so spread over more documents than a story has (√D
//     of the D documents, at least 20) it joins no node, and a concept so
//     spread that as many entities as that link to ("reporters in Paris")
//     is a kind of thing, no node;
//   - a concept phrase that names a document, law, work or event its
//     document names ("the treaty", "a peace treaty" beside "Peace
//     Treaty"; a name of another type headed by "summit", "accord" and
//     the like counts too) joins that entity: same head lemma, no
//     modifier or "of" complement the name lacks, "the …" or a modifier
//     (a bare "a treaty" may be another one), and one such name only; or,
//     in another document, a phrase that states every word of the name
//     ("a summit in Paris" is the "Paris Summit").
//     Organisations and people never take a concept this way ("the
//     troops" is not "British Troops Ltd"); ordinals keep concepts apart
//     ("the first framework", "the second framework");
//   - node salience in [0, 1] mixes mentions (log-scaled), documents and
//     PageRank over the fact graph of entities and concepts
//     (analyze.PageRankEdges, on numbered nodes without a gonum graph),
//     each normalised by the largest;
//   - fact salience in [0, 1] mixes confidence, corroboration (distinct
//     documents), being dated, the salience of its two ends and how
//     informative its relation is ("be" and "have" count less).
//
// The result is deterministic: the same entities and facts in any order give
// the same scores, on any number of CPUs (the per-fact work is shared among
// them; everything whose order matters runs in fact order).
package salience
