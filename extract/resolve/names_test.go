package resolve

import "testing"

func TestFoldName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zelensky", "zelensky"},
		{"Zelenskiy", "zelensky"},
		{"Zelenskyy", "zelensky"},
		{"Zelenskyi", "zelensky"},
		{"Dostoevskij", "dostoevsky"},
		{"Zoë", "zoe"},
		{"Kushner", "kushner"},
		{"O'Brien", "obrien"},
		{"Li", "li"}, // too short to fold an ending
		{"el-Sadat", "sadat"},
		{"Al-Assad", "assad"},
		{"Al", "al"},
	}
	for _, tt := range tests {
		if got := foldName(tt.in); got != tt.want {
			t.Errorf("foldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFirstNamesCompatible(t *testing.T) {
	tests := []struct {
		a, b                string
		compatible, certain bool
	}{
		{"jared", "jared", true, true},
		{"", "jared", true, true},
		{"jared", "charles", false, false},
		{"alex", "alexus", true, false},
		{"alexus", "alex", true, false},
		{"steve", "stephen", true, false},
		{"bill", "william", true, false},
		{"donald", "don", true, false},
		{"jo", "josh", false, false}, // prefixes shorter than three letters prove nothing
		{"donald", "dominic", false, false},
		{"dmitry", "dmitri", true, false},
		{"maria", "mario", true, false}, // one letter apart: a variant, never certain
		{"jared", "jarod", true, false},
	}
	for _, tt := range tests {
		c, cert := firstNamesCompatible(tt.a, tt.b)
		if c != tt.compatible || cert != tt.certain {
			t.Errorf("firstNamesCompatible(%q, %q) = %v, %v; want %v, %v", tt.a, tt.b, c, cert, tt.compatible, tt.certain)
		}
	}
}

func TestEditDistanceAtMost1(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"kushner", "kushner", true},
		{"grynkewich", "grinkewich", true},
		{"grynkewich", "grynkevich", true},
		{"trump", "tusk", false},
		{"abc", "abcd", true},
		{"abc", "abcde", false},
		{"", "a", true},
		{"ab", "ba", false},
	}
	for _, tt := range tests {
		if got := editDistanceAtMost1(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistanceAtMost1(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestAcronym(t *testing.T) {
	for in, want := range map[string]string{
		"north atlantic treaty organization": "nato",
		"united nations":                     "un",
		"bank of england":                    "be",
		"general motors corp":                "gm", // the legal form has no letter in the initials
	} {
		if got := acronym(in); got != want {
			t.Errorf("acronym(%q) = %q, want %q", in, got, want)
		}
	}
	if got := acronymAll("general avionics corporation"); got != "gac" {
		t.Errorf("acronymAll(general avionics corporation) = %q, want gac", got)
	}
}
