// Package lexicon holds the closed-class word lists every stage of
// extraction shares, so that a title, a month or a verb of saying is the
// same word to the recogniser, the fact extractor, the time normaliser and
// entity resolution:
//
//   - titles, ranks, offices, roles and honorifics written before a name
//     ([Title], [TitleInfo]: "President", "Gen.", "Mrs"), with the sex a
//     title implies and the full word of an abbreviation;
//   - calendar words ([Calendar]: months, weekdays, "today", time units,
//     parts of the day, seasons, holidays, time zones), with the month or
//     weekday number;
//   - verbs whose clausal complement is someone's claim rather than the
//     writer's ([Verb]: "say", "believe", "deny");
//   - nouns of events and things that a later description names with a
//     more general or synonymous noun ([Kinds]: a "wildfire" is "the fire",
//     a "takeover" is "the deal").
//
// The lists are hand-curated text files under data/, embedded and parsed
// once. Look-ups ignore case and a final period; they are safe for
// concurrent use and do not allocate for words up to 64 bytes.
package lexicon
