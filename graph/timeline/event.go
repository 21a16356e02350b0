package timeline

import "github.com/storygraph/storygraph/extract"

// Event is one entry of a timeline.
type Event struct {
	Date        string `json:"date"`        // ISO prefix: 2014, 2026-01, 2026-01-06; "" when undated
	Granularity string `json:"granularity"` // "year", "month", "day", ... ; "" when undated
	// Time is the part of the day or clock time of a day event in TIMEX3
	// form ("TNI", "TMO", "T15:30"), or "".
	Time     string `json:"time,omitempty"`
	Subject  string `json:"subject"`
	Relation string `json:"relation"`
	Object   string `json:"object"`
	Trigger  string `json:"trigger"` // the word(s) naming the event
	// Corroboration is the number of independent documents reporting the
	// event: a copy of another document (a syndicated article) does not
	// count; Documents counts every document, copies included.
	Corroboration int  `json:"corroboration"`
	Documents     int  `json:"documents,omitempty"`
	SingleSource  bool `json:"single_source,omitempty"` // one independent document makes the claim
	// CopyOf names the sources that copy another document ("b = a").
	CopyOf  []string         `json:"copy_of,omitempty"`
	Sources []extract.Source `json:"sources"`
	// Triggers holds, for each source, the word(s) naming the event in
	// that sentence (reports of one event use different verbs).
	Triggers  []string `json:"triggers,omitempty"`
	Facts     []string `json:"facts,omitempty"`     // ids of the merged facts
	Conflicts []string `json:"conflicts,omitempty"` // e.g. other dates reported for the same event
}

// Timeline is the result of [Build]: dated events sorted by date, and the
// undated ones apart.
type Timeline struct {
	Events  []Event `json:"events"`
	Undated []Event `json:"undated,omitempty"`
	// UndatedOmitted counts the undated events left out by
	// [Options.MaxUndated].
	UndatedOmitted int `json:"undated_omitted,omitempty"`
}
