package gazetteer

import "testing"

func TestFolded(t *testing.T) {
	tests := []struct {
		lower        string
		place, given bool
		city         bool
	}{
		{"mexico", true, false, true}, // a country, and a town in the Philippines
		{"china", true, false, false},
		{"us", false, false, false}, // abbreviations stay case-sensitive
		{"lisa", false, true, false},
		{"auckland", false, false, true},
		{"the", false, false, false},
	}
	for _, tt := range tests {
		_, _, place := LookupFolded(tt.lower)
		_, city := LookupCityFolded(tt.lower)
		if given := GivenNameFolded(tt.lower); place != tt.place || given != tt.given || city != tt.city {
			t.Errorf("%q: LookupFolded %v, GivenNameFolded %v, LookupCityFolded %v; want %v %v %v", tt.lower, place, given, city, tt.place, tt.given, tt.city)
		}
	}
}
