package lemma

import (
	"sync"
	"testing"
	"unicode/utf8"
)

var lemmatizeTests = []struct {
	word, upos, want string
}{
	// Irregular verbs and auxiliaries.
	{"went", "VERB", "go"}, {"was", "AUX", "be"}, {"were", "AUX", "be"}, {"is", "AUX", "be"},
	{"'s", "AUX", "be"}, {"met", "VERB", "meet"}, {"told", "VERB", "tell"}, {"said", "VERB", "say"},
	{"brought", "VERB", "bring"}, {"bringing", "VERB", "bring"}, {"sought", "VERB", "seek"},
	{"withdrew", "VERB", "withdraw"}, {"had", "AUX", "have"}, {"has", "VERB", "have"},
	{"did", "AUX", "do"}, {"does", "AUX", "do"}, {"ca", "AUX", "can"}, {"wo", "AUX", "will"},
	{"'ll", "AUX", "will"}, {"Went", "VERB", "go"}, {"dying", "VERB", "die"},
	// Regular verbs: -ed, -ing, -s with spelling repairs.
	{"signed", "VERB", "sign"}, {"agreed", "VERB", "agree"}, {"making", "VERB", "make"},
	{"stopped", "VERB", "stop"}, {"called", "VERB", "call"}, {"asked", "VERB", "ask"},
	{"tried", "VERB", "try"}, {"applies", "VERB", "apply"}, {"tied", "VERB", "tie"},
	{"used", "VERB", "use"}, {"based", "VERB", "base"}, {"received", "VERB", "receive"},
	{"including", "VERB", "include"}, {"produced", "VERB", "produce"}, {"caused", "VERB", "cause"},
	{"handled", "VERB", "handle"}, {"continued", "VERB", "continue"}, {"stated", "VERB", "state"},
	{"negotiated", "VERB", "negotiate"}, {"acquired", "VERB", "acquire"}, {"shared", "VERB", "share"},
	{"scored", "VERB", "score"}, {"voted", "VERB", "vote"}, {"executed", "VERB", "execute"},
	{"changed", "VERB", "change"}, {"judged", "VERB", "judge"}, {"charged", "VERB", "charge"},
	{"realized", "VERB", "realize"}, {"defined", "VERB", "define"}, {"hoping", "VERB", "hope"},
	{"developed", "VERB", "develop"}, {"opened", "VERB", "open"}, {"happened", "VERB", "happen"},
	{"visited", "VERB", "visit"}, {"offered", "VERB", "offer"}, {"looked", "VERB", "look"},
	{"needed", "VERB", "need"}, {"need", "VERB", "need"}, {"added", "VERB", "add"},
	{"occurred", "VERB", "occur"}, {"planning", "VERB", "plan"}, {"beginning", "VERB", "begin"},
	{"controlled", "VERB", "control"}, {"cancelled", "VERB", "cancel"}, {"traveling", "VERB", "travel"},
	{"pledges", "VERB", "pledge"}, {"watches", "VERB", "watch"}, {"goes", "VERB", "go"},
	{"focuses", "VERB", "focus"}, {"discussed", "VERB", "discuss"}, {"passes", "VERB", "pass"},
	{"writing", "VERB", "write"}, {"seeing", "VERB", "see"}, {"suing", "VERB", "sue"},
	{"mimicking", "VERB", "mimic"}, {"putting", "VERB", "put"}, {"emphasized", "VERB", "emphasize"},
	{"teasing", "VERB", "tease"}, {"reached", "VERB", "reach"}, {"unveil", "VERB", "unveil"},
	// Nouns.
	{"troops", "NOUN", "troop"}, {"children", "NOUN", "child"}, {"countries", "NOUN", "country"},
	{"talks", "NOUN", "talk"}, {"guarantees", "NOUN", "guarantee"}, {"leaders", "NOUN", "leader"},
	{"businesses", "NOUN", "business"}, {"taxes", "NOUN", "tax"}, {"churches", "NOUN", "church"},
	{"headaches", "NOUN", "headache"}, {"cases", "NOUN", "case"}, {"houses", "NOUN", "house"},
	{"viruses", "NOUN", "virus"}, {"lives", "NOUN", "life"}, {"women", "NOUN", "woman"},
	{"crises", "NOUN", "crisis"}, {"news", "NOUN", "news"}, {"series", "NOUN", "series"},
	{"status", "NOUN", "status"}, {"analysis", "NOUN", "analysis"}, {"1990s", "NOUN", "1990s"},
	{"80's", "NOUN", "80s"}, {"Talks", "NOUN", "talk"}, {"B", "NOUN", "B"}, {"movies", "NOUN", "movie"},
	{"heroes", "NOUN", "hero"}, {"shoes", "NOUN", "shoe"}, {"gas", "NOUN", "gas"},
	// Proper nouns keep their case.
	{"Ukraine", "PROPN", "Ukraine"}, {"NATO", "PROPN", "NATO"}, {"Kushner", "PROPN", "Kushner"},
	{"Americans", "PROPN", "American"}, {"Dec.", "PROPN", "December"}, {"google", "PROPN", "Google"},
	{"Williams", "PROPN", "Williams"},
	// Adjectives and adverbs.
	{"bigger", "ADJ", "big"}, {"largest", "ADJ", "large"}, {"happier", "ADJ", "happy"},
	{"better", "ADJ", "good"}, {"worst", "ADJ", "bad"}, {"other", "ADJ", "other"},
	{"former", "ADJ", "former"}, {"honest", "ADJ", "honest"}, {"Russian", "ADJ", "Russian"},
	{"Big", "ADJ", "big"}, {"latest", "ADJ", "late"}, {"closest", "ADJ", "close"},
	{"better", "ADV", "well"}, {"quickly", "ADV", "quickly"},
	// Closed classes.
	{"him", "PRON", "he"}, {"them", "PRON", "they"}, {"I", "PRON", "I"}, {"me", "PRON", "I"},
	{"his", "PRON", "his"}, {"an", "DET", "a"}, {"those", "DET", "that"}, {"n't", "PART", "not"},
	{"n’t", "PART", "not"}, {"'s", "PART", "'s"}, {"The", "DET", "the"},
	{"1,000", "NUM", "1000"}, {"Four", "NUM", "four"}, {"“", "PUNCT", `"`}, {".", "PUNCT", "."},
	// Degenerate input.
	{"", "NOUN", ""}, {"s", "VERB", "be"}, {"x", "", "x"}, {"Hello", "INTJ", "hello"},
	{"ÉTATS", "NOUN", "état"},
	// A separator with no digit is not a number: nothing to strip.
	{",", "NUM", ","}, {",.,", "NUM", ",.,"}, {"1,5", "NUM", "15"},
}

func TestLemmatize(t *testing.T) {
	for _, tt := range lemmatizeTests {
		if got := Lemmatize(tt.word, tt.upos); got != tt.want {
			t.Errorf("Lemmatize(%q, %q) = %q, want %q", tt.word, tt.upos, got, tt.want)
		}
	}
}

// TestLemmatizeConcurrent runs Lemmatize from several goroutines, including
// the first use of its lazily built tables; run with -race to check.
func TestLemmatizeConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tt := range lemmatizeTests {
				if got := Lemmatize(tt.word, tt.upos); got != tt.want {
					errs <- tt.word
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for w := range errs {
		t.Errorf("Lemmatize(%q) differs under concurrency", w)
	}
}

func FuzzLemmatize(f *testing.F) {
	for _, tt := range lemmatizeTests {
		f.Add(tt.word, tt.upos)
	}
	f.Fuzz(func(t *testing.T, word, upos string) {
		l := Lemmatize(word, upos)
		if word != "" && l == "" {
			t.Errorf("Lemmatize(%q, %q) is empty", word, upos)
		}
		if utf8.ValidString(word) && !utf8.ValidString(l) {
			t.Errorf("Lemmatize(%q, %q) = %q, not valid UTF-8", word, upos, l)
		}
	})
}

// TestExceptionsNeeded checks that exceptions_gen.go is in step with the
// rules: every entry must differ from what the rules give, else the table
// is stale and needs go generate.
func TestExceptionsNeeded(t *testing.T) {
	for upos, m := range exceptions {
		for form, want := range m {
			if got := ruleLemma(form, upos); got == want {
				t.Errorf("exceptions[%q][%q] = %q is what the rules give; run go generate", upos, form, want)
			}
		}
	}
}
