package pipeline

import (
	"strings"

	"github.com/storygraph/storygraph/extract/lexicon"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/oie"
)

// fixSpeaker puts right the speaker of a fact (its source, and the subject
// of a fact of saying) where the parse took a word of the speaker's
// phrase, or of the clause reported, for the speaker:
//   - a sentence that ends in ", the town council said", whose first noun
//     the parse also made a subject of "said": the council says it all;
//   - a word of a title before the name ("Labour Minister Jakob Verhelst
//     said", "Finance" of "Finance Minister ..."): the person;
//   - the noun of "two people familiar with the matter said": the people;
//   - a source document a body published ("according to records
//     published by the authority"): the body; a word that opens a clause
//     ("after figures published last week showed") is no part of it;
//   - "the company said" in a story about one company: that company;
//   - "it said" with nobody bound: the body that spoke in the sentence
//     before.
func fixSpeaker(sents []nlp.Sentence, si int, ex oie.Extraction, f *extract.Fact, at func(si, tok int) (id, name string, ok bool), company string) {
	s := &sents[si]
	subj, obj, subjID, objID := f.Subject, f.Object, f.SubjectID, f.ObjectID
	defer func() {
		f.AttributedTo = companyNamed(f.AttributedTo, company)
		if ex.Verb >= 0 && ex.Verb < len(s.Tokens) && speechVerb(s.Tokens[ex.Verb].Lemma) && f.SubjectID == "" {
			f.Subject = companyNamed(f.Subject, company)
		}
		if f.Subject != subj || f.Object != obj || f.SubjectID != subjID || f.ObjectID != objID {
			f.SetID() // the fact's id is its words
		}
	}()
	sat := func(tok int) (string, string, bool) { return at(si, tok) }
	speech := ex.Verb >= 0 && ex.Verb < len(s.Tokens) && speechVerb(s.Tokens[ex.Verb].Lemma)
	if a := reportingVerb(s, ex.Verb); a >= 0 {
		if id, name, ok := participleSpeaker(s, a, sat); ok {
			// "..., adding that the bank would hold rates": what the
			// speaker of the clause it hangs on adds
			if a == ex.Verb {
				f.Subject, f.SubjectID = name, id
			} else if f.AttributedTo != "" {
				f.AttributedTo = name
			}
			return
		}
	}
	if h := ex.AttributedHead; h >= 0 && h < len(s.Tokens) && strings.EqualFold(f.AttributedTo, "it") && impersonal(s, h) {
		f.AttributedTo = "" // "It should be mentioned that ...": the writer's
		return
	}
	if ex.AttributedHead >= 0 && ex.AttributedHead < len(s.Tokens) && f.AttributedTo != "" {
		if _, name, ok := appositiveSpeaker(s, ex.AttributedHead, reportingVerb(s, ex.Verb), sat); ok {
			f.AttributedTo = name
		} else if _, name, ok := betterSpeaker(sents, si, ex.AttributedHead, f.AttributedTo, at); ok {
			f.AttributedTo = name
		}
	}
	f.AttributedTo = trimSpeaker(f.AttributedTo)
	if !speech || ex.SubjHead < 0 || ex.SubjHead >= len(s.Tokens) {
		return
	}
	f.Subject = trimSpeaker(f.Subject)
	v := ex.Verb
	if id, name, ok := appositiveSpeaker(s, ex.SubjHead, v, sat); ok {
		f.Subject, f.SubjectID = name, id
		return
	}
	if ex.SubjHead < v {
		// "Gorran Velt was arrested on Tuesday, police said." read with
		// nothing said, or a piece of it ("..., and a woman drowned
		// when ..., police said": "drowned"): what comes before the
		// speaker
		if st, ok := finalSpeaker(s, v, -1); ok && ex.SubjHead >= st {
			start := 0
			if s.Tokens[0].UPOS == "CCONJ" {
				start = 1
			}
			if id, name := finalName(s, st, v, sat); ex.Subj.IsValid() && ex.Subj.Start < st && (f.SubjectID == "" || id != "") {
				f.Subject, f.SubjectID = name, id // not "north of Sarreno officials"
			}
			before := s.SpanText(start, st-1)
			if st-1 > start+2 && pieceOf(f.Object, before) {
				f.Object, f.ObjectID = before, ""
			}
			return
		}
	}
	if id, name, ok := invertedSpeaker(s, ex, v, sat); ok {
		// "\"...,\" said the novelist Rui Tavares": read with the
		// quote's subject as the speaker
		q := quoteMask(s)
		lo, hi := -1, -1
		for i := 0; i < v; i++ {
			if q[i] {
				if lo < 0 {
					lo = i
				}
				hi = i
			}
		}
		if lo >= 0 {
			txt := strings.TrimRight(s.SpanText(lo, hi+1), " ,")
			f.Subject, f.SubjectID = name, id
			f.Object, f.ObjectID = txt, ""
			if h := ex.AttributedHead; h >= 0 && h < len(q) && q[h] {
				f.AttributedTo = "" // the quote's "He" is no source of it
			}
		}
		return
	}
	if s.Tokens[ex.SubjHead].Head != v {
		return
	}
	if st, ok := finalSpeaker(s, v, ex.SubjHead); ok {
		// "Residents living nearby were told ..., the town council
		// said": the council said all that comes before it
		id, name := finalName(s, st, v, sat)
		end := st - 1 // the comma
		start := 0
		if s.Tokens[0].UPOS == "CCONJ" {
			start = 1
		}
		if end > start {
			f.Subject, f.SubjectID = name, id
			f.Object = s.SpanText(start, end)
			f.ObjectID = ""
		}
		return
	}
	if id, name, ok := betterSpeaker(sents, si, ex.SubjHead, f.Subject, at); ok {
		f.Subject, f.SubjectID = name, id
	}
}

// betterSpeaker returns the speaker a speaker's word at token h stands in
// for, when it is not the speaker itself; text is the speaker as read.
func betterSpeaker(sents []nlp.Sentence, si, h int, text string, at func(si, tok int) (id, name string, ok bool)) (string, string, bool) {
	s := &sents[si]
	sat := func(tok int) (string, string, bool) { return at(si, tok) }
	t := s.Tokens[h]
	v := t.Head
	if v >= 0 && strings.HasPrefix(t.Dep, "nsubj") && speechVerb(s.Tokens[v].Lemma) {
		if st, ok := finalSpeaker(s, v, h); ok {
			id, name := finalName(s, st, v, sat)
			return id, name, true
		}
	}
	if name, ok := misreadOpener(s, h); ok {
		return "", name, true
	}
	if _, _, ok := sat(h); ok {
		return "", "", false
	}
	if v >= 0 && speechVerb(s.Tokens[v].Lemma) && (t.UPOS == "PROPN" || t.UPOS == "NOUN") {
		if id, name, ok := titledPerson(s, h, v, sat); ok {
			return id, name, true
		}
	}
	if id, name, ok := sameSentenceSpeaker(s, h, sat); ok {
		return id, name, true
	}
	if lw := strings.ToLower(text); lw == "it" && t.UPOS == "PRON" && v >= 0 && speechVerb(s.Tokens[v].Lemma) {
		if name, ok := earlierBody(sents, si, at); ok {
			return "", name, true
		}
	}
	if name, ok := anonymousSources(s, h); ok {
		return "", name, true
	}
	if t.UPOS == "NOUN" {
		if id, name, ok := publishedBy(s, h, sat); ok {
			return id, name, true
		}
	}
	if name, ok := publishedByText(text); ok {
		return "", name, true
	}
	if ps := phraseStart(s, h); ps > 0 || clauseOpeners[strings.ToLower(s.Tokens[ps].Text)] {
		// "after figures published last week": the clause's opening word,
		// and what comes before it, is no part of the source
		o := ps
		if !clauseOpeners[strings.ToLower(s.Tokens[o].Text)] {
			o--
		}
		if clauseOpeners[strings.ToLower(s.Tokens[o].Text)] && o+1 <= h {
			pre := s.SpanText(o, o+1) + " "
			if i := strings.Index(text, pre+s.Tokens[o+1].Text); i >= 0 {
				return "", strings.TrimSpace(text[i+len(pre):]), true
			}
		}
	}
	return "", "", false
}

// phraseStart returns the first token of the phrase token h heads.
func phraseStart(s *nlp.Sentence, h int) int {
	lo := h
	var walk func(k, depth int)
	walk = func(k, depth int) {
		if depth > 20 {
			return
		}
		lo = min(lo, k)
		for _, c := range s.Children(k) {
			switch s.Tokens[c].Dep {
			case "acl:relcl", "appos", "punct", "parataxis", "acl":
				continue
			}
			if c < k {
				walk(c, depth+1)
			}
		}
	}
	walk(h, 0)
	return lo
}

// phraseOf returns the entity token c names, else the words of its
// phrase.
func phraseOf(s *nlp.Sentence, c int, at entityAt) (id, name string) {
	if id, name, ok := at(c); ok {
		return id, name
	}
	return "", subtreeText(s, c)
}

// finalSpeaker returns the first token of the speaker's phrase of a
// sentence that ends in ", the commission said" when the parse made h, a
// word before that comma, the subject of the verb of saying v: the words
// between the comma and the verb, a noun phrase of at most seven words,
// are the speaker, and h the subject of the clause reported.
func finalSpeaker(s *nlp.Sentence, v, h int) (int, bool) {
	toks := s.Tokens
	if h >= v || v < 2 || !lexicon.Reporting(toks[v].Lemma) {
		return -1, false // "Concurrently, the war continues."
	}
	for k := v + 1; k < len(toks); k++ {
		if toks[k].UPOS != "PUNCT" {
			return -1, false
		}
	}
	if u := toks[v-1].UPOS; u != "NOUN" && u != "PROPN" {
		return -1, false
	}
	st := v - 1
	for st > 0 && st > v-7 && toks[st-1].Text != "," {
		switch toks[st-1].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART":
			st--
			continue
		}
		return -1, false
	}
	if st < 1 || toks[st-1].Text != "," || h >= st-1 {
		return -1, false
	}
	return st, true
}

// finalName returns the speaker of tokens [st, v): the entity that ends
// them, else their words.
func finalName(s *nlp.Sentence, st, v int, at entityAt) (string, string) {
	if id, name, ok := at(v - 1); ok {
		return id, name
	}
	return "", s.SpanText(st, v)
}

// titledPerson returns the person whose title word at h the parse took
// for a speaker: "Labour Minister Jakob Verhelst said" (the name right
// after a run of title words, and itself a subject of the verb or right
// before it), or "Finance ..., but the party's spokesman, Ruben Castellane,
// said" (a name set off by commas right before the verb, the apposition
// of a role).
func titledPerson(s *nlp.Sentence, h, v int, at entityAt) (string, string, bool) {
	toks := s.Tokens
	person := func(k int) (string, string, int, bool) { return personAt(s, k, at) }
	// a run of title words after h, then a name
	for k := h + 1; k < len(toks) && k <= h+3 && k < v; k++ {
		if id, name, end, ok := person(k); ok {
			j := end + 1
			for j < v && (toks[j].Text == "," || toks[j].XPOS == "CD") {
				j++
			}
			subj := false
			for p := k; p <= end; p++ {
				subj = subj || toks[p].Head == v && strings.HasPrefix(toks[p].Dep, "nsubj")
			}
			if j == v || subj {
				return id, name, true
			}
			break
		}
		if u := toks[k].UPOS; u != "PROPN" && u != "NOUN" {
			break
		}
	}
	return "", "", false
}

// personAt returns the person entity whose mention starts at token k and
// the last token of that mention.
func personAt(s *nlp.Sentence, k int, at entityAt) (id, name string, end int, ok bool) {
	id, name, ok = at(k)
	if !ok || !strings.HasPrefix(id, "e:person:") {
		return "", "", 0, false
	}
	end = k
	for end+1 < len(s.Tokens) {
		if id2, _, ok := at(end + 1); !ok || id2 != id {
			break
		}
		end++
	}
	return id, name, end, true
}

// appositiveSpeaker returns the person named in commas right before verb
// of saying v as the apposition of a role that opens a clause of its own
// after "but" or "and" ("..., but the party's spokesman, Ruben
// Castellane, said"), whatever the parse made the verb's subject h.
func appositiveSpeaker(s *nlp.Sentence, h, v int, at entityAt) (string, string, bool) {
	toks := s.Tokens
	person := func(k int) (string, string, int, bool) { return personAt(s, k, at) }
	if v >= 3 && toks[v-1].Text == "," {
		e := v - 2
		k := e
		for k-1 > h {
			if id0, _, ok := at(k - 1); !ok {
				break
			} else if id1, _, _ := at(e); id0 != id1 {
				break
			}
			k--
		}
		if id, name, end, ok := person(k); ok && end == e && k-1 > h && toks[k-1].Text == "," {
			for p := k; p <= end; p++ {
				hd := toks[p].Head
				if hd < 0 || hd >= k || toks[p].Dep != "appos" || !roleHeads[strings.ToLower(toks[hd].Lemma)] {
					continue
				}
				st := phraseStart(s, hd)
				if st < len(toks) && toks[st].UPOS == "CCONJ" {
					st++ // "but" hung on the role
				}
				if st > h+1 && (toks[st-1].UPOS == "CCONJ" || toks[st-1].Text == "," && toks[st-2].UPOS == "CCONJ") {
					if hid, _, ok := at(h); !ok || hid != id {
						return id, name, true
					}
				}
			}
		}
	}
	return "", "", false
}

// sourcesNear are the words that make a group an unnamed source by what
// it knows: "people familiar with the matter", "sources close to the
// talks", "officials briefed on the plan".
var sourcesNear = map[string]bool{"familiar": true, "close": true, "briefed": true, "knowledge": true,
	"involved": true, "aware": true}

// anonymousSources returns the whole phrase of an unnamed source when the
// parse took the noun of what it knows for the speaker ("two people
// familiar with the matter said": not "the matter").
func anonymousSources(s *nlp.Sentence, h int) (string, bool) {
	toks := s.Tokens
	st := phraseStart(s, h)
	if toks[st].UPOS != "ADP" {
		st-- // the preposition, whether the parse hangs it on h or not
	}
	if st < 2 {
		return "", false
	}
	switch strings.ToLower(toks[st].Text) {
	case "with", "to", "on", "of", "in":
	default:
		return "", false
	}
	k := st - 1
	if strings.EqualFold(toks[k].Text, "directly") && k > 0 {
		k--
	}
	if !sourcesNear[strings.ToLower(toks[k].Text)] || k < 1 {
		return "", false
	}
	n := k - 1
	if toks[n].UPOS != "NOUN" {
		return "", false
	}
	lo := n
	for lo > 0 {
		switch toks[lo-1].UPOS {
		case "NUM", "DET", "ADJ", "NOUN":
			lo--
			continue
		}
		break
	}
	return s.SpanText(lo, phraseEnd(s, h)+1), true
}

// phraseEnd returns the last token of the phrase token h heads, less its
// clauses.
func phraseEnd(s *nlp.Sentence, h int) int {
	hi := h
	for _, c := range s.Children(h) {
		switch s.Tokens[c].Dep {
		case "acl:relcl", "appos", "punct", "parataxis", "acl":
			continue
		}
		if c > h {
			hi = max(hi, phraseEnd(s, c))
		}
	}
	return hi
}

// documentNouns are what a body publishes: its author, named by "by",
// is the source ("records published by the authority").
var documentNouns = map[string]bool{"record": true, "figure": true, "data": true, "document": true,
	"report": true, "statistic": true, "minute": true, "filing": true, "paper": true, "study": true,
	"estimate": true, "survey": true, "analysis": true, "result": true}

// publishedBy returns the author of a document noun at h given by its
// participle: "records published by the authority", "data released by
// Velsia's statistics office".
func publishedBy(s *nlp.Sentence, h int, at entityAt) (string, string, bool) {
	if !documentNouns[strings.ToLower(s.Tokens[h].Lemma)] {
		return "", "", false
	}
	for _, c := range s.Children(h) {
		if s.Tokens[c].Dep != "acl" || s.Tokens[c].XPOS != "VBN" || !publishVerbs[strings.ToLower(s.Tokens[c].Lemma)] {
			continue
		}
		for _, a := range s.Children(c) {
			if d := s.Tokens[a].Dep; d != "obl:agent" && d != "obl" || a < c {
				continue
			}
			if k := childDep(s, a, "case"); k < 0 || !strings.EqualFold(s.Tokens[k].Text, "by") {
				continue
			}
			id, name := phraseOf(s, a, at)
			if u := s.Tokens[a].UPOS; u != "NOUN" && u != "PROPN" {
				return "", "", false
			}
			return id, strings.TrimPrefix(name, "by "), true
		}
	}
	return "", "", false
}

// earlierBody returns the body that speaks in the sentence before sentence
// si, for an "it" that says something in si and that coreference left
// unbound ("Forty were taken to hospital, the regional health authority
// said. It said two children were among the dead."): the subject of a
// verb of saying there that is an organisation, or a singular common noun
// that names no person.
func earlierBody(sents []nlp.Sentence, si int, at func(si, tok int) (id, name string, ok bool)) (string, bool) {
	p, subjects := priorSpeechSubjects(sents, si)
	if p < 0 {
		return "", false
	}
	s := &sents[p]
	name, found := "", false
	for _, c := range subjects {
		ct := s.Tokens[c]
		if id, n, ok := at(p, c); ok {
			if isOrg(id) {
				name, found = n, true
			}
			continue
		}
		l := strings.ToLower(ct.Lemma)
		if ct.UPOS == "NOUN" && ct.XPOS == "NN" && !roleHeads[l] && !groupPeople[l] && !documentNouns[l] {
			name, found = subtreeText(s, c), true
		}
	}
	if found {
		return name, true
	}
	// "The pilots' union welcomed the ruling. It said ...": the body
	// the sentence before is about
	for i, t := range s.Tokens {
		if t.Dep == "root" && t.UPOS == "NOUN" && t.XPOS == "NN" && bodyNouns[strings.ToLower(t.Lemma)] {
			return subtreeText(s, i), true // a parse that roots the clause on its subject
		}
		if t.Dep != "root" || t.UPOS != "VERB" {
			continue
		}
		for _, c := range s.Children(i) {
			ct := s.Tokens[c]
			if ct.Dep != "nsubj" {
				continue
			}
			if id, n, ok := at(p, c); ok {
				if isOrg(id) {
					return n, true
				}
				return "", false
			}
			if ct.XPOS == "NN" && bodyNouns[strings.ToLower(ct.Lemma)] {
				return subtreeText(s, c), true
			}
		}
	}
	return "", false
}

// bodyNouns name a body that speaks as one: an "it" after it says what
// the body says.
var bodyNouns = map[string]bool{"union": true, "council": true, "company": true, "ministry": true,
	"authority": true, "agency": true, "commission": true, "board": true, "government": true, "court": true,
	"group": true, "association": true, "federation": true, "club": true, "bank": true, "firm": true,
	"office": true, "department": true, "committee": true, "party": true, "regulator": true, "airline": true,
	"operator": true, "charity": true, "trust": true, "institute": true, "university": true, "hospital": true,
	"watchdog": true, "coastguard": true, "service": true, "league": true, "panel": true, "tribunal": true}

// remarkVerbs report what someone says without being verbs of saying in
// the lexicon: "although they noted that ...".
var remarkVerbs = map[string]bool{"note": true, "stress": true, "insist": true, "acknowledge": true,
	"concede": true, "admit": true, "argue": true, "add": true, "warn": true, "point": true}

// clauseOpeners open an adverbial clause whose subject the parse may read
// with its opening word ("after figures published last week showed").
var clauseOpeners = map[string]bool{"after": true, "before": true, "since": true, "when": true, "while": true,
	"because": true, "although": true, "though": true, "as": true, "once": true, "until": true, "if": true,
	"unless": true, "whereas": true}

// publishVerbs make a body the source of the document it puts out; who
// wrote a report is not who says what it says.
var publishVerbs = map[string]bool{"publish": true, "release": true, "issue": true, "compile": true,
	"collect": true, "file": true, "produce": true, "gather": true, "post": true, "provide": true}

// reportingVerb returns the verb of saying that reports the clause of
// verb v: v itself, or the nearest one above it; -1 if none.
func reportingVerb(s *nlp.Sentence, v int) int {
	for d := 0; v >= 0 && v < len(s.Tokens) && d < 10; d, v = d+1, s.Tokens[v].Head {
		if speaks(s, v) {
			return v
		}
	}
	return -1
}

// misreadOpener returns the source a parse buried in its subject's
// misread clause: "Bond yields fell after data published on Tuesday
// showed that ...", read as yields (fell after data) showed, is the
// data's showing. The subject has a verb as its clause, and that verb a
// document (data, figures, a report) opened by "after", "before" or
// "since"; "figures compiled after the storm showed" is the figures'.
func misreadOpener(s *nlp.Sentence, h int) (string, bool) {
	for _, c := range s.Children(h) {
		if s.Tokens[c].Dep != "acl" || s.Tokens[c].UPOS != "VERB" {
			continue
		}
		for _, n := range s.Children(c) {
			if s.Tokens[n].Dep != "obl" || s.Tokens[n].UPOS != "NOUN" || !documentNouns[strings.ToLower(s.Tokens[n].Lemma)] {
				continue
			}
			k := childDep(s, n, "case")
			if k < 0 || !clauseOpeners[strings.ToLower(s.Tokens[k].Text)] {
				continue
			}
			lo, hi := k+1, phraseEnd(s, n)
			for _, a := range s.Children(n) {
				if s.Tokens[a].Dep == "acl" && a > n {
					hi = max(hi, subtreeEnd(s, a))
				}
			}
			return s.SpanText(lo, hi+1), true
		}
	}
	return "", false
}

// participleSpeaker returns the speaker of a participle of saying at a
// ("adding that ...", "saying that ...") hung on a clause that is itself
// reported ("Marsk said that another cut was not ruled out, adding that
// ..."): the subject of the verb of saying that reports that clause, not
// the clause's own subject.
func participleSpeaker(s *nlp.Sentence, a int, at entityAt) (string, string, bool) {
	toks := s.Tokens
	if toks[a].XPOS != "VBG" {
		return "", "", false
	}
	switch toks[a].Dep {
	case "advcl", "xcomp", "conj", "acl":
	default:
		return "", "", false
	}
	if childDep(s, a, "nsubj") >= 0 {
		return "", "", false
	}
	h := toks[a].Head
	for d := 0; toks[a].Dep == "acl" && h >= 0 && toks[h].UPOS != "VERB" && d < 3; d++ {
		// "had shown no remorse, adding that": hung on the object
		h = toks[h].Head
	}
	if h < 0 || speaks(s, h) && toks[h].Dep != "ccomp" {
		return "", "", false // "said ..., adding": the same speaker
	}
	// the clause h hangs on is reported: a "that"-clause of a verb of
	// saying, or one conjoined with it ("said ... and that ...")
	for d := 0; h >= 0 && d < 4; d++ {
		switch toks[h].Dep {
		case "ccomp":
		case "conj":
			if m := childDep(s, h, "mark"); m < 0 || !strings.EqualFold(toks[m].Text, "that") {
				return "", "", false
			}
		default:
			return "", "", false
		}
		v := toks[h].Head
		if v < 0 {
			return "", "", false
		}
		if !speaks(s, v) {
			h = v
			continue
		}
		for _, c := range s.Children(v) {
			if toks[c].Dep != "nsubj" {
				continue
			}
			if id, name, ok := at(c); ok {
				return id, name, true
			}
			if toks[c].UPOS == "PRON" {
				return "", "", false
			}
			return "", subtreeText(s, c), true
		}
		return "", "", false
	}
	return "", "", false
}

// speaks reports a verb of saying at v in the active voice: "another cut
// was neither promised nor ruled out" says nothing.
func speaks(s *nlp.Sentence, v int) bool {
	return s.Tokens[v].UPOS == "VERB" && speechVerb(s.Tokens[v].Lemma) && childDep(s, v, "nsubj:pass", "aux:pass") < 0
}

// firstPerson reports a source that is the speaker's "I" or "we" ("We
// believe the jury was misled," she said): inside a quote, its speaker.
func firstPerson(w string) bool {
	switch strings.ToLower(w) {
	case "i", "we":
		return true
	}
	return false
}

// impersonal reports an "it" at h that stands for nothing: the subject of
// a verb of saying in the passive ("It should be mentioned that", "it is
// said that").
func impersonal(s *nlp.Sentence, h int) bool {
	t := s.Tokens[h]
	if t.UPOS != "PRON" || t.Head < 0 {
		return false
	}
	v := t.Head
	if !speechVerb(s.Tokens[v].Lemma) && !lexicon.Reporting(s.Tokens[v].Lemma) {
		return false
	}
	return t.Dep == "expl" || t.Dep == "nsubj:pass" || childDep(s, v, "aux:pass") >= 0
}

// trimSpeaker cuts from a speaker's words a clause set off by a comma
// ("Professor Tomas Greer of Marden University, who was not involved in
// the study", "official trade figures, making Kestrania its largest
// supplier") and keeps the name of "a consumer group, Safe Homes
// Network".
func trimSpeaker(text string) string {
	i := strings.Index(text, ", ")
	if i <= 0 {
		return text
	}
	rest := strings.Fields(text[i+2:])
	if len(rest) == 0 {
		return text
	}
	w := strings.ToLower(rest[0])
	switch {
	case w == "who" || w == "which" || w == "whose" || w == "where":
		return text[:i]
	case strings.HasSuffix(w, "ing") && len(w) > 5 && len(rest) > 1:
		return text[:i]
	}
	if len(rest) >= 2 && len(rest) <= 5 && !strings.Contains(text[i+2:], ",") {
		for _, r := range rest {
			if r == "" || !(r[0] >= 'A' && r[0] <= 'Z') {
				return text
			}
		}
		// "A consumer group, Safe Homes Network": the name
		if ws := strings.Fields(text[:i]); len(ws) >= 2 && (strings.EqualFold(ws[0], "a") || strings.EqualFold(ws[0], "an") || strings.EqualFold(ws[0], "the")) {
			return text[i+2:]
		}
	}
	return text
}

// sameSentenceSpeaker returns the speaker a pronoun at h that says
// something stands for when it names no one: the subject of the verb of
// saying whose clause the pronoun's verb is subordinated or coordinated
// to ("International observers said the vote was fair, although they
// noted that ..."), of the pronoun's number.
func sameSentenceSpeaker(s *nlp.Sentence, h int, at entityAt) (string, string, bool) {
	toks := s.Tokens
	t := toks[h]
	pron := strings.ToLower(t.Text)
	if t.UPOS != "PRON" || !strings.HasPrefix(t.Dep, "nsubj") || t.Head < 0 {
		return "", "", false
	}
	switch pron {
	case "they", "he", "she", "it":
	default:
		return "", "", false
	}
	v := t.Head
	if l := strings.ToLower(toks[v].Lemma); !speechVerb(l) && !lexicon.Reporting(l) && !remarkVerbs[l] {
		return "", "", false
	}
	for d := 0; d < 3; d++ {
		switch toks[v].Dep {
		case "advcl", "conj", "parataxis":
		default:
			return "", "", false
		}
		v = toks[v].Head
		if v < 0 {
			return "", "", false
		}
		if !speaks(s, v) {
			continue
		}
		for _, c := range s.Children(v) {
			ct := toks[c]
			if ct.Dep != "nsubj" || ct.UPOS == "PRON" || c > h {
				continue
			}
			id, name, ok := at(c)
			plural := ct.XPOS == "NNS" || ct.XPOS == "NNPS"
			switch pron {
			case "they":
				if !plural {
					return "", "", false
				}
			case "he", "she":
				if !ok || !strings.HasPrefix(id, "e:person:") {
					return "", "", false
				}
			case "it":
				if plural || ok && !isOrg(id) || !ok && (roleHeads[strings.ToLower(ct.Lemma)] || groupPeople[strings.ToLower(ct.Lemma)]) {
					return "", "", false // "it" is no minister
				}
			}
			if ok {
				return id, name, true
			}
			return "", subtreeText(s, c), true
		}
		return "", "", false
	}
	return "", "", false
}

// invertedSpeaker returns the speaker named right after a verb of saying
// that follows a quote ("\"...,\" said the novelist Rui Tavares
// Monteiro") when the fact takes a word inside the quote for its subject
// and the speaker for its object.
func invertedSpeaker(s *nlp.Sentence, ex oie.Extraction, v int, at entityAt) (string, string, bool) {
	q := quoteMask(s)
	if ex.SubjHead < 0 || ex.SubjHead >= v || !q[ex.SubjHead] || q[v] || ex.ObjHead <= v || ex.ObjHead >= len(s.Tokens) || q[ex.ObjHead] {
		return "", "", false
	}
	if !saysAfter(s.Tokens[v].Lemma) || v == 0 {
		return "", "", false
	}
	// only marks between the quote and the verb
	k := v - 1
	for k >= 0 && !q[k] {
		if s.Tokens[k].UPOS != "PUNCT" {
			return "", "", false
		}
		k--
	}
	o := ex.ObjHead
	if id, name, ok := at(o); ok && (strings.HasPrefix(id, "e:person:") || isOrg(id)) {
		return id, name, true
	}
	if id, name, ok := namedRole(s, o, at); ok {
		return id, name, true
	}
	return "", "", false
}

// pieceOf reports an object that is only a piece of what was said before
// the speaker: empty, not from its start ("drowned" of "A man was killed
// ..., and a woman drowned when ..."), or less than two thirds of it. A
// whole object whose descriptions resolution named ("the company" as
// Ardent) is kept.
func pieceOf(obj, before string) bool {
	ow, bw := strings.Fields(obj), strings.Fields(before)
	if len(ow) == 0 {
		return true
	}
	if !strings.EqualFold(ow[0], bw[0]) {
		return true
	}
	return 3*len(ow) < 2*len(bw)
}

// companyNamed writes a speaker "the company" (or "the firm") as the
// company the story is about, when it is about one.
func companyNamed(text, company string) string {
	if company == "" {
		return text
	}
	switch strings.ToLower(text) {
	case "the company", "the firm":
		return company
	}
	return text
}

// publishedByText returns the author of a source read as a document and
// its participle, whatever the parse made of them: "data compiled by
// Velsian Markets", "figures released April 3 by NPD Group", "final
// results published by the electoral office on Monday" (up to "on" or a
// comma).
func publishedByText(text string) (string, bool) {
	ws := strings.Fields(text)
	for i := 1; i+2 < len(ws); i++ {
		n := strings.ToLower(ws[i-1])
		if !documentNouns[strings.TrimSuffix(n, "s")] && !documentNouns[n] {
			continue
		}
		p := strings.ToLower(ws[i])
		if !strings.HasSuffix(p, "ed") || !publishVerbs[strings.TrimSuffix(strings.TrimSuffix(p, "d"), "e")] && !publishVerbs[strings.TrimSuffix(p, "d")] && !publishVerbs[strings.TrimSuffix(p, "ed")] {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if strings.ToLower(ws[j]) != "by" {
				continue
			}
			var out []string
			for _, w := range ws[j+1:] {
				if l := strings.ToLower(w); l == "on" || l == "last" {
					break
				}
				out = append(out, strings.TrimSuffix(w, ","))
				if strings.HasSuffix(w, ",") {
					break
				}
			}
			if len(out) > 0 {
				return strings.Join(out, " "), true
			}
		}
	}
	return "", false
}
