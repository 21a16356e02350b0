package gazetteer

import (
	"bufio"
	"strings"
	"testing"
	"unicode/utf8"
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

func TestMatchOrgName(t *testing.T) {
	for _, c := range []struct {
		words []string
		lower bool
		n     int
		class uint8
	}{
		{[]string{"Georgetown", "University", "said"}, false, 2, OrgNameEdu},
		{[]string{"GEORGETOWN", "UNIVERSITY"}, false, 2, OrgNameEdu},
		{[]string{"georgetown", "university"}, true, 2, OrgNameEdu},
		{[]string{"Firefox", "crashed"}, false, 1, OrgNameBrand},
		{[]string{"AirAsia"}, false, 1, OrgNameBrand | OrgNameAirline},
		{[]string{"American", "Airlines", "flight"}, false, 2, OrgNameBrand | OrgNameAirline},
		// Everyday words are not one-word names, and case must fit.
		{[]string{"Answer"}, false, 0, 0},
		{[]string{"firefox"}, false, 0, 0},
		{[]string{"Firefox"}, true, 0, 0},
		{nil, false, 0, 0},
	} {
		match := MatchOrgName
		if c.lower {
			match = MatchOrgNameFolded
		}
		if n, class := match(c.words); n != c.n || class != c.class {
			t.Errorf("MatchOrgName(%q, lower %v) = %d, %b; want %d, %b", c.words, c.lower, n, class, c.n, c.class)
		}
	}
}

func TestOrgNamesData(t *testing.T) {
	sc := bufio.NewScanner(strings.NewReader(orgNamesTSV))
	rows := 0
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		rows++
		if !utf8.ValidString(line) {
			t.Errorf("org-names.tsv:%d: invalid UTF-8 %q", n, line)
		}
		name, classes, ok := strings.Cut(line, "\t")
		if !ok || name == "" || len(name) > 64 || strings.TrimSpace(name) != name {
			t.Errorf("org-names.tsv:%d: bad name in %q", n, line)
			continue
		}
		for _, k := range strings.Split(classes, "|") {
			if k != "EDU" && k != "BRAND" && k != "AIRLINE" {
				t.Errorf("org-names.tsv:%d: bad class %q", n, k)
			}
		}
	}
	if rows < 20000 {
		t.Errorf("org-names.tsv: %d names, want the generated list of about 23,000", rows)
	}
}

func TestMatchOrgNameAllocs(t *testing.T) {
	words := []string{"University", "of", "Nowhere", "Special"}
	if a := testing.AllocsPerRun(100, func() { MatchOrgName(words) }); a != 0 {
		t.Errorf("MatchOrgName allocates %v times a call, want 0", a)
	}
}
