package resolve

import "strings"

// Evidence kinds: why an alias belongs to an entity. Every merge of two
// clusters and every link of a mention to a cluster is one of these, with a
// score; a merge happens only when the score reaches [threshold].
const (
	kindName            = "name"               // the entity's canonical name
	kindSameName        = "same-name"          // equal after normalisation (case, punctuation, "the", possessive)
	kindTitle           = "title"              // the name with a title or role stripped ("Mayor X")
	kindTransliteration = "transliteration"    // name parts equal after transliteration folding (Zelenskiy)
	kindVariant         = "name-variant"       // a first-name variant (Alex, Alexus) with supporting context
	kindAbbreviation    = "abbreviation"       // defined in the text: "Full Name (FN)"
	kindInitials        = "initials"           // the initials of the one multi-word name that has them
	kindLegalForm       = "legal-form"         // the same name with or without Inc., Corp., Ltd, Group ...
	kindDescriptor      = "descriptor"         // the same name with or without a trade word ("X Computer")
	kindHead            = "head"               // "the Coalition": the first word of the one longer name
	kindSurname         = "surname"            // a surname after the full name in the same document
	kindGivenName       = "given-name"         // a given name after the full name in the same document
	kindSurnameCorpus   = "surname-corpus"     // a surname whose only full name is in other documents
	kindCapital         = "capital-government" // a capital acting for its country's government
	kindDemonym         = "demonym"            // a demonym standing for its country
	kindGazetteer       = "gazetteer"          // another name or abbreviation of a known place
	kindKnownOrg        = "known-organisation" // another name of a well-known organisation ("the Fed")
	kindRole            = "role"               // a title with its organisation or country ("Apple CEO") that one person alone is named with
	kindKnown           = "known"              // an alias of an entity the graph already holds
	kindPlural          = "plural"             // a product name in the plural ("iPods")
)

// threshold is the score a merge needs. Kinds below it ("initials" of two
// letters) are recorded nowhere: they are reasons not to merge.
const threshold = 0.6

// scores are the base scores of the evidence kinds.
var scores = map[string]float64{
	kindName: 1, kindSameName: 1, kindTitle: 0.95, kindGazetteer: 0.95, kindAbbreviation: 0.95, kindKnownOrg: 0.9, kindRole: 0.7,
	kindTransliteration: 0.9, kindLegalForm: 0.9, kindDemonym: 0.9, kindKnown: 0.9, kindSurname: 0.85,
	kindCapital: 0.8, kindGivenName: 0.75, kindVariant: 0.7, kindInitials: 0.7, kindDescriptor: 0.7,
	kindHead: 0.65, kindSurnameCorpus: 0.65, kindPlural: 0.8,
	kindPossessor: 0.95, kindMaker: 0.7,
}

func scoreOf(kind string) float64 { return scores[kind] }

// joinEvidence is why a cluster was merged into another.
type joinEvidence struct {
	kind  string
	score float64
	with  string // a name of the cluster it joined
	doc   int    // the document of the evidence, or -1
}

// compatible reports whether clusters of types a and b may be one entity:
// the same type, two kinds of place, or a name of unknown type (MISC)
// joining anything but a person. A person never absorbs a place or an
// organisation, an organisation never a place.
func compatible(a, b string) bool {
	if a == b {
		return true
	}
	place := func(t string) bool { return t == "GPE" || t == "LOC" }
	if place(a) && place(b) {
		return true
	}
	if a == "MISC" || b == "MISC" {
		return a != "PERSON" && b != "PERSON"
	}
	return false
}

// clusterType returns the type of a cluster: its first typed mention's,
// with MISC only when nothing else is known.
func (r *resolver) clusterType(c int) string {
	t := ""
	for _, mi := range r.clusters[c] {
		m := &r.mentions[mi]
		if m.pronoun {
			continue
		}
		if m.typ != "MISC" {
			return m.typ
		}
		t = m.typ
	}
	return t
}

// clusterName returns a readable name of cluster c for evidence: the name
// of its first mention that is not a pronoun.
func (r *resolver) clusterName(c int) string {
	for _, mi := range r.clusters[c] {
		if m := &r.mentions[mi]; !m.pronoun {
			return m.name
		}
	}
	return ""
}

// join merges cluster src into dst when the evidence is strong enough and
// the types agree, and records why. It reports whether it merged.
func (r *resolver) join(dst, src int, kind string, score float64, doc int) bool {
	if dst == src || dst < 0 || src < 0 || len(r.clusters[src]) == 0 || len(r.clusters[dst]) == 0 {
		return false
	}
	if score < threshold || !compatible(r.clusterType(dst), r.clusterType(src)) {
		return false
	}
	// The more specific type wins: MISC joins a typed cluster, never the
	// other way round.
	if r.clusterType(dst) == "MISC" && r.clusterType(src) != "MISC" {
		dst, src = src, dst
	}
	r.kinds = nil // shownKind's answers were about the clusters apart
	r.joined[src] = joinEvidence{kind: kind, score: score, with: r.clusterName(dst), doc: doc}
	r.into[src] = dst
	for _, mi := range r.clusters[src] {
		r.mentions[mi].cluster = dst
	}
	r.clusters[dst] = append(r.clusters[dst], r.clusters[src]...)
	r.clusters[src] = nil
	return true
}

// newCluster starts a cluster holding mention mi.
func (r *resolver) newCluster() int {
	r.clusters = append(r.clusters, nil)
	r.joined = append(r.joined, joinEvidence{})
	r.into = append(r.into, -1)
	return len(r.clusters) - 1
}

// root returns the cluster that cluster c was merged into, at the end of
// the chain of merges (c itself when it was never merged).
func (r *resolver) root(c int) int {
	for c >= 0 && r.into[c] >= 0 {
		c = r.into[c]
	}
	return c
}

// addTo puts mention mi into cluster c.
func (r *resolver) addTo(c, mi int) {
	if r.firstCluster[mi] < 0 {
		r.firstCluster[mi] = c
	}
	r.mentions[mi].cluster = c
	r.clusters[c] = append(r.clusters[c], mi)
}

// legalForms are words that name a company's legal form or a group of
// companies; a name with or without them is one company ("Acme Inc.",
// "Acme Corp", "The Acme Group", "Acme").
var legalForms = map[string]float64{
	"inc": 0.9, "incorporated": 0.9, "corp": 0.9, "corporation": 0.9, "co": 0.9, "company": 0.85,
	"ltd": 0.9, "limited": 0.9, "llc": 0.9, "plc": 0.9, "gmbh": 0.9, "ag": 0.9, "sa": 0.9, "nv": 0.9,
	"bv": 0.9, "lp": 0.9, "llp": 0.9, "pty": 0.9, "spa": 0.9, "ab": 0.9, "oy": 0.9, "asa": 0.9,
	"sas": 0.9, "se": 0.85, "kk": 0.9, "srl": 0.9, "sarl": 0.9, "kg": 0.85, "bhd": 0.9, "ltda": 0.9, "oyj": 0.9,
	"group": 0.75, "holdings": 0.75, "holding": 0.75,
}

// descriptors are trade words that companies put after their name and
// drop in running text ("Apple Computer", "Ford Motor").
var descriptors = set("computer", "computers", "motor", "motors", "airlines", "airline", "airways",
	"pharmaceuticals", "pharmaceutical", "technologies", "technology", "software", "electronics",
	"entertainment", "industries", "communications", "networks", "systems", "energy", "foods",
	"petroleum", "oil", "steel", "chemicals", "telecom", "telecommunications", "semiconductor",
	"semiconductors", "automotive", "mobile", "media", "studios", "interactive", "labs", "laboratories")

// legalCore strips legal-form words from the end of a normalised
// organisation name ("acme co inc" → "acme") and returns the core and the
// lowest score of the words stripped (1 when none was).
func legalCore(k string) (string, float64) {
	ws := strings.Fields(k)
	score := 1.0
	for len(ws) > 1 {
		s, ok := legalForms[ws[len(ws)-1]]
		if !ok {
			break
		}
		score = min(score, s)
		ws = ws[:len(ws)-1]
		if len(ws) > 1 && ws[len(ws)-1] == "&" {
			ws = ws[:len(ws)-1]
		}
	}
	return strings.Join(ws, " "), score
}

// Evidence kinds for qualified surfaces and product names.
const (
	kindPossessor = "possessor" // the name with its owner's possessive before it ("Beatles' Apple Corps")
	kindMaker     = "maker"     // a product name with its maker's name before it ("Acme Roadrunner")
)
