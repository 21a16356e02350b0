package lemma

import "testing"

// benchWords is a made-up tagged sentence mixing table hits and rule cases.
var benchWords = []struct{ word, upos string }{
	{"The", "DET"}, {"envoys", "NOUN"}, {"had", "AUX"}, {"signed", "VERB"}, {"a", "DET"},
	{"five-point", "ADJ"}, {"plan", "NOUN"}, {"with", "ADP"}, {"European", "ADJ"},
	{"leaders", "NOUN"}, {"in", "ADP"}, {"Paris", "PROPN"}, {",", "PUNCT"}, {"making", "VERB"},
	{"guarantees", "NOUN"}, {"for", "ADP"}, {"Ukraine", "PROPN"}, {"'s", "PART"},
	{"troops", "NOUN"}, {"that", "PRON"}, {"were", "AUX"}, {"stopped", "VERB"},
	{"at", "ADP"}, {"the", "DET"}, {"largest", "ADJ"}, {"crossings", "NOUN"}, {".", "PUNCT"},
}

func BenchmarkLemmatize(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range benchWords {
			Lemmatize(w.word, w.upos)
		}
	}
	b.ReportMetric(float64(len(benchWords)*b.N)/b.Elapsed().Seconds(), "words/s")
}
