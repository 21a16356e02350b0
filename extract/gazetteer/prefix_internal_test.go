package gazetteer

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// matchClassAll is nameList.matchClass without the prefix set: it tries
// every length up to maxLen. The prefix set must not change an answer.
func (ix *nameList) matchClassAll(words []string, lower bool) (int, uint8) {
	if len(words) == 0 {
		return 0, 0
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	if lower != unicode.IsLower(r) || (!lower && !unicode.IsUpper(r)) {
		return 0, 0
	}
	best, class := 0, uint8(0)
	if c, ok := ix.exact[words[0]]; ok && !lower {
		best, class = 1, c
	}
	b := ""
	for n := 1; n <= ix.maxLen && n <= len(words); n++ {
		if n > 1 {
			b += " "
		}
		w := words[n-1]
		if len(b)+len(w) > 64 {
			break
		}
		if lower && strings.ToLower(w) != w && isPlainASCII(w) {
			return best, class
		}
		b += strings.ToLower(w)
		if c, ok := ix.names[b]; ok {
			best, class = n, c
		}
	}
	return best, class
}

// TestMatchClassPrefixes checks the prefix set against trying every
// length, on word runs cut from the lists' own names (whole, cut short,
// run on into other words, in other cases) and on random words.
func TestMatchClassPrefixes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	lists := map[string]*nameList{"regions": regions(), "orgNames": orgNames()}
	for lname, ix := range lists {
		var keys []string
		for k := range ix.names {
			keys = append(keys, k)
		}
		extra := []string{"of", "the", "Board", "said", "Inc", "-", "'s", "Ärzte", "Zürich", "and", "New"}
		checked := 0
		for i := 0; i < 40000; i++ {
			ws := strings.Fields(keys[r.IntN(len(keys))])
			switch r.IntN(4) {
			case 0:
				ws = ws[:1+r.IntN(len(ws))]
			case 1:
				ws = append(ws, strings.Fields(keys[r.IntN(len(keys))])...)
			case 2:
				ws = append(ws, extra[r.IntN(len(extra))], extra[r.IntN(len(extra))])
			}
			for j := range ws {
				switch r.IntN(3) {
				case 0:
					ws[j] = strings.ToUpper(ws[j][:1]) + ws[j][1:]
				case 1:
					ws[j] = strings.ToUpper(ws[j])
				}
			}
			for _, lower := range []bool{false, true} {
				w := ws
				if lower {
					w = make([]string, len(ws))
					for j := range ws {
						w[j] = strings.ToLower(ws[j])
					}
				}
				n, c := ix.matchClass(w, lower)
				wn, wc := ix.matchClassAll(w, lower)
				if n != wn || c != wc {
					t.Fatalf("%s.matchClass(%q, %v) = %d, %d; every length gives %d, %d", lname, w, lower, n, c, wn, wc)
				}
				if n > 1 {
					checked++
				}
			}
		}
		if checked == 0 {
			t.Errorf("%s: no multi-word match among the runs: the test checks nothing", lname)
		}
	}
}

// BenchmarkMatchOrgName matches at every word of a news sentence, as the
// recogniser does.
func BenchmarkMatchOrgName(b *testing.B) {
	ws := strings.Fields("Shares in Harlow Petroleum fell 4 percent on Tuesday after the Boston College study said the British Airways deal with Apple Music would not close before March , the company 's chief executive told Reuters")
	b.ReportAllocs()
	for b.Loop() {
		for i := range ws {
			MatchOrgName(ws[i:])
		}
	}
}
