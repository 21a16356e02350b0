// Package timeline merges dated facts from many documents into timeline
// events: facts that describe the same event (same participants, compatible
// relations, compatible dates) become one [Event] with all their sources and a
// corroboration count. Conflicting dates are kept and flagged.
package timeline
