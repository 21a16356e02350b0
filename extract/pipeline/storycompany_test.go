package pipeline

import "testing"

// TestStoryCompany checks which organisation a document is about: a
// company mentioned at least three times and more than twice as often as
// any other organisation, whether that one is a company or not.
func TestStoryCompany(t *testing.T) {
	for _, tc := range []struct {
		name   string
		counts map[string]int
		names  map[string]string
		want   string
	}{
		{"one company", map[string]int{"a": 5, "b": 1},
			map[string]string{"a": "Korvane Holdings", "b": "Tarrow Council"}, "Korvane Holdings"},
		{"too few mentions", map[string]int{"a": 2},
			map[string]string{"a": "Korvane Holdings"}, ""},
		{"two companies alike", map[string]int{"a": 5, "b": 3},
			map[string]string{"a": "Korvane Holdings", "b": "Velmora Group"}, ""},
		{"a club as often as the buyer", map[string]int{"a": 4, "b": 4},
			map[string]string{"a": "Halden Crest Capital", "b": "Brennock Athletic Football Club"}, ""},
		{"a regulator named now and then", map[string]int{"a": 6, "b": 2},
			map[string]string{"a": "Korvane Holdings", "b": "Competition Authority"}, "Korvane Holdings"},
	} {
		if got := storyCompany(tc.counts, tc.names); got != tc.want {
			t.Errorf("%s: storyCompany = %q; want %q", tc.name, got, tc.want)
		}
	}
}
