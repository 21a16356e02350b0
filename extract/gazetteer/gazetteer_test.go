package gazetteer

import (
	"strings"
	"testing"
)

var lookupTests = []struct {
	in       string
	want     string // place name; "" means not found
	wantKind Kind
	wantType string
}{
	{"British", "United Kingdom", Demonym, "GPE"},
	{"UK", "United Kingdom", Abbrev, "GPE"},
	{"U.K.", "United Kingdom", Abbrev, "GPE"},
	{"Britain", "United Kingdom", Alias, "GPE"},
	{"Great Britain", "United Kingdom", Alias, "GPE"},
	{"London", "United Kingdom", Capital, "GPE"},
	{"U.S.", "United States", Abbrev, "GPE"},
	{"US", "United States", Abbrev, "GPE"},
	{"USA", "United States", Abbrev, "GPE"},
	{"America", "United States", Alias, "GPE"},
	{"American", "United States", Demonym, "GPE"},
	{"United States", "United States", Name, "GPE"},
	{"the United States", "United States", Name, "GPE"},
	{"United  States", "United States", Name, "GPE"},
	{"UNITED STATES", "United States", Name, "GPE"},
	{"Washington", "United States", Capital, "GPE"},
	{"French", "France", Demonym, "GPE"},
	{"France", "France", Name, "GPE"},
	{"Kyiv", "Ukraine", Capital, "GPE"},
	{"Kiev", "Ukraine", Capital, "GPE"},
	{"Ukrainian", "Ukraine", Demonym, "GPE"},
	{"Moscow", "Russia", Capital, "GPE"},
	{"Polish", "Poland", Demonym, "GPE"},
	{"German", "Germany", Demonym, "GPE"},
	{"Dutch", "Netherlands", Demonym, "GPE"},
	{"The Netherlands", "Netherlands", Name, "GPE"},
	{"the Netherlands", "Netherlands", Name, "GPE"},
	{"the States", "United States", Alias, "GPE"},
	{"Turkey", "Turkey", Name, "GPE"},
	{"Türkiye", "Turkey", Alias, "GPE"},
	{"Indian", "India", Demonym, "GPE"},
	{"UAE", "United Arab Emirates", Abbrev, "GPE"},
	{"European", "Europe", Demonym, "LOC"},
	{"Europe", "Europe", Name, "LOC"},
	{"Western", "West", Demonym, "LOC"},
	{"Middle East", "Middle East", Name, "LOC"},
	{"EU", "European Union", Abbrev, "ORG"},
	{"NATO", "NATO", Name, "ORG"},
	{"Nato", "NATO", Name, "ORG"},
	// Case rules: abbreviations are case-sensitive, other names need an
	// initial capital.
	{"us", "", 0, ""},
	{"Us", "", 0, ""},
	{"u.s.", "", 0, ""},
	{"french", "", 0, ""},
	{"america", "", 0, ""},
	// Two-letter ISO codes are ordinary words in capitals.
	{"IN", "", 0, ""},
	{"IT", "", 0, ""},
	{"NO", "", 0, ""},
	{"", "", 0, ""},
	{"the", "", 0, ""},
	{"Emmanuel", "", 0, ""},
}

func TestLookup(t *testing.T) {
	for _, tt := range lookupTests {
		p, k, ok := Lookup(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("Lookup(%q) = %q (%v), want not found", tt.in, p.Name, k)
			}
			continue
		}
		if !ok || p.Name != tt.want || k != tt.wantKind || p.Type != tt.wantType {
			t.Errorf("Lookup(%q) = %q %s %v %v, want %q %s %v true", tt.in, p.Name, p.Type, k, ok, tt.want, tt.wantType, tt.wantKind)
		}
	}
}

func TestPlaceFields(t *testing.T) {
	p, _, ok := Lookup("UK")
	if !ok {
		t.Fatal(`Lookup("UK") not found`)
	}
	if p.Code != "GBR" || p.Capital != "London" {
		t.Errorf("United Kingdom: Code %q Capital %q, want GBR London", p.Code, p.Capital)
	}
	for _, a := range []string{"Britain", "UK", "U.K.", "Great Britain"} {
		if !contains(p.Aliases, a) {
			t.Errorf("United Kingdom aliases %q lack %q", p.Aliases, a)
		}
	}
	if !contains(p.Demonyms, "British") {
		t.Errorf("United Kingdom demonyms %q lack British", p.Demonyms)
	}
	us, _, _ := Lookup("US")
	if us.Capital != "Washington D.C." {
		t.Errorf("United States capital %q, want the data's first form %q", us.Capital, "Washington D.C.")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestPlaces(t *testing.T) {
	ps := Places()
	if len(ps) < 250 {
		t.Fatalf("Places() has %d places, want at least the 250 countries", len(ps))
	}
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.Name] {
			t.Errorf("place %q listed twice", p.Name)
		}
		seen[p.Name] = true
		if _, _, ok := Lookup(p.Name); !ok {
			t.Errorf("Lookup(%q) fails for a listed place", p.Name)
		}
	}
	if MaxWords() < 3 {
		t.Errorf("MaxWords() = %d, want at least 3", MaxWords())
	}
}

var buildErrorTests = []struct {
	name, countries, supplement, want string
}{
	{"columns", "France\tGPE\tFRA\n", "", "countries.tsv:1: 3 columns"},
	{"type", "France\tXXX\tFRA\tParis\t\t\tFrench\n", "", `unknown type "XXX"`},
	{"code", "France\tGPE\tFRA\tParis\t\t\tFrench\n", "Gaul\tGPE\tGAU\t\t\t\t\n", "no country with code GAU"},
	{"empty", "\tGPE\tFRA\tParis\t\t\tFrench\n", "", "empty name"},
}

func TestBuildErrors(t *testing.T) {
	for _, tt := range buildErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := build(tt.countries, tt.supplement)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "gazetteer: ") {
				t.Errorf("build: error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestSupplementMerge(t *testing.T) {
	ix, err := build("Türkiye\tGPE\tTUR\tAnkara\tRepublic of Türkiye\t\tTurkish\n",
		"Turkey\tGPE\tTUR\t\t\tTR\t\nAtlantis\tLOC\t\t\t\t\tAtlantean\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.places) != 2 || ix.places[0].Name != "Turkey" || ix.places[1].Name != "Atlantis" {
		t.Fatalf("places %+v, want Turkey then Atlantis", ix.places)
	}
	got := ix.places[0]
	if got.Capital != "Ankara" || !contains(got.Aliases, "Türkiye") || !contains(got.Aliases, "T.R.") {
		t.Errorf("merged place %+v lacks the country's data", got)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Name: "Name", Abbrev: "Abbrev", Alias: "Alias", Demonym: "Demonym", Capital: "Capital", 0: "Kind(0)", 9: "Kind(9)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	words := []string{"British", "U.S.", "Emmanuel", "Kyiv", "the", "said", "United States"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Lookup(w)
		}
	}
	b.ReportMetric(float64(len(words)*b.N)/b.Elapsed().Seconds(), "lookups/s")
}

var givenNameTests = []struct {
	in   string
	want bool
}{
	{"Emmanuel", true},
	{"Friedrich", true},
	{"EMMANUEL", true},
	{"emmanuel", false},
	{"Macron", false},
	{"", false},
	{"Jean-Pierre", false},
	{"Abcdefghijklmnopqrstuvwxyzabcdefghijk", false},
}

func TestGivenName(t *testing.T) {
	for _, tt := range givenNameTests {
		if got := GivenName(tt.in); got != tt.want {
			t.Errorf("GivenName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

var givenNameSexTests = []struct {
	in   string
	want Sex
}{
	{"Elena", Female},
	{"MARIA", Female},
	{"Jared", Male},
	{"Charles", Male},
	{"Kim", Unknown},  // in both lists
	{"Jean", Unknown}, // in both lists
	{"elena", Unknown},
	{"Zelensky", Unknown},
	{"", Unknown},
}

func TestGivenNameSex(t *testing.T) {
	for _, tt := range givenNameSexTests {
		if got := GivenNameSex(tt.in); got != tt.want {
			t.Errorf("GivenNameSex(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	// Every sexed name is a given name.
	for name := range givenNamesSex() {
		if !GivenName(strings.ToUpper(name[:1]) + name[1:]) {
			t.Errorf("%q has a sex but is not in given-names.txt", name)
		}
	}
}

var cityTests = []struct {
	in, want, code string
}{
	{"Kyiv", "Kyiv", "UKR"},
	{"Toronto", "Toronto", "CAN"},
	{"MUNICH", "Munich", "DEU"},
	{"Kharkiv", "Kharkiv", "UKR"},
	{"paris", "", ""},
	{"Xanadu", "", ""},
	{"", "", ""},
}

func TestLookupCity(t *testing.T) {
	for _, tt := range cityTests {
		c, ok := LookupCity(tt.in)
		if c.Name != tt.want || c.Code != tt.code || ok != (tt.want != "") {
			t.Errorf("LookupCity(%q) = %+v %v, want %q %q", tt.in, c, ok, tt.want, tt.code)
		}
		if ok && c.Population < 15000 {
			t.Errorf("LookupCity(%q).Population = %d, want ≥ 15000", tt.in, c.Population)
		}
	}
}

func TestCitiesData(t *testing.T) {
	n := 0
	for i, line := range strings.Split(strings.TrimSuffix(citiesTSV, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" {
			t.Fatalf("cities.tsv:%d: %q: want name, code, population", i+1, line)
		}
		if _, ok := PlaceByCode(f[1]); !ok {
			t.Errorf("cities.tsv:%d: %s: unknown country code %q", i+1, f[0], f[1])
		}
		n++
	}
	if n < 20000 {
		t.Errorf("cities.tsv has %d cities, want over 20000", n)
	}
}

func TestPlaceByCode(t *testing.T) {
	for code, want := range map[string]string{"UKR": "Ukraine", "GBR": "United Kingdom", "TUR": "Turkey", "": "", "XXX": ""} {
		p, ok := PlaceByCode(code)
		if p.Name != want || ok != (want != "") {
			t.Errorf("PlaceByCode(%q) = %q %v, want %q", code, p.Name, ok, want)
		}
	}
}

var matchTests = []struct {
	words    string
	want     string
	wantKind Kind
	wantN    int
}{
	{"United Kingdom said", "United Kingdom", Name, 2},
	{"United States of America", "United States", Alias, 4},
	{"Bosnia and Herzegovina", "Bosnia and Herzegovina", Name, 3},
	{"U.S. officials", "United States", Abbrev, 1},
	{"French President", "France", Demonym, 1},
	{"Kyiv", "Ukraine", Capital, 1},
	{"Emmanuel Macron", "", 0, 0},
	{"united kingdom", "", 0, 0},
	{"", "", 0, 0},
}

func TestMatch(t *testing.T) {
	for _, tt := range matchTests {
		p, k, n, ok := Match(strings.Fields(tt.words))
		if p.Name != tt.want || k != tt.wantKind || n != tt.wantN || ok != (tt.want != "") {
			t.Errorf("Match(%q) = %q %v %d %v, want %q %v %d", tt.words, p.Name, k, n, ok, tt.want, tt.wantKind, tt.wantN)
		}
	}
	long := []string{strings.Repeat("Ü", 100), "Kingdom"}
	if _, _, _, ok := Match(long); ok {
		t.Errorf("Match(%q) found a place", long)
	}
	words := strings.Fields("United States of America")
	if n := testing.AllocsPerRun(100, func() { Match(words) }); n != 0 {
		t.Errorf("Match(%q) allocates %v times, want 0", words, n)
	}
}

func TestTitle(t *testing.T) {
	for in, want := range map[string]bool{"President": true, "CHANCELLOR": true, "Dr.": true, "president": false, "Macron": false, "": false} {
		if got := Title(in); got != want {
			t.Errorf("Title(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestLookupsDoNotAllocate: the per-token look-ups run on every word the
// recogniser and the resolver see.
func TestLookupsDoNotAllocate(t *testing.T) {
	for name, f := range map[string]func(){
		"Lookup":     func() { Lookup("FRANCE") },
		"LookupCity": func() { LookupCity("Paris") },
		"Title":      func() { Title("President") },
		"NameWord":   func() { NameWord("University") },
	} {
		f() // build the tables
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %v times a call, want 0", name, n)
		}
	}
}

func TestOrgCanonical(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"the Fed", "Federal Reserve", true},
		{"Fed", "Federal Reserve", true},
		{"Federal Reserve", "Federal Reserve", true},
		{"UAW", "United Auto Workers", true},
		{"United Auto Workers union", "United Auto Workers", true},
		{"S&P 500", "Standard & Poor's 500", true},
		{"the Dow Jones industrials", "Dow Jones Industrial Average", true},
		{"UN", "United Nations", true},
		{"Un", "", false},  // short aliases match only in capitals
		{"who", "", false}, // the pronoun is not the World Health Organization
		{"WHO", "World Health Organization", true},
		{"Dow", "", false},       // also a chemical company
		{"Dow Jones", "", false}, // also a publisher
		{"Acme", "", false},
	}
	for _, tt := range tests {
		got, ok := OrgCanonical(tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("OrgCanonical(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestOrgNameStart(t *testing.T) {
	for w, want := range map[string]bool{"U.S.": true, "dow": true, "Federal": true, "Fed": false, "Acme": false} {
		if got := OrgNameStart(w); got != want {
			t.Errorf("OrgNameStart(%q) = %v, want %v", w, got, want)
		}
	}
}
