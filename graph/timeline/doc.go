// Package timeline merges dated facts from many documents into timeline
// events: facts that describe the same event (same participants, compatible
// relations, compatible dates) become one [Event] with all their sources
// and a corroboration count. Conflicting dates are kept and flagged.
//
// # Which facts become events
//
//   - Every fact with a calendar Date (the TIMEX3 values of package
//     extract/temporal: "2014", "2026-01", "2026-01-06", "2026-01-06TNI",
//     "2026-W02", "199", "2025-SU", "2025-Q1", ...) becomes, or joins, a
//     dated event, unless it is negated or its relation is stative ("be",
//     "have", "remain", ...).
//   - An undated fact joins a dated event when it matches exactly one of
//     them (it adds a source; it never gets a date of its own): by its
//     object; when several match, the one of its own article (a headline
//     and its lead); with [Options.Published], the one event of its
//     participants and act in the week before its report; when its
//     object only names an intention ("their readiness"), the one event of
//     its participants and act. With [Options.Published], never an event
//     that began after its article was published (a day's grace); nor
//     does an undated denial name one.
//   - Otherwise an undated fact whose relation is an event verb ("meet",
//     "sign", "attack", "launch", ..., not "say" or "think") is listed in
//     [Timeline.Undated], merged the same way, ranked by corroboration and
//     capped by [Options.MaxUndated] (Timeline.UndatedOmitted counts the
//     rest); with [Options.Published], only reports whose articles came
//     out within a month of each other merge there. Nothing is dated by the publication date.
//
// # Merge rule
//
// Two facts are the same event when they share a subject (entity id, else
// the lower-cased name; a joint subject "the UK and France" or "UK and
// French leaders" stands for each member, named through
// [Options.Names]), an act (the relation class: the first word of the
// relation lemma, stemmed when the lemmatizer left it inflected, with
// synonyms such as sign/ink, meet/hold talks, back/endorse/support; a
// support verb's noun, "signed a declaration" declares; an infinitive,
// "offered to dispatch troops" and "a declaration of intent to deploy
// troops" deploy), compatible objects (same entity id, shared content
// words, or both empty) and compatible dates (equal, one containing the
// other such as 2026-01 and 2026-01-06, or days within
// [Options.MaxDayGap]). Objects link through any fact of an event (single
// linkage), and on one exact day the objects may differ altogether unless
// they are two different entities: one actor doing one kind of thing on one
// day is one event however the sources phrase it ("met Trump", "met on
// Dec. 28 at Mar-a-Lago"). Dates must fit every fact of the event. The
// event takes the most specific date of its facts; every source is kept.
//
// A speech verb alone ("said", "told", "announced that") is no event to
// merge on: two statements of one speaker are one only when their words
// are (two content words and a third of the newer one's, or, from another
// article, three and a quarter), on one day as over years, and an undated
// statement never joins an event through its speaker and "said" alone
// (the week before its report, an object naming only an intention).
// "Signed a declaration" is an act, which "declared" reports too.
//
// Outlets name one act in many ways, and the relation is read for it: a
// passive of an act its patient identifies ("Keller was convicted",
// "will be sentenced on") is that act done to its subject; a verb and its
// object's head can name one act ("came off the rails", "left the
// tracks": derail); a verb and the word after its object too ("found
// Keller guilty": convict, "not guilty": acquit; "left 12 people dead":
// kill). For those patient acts (convict, sentence, arrest, kill, elect,
// release, ...) the entity they are done to is a participant like the
// subject: "a federal jury convicted Keller", "jurors found Keller guilty"
// and "Keller was convicted" on one day are one conviction.
//
// A happening named by a common noun ("a magnitude 6.1 earthquake", "the
// tremor", "the derailment"; the head noun, not "the death toll from the
// quake", and not "a second blast" or "a smaller quake") or by its act
// ("22 cars left the tracks", "the tank exploded") is one event on one
// day whatever the act of each report: "the quake hit at 4:12 a.m.", "the
// tremor left 12 people dead" and "the quake destroyed 300 homes" are one
// earthquake, its numbers compared. An aftershock is not an earthquake.
// The places a quake, storm, flood or fire hit (a valley, a province) do
// not set its reports apart; a blast or a derailment whose reports name
// different places ("a market in Baghdad", "a mosque in Kirkuk", as
// objects or after "in", "at", "near") is two.
// Such reports merge only within one story: documents that share a name
// (an entity of their facts or a capitalised word of their sentences), or
// one of which names nothing; a report only another story's documents fit
// so far waits until the others are placed.
//
// Corroboration counts independent documents: a copy ([Options.Copies],
// or a document nearly all of whose quoted sentences another one holds)
// is a source, not a corroboration; SingleSource marks a claim one
// document alone makes. When reports of the same event (shared subject,
// same relation class, same object or object words) disagree on the
// date, each date makes its own event and each names the other in
// Conflicts; two things signed in two years ("the framework", "the peace
// treaty") are no conflict. Different numbers for one thing in one event
// ("killed 12 people", "killed 15 people") and a negated report ("did not
// sign") are named there too.
//
// Candidates are found through indexes (by subject and act with the
// object, its words, the date and the day; by sentence and trigger), never
// by scanning all events, so Build takes time linear in the facts.
//
// # Order
//
// Events are sorted by the start of their date, coarser periods first, then
// part of day or clock time, then the position of their earliest fact in
// the input, which the pipeline gives in document and sentence order: within
// a day the order the sources imply is kept. Output is deterministic.
//
// [Label] writes a date for people ("week of 25 Sep 1978") and [Start]
// gives the day it begins, for sorting dates of mixed granularity.
// [WriteTimelineJS] writes the dated events in TimelineJS's JSON format.
package timeline
