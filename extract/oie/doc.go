// Package oie reads open-information-extraction triples off dependency
// parses: subject–relation–object facts with n-ary arguments, negation,
// modality, attribution and a confidence, in the manner of ClausIE
// (Del Corro & Gemulla, WWW 2013) and OpenIE-4/5 (Mausam 2016).
//
// # Clauses
//
// Every verb heading a clause (root, conjunct, complement, adverbial,
// relative or participial clause) and every nominal predicate with a
// copula is read as a clause. Its subject is the nsubj/csubj child, or is
// inherited: from the first conjunct for coordinated verbs, from the
// controller for xcomp ("agreed to participate"), from the modified noun
// for relative and participial clauses. The relation holds auxiliaries,
// negation, the verb and its particles; the object is the direct object,
// else the first prepositional oblique (whose preposition joins the
// relation: "met with"), else a clausal complement ("said that"). Other
// obliques become [Arg]s classed time, place or other. Open clausal
// complements and prepositional gerunds merge into the relation ("agreed to
// participate in", "aimed at enhancing"), and light-verb constructions
// fold their noun in ("signed a declaration of intent to | deploy troops").
//
// Coordinated subjects and objects give one extraction per conjunct besides
// the whole group. Passives keep the patient as subject and add an
// active-voice extraction with the agent as subject. Complements of verbs
// of saying are attributed to the speaker ([Extraction.AttributedTo]).
// Appositions, titles before names and possessives give nominal facts.
//
// # Confidence
//
// Each rule starts from a fixed confidence that is lowered for inherited
// subjects, pronoun subjects, long arguments and alternative segmentations,
// so that the CaRB precision–recall curve (Bhardwaj et al., EMNLP 2019) is
// ordered by how reliable each rule is on its development split.
//
// [WriteCARB] prints extractions in the tab-separated format the CaRB
// scorer reads.
package oie
