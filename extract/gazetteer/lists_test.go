package gazetteer

import (
	"bufio"
	"strings"
	"testing"
)

func TestMatchRegion(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  int
	}{
		{[]string{"California"}, 1},
		{[]string{"CALIFORNIA", "is"}, 1},
		{[]string{"british"}, 0},
		{[]string{"British", "Columbia", "and"}, 2},
		{[]string{"New", "York", "City"}, 2},
		{[]string{"New", "Zork"}, 0},
		{[]string{"Calif."}, 1},
		{[]string{"Jammu", "and", "Kashmir"}, 3},
		{[]string{"Québec"}, 1},
		{[]string{"Paris"}, 0},
		{nil, 0},
	} {
		if got := MatchRegion(c.words); got != c.want {
			t.Errorf("MatchRegion(%q) = %d, want %d", c.words, got, c.want)
		}
	}
}

func TestNameWord(t *testing.T) {
	for w, want := range map[string]uint8{
		"Inc.": NameWordOrg, "university": NameWordOrg, "MINISTRY": NameWordOrg,
		"Street": NameWordPlace, "lake": NameWordPlace,
		"Cafe": NameWordVenue, "Court": NameWordOrg | NameWordPlace,
		"the": 0, "Paris": 0,
	} {
		if got := NameWord(w); got != want {
			t.Errorf("NameWord(%q) = %b, want %b", w, got, want)
		}
	}
}

func TestNameWordsData(t *testing.T) {
	sc := bufio.NewScanner(strings.NewReader(nameWordsTSV))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		w, class, ok := strings.Cut(line, "\t")
		if !ok || w == "" || (class != "ORG" && class != "LOC" && class != "VENUE") {
			t.Errorf("name-words.tsv:%d: bad line %q", n, line)
		}
	}
}

func TestMatchRegionFolded(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  int
	}{
		{[]string{"kerala"}, 1},
		{[]string{"new", "jersey", "is"}, 2},
		{[]string{"New", "jersey"}, 0},
		{[]string{"new", "Jersey"}, 0},
		{[]string{"ny"}, 0},
		{[]string{"NY"}, 0},
	} {
		if got := MatchRegionFolded(c.words); got != c.want {
			t.Errorf("MatchRegionFolded(%q) = %d, want %d", c.words, got, c.want)
		}
	}
	if MatchRegion([]string{"NY"}) != 1 || MatchRegion([]string{"Ny"}) != 0 {
		t.Error("postal codes should match in capitals only")
	}
}

func TestMatchOrganisation(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  int
	}{
		{[]string{"Google", "said"}, 1},
		{[]string{"Bank", "of", "America"}, 3},
		{[]string{"FBI"}, 1},
		{[]string{"Fbi"}, 0},
		{[]string{"Associated", "Press"}, 2},
	} {
		if got := MatchOrganisation(c.words); got != c.want {
			t.Errorf("MatchOrganisation(%q) = %d, want %d", c.words, got, c.want)
		}
	}
	if MatchOrganisationFolded([]string{"taco", "bell"}) != 2 || MatchOrganisationFolded([]string{"fbi"}) != 0 {
		t.Error("MatchOrganisationFolded")
	}
}

func TestSurname(t *testing.T) {
	if !Surname("Smith") || !Surname("NGUYEN") || Surname("smith") || Surname("Table") || !SurnameFolded("smith") || SurnameFolded("Smith") {
		t.Error("Surname")
	}
}
