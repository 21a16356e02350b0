package lexicon

import "testing"

func TestTitle(t *testing.T) {
	tests := []struct {
		w         string
		class     TitleClass
		sex       Sex
		canonical string
		announces bool
	}{
		{"President", Office, Unknown, "president", true},
		{"Gen.", Rank, Unknown, "general", true},
		{"MRS", Honorific, Female, "mrs", true},
		{"adviser", Office, Unknown, "advisor", true},
		{"Chief", Role, Unknown, "chief", false},
		{"striker", Occupation, Unknown, "striker", false},
		{"Prime", Modifier, Unknown, "prime", false},
		{"Queen", Office, Female, "queen", true},
	}
	for _, tt := range tests {
		e, ok := TitleInfo(tt.w)
		if !ok || e.Class != tt.class || e.Sex != tt.sex || e.Canonical != tt.canonical || e.AnnouncesName() != tt.announces {
			t.Errorf("TitleInfo(%q) = %+v, %v (announces %v); want class %d sex %d canonical %q announces %v",
				tt.w, e, ok, e.AnnouncesName(), tt.class, tt.sex, tt.canonical, tt.announces)
		}
	}
	for _, w := range []string{"Paris", "the", "", "Generals"} {
		if Title(w) {
			t.Errorf("Title(%q) = true", w)
		}
	}
	if !Title("Mayor", Office, Rank) || Title("Mayor", Role) {
		t.Error("Title with classes does not filter by class")
	}
	if CanonicalTitle("Sgt.") != "sergeant" || CanonicalTitle("Baker.") != "baker" {
		t.Error("CanonicalTitle")
	}
}

func TestCalendar(t *testing.T) {
	tests := []struct {
		w     string
		kind  CalendarKind
		value int
		time  bool
	}{
		{"March", Month, 3, true},
		{"Sept.", MonthAbbr, 9, true},
		{"sunday", Weekday, 0, true},
		{"Saturday", Weekday, 6, true},
		{"yesterday", RelativeDay, 0, true},
		{"weeks", Unit, 0, true},
		{"autumn", Season, 0, true},
		{"EDT", Zone, 0, false},
		{"Christmas", Holiday, 0, false},
		{"p.m.", Meridiem, 0, false},
	}
	for _, tt := range tests {
		e, ok := Calendar(tt.w)
		if !ok || e.Kind != tt.kind || e.Value != tt.value || e.TimeWord() != tt.time || TimeWord(tt.w) != tt.time {
			t.Errorf("Calendar(%q) = %+v, %v; want kind %d value %d timeword %v", tt.w, e, ok, tt.kind, tt.value, tt.time)
		}
	}
	if e, _ := Calendar("Weeks"); e.Unit != "week" {
		t.Errorf("unit of weeks = %q", e.Unit)
	}
	if _, ok := Calendar("Paris"); ok {
		t.Error("Paris is a calendar word")
	}
	months := Calendars(Month)
	if len(months) != 12 || months["may"].Value != 5 {
		t.Errorf("Calendars(Month) = %d words, may = %+v", len(months), months["may"])
	}
}

func TestVerb(t *testing.T) {
	for w, want := range map[string]VerbClass{"say": Say, "Tell": Say, "believe": Think, "deny": Deny, "eat": NotReporting} {
		if got := Verb(w); got != want {
			t.Errorf("Verb(%q) = %d, want %d", w, got, want)
		}
	}
	if !Reporting("dispute") || Reporting("sign") || Reporting("continue") {
		t.Error("Reporting")
	}
	if !Speech("continue") || !Speech("say") || Speech("believe") {
		t.Error("Speech")
	}
	for w, want := range map[string]bool{"know": true, "Realised": false, "realise": true, "say": false, "deny": false, "believe": false} {
		if Factive(w) != want {
			t.Errorf("Factive(%q) = %v", w, !want)
		}
	}
	if Verb("know") != NotReporting || Reporting("regret") {
		t.Error("a factive verb is a reporting one")
	}
	if !Prevents("bar") || !Prevents("Prevent") || Prevents("say") || Verb("ban") != NotReporting {
		t.Error("Prevents")
	}
	for _, tt := range []struct {
		lemma, particle string
		want            bool
	}{{"take", "over", true}, {"Call", "OFF", true}, {"shut", "down", true}, {"walk", "up", false}, {"take", "in", false}} {
		if Phrasal(tt.lemma, tt.particle) != tt.want {
			t.Errorf("Phrasal(%q, %q) = %v", tt.lemma, tt.particle, !tt.want)
		}
	}
	for w, want := range map[string]bool{"over": true, "away": true, "out": true, "in": false, "on": false} {
		if Particle(w) != want {
			t.Errorf("Particle(%q) = %v", w, !want)
		}
	}
}

// TestLookupsDoNotAllocate checks that the per-token look-ups, called for
// every token of every article, allocate nothing.
func TestLookupsDoNotAllocate(t *testing.T) {
	TitleInfo("x") // load the lists first
	Calendar("x")
	Verb("x")
	n := testing.AllocsPerRun(100, func() {
		TitleInfo("President")
		Calendar("Sept.")
		Verb("Said")
		TimeWord("Tuesday")
	})
	if n != 0 {
		t.Errorf("look-ups allocate %.1f times per run", n)
	}
}

func TestKinds(t *testing.T) {
	has := func(w, d string) bool {
		for _, k := range Kinds(w) {
			if k == d {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		noun, desc string
		want       bool
	}{{"wildfire", "fire", true}, {"Takeover", "deal", true}, {"deal", "takeover", false},
		{"airport", "port", false}, {"fire", "wildfire", false}, {"excavation", "dig", true}} {
		if has(tt.noun, tt.desc) != tt.want {
			t.Errorf("Kinds(%q) has %q = %v", tt.noun, tt.desc, !tt.want)
		}
	}
}
