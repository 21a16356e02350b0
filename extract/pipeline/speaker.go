package pipeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/resolve"
)

// orgRef is an organisation (or a country, for its government) a person
// speaks for.
type orgRef struct{ id, name string }

// speakerTies returns, for each person of a document, the organisations
// the document ties them to by their role: "Mara Lind, a spokeswoman for
// Halvern Foods", "Orrin Vale, the chief executive of Tessaly Paper",
// "Brask Motors' chief executive Pella Dunmore", "Halvern Foods
// spokeswoman Mara Lind", "Sefa Umar is a councillor at Harlow City
// Council", "Jana Kiel, who heads Morrow Bank"; and, for a minister or another officer of a government, the
// country whose government the document names ("Finance Minister Coren Abt
// of the French government", "Norway's foreign minister, Eide
// Halvorsen"). A person with a company's role and no organisation named
// for it ("chief executive Rachel Lindqvist") speaks for the one company
// the document names, if it names one. A former role ties no one. at maps a token of sentence si to its entity.
func speakerTies(sents []nlp.Sentence, at func(si, tok int) (id, name string, ok bool)) map[string][]orgRef {
	ties := map[string][]orgRef{}
	add := func(person string, o orgRef) {
		for _, x := range ties[person] {
			if x.id == o.id {
				return
			}
		}
		ties[person] = append(ties[person], o)
	}
	var executives []string          // people with a company's role and no organisation named for it
	companies := map[string]string{} // the businesses the document names, id → name
	for si := range sents {
		s := &sents[si]
		spans := entitySpans(s, func(tok int) (string, string, bool) { return at(si, tok) })
		for _, p := range spans {
			if isOrg(p.id) && resolve.BusinessName(p.name) && !toldTo(s, p) {
				companies[p.id] = p.name
			}
			if !strings.HasPrefix(p.id, "e:person:") {
				continue
			}
			o, after := tieAfter(s, p, spans)
			if after {
				add(p.id, o)
			}
			o, before := tieBefore(s, p, spans)
			if before {
				add(p.id, o)
			}
			if !after && !before && companyRoleBefore(s, p.start) {
				executives = append(executives, p.id)
			}
		}
	}
	if len(companies) == 1 {
		// "'We are disappointed,' chief executive Rachel Lindqvist said"
		// in a document that names one company: hers
		for id, name := range companies {
			for _, p := range executives {
				if len(ties[p]) == 0 {
					add(p, orgRef{id, name})
				}
			}
		}
	}
	return ties
}

// toldTo reports an entity that is only whom something was told ("he
// told Wire", "said to Reuters"): the outlet, not a party to the story.
func toldTo(s *nlp.Sentence, p entSpan) bool {
	for k := p.start; k < p.end; k++ {
		h := s.Tokens[k].Head
		if h >= p.start && h < p.end {
			continue
		}
		switch s.Tokens[k].Dep {
		case "obj", "iobj", "obl":
			return h >= 0 && lexicon.Speech(s.Tokens[h].Lemma)
		}
		return false
	}
	return false
}

// companyRoleBefore reports a role only a company has right before the
// name at token start: "chief executive Rachel Lindqvist", "CEO Ana
// Ruiz", "chairman Ode Berg", "chief financial officer Ragna Eide".
func companyRoleBefore(s *nlp.Sentence, start int) bool {
	k := start - 1
	if k < 0 {
		return false
	}
	w := strings.ToLower(s.Tokens[k].Text)
	switch w {
	case "ceo", "cfo", "coo", "chairman", "chairwoman":
		return true
	case "executive", "officer":
		return k > 0 && strings.EqualFold(s.Tokens[k-1].Text, "chief") || k > 1 && strings.EqualFold(s.Tokens[k-2].Text, "chief")
	}
	return false
}

// entSpan is a run of tokens of one entity.
type entSpan struct {
	start, end int
	id, name   string
}

func entitySpans(s *nlp.Sentence, at entityAt) []entSpan {
	var out []entSpan
	for i := range s.Tokens {
		id, name, ok := at(i)
		if !ok {
			continue
		}
		if n := len(out); n > 0 && out[n-1].id == id && out[n-1].end == i {
			out[n-1].end = i + 1
			continue
		}
		out = append(out, entSpan{start: i, end: i + 1, id: id, name: name})
	}
	return out
}

// spanAt returns the entity span that starts (start) or ends (!start) at
// token k.
func spanAt(spans []entSpan, k int, start bool) (entSpan, bool) {
	for _, sp := range spans {
		if (start && sp.start == k) || (!start && sp.end == k+1) {
			return sp, true
		}
	}
	return entSpan{}, false
}

// roleHeads are the words of a role that speaks for an organisation.
var roleHeads = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true,
	"executive": true, "officer": true, "director": true, "chairman": true, "chairwoman": true, "chair": true,
	"president": true, "head": true, "chief": true, "manager": true, "minister": true, "secretary": true,
	"councillor": true, "councilor": true, "councilman": true, "councilwoman": true, "official": true,
	"founder": true, "co-founder": true, "owner": true, "ceo": true, "cfo": true, "leader": true, "adviser": true,
	"advisor": true, "coach": true, "captain": true, "governor": true, "mayor": true, "premier": true,
	"chancellor": true, "ambassador": true, "envoy": true, "commissioner": true, "lawyer": true, "attorney": true,
	"counsel": true, "partner": true, "analyst": true, "economist": true, "researcher": true, "scientist": true,
	"professor": true, "superintendent": true, "principal": true, "dean": true, "treasurer": true, "boss": true}

// govHeads are the roles of a government's members: their "we" is the
// government. An envoy's or an official's "we" is as often their team.
var govHeads = map[string]bool{"minister": true, "president": true, "premier": true, "chancellor": true,
	"secretary": true}

// govNouns name a government.
var govNouns = map[string]bool{"government": true, "administration": true, "cabinet": true, "ministry": true}

// role reads a run of role words from token k on (dir +1) or back from it
// (dir -1), up to five, none an entity or punctuation: it returns the
// token after the run, whether a role head is in it, whether a
// government's role is, and whether the role is a former one.
func role(s *nlp.Sentence, k, dir int, spans []entSpan) (next int, ok, gov bool) {
	toks := s.Tokens
	former := false
	for n := 0; k >= 0 && k < len(toks) && n < 5; n, k = n+1, k+dir {
		t := toks[k]
		if _, in := spanIn(spans, k); in {
			break
		}
		switch t.UPOS {
		case "NOUN", "ADJ", "PROPN":
		default:
			return k, ok && !former, gov && !former
		}
		w := strings.ToLower(t.Text)
		if w == "former" || w == "ex" || strings.HasPrefix(w, "ex-") || w == "then" || w == "retired" {
			former = true
		}
		if roleHeads[w] || roleHeads[strings.ToLower(t.Lemma)] {
			ok = true
			gov = gov || govHeads[strings.ToLower(t.Lemma)]
		}
	}
	return k, ok && !former, gov && !former
}

func spanIn(spans []entSpan, k int) (entSpan, bool) {
	for _, sp := range spans {
		if sp.start <= k && k < sp.end {
			return sp, true
		}
	}
	return entSpan{}, false
}

func isOrg(id string) bool { return strings.HasPrefix(id, "e:org:") }
func isGPE(id string) bool { return strings.HasPrefix(id, "e:gpe:") }

// tieAfter reads a role after person span p: ", a spokeswoman for ORG",
// ", ORG's chief executive", " of the Velsian government".
func tieAfter(s *nlp.Sentence, p entSpan, spans []entSpan) (orgRef, bool) {
	toks := s.Tokens
	k := p.end
	if k < len(toks) && (toks[k].Text == "," || (toks[k].UPOS == "AUX" && toks[k].Lemma == "be")) {
		k++ // ", a spokeswoman for", " is a councillor at"
	}
	if k+2 < len(toks) && toks[k-1].Text == "," && strings.EqualFold(toks[k].Text, "who") && toks[k+1].UPOS == "VERB" {
		// ", who heads Halvern Foods", ", who works for Halvern Foods"
		j := k + 2
		switch strings.ToLower(toks[k+1].Lemma) {
		case "head", "lead", "run", "chair", "found", "co-found", "manage", "direct", "own", "represent":
		case "work":
			if w := strings.ToLower(toks[j].Text); w != "for" && w != "at" {
				return orgRef{}, false
			}
			j++
		default:
			return orgRef{}, false
		}
		if j < len(toks) && toks[j].UPOS == "DET" {
			j++
		}
		if o, ok := spanAt(spans, j, true); ok && isOrg(o.id) {
			return orgRef{o.id, o.name}, true
		}
		return orgRef{}, false
	}
	if k < len(toks) && toks[k].UPOS == "DET" {
		k++
	}
	if o, ok := spanAt(spans, k, true); ok && (isOrg(o.id) || isGPE(o.id)) && o.end < len(toks) && toks[o.end].XPOS == "POS" {
		// ", Halvern Foods' chief executive", ", Norway's foreign
		// minister"
		if _, ok, gov := role(s, o.end+1, 1, spans); ok && (isOrg(o.id) || gov) {
			return orgRef{o.id, o.name}, true
		}
		return orgRef{}, false
	}
	j, ok, _ := role(s, k, 1, spans)
	if !ok && k != p.end {
		return orgRef{}, false
	}
	if j >= len(toks) {
		return orgRef{}, false
	}
	switch w := strings.ToLower(toks[j].Text); {
	case w == "of" || w == "at":
	case (w == "for" || w == "with") && ok:
		// "a spokeswoman for ORG"; a bare "Lind for ORG" may be
		// anything ("fined Lind for ORG's losses")
	default:
		return orgRef{}, false
	}
	j++
	if j < len(toks) && toks[j].UPOS == "DET" {
		j++
	}
	if o, found := spanAt(spans, j, true); found && isOrg(o.id) && (ok || k == p.end) {
		return orgRef{o.id, o.name}, true
	}
	// "a spokesman for the French government", "Coren Abt of the
	// Velsian government": a government named is its country
	return government(s, j, spans)
}

// government reads a government named from token j on: "Velsian
// government", "government of Velsia".
func government(s *nlp.Sentence, j int, spans []entSpan) (orgRef, bool) {
	toks := s.Tokens
	if g, ok := spanAt(spans, j, true); ok && isGPE(g.id) && g.end < len(toks) && govNouns[strings.ToLower(toks[g.end].Lemma)] {
		return orgRef{g.id, g.name}, true
	}
	if j+2 < len(toks) && govNouns[strings.ToLower(toks[j].Lemma)] && strings.EqualFold(toks[j+1].Text, "of") {
		k := j + 2
		if toks[k].UPOS == "DET" {
			k++
		}
		if g, ok := spanAt(spans, k, true); ok && isGPE(g.id) {
			return orgRef{g.id, g.name}, true
		}
	}
	return orgRef{}, false
}

// tieBefore reads a role before person span p: "Halvern Foods
// spokeswoman", "Brask Motors' chief executive", "French Finance
// Minister", "Norway's foreign minister, Eide Halvorsen".
func tieBefore(s *nlp.Sentence, p entSpan, spans []entSpan) (orgRef, bool) {
	toks := s.Tokens
	k := p.start - 1
	if k > 0 && toks[k].Text == "," {
		k-- // "Norway's foreign minister, Eide Halvorsen"
	}
	i, ok, gov := role(s, k, -1, spans)
	if !ok || i < 0 {
		return orgRef{}, false
	}
	if toks[i].XPOS == "POS" || toks[i].Text == "'s" || toks[i].Text == "’s" {
		i--
	}
	o, found := spanAt(spans, i, false)
	switch {
	case !found:
		return orgRef{}, false
	case isOrg(o.id):
		return orgRef{o.id, o.name}, true
	case isGPE(o.id) && gov:
		return orgRef{o.id, o.name}, true
	}
	return orgRef{}, false
}

// docQuotes are the quotes of a document, within a sentence or over
// several, with their speakers.
type docQuotes struct {
	run [][]int      // per sentence and token: index in spk of the quote it stands in, -1 if none
	spk []speakerRef // per quote: its speaker, name "" if none is named, id "" if no entity
}

// at returns the speaker of the quote that token tok of sentence si stands
// in.
func (q docQuotes) at(si, tok int) (speakerRef, bool) {
	if si < 0 || si >= len(q.run) || tok < 0 || tok >= len(q.run[si]) {
		return speakerRef{}, false
	}
	r := q.run[si][tok]
	if r < 0 || q.spk[r].name == "" {
		return speakerRef{}, false
	}
	return q.spk[r], true
}

// maxQuoteSentences bounds a quote's run: a mark left unclosed opens no
// quote over the rest of the article.
const maxQuoteSentences = 6

// quoteSpeakers finds the quotes of a document, also those that run over
// several sentences ("The plant will close in May. Workers will be moved
// to Arvik," Lind said. / Reyk said: "The contractor has been fired. We
// will hire a new one."), and their speakers: the subject of a verb of saying
// outside the quote in the sentence where it closes, else in the sentence
// where it opens: a person, an organisation, or words that name no entity
// ("the company said"). A quote that is a sentence of its own right after
// another quote goes on with that quote's speaker.
func quoteSpeakers(sents []nlp.Sentence, at func(si, tok int) (id, name string, ok bool)) docQuotes {
	q := docQuotes{run: make([][]int, len(sents))}
	open, cur := noQuote, -1
	type span struct {
		first, last int
		closed      bool
	}
	var spans []span
	for si := range sents {
		s := &sents[si]
		mask, end := quoteMaskFrom(s, open)
		if open == noQuote {
			cur = -1
		}
		q.run[si] = make([]int, len(mask))
		for i, in := range mask {
			q.run[si][i] = -1
			if kind, opening, known := quoteMark(s, i); kind != noQuote {
				if known && opening && (i == 0 || !mask[i-1]) {
					// a quote opens: one left open before it is not
					// the same
					cur = -1
				}
				continue
			}
			if !in {
				if cur >= 0 {
					spans[cur].closed = true
				}
				cur = -1
				continue
			}
			if cur < 0 {
				spans = append(spans, span{first: si, last: si})
				cur = len(spans) - 1
			}
			spans[cur].last = si
			q.run[si][i] = cur
		}
		if end == noQuote && cur >= 0 {
			spans[cur].closed = true
		}
		open = end
		if s.Index == TitleIndex {
			// a headline's quote is its own
			open, cur = noQuote, -1
		}
		if cur >= 0 && spans[cur].last-spans[cur].first+1 >= maxQuoteSentences {
			open = noQuote
		}
	}
	q.spk = make([]speakerRef, len(spans))
	for r, sp := range spans {
		if sp.last > sp.first && !sp.closed {
			// a mark left open, or a quote the article never closes:
			// whose words run on is not known
			continue
		}
		for _, si := range []int{sp.last, sp.first} {
			if ref, ok := runSpeaker(&sents[si], q.run[si], r, func(tok int) (string, string, bool) { return at(si, tok) }); ok {
				q.spk[r] = ref
				break
			}
		}
		if q.spk[r].name == "" && r > 0 && spans[r-1].last == sp.first-1 && q.spk[r-1].name != "" &&
			sents[spans[r-1].last].Index != TitleIndex && quoteOnly(&sents[sp.first], q.run[sp.first], r) {
			// '"Workers will lose their homes," said Reyk. "The council
			// has no plan."': a quote that is a sentence of its own goes
			// on with the speaker of the quote just before
			q.spk[r] = q.spk[r-1]
		}
	}
	return q
}

// quoteOnly reports whether every word of s stands in quote r.
func quoteOnly(s *nlp.Sentence, run []int, r int) bool {
	for i, t := range s.Tokens {
		if kind, _, _ := quoteMark(s, i); kind != noQuote || t.UPOS == "PUNCT" {
			continue
		}
		if run[i] != r {
			return false
		}
	}
	return true
}

// runSpeaker returns the subject of a verb of saying outside quotes in s
// (whose tokens' quotes are run), a person or an organisation, when the
// sentence holds quote r.
func runSpeaker(s *nlp.Sentence, run []int, r int, at entityAt) (speakerRef, bool) {
	holds := false
	for _, x := range run {
		holds = holds || x == r
	}
	if !holds {
		return speakerRef{}, false
	}
	for i, t := range s.Tokens {
		if run[i] >= 0 || !speechVerb(t.Lemma) {
			continue
		}
		if kind, _, _ := quoteMark(s, i); kind != noQuote {
			continue
		}
		for _, c := range s.Children(i) {
			if !strings.HasPrefix(s.Tokens[c].Dep, "nsubj") || run[c] >= 0 {
				continue
			}
			id, name, ok := at(c)
			switch {
			case !ok:
				if id, name, ok := namedRole(s, c, at); ok {
					// "the network's director, Owen Pryce, said"
					return speakerRef{id: id, name: name}, true
				}
				if u := s.Tokens[c].UPOS; u == "NOUN" || u == "PROPN" {
					// "the company said": attributed, no entity
					return speakerRef{name: subtreeText(s, c)}, true
				}
			case strings.HasPrefix(id, "e:person:"):
				return speakerRef{id: id, name: name}, true
			case isOrg(id) || isGPE(id):
				// "\"We will respond,\" Norway said": a country speaks
				// for its government
				return speakerRef{id: id, name: name, orgID: id, orgName: name}, true
			}
		}
	}
	return speakerRef{}, false
}

// sourceNouns are what speaks for its author: "a statement from Halvern
// Foods", "the company's spokeswoman", "a Halvern Foods filing".
var sourceNouns = map[string]bool{"statement": true, "release": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "representative": true, "filing": true, "letter": true, "email": true, "post": true,
	"announcement": true, "notice": true, "memo": true, "website": true, "account": true,
	"suit": true, "lawsuit": true, "complaint": true, "decision": true, "ruling": true, "judgment": true,
	"verdict": true, "finding": true}

// sourceEntity returns the entity a source noun at token h speaks for: its
// "from", "by", "of" or "for" phrase, possessor or compound ("according to
// a statement from Halvern Foods" is attributed to Halvern Foods); so does
// a document ("according to estimates by Holm Partners").
func sourceEntity(s *nlp.Sentence, h int, at entityAt) (string, bool) {
	if h < 0 || h >= len(s.Tokens) {
		return "", false
	}
	if l := strings.ToLower(s.Tokens[h].Lemma); !sourceNouns[l] && !documentNouns[l] {
		return "", false
	}
	for _, c := range s.Children(h) {
		switch s.Tokens[c].Dep {
		case "nmod", "nmod:poss", "compound":
		case "appos":
			// "estimates by the accountancy firm Dorrel Pike", which the
			// parse may hang as an apposition, "by" and all
			by := false
			for k := h + 1; k < c; k++ {
				w := strings.ToLower(s.Tokens[k].Text)
				by = by || w == "by" || w == "from"
			}
			if !by {
				continue
			}
		default:
			continue
		}
		if s.Tokens[c].Dep == "nmod" && childDep(s, c, "case") >= 0 {
			switch strings.ToLower(s.Tokens[childDep(s, c, "case")].Text) {
			case "from", "by", "of", "for":
			default:
				continue
			}
		}
		if id, name, ok := at(c); ok && (isOrg(id) || strings.HasPrefix(id, "e:person:") || isGPE(id)) {
			return name, true
		} else if !ok && s.Tokens[c].Dep == "nmod:poss" && s.Tokens[c].XPOS == "NN" && bodyNouns[strings.ToLower(s.Tokens[c].Lemma)] {
			// "the federation's 30-page decision": the federation
			return strings.TrimSuffix(strings.TrimSuffix(subtreeText(s, c), "'s"), " 's"), true
		}
		if s.Tokens[c].Dep != "nmod" {
			continue
		}
		// "estimates by the accountancy firm Dorrel Pike": the one name
		// the phrase holds
		found, n := "", 0
		for _, k := range s.Children(c) {
			switch s.Tokens[k].Dep {
			case "appos", "flat", "compound", "nmod:desc":
			default:
				continue
			}
			if id, name, ok := at(k); ok && (isOrg(id) || strings.HasPrefix(id, "e:person:")) && name != found {
				found, n = name, n+1
			}
		}
		if n == 1 {
			return found, true
		}
	}
	return "", false
}

// conjoinedReport returns the speaker of a "that"-clause coordinated with
// the clause a verb of saying reports ("Lind said the plant had closed
// and that the buyer had hired 40 drivers"), and whether the verb denies
// it ("denied that ... and that ..."): the parse may hang the clause on
// the first clause, on the conjunction or on the verb itself.
func conjoinedReport(s *nlp.Sentence, verb int, at entityAt) (name string, deny, ok bool) {
	toks := s.Tokens
	if verb < 0 || verb >= len(toks) {
		return "", false, false
	}
	m := childDep(s, verb, "mark")
	if m < 1 || !strings.EqualFold(toks[m].Text, "that") || toks[m-1].UPOS != "CCONJ" {
		return "", false, false
	}
	h := toks[verb].Head
	for d := 0; d < 4 && h >= 0 && h < len(toks); d, h = d+1, toks[h].Head {
		if toks[h].UPOS != "VERB" {
			continue
		}
		if !lexicon.Reporting(toks[h].Lemma) {
			if base(toks[h].Dep) != "ccomp" {
				return "", false, false
			}
			continue // the first clause: its verb of saying is above it
		}
		deny = lexicon.Verb(toks[h].Lemma) == lexicon.Deny
		first := -1
		for _, c := range s.Children(h) {
			if toks[c].Dep != "nsubj" {
				continue
			}
			if at != nil {
				if _, name, ok := at(c); ok {
					// "Labour Minister Jakob Verhelst said", which the
					// parse may give two subjects: the one that names
					return name, deny, true
				}
			}
			if first < 0 {
				first = c
			}
		}
		if first >= 0 {
			if at != nil {
				if _, name, ok := titledPerson(s, first, h, at); ok {
					return name, deny, true // "Justice ... found": the judge
				}
			}
			return subtreeText(s, first), deny, true
		}
		return "", deny, deny
	}
	return "", false, false
}

// earlierSpeaker returns the speaker the sentence before sentence si
// names, for a pronoun (he, she, they) that says something in si and that
// coreference left unbound ("The plant will close, a company spokeswoman
// said. She added that ..."): the last subject of a verb of saying there
// that is a role of the pronoun's number and sex, or the same pronoun
// bound to a person. A name coreference did not take is left alone.
func earlierSpeaker(sents []nlp.Sentence, si int, pron string, at func(si, tok int) (id, name string, ok bool)) (string, bool) {
	p, subjects := priorSpeechSubjects(sents, si)
	if p < 0 {
		return "", false
	}
	s := &sents[p]
	name, found := "", false
	for _, c := range subjects {
		ct := s.Tokens[c]
		if ct.Dep != "nsubj" {
			continue
		}
		switch ct.UPOS {
		case "PRON":
			if id, n, ok := at(p, c); ok && strings.EqualFold(ct.Text, pron) && (strings.HasPrefix(id, "e:person:") || pron == "they") {
				name, found = n, true
			}
		case "NOUN":
			l := strings.ToLower(ct.Lemma)
			if strings.HasSuffix(ct.XPOS, "S") != (pron == "they") || !(roleHeads[l] || groupPeople[l] || l == "police") {
				continue
			}
			if (pron == "he" && strings.Contains(l, "woman")) || (pron == "she" && strings.HasSuffix(l, "man") && !strings.HasSuffix(l, "woman")) {
				continue
			}
			name, found = subtreeText(s, c), true
		}
	}
	return name, found
}

// priorSpeechSubjects returns the sentence before si (-1 when there is
// none or it is the title) and, in order, the subjects (nsubj, nsubj:pass)
// of its verbs of saying.
func priorSpeechSubjects(sents []nlp.Sentence, si int) (int, []int) {
	p := si - 1
	if p < 0 || sents[p].Index == TitleIndex {
		return -1, nil
	}
	s := &sents[p]
	var out []int
	for i, t := range s.Tokens {
		if t.UPOS != "VERB" || !speechVerb(t.Lemma) {
			continue
		}
		for _, c := range s.Children(i) {
			if strings.HasPrefix(s.Tokens[c].Dep, "nsubj") {
				out = append(out, c)
			}
		}
	}
	return p, out
}
