package resolve

import (
	"strings"

	"github.com/storygraph/storygraph/extract/gazetteer"
)

// personTitles are titles that announce a person's name when capitalised
// before it ("Secretary of State Cyrus Vance", "Gen. Alexus Grynkewich").
var personTitles = set("president", "minister", "secretary", "envoy", "ambassador", "senator", "sen",
	"governor", "gov", "mayor", "king", "queen", "prince", "princess", "general", "gen", "admiral", "adm",
	"chancellor", "commissioner", "judge", "justice", "mr", "mrs", "ms", "dr", "rep", "representative",
	"pope", "premier", "spokesman", "spokeswoman", "adviser", "advisor", "commander", "colonel", "col",
	"captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "chairman", "chairwoman", "ceo", "director",
	"sheikh", "emir", "sultan", "archbishop", "bishop", "rabbi", "imam")

// orgHeads end organisation names; a capitalised word among them after a
// title is not a person's name ("Security Council").
var orgHeads = set("council", "committee", "house", "office", "department", "ministry", "court",
	"party", "union", "agency", "commission", "group", "corp", "inc", "bank", "fund", "forces",
	"army", "navy", "government", "administration", "senate", "congress", "parliament", "assembly")

// collectTitled adds persons named right after a capitalised title that the
// recogniser missed or mislabelled.
func (r *resolver) collectTitled(di, si int) {
	s := &r.docs[di].Sentences[si]
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		if !isCapitalised(toks[i].Text) || !personTitles[bareWord(toks[i].Text)] {
			continue
		}
		j := i + 1
		// "Secretary of State", "Minister of Defence": a title's "of X"
		// when a name still follows.
		if j+3 < len(toks) && strings.EqualFold(toks[j].Text, "of") && isCapitalised(toks[j+1].Text) &&
			isCapitalised(toks[j+2].Text) && isCapitalised(toks[j+3].Text) {
			j += 2
		}
		for j < len(toks) && isCapitalised(toks[j].Text) && isTitle(toks[j].Text) {
			j++
		}
		start := j
		for j < len(toks) && j-start < 4 && isNamePart(toks[j].Text, toks[j].UPOS) {
			j++
		}
		if j == start {
			continue
		}
		if r.personAt(di, si, start, j) {
			i = j - 1
			continue
		}
		r.dropOverlapping(di, si, i, j)
		r.addPerson(di, si, start, j)
		i = j - 1
	}
}

// isNamePart reports whether a token may be part of a person's name.
func isNamePart(w, upos string) bool {
	if !isCapitalised(w) || isTitle(w) || orgHeads[strings.ToLower(w)] {
		return false
	}
	if upos != "PROPN" && upos != "NOUN" && upos != "ADJ" && upos != "X" && upos != "VERB" {
		return false
	}
	if _, kind, ok := gazetteer.Lookup(w); ok && kind != gazetteer.Capital {
		return false
	}
	return true
}

// personAt reports whether a person mention overlaps tokens [start, end).
func (r *resolver) personAt(di, si, start, end int) bool {
	for _, m := range r.mentions {
		if m.doc == di && m.sent == si && m.typ == "PERSON" && !m.pronoun && m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// dropOverlapping removes non-person mentions overlapping [start, end).
func (r *resolver) dropOverlapping(di, si, start, end int) {
	out := r.mentions[:0]
	for _, m := range r.mentions {
		if m.doc == di && m.sent == si && m.typ != "PERSON" && m.fullStart < end && start < m.end {
			continue
		}
		out = append(out, m)
	}
	r.mentions = out
}

// collectKnownSurnames adds mentions of surnames of people named in full
// somewhere in the corpus that the recogniser missed ("Begin told
// reporters").
func (r *resolver) collectKnownSurnames() {
	surnames := map[string]bool{}
	for _, m := range r.mentions {
		if m.typ == "PERSON" && !m.pronoun && m.first != "" && len(m.last) >= 4 {
			surnames[m.last] = true
		}
	}
	if len(surnames) == 0 {
		return
	}
	// A one-word place or organisation the recogniser found that is the
	// surname of a person named in full elsewhere is that person
	// ("Zelensky" tagged LOC in one sentence).
	for i := range r.mentions {
		m := &r.mentions[i]
		if (strings.HasPrefix(m.key, "loc:") || strings.HasPrefix(m.key, "org:")) && m.start+1 == m.end &&
			surnames[foldName(m.name)] {
			m.typ, m.key, m.last, m.first = "PERSON", "", foldName(m.name), ""
		}
	}
	for di := range r.docs {
		for si := range r.docs[di].Sentences {
			toks := r.docs[di].Sentences[si].Tokens
			for i, t := range toks {
				if !isCapitalised(t.Text) || !surnames[foldName(t.Text)] || r.coveredAny(di, si, i, i+1) {
					continue
				}
				if i == 0 && i+1 < len(toks) {
					switch toks[i+1].UPOS {
					case "DET", "NOUN", "ADJ", "PRON", "NUM":
						continue // an imperative: "Begin the count"
					}
				}
				r.addPerson(di, si, i, i+1)
			}
		}
	}
}

// fixBrokenNames turns a person mention that is the tail of a longer
// place or organisation name seen elsewhere ("Camp David") into a mention
// of that name.
func (r *resolver) fixBrokenNames() {
	names := map[string]mention{}
	for _, m := range r.mentions {
		if m.typ != "PERSON" && m.key != "" {
			names[strings.ToLower(m.surface)] = m
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.typ != "PERSON" || m.pronoun || m.fullStart == 0 || m.fullStart != m.start {
			continue
		}
		s := &r.docs[m.doc].Sentences[m.sent]
		for k := 1; k <= 2 && m.start-k >= 0; k++ {
			ext := strings.ToLower(s.SpanText(m.start-k, m.end))
			if other, ok := names[ext]; ok {
				m.start, m.fullStart = m.start-k, m.start-k
				m.surface, m.name = s.SpanText(m.start, m.end), other.name
				m.typ, m.key, m.role, m.first, m.last = other.typ, other.key, "", "", ""
				break
			}
		}
	}
}
