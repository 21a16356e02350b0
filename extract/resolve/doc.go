// Package resolve finds entity mentions in annotated sentences and groups
// them into one entity per real-world referent, within and across documents.
//
// # Mentions
//
// Mentions come from the entity recogniser's spans (PERSON, ORG, LOC), from
// gazetteer forms the recogniser may miss (demonyms such as "British",
// abbreviations such as "U.S.", capitals such as "Kyiv"), from capitalised
// noun phrases naming documents ("Paris Declaration") and from pronouns.
// Titles and roles in front of a name ("Ukrainian President", "Special
// Envoy", "Gen.") are stripped from the canonical name and kept as roles.
//
// Names the recogniser misses become mentions when their form or context
// says what they are, and of type MISC (a product, a work, an event) when
// nothing else does: a run of proper nouns inside a sentence, a camel-case
// word ("iPod"), a single proper noun that recurs and is never written in
// lower case. Sentence-initial words, headlines, days, months, holidays and
// time zones ("GMT") are not names by themselves; pronouns and function
// words never are, however tagged ("It"). A span the recogniser called a
// person is retyped by its form: an acronym or a name with an organisation
// word is an organisation, a known place a place, a trailing state a place
// of its own, a known organisation that starts with a title ("General
// Motors") stays whole. One name keeps one type across the corpus (the
// majority of its mentions'; a name written with its legal form votes
// three times). A capitalised run ending in a legal form or an
// organisation word ("European Aeronautic Defence and Space Co.", "the
// High Court") is an organisation; a legal form cut off or tagged apart
// ("Corp.") joins its name and is never a name alone, a person's name
// included ("Darnell Rubber Co"); a name ending in a kind of business
// ("Pellmore Dairies", "Lower Brook Farm") is a company's whatever its
// first word, and one ending in a street word ("Cooper Street") a place's;
// a one-word name the corpus uses as a place ("through Halsey", "Ashby
// council", "between Tarrow and Dunmere", "residents of X") and never as
// the surname of a full name is a place; a sentence's capitalised first
// word before a lower-case noun and a name ("Lorry driver Kevin Marsh") is
// no name, and a title's modifiers go with it ("Chief financial
// officer"), never cut mid-phrase; well-known
// organisations and their other names (gazetteer.OrgCanonical: "the Fed",
// "UAW", "S&P 500") are taken before the recogniser's spans when of
// several words, after them when of one. A bare one-word "person" after a
// company's full name that begins with it ("Ford said" after "Ford Motor
// Co.") is the company, unless a person of that surname came before and
// nothing gives it shares; a one-word "place" or "product" after it
// ("Norvik" after "Norvik Telecom") is too, unless a camel-case brand or
// a known place. Any business's name of several words ("Brisk Road
// Services", "Solberg Asphalt": no public body, institution, union or
// party, no known place or given name first) lends its first word the
// same reading, and a one-word organisation of that word in its document
// joins it, unless the word is written as a place's ("in Ravnsund"). The words around a name also type it: an organisation
// noun in apposition ("Orlen Works, a rival", "the city's transit
// operator, Metrolink Brennock"), before it ("German club Rhein Koln",
// "the research group Terra Monitor"), with "called" or "calling
// itself" ("a group calling itself NightHarbor"), a club's last word
// ("Northfield United"), a title and a person after it ("Dinamo Ravna
// president Zoran Maric") make an organisation; a role before a "place"
// of two words, or its last word used alone as a person's, make a person
// ("the novelist Paris Alvedo", "Milan Sokol ... Sokol said"). A word in
// lower case is no person, nor a sentence's first word the corpus writes
// in lower case ("Malaria killed").
//
// Classes of names typed by what the text says of them (proper.go,
// retypeByClass): a ship's prefix ("MV Saltmarsh Star", "HMS Tallow"; MS,
// SS and RV only in a text about ships) or noun ("the tanker Ardent Sea")
// makes a vessel (MISC), which the name without its prefix joins; a name
// ending in an event's word ("Aurora Games", "Harlow Cup"; Games, Open and
// Expo only after "the", a year or a number) is an EVENT; a name listed
// with a place or after a plural noun of places ("in Veska and Moradel",
// "two districts, Fenwa and Lashir") a place; one ending in a kind of
// business ("Kallstrom Homes") an organisation; one of person-like words
// after a capitalised title ("Chief Financial Officer Priya Lindqvist") or
// with an age set off by commas ("Sami Laurel, 29") a person; a one-word
// name before a noun of state ("Aldermark court"), owning a country's
// institution ("Aldermark's High Court") or named in a town's institution
// ("University of Kessbridge", "Brescow District Court") a place; a river's
// one-word name beside its name with River that river; a name after a
// substance's noun ("the blood booster EPO") no organisation; a party's
// plural name takes the capitalised word the recogniser left before it
// ("the Social Democrats").
//
// # Merging: scored, explained decisions
//
// Every merge is a decision with named evidence and a score (evidence.go);
// a merge needs a score of at least 0.6, and the two sides' types must
// agree: a person never absorbs a place or an organisation, and a name of
// unknown type joins only a non-person. The kinds: same normalised name,
// title stripped, transliteration (Zelensky, Zelenskiy), first-name
// variant with supporting context, abbreviation defined in the text ("Full
// Name (FN)", and one of mixed case in brackets right after an
// organisation's name: "Federal Financial Supervisory Authority (BaFin)";
// in brackets right after the name, initials with more letters of a word
// after its initial: "Coastlink Ferries (CLF)"),
// "the Gazette" for the one longer organisation name of its document it
// ends ("Tarrow Gazette"), initials of the one multi-word name that has them, with or
// without its legal form (three letters or more; two when the long name is
// written in a document that uses them: GM), legal-form variant ("Acme",
// "Acme Inc.", "Acme Corp",
// "The Acme Group"), trade word ("Acme Computer"), a maker's name before a
// product ("Acme Roadrunner"), a product's shorter name that ends its full
// name in the same document ("Lion", "OS X Lion" after "Mac OS X Lion"), a
// model in a coordination after another model's full name ("Nano" in "the
// iPod Classic, Nano and Shuffle", when "iPod Nano" is a known name),
// "the Coalition" for the one longer name it
// starts (and "Exxon" for the one company whose full name with its legal
// form it starts; never a people's adjective, "the Tervanian runner"), surname or given name after the full name in the same document,
// a surname whose only full name is elsewhere in the corpus, a capital
// acting for its government, a demonym for its country, another gazetteer
// name, another name of a well-known organisation, a title written as a
// name with its organisation or country ("Apple CEO", "Ukrainian
// President") that one person alone is named with in the corpus (not a
// "former" one, nor one qualified by its portfolio only: "Transport
// Minister"), a title written alone before a name ("CEO" of "company CEO
// Steve Jobs", "Mayor", "Mr Justice") that one person alone is named
// with in the corpus, and an alias of a known entity. Each entity carries, per
// alias, the evidence that put it there (extract.Entity.Evidence).
//
//   - Person names merge when their surnames agree after transliteration
//     folding and their first names agree, are missing on one side, or are
//     variants of one another (Alex, Alexus) with supporting context: a
//     shared role, or no other person of that surname. Different first names
//     never merge, so Jared and Charles Kushner stay two people. A bare
//     surname goes to the person of that surname in its document; when two
//     people of the document share it (a mother and her daughter) it is
//     left unbound rather than guessed.
//   - Products are named like people (products.go): in full, then by a
//     shorter name that ends the full one. The shorter name is the
//     product's in its own document only when every product of the document
//     it ends is one named more or less fully ("Leopard" beside "Mac OS X
//     Leopard" and "Mac OS X Snow Leopard" is left alone); a word the corpus
//     writes in lower case outside names ("air", "control") is never one; a
//     short name of several words follows its product into other documents
//     when it points at one product only. A short name neither names nor
//     types its entity. When known names overlap in the text, the longest
//     wins ("Mac OS X Lion", not "Mac OS X" and a word).
//   - Places go through the gazetteer. A capital stands for its country's
//     government when it is used as an actor (subject, object, possessor:
//     "Washington endorsed"), and for the city otherwise ("in Moscow").
//
// # Coreference
//
// He, she, it, they and definite descriptions ("the company", "the
// president", "the coalition") are bound within their document when the
// evidence is clear, and left unbound otherwise (coref.go): the candidate
// must agree in type, in sex when a given name or a title tells it, and
// must not be an argument of the pronoun's own clause or its conjunct; among
// several, the subject of the verb the pronoun's clause complements, the
// speaker of the quote before "he added", or the only subject of the
// nearest earlier sentence (parallelism, counting every mention of a
// candidate) decides. A title ("the president", "the chief executive",
// "the prime minister", "the finance minister") is the one person of the
// document named with it ("chief executive" and "CEO" alike, "Deputy
// Governor" no "governor"), and no one when two hold it. "The city" is
// the one town named before, also the one a council is named by
// ("Brenmouth City Council": Brenmouth, which becomes a place of its
// own); "the government" the one country whose government, ministry,
// regulator or authorities the story names ("Authorities in Tarsova"). A kind must fit the organisation's name, not the
// nearest mention's: "the company" is no public body, institution, union,
// federation or chamber, "the agency" no company. "The company", "the
// lender" and any "-maker" with no organisation in the two sentences
// before are the organisation the document is about, when it has been
// named twice as often as any other, or the only one of that kind the
// document has named; "the federation" the only one whose name that word
// heads. A thing a candidate speaks of inside its own clause ("Kestrel
// said ... whether patient data had been stolen. It ...") does not take
// the next "it". Expletive "it" is never
// bound. Bound pronouns point at their entity (Result.EntityAt) but are
// never aliases.
//
// A plural description of a group ("both companies", "the two sides",
// "both men", "the pair", "Neither company", "the airlines") stands for
// the entities the text has just named of its kind, when it says which
// (groups.go): one coordination of them in its sentence or the two
// before, the only that many named there, the document's only pair of
// businesses or countries, or its one coordination of the kind; three
// candidates for "both", a pair of another kind, a coordination half of
// it or none nearby leave it unbound. A subject "they" is such a group
// only for a coordination that is the subject of its own sentence or of
// the one before, with no plural noun between them, outside quotations.
// Result.GroupAt returns the members; the pipeline writes a fact of the
// group as one per member.
//
// # Cost
//
// Every look-up across the corpus goes through an index (mentions by
// sentence, names by key, first word, initials, legal-form core, surname
// and one-letter surname deletions), so resolution grows linearly with the
// corpus; BenchmarkResolve measures time and allocations per document at
// 1,000 and 3,000 documents.
//
// Resolution is deterministic: the same documents give the same entities
// and ids.
package resolve
