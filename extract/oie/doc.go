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
// the whole group; a conjunct of another kind than the first (an adjective
// after a noun under a preposition), one that opens with another word's
// preposition, or one ruled out by "not" ("X, not Y") gives none. Passives keep the patient as subject and add an
// active-voice extraction with the agent as subject. Complements of verbs
// of saying are attributed to the speaker ([Extraction.AttributedTo]),
// and so are the relative, participial and adverbial clauses inside them
// (not those said of the speaker or of an "according to" source). A second report coordinated with
// a reported clause ("X said A, and Y said B") keeps its own speaker, and
// "according to X" attributes its clause to X, wherever the parser hangs
// it; it is never part of an argument.
// Event nouns with an agent and a complement give facts too, with the
// verb the noun derives from as relation lemma: "the governor's demand that
// the city close the bridge" gives (the governor; demand; that the city
// close the bridge), "Smith's proposal for both sides to withdraw" gives
// (Smith; proposal for; both sides to withdraw) with lemma "propose".
//
// Common parser errors are repaired (repair.go), each as a shape of the
// tree, not as words of one sentence: the "that" of such a content clause
// read as a relative pronoun, or as a pronoun after a verb of saying or a
// claim noun with the clause hung on it; ", which ..." hung on a verb or on
// a common noun left of the name it follows ("a deal with Arsenal, which
// ..." is about Arsenal); a conjunct verb coordinated with an embedded
// clause although its auxiliaries match the matrix verb's ("has shown no
// sign it would accept X and has rejected Y": Y is rejected by the matrix
// subject); the subject of a fronted adverbial clause taken as the main
// subject ("As X met in Rome, the pope visited ..."); a past participle
// after a noun read as the verb's complement ("stands behind rules
// intended to deter attacks": the rules are intended); the infinitive of a
// that-clause's subject read as the clause's head ("signaled that the plan
// to end the strike is complete"); an apposition that is really the
// subject of the next verb ("X, which broke the story about Y, a person
// close to Z claimed that ...", or "According to X, ..., a person close to
// Z said ..."); a "that"-clause after a noun on a verb that takes none
// ("sold in the weeks that it was available"); and a predicate with a
// copula of its own read as a conjunct of the noun before it ("released as
// a download, and is also available free"); a phrase before a comma and a
// second subject ("Alongside this report, the Courier claims ...") or a
// subject with a preposition and a compound ("At the moment tickets are
// sold") read as the subject; a clause whose subject holds "of which" read
// as the main clause before a report ("A notice on the site, the page of
// which shows ..., says: ..."); a main clause read as the complement of an
// adverbial clause with no comma ("When the match finished the coach
// thanked ..."); a participle after a comma read as a conjunct ("a new
// lens, dubbed ..."); an infinitive after the object of a verb of causing
// read as a purpose clause ("prompting rivals to open stores"); and "from
// strength to strength" read as a source and a goal. An object keeps its
// predicate ("called the bridge the finest crossing") and a degree
// adverbial the statement hinges on ("had not fixed it quickly enough");
// a participle of amount ("..., totaling $5 million") is said of the
// clause's object. A restrictive "that"-relative or a naming participle
// hung on a name goes to the common noun whose phrase the name ends ("a
// device similar to Acme's Router that supports video", "tools added in
// Acme OS, dubbed X"); a participle of attending after an event noun and a
// comma is said of the event ("a summit in Rome, attended by ..."); a
// first clause read as a reduced relative on the subject of a coordinated
// second one ("Sales fell after the launch, and the line was eclipsed")
// is a clause of its own; a participle before a noun ("a future armed
// attack") and a gerund with a determiner ("a top rating") are no
// predicates; a participle conjunct shares no infinitive's "to"; and the
// addressee of "told X to do" is the object and the doer; a past-tense
// verb with a complement after "after/before/since NOUN" is a clause with
// that noun as subject ("days after the unions refused to sign"); a
// gerund after "for monitoring and" coordinates with that gerund; and a
// participle right after the object with no comma or conjunction is said
// of the object ("opened a depot intended to ..."). A speech-act gerund
// after a report ("..., referring to the price") is the speaker's; an
// inference after a comma (", suggesting that X") has no subject of its
// own; and the "it was X" of a cleft ("it was X who decided") has kind
// "cleft". A subordinator read as an adverb of another clause ("will be
// activated once a truce enters into force") opens its own clause, and
// [Extraction.Conditional] marks a clause under "if" or under "once/when/
// until" with a present tense below a future. Only a clause's opening marks
// join a reported clause's relation ("stated that | his wish was to
// remain ...").
//
// Arguments stay in their clause. A whose-relative read as the main clause
// ("The mayor, whose brother runs X, resigned"), a restrictive relative
// holding the sentence's verb ("The firm that built the bridge went
// bankrupt"), a fronted adverbial clause holding the main one ("Because
// the bridge was closed, drivers used the ferry"), a present-tense verb
// read as a plural noun after a reduced relative ("The law, passed after
// protests, bans imports"), a second clause after ", and" whose verb was
// read as a noun ("..., and its chief executive resigned") and a reported
// clause whose subject the closing "X said" took ("A fire that started in
// a kitchen destroyed the hotel, police said") are rebuilt. A gerund after
// a report noun's of-phrase ("reports of police beating protesters") is
// the of-phrase's and reported; a gerund the subject campaigns or runs on,
// argues or votes for, or warns against is not its act ("ran on raising
// the minimum wage"). A naming participle's name is the subject ("a group
// called Friends of Varn Bay sued"), and a plural role noun before
// coordinated names is no part of the first ("Council members Ada Pell and
// Rui Sato"). Objects are not cut short: a reported clause's subject with
// a relative, a conjunct or a place the parse gave the verb of saying, and
// a complement the parse hung on the verb after an object noun that takes
// it ("approved plans for a stadium", "dropped charges against the
// mayor", "blocked access to the site"), stay in the object.
//
// Appositions, titles before names, possessives and the prepositional and
// adjectival modifiers of noun phrases give nominal facts ("industries in
// Kabul" gives (industries; are in; Kabul)).
//
// # Claims
//
// The content of an accusation or a suspicion ("accused of hiding
// losses", "blamed the opposition for delaying the budget", "suspected of
// taking bribes"), of a claim noun ("rejected claims that ...", "reports
// that ...") and a predicate under "allegedly" or "reportedly" carry the
// modality "alleged", attributed to the accuser when the sentence names
// one (the active subject or the passive agent): such content is someone's
// charge, not the writer's statement.
//
// A clause under a negated noun ("has given no indication it would accept
// the deal", "there is no proof the mayor took bribes", "did not see any
// sign that ...") is not stated and gives no fact, nor does a relative
// clause on a free relative "what" whose object it is ("for what the
// founder described as a modest fee"). An event noun's topic ("a plan on
// housing", "a decision about X") is no object of the verb it derives
// from; its patient is ("an attack on the fort"). A conjunct with a subject of its own
// ("..., but the returns have been quick") is no part of the charge.
//
// # Confidence
//
// Every extraction carries the features of how it was built (rule, clause
// shape, how its subject was found, argument lengths, coordination splits,
// predicate relation and tag, ...). Its confidence is a logistic model
// over those features, fitted on the CaRB development split (Bhardwaj et
// al., EMNLP 2019) to predict the precision the extraction earns in
// CaRB's matching, so that confidences order extractions by how likely
// they are right and the precision–recall curve means something. The
// model is small (a few dozen weights, conf_weights.go) and is refitted
// with TestFitConfidence when the rules or the parser change. Typical
// values: 0.5–0.7 for the main triple of a main clause, 0.2–0.4 for
// alternative segmentations, appositions and titles, about 0.1 for the
// noun-phrase facts (possessives, prepositional and adjectival modifiers).
//
// # Benchmark text
//
// [AnnotateTokenized] annotates pre-tokenised benchmark lines (PTB
// escapes, split clitics) and maps the result back onto the line, so that
// [WriteCARB] can quote it exactly.
//
// [WriteCARB] prints extractions in the tab-separated format the CaRB
// scorer reads.
package oie
