package gazetteer

// The functions below answer for a word already in lower case, as web text
// often writes names ("mexico", "lisa"), without the initial capital that
// [Lookup], [GivenName] and [LookupCity] require: a caller that treats the
// answer as weak evidence (a statistical recogniser's feature, say) can
// weigh it against the word's lower case itself. They do not allocate.

// LookupFolded is [Lookup] of lower, a single lower-case name, ignoring
// case: "mexico" finds Mexico. Abbreviations, which match case-sensitively,
// are not found ("us" is not the United States).
func LookupFolded(lower string) (Place, Kind, bool) {
	ix := table()
	if e, ok := ix.folded[lower]; ok {
		return ix.places[e.place], e.kind, true
	}
	return Place{}, 0, false
}

// GivenNameFolded is [GivenName] of lower, a lower-case word, ignoring case.
func GivenNameFolded(lower string) bool {
	_, ok := givenNames()[lower]
	return ok
}

// LookupCityFolded is [LookupCity] of lower, a lower-case word, ignoring
// case.
func LookupCityFolded(lower string) (City, bool) {
	c, ok := cities()[lower]
	return c, ok
}
