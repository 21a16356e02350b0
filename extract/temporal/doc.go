// Package temporal finds time expressions in annotated sentences and
// normalises them to TIMEX3-style values relative to a document's
// publication (reference) date.
//
// # Expressions
//
// [Find] reads a [nlp.Sentence] and returns one [Timex] per expression:
// calendar dates ("January 6, 2026", "6 January 2026", "Dec. 28",
// "2026-01-06", "1/6/2026"), months and years ("March", "January 2026",
// "in 2014", "mid-2025"), decades ("the 1990s"), seasons and quarters,
// weekdays and parts of the day ("Tuesday", "Tuesday night", "tonight"),
// "over the weekend", fixed-date holidays ("Christmas Day", "New Year's
// Eve"),
// clock times ("3:30 p.m."), relative expressions ("yesterday", "last week",
// "earlier this month", "three years ago", "two days later", "early next
// year"), durations ("four years", "a four-year war") and sets ("every
// Tuesday", "annually"). [Normalize] and [NormalizeTimex] do the same for
// one trimmed expression.
//
// Values follow TIMEX3 (ISO-TimeML): "2014" (year), "2026-01" (month),
// "2026-W02" (ISO week), "2026-01-06" (day), "2026-01-06TNI" (part of day:
// MO, AF, EV, NI), "2026-01-06T15:30" (time), "199" (decade), "20" (century),
// "2025-SU" (season), "2025-Q1" (quarter); durations are "P4Y", "P2W",
// "PT48H" ("X" for an unspecified number, "P" + "XY"); sets use the duration
// of their period ("P1W" for "weekly") or a weekday pattern ("XXXX-WXX-2").
// Modifiers such as "early", "mid", "late", "nearly" and "more than" go to
// [Timex.Mod] ("START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN").
//
// # Tense
//
// Underspecified dates are resolved in the direction the clause's tense
// says ([SentenceTense]): in a past clause "on Tuesday" is the latest
// Tuesday on or before the reference date and "December 28" the latest
// December 28 on or before it; in a future clause ("will meet", "would
// continue", "is set to meet") they are the earliest on or after it; with
// present or unknown tense the nearest one is taken (ties go to the past).
// "last Tuesday" and "next Tuesday" are strictly before and after the
// reference date. A date in a noun phrase that refers ahead ("until the
// next hearing on April 19", "the upcoming vote on May 4") is read as
// future whatever the clause's tense, as is a date something is put off
// to ("adjourned the case until February 2"), and a present that
// schedules ("The trial starts on June 10", "the hearing is in June",
// "is to visit Velby in June") reads its date ahead. A month, day or
// season with a relative year ("April last year", "March 3 of next
// year", "the spring of last year") takes its year from the reference
// date. Relative expressions such as "two days later" are read
// relative to the reference date: the package keeps no discourse anchor.
// In running text ([Find]) a forward one ("one year later") in a past
// clause is not read without an anchor: counted from the publication date
// it would put a reported past after it. A date governed by a copular
// predicate ("will be free until September 30") takes that predicate's
// tense, not the tense of the verb the predicate is coordinated with.
// What is expected or intended lies ahead: "more rain was expected on
// Thursday" in a report and "has threatened walkouts in August" read
// their dates forward.
//
// Values are split for use as fact dates: [Timex.Value] is the calendar
// part, an ISO prefix ("2026-01-06"), and [Timex.Time] the time of day
// ("TNI", "T15:30"); [Timex.TIMEX3] joins them, and [Normalize] returns the
// joined form.
//
// # Anchoring
//
// [Attach] picks the expression that dates the clause headed by a verb: an
// oblique or modifier of that verb (or of the nominal it governs, "after
// Tuesday's meeting"), else one of its conjunct head, else the only date of
// the sentence when the verb is the main clause. Of two dates of one
// clause, one inside the other ("last year ... in May"), the finer dates
// it, and a month or day written without a year takes the year the clause
// names. A date after "by" in a passive ("will be finished by September
// 30") dates its verb, as does a date after "starting" or "beginning"
// ("will be notified by mail starting December 8") and one the parse
// coordinated with a noun of the clause ("talks with a rival bidder, last
// month"). A date reached through a counted span before or after another
// event is moved by that span ("rewired two days before the crash on March
// 14" is March 12, "two years after its founding in 2019" 2021); when the
// span cannot be counted at the date's granularity ("days before the vote
// on May 3", "a week before the robbery in March") the clause stays
// undated. Some dates date no event: a bound or a deadline ("guarantee
// jobs beyond 2028", "a guarantee until 2030", "froze hiring until 2028"),
// the baseline of a change ("down from a peak of 7.4 percent in late
// 2024") and the start of a period after "since" ("had risen by 4 percent
// since 2025", "has been below average since 2023"): none is when what
// the clause says happened, and a date has no form for a period's ends. A range ("between
// 2022 and 2025") dates its clause by what both ends share, or not at
// all, and two months inside the year a clause names ("this year, one in
// May and one in September") leave it that year. Otherwise the clause
// stays undated: nothing falls back to the publication date.
//
// [Context] reads a document's sentences in order and keeps the temporal
// focus, the last day the text named: anaphoric expressions ("the same
// day", "the next day", "two days later") count from it, and simple-past
// clauses in sentences without any date of their own inherit it ("On
// Tuesday leaders met in Paris. Britain and France signed a
// declaration."). Perfect, present and future clauses never inherit, and
// with no day named yet nothing is dated. Nor do clauses inherit a day
// named only as background, in a clause describing a noun under a main
// clause not in the simple past ("The deal, which was approved on
// Thursday, values ...") or in a participial aside ("contradicting the
// statement on Tuesday"), nor clauses whose event lasts ("followed them
// for eight years"). Sayings do not inherit the day of an event that an
// undated saying reported ("The river burst its banks on Monday,
// officials said. ... Farmers said ..."), unless it is the publication
// day, nor does a saying through an earlier filing ("said in its
// complaint"). After a period named since the day in focus ("has halted
// services since Monday"), no clause inherits a day but the publication
// day.
//
// The span finder is our own: month abbreviations need a day or year next
// to them ("Mar-a-Lago" is not March, "may" is not May), bare four-digit
// numbers are years only when they look like years, and the token
// boundaries come from the annotator, so spans map back to byte offsets.
// All functions are pure, deterministic and safe for concurrent use; none
// reads the clock.
package temporal
