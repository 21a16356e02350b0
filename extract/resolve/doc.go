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
// # Linking
//
//   - Within a document, a bare surname ("Witkoff") or partial name goes to
//     the full name with that surname introduced in the document (the most
//     mentioned one when several share it); a personal pronoun (he, she, his,
//     her, him) goes to the nearest preceding person outside quotes.
//   - Across documents, person names merge when their surnames agree after
//     transliteration folding (Zelensky, Zelenskiy, Zelenskyy) and their
//     first names agree, are missing on one side, or are variants of one
//     another (Alex, Alexus) with supporting context: a shared role, or no
//     other person of that surname. Different first names never merge, so
//     Jared and Charles Kushner stay two people.
//   - Places go through the gazetteer: demonyms and abbreviations to the
//     country ("British" → United Kingdom). A capital stands for its
//     country's government when it is used as an actor (subject, object,
//     possessor: "Washington endorsed"), and for the city otherwise ("in
//     Moscow").
//   - Organisations merge case-insensitively, by acronym, and a one-word
//     definite reference ("the Coalition") joins the one longer name that
//     starts with it.
//
// Resolution is deterministic: the same documents give the same entities
// and ids.
package resolve
