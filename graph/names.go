package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"

	"github.com/storygraph/storygraph/extract"
)

// ErrAmbiguous: a name denotes more than one entity.
var ErrAmbiguous = errors.New("graph: ambiguous name")

// Candidate is an entity offered for a name that matched none or several:
// the closest names when none matched, the entities it names when several
// did.
type Candidate struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Mentions int    `json:"mentions"`
	// Matched is the name or alias of the entity closest to the name asked
	// for ("" when it is Name).
	Matched string `json:"matched,omitempty"`
}

func (c Candidate) String() string {
	s := c.Name
	if c.Matched != "" && !strings.EqualFold(c.Matched, c.Name) {
		s += " (as " + c.Matched + ")"
	}
	if c.Type != "" {
		s += " [" + c.Type + "]"
	}
	return s
}

// NameError says that a name matched no entity (Err is [ErrNotFound]) or
// several (Err is [ErrAmbiguous]), and offers the closest candidates.
type NameError struct {
	Name       string
	Candidates []Candidate
	Err        error
}

func (e *NameError) Error() string {
	var list []string
	for _, c := range e.Candidates {
		list = append(list, c.String())
	}
	if errors.Is(e.Err, ErrAmbiguous) {
		return fmt.Sprintf("%q names %d entities: %s (give the full name or the id)",
			e.Name, len(e.Candidates), strings.Join(list, "; "))
	}
	if len(list) == 0 {
		return fmt.Sprintf("no entity named %q (storygraph entities lists them)", e.Name)
	}
	return fmt.Sprintf("no entity named %q; closest: %s", e.Name, strings.Join(list, "; "))
}

// Unwrap returns ErrNotFound or ErrAmbiguous.
func (e *NameError) Unwrap() error { return e.Err }

// maxCandidates is how many closest names a NameError offers.
const maxCandidates = 5

// Resolve returns the entity a name denotes: the entity with that id, else
// the one whose canonical name is name, else the one with that alias (case
// and diacritics ignored at each step). A name that denotes no entity, or
// several equally (two entities named "Paris"), gives a [*NameError]
// wrapping [ErrNotFound] or [ErrAmbiguous] with the closest candidates.
//
// The name is first looked up as written through the object index (a few
// index reads); only when that fails are all names and aliases read, to
// compare them without case and to find the closest ones.
func (s *Store) Resolve(ctx context.Context, name string) (_ extract.Entity, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return extract.Entity{}, ErrClosed
	}
	e, err := s.resolveOne(ctx, name)
	if err != nil {
		return extract.Entity{}, fmt.Errorf("graph: %w", err)
	}
	return e, nil
}

// ResolveName is [Store.Resolve] for callers that need only the entity's
// id and name: it reads the entity's name quads alone, not its mentions,
// documents and aliases (a hub is mentioned in thousands of documents).
// Its errors are Resolve's.
func (s *Store) ResolveName(ctx context.Context, name string) (id, canonical string, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	defer s.catch(&err, debug.SetPanicOnFault(true))
	if s.closed {
		return "", "", ErrClosed
	}
	id, canonical, err = s.resolveRef(ctx, name)
	if err != nil {
		return "", "", fmt.Errorf("graph: %w", err)
	}
	return id, canonical, nil
}

// resolveRef is resolveOne returning the entity's id and name only, read
// from its name quads; a name that denotes no entity or several gets
// resolveOne's error.
func (s *Store) resolveRef(ctx context.Context, name string) (string, string, error) {
	if name := strings.TrimSpace(name); name != "" {
		if strings.HasPrefix(name, "e:") {
			n, err := s.entityName(ctx, quad.IRI(name))
			if err != nil {
				return "", "", err
			}
			if len(n[predName]) > 0 {
				return name, n.str(predName), nil
			}
		}
		byName, byAlias, err := s.exactName(ctx, name)
		if err != nil {
			return "", "", err
		}
		if len(byName)+len(byAlias) == 0 {
			if byName, byAlias, err = s.foldedName(ctx, name); err != nil {
				return "", "", err
			}
		}
		pick := byName
		if len(pick) == 0 {
			pick = byAlias
		}
		if len(pick) == 1 {
			n, err := s.entityName(ctx, pick[0])
			if err != nil {
				return "", "", err
			}
			return string(pick[0]), n.str(predName), nil
		}
	}
	e, err := s.resolveOne(ctx, name) // none or several: its error
	return e.ID, e.Name, err
}

// entityName is entityNode reading the entity's name quads only.
func (s *Store) entityName(ctx context.Context, iri quad.IRI) (node, error) {
	n, err := s.describePreds(ctx, iri, []quad.IRI{predName})
	if errors.Is(err, errNoRaw) {
		return s.describe(ctx, iri)
	}
	return n, err
}

// resolveOne is Resolve without the lock and the package prefix.
func (s *Store) resolveOne(ctx context.Context, name string) (extract.Entity, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return extract.Entity{}, &NameError{Name: name, Err: ErrNotFound}
	}
	if strings.HasPrefix(name, "e:") {
		n, err := s.entityNode(ctx, quad.IRI(name))
		if err != nil {
			return extract.Entity{}, err
		}
		if len(n[predName]) > 0 {
			return decodeEntity(name, n), nil
		}
	}
	// As written: the literal's own index entries.
	byName, byAlias, err := s.exactName(ctx, name)
	if err != nil {
		return extract.Entity{}, err
	}
	if len(byName)+len(byAlias) == 0 {
		byName, byAlias, err = s.foldedName(ctx, name)
		if err != nil {
			return extract.Entity{}, err
		}
	}
	pick := byName
	if len(pick) == 0 {
		pick = byAlias
	}
	switch len(pick) {
	case 0:
		cands, err := s.closest(ctx, name, maxCandidates)
		if err != nil {
			return extract.Entity{}, err
		}
		return extract.Entity{}, &NameError{Name: name, Candidates: cands, Err: ErrNotFound}
	case 1:
		n, err := s.entityNode(ctx, pick[0])
		if err != nil {
			return extract.Entity{}, err
		}
		return decodeEntity(string(pick[0]), n), nil
	}
	var cands []Candidate
	for _, iri := range pick {
		n, err := s.entityNode(ctx, iri)
		if err != nil {
			return extract.Entity{}, err
		}
		e := decodeEntity(string(iri), n)
		cands = append(cands, Candidate{ID: e.ID, Name: e.Name, Type: e.Type, Mentions: e.Mentions})
	}
	sortCandidates(cands)
	return extract.Entity{}, &NameError{Name: name, Candidates: cands, Err: ErrAmbiguous}
}

// exactName returns the entities whose name, and those whose alias, is the
// literal name exactly, each sorted.
func (s *Store) exactName(ctx context.Context, name string) (byName, byAlias []quad.IRI, err error) {
	qs, err := s.quadsOf(ctx, quad.Object, quad.String(name))
	if err != nil {
		return nil, nil, err
	}
	for _, q := range qs {
		iri, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		switch q.Predicate {
		case predName:
			byName = append(byName, iri)
		case predAlias:
			byAlias = append(byAlias, iri)
		}
	}
	return uniqIRIs(byName), uniqIRIs(byAlias), nil
}

// foldedName is exactName comparing folded forms (case and diacritics
// ignored); it reads every name and alias.
func (s *Store) foldedName(ctx context.Context, name string) (byName, byAlias []quad.IRI, err error) {
	want := fold(name)
	for _, p := range []quad.IRI{predName, predAlias} {
		qs, err := s.quadsOf(ctx, quad.Predicate, p)
		if err != nil {
			return nil, nil, err
		}
		for _, q := range qs {
			iri, ok := q.Subject.(quad.IRI)
			if !ok || fold(valueString(q.Object)) != want {
				continue
			}
			if p == predName {
				byName = append(byName, iri)
			} else {
				byAlias = append(byAlias, iri)
			}
		}
	}
	return uniqIRIs(byName), uniqIRIs(byAlias), nil
}

func uniqIRIs(v []quad.IRI) []quad.IRI {
	slices.Sort(v)
	return slices.Compact(v)
}

// closest returns up to n entities whose name or an alias is nearest to
// name: by [nameDistance], then more mentions, then name. Names further
// than 0.5 are left out.
func (s *Store) closest(ctx context.Context, name string, n int) ([]Candidate, error) {
	want := fold(name)
	best := map[quad.IRI]float64{}
	matched := map[quad.IRI]string{}
	for _, p := range []quad.IRI{predName, predAlias} {
		qs, err := s.quadsOf(ctx, quad.Predicate, p)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			iri, ok := q.Subject.(quad.IRI)
			if !ok {
				continue
			}
			form := valueString(q.Object)
			d := nameDistance(want, fold(form))
			if old, ok := best[iri]; !ok || d < old || (d == old && p == predName) {
				best[iri], matched[iri] = d, form
			}
		}
	}
	var out []Candidate
	dist := map[string]float64{}
	for iri, d := range best {
		if d > 0.5 {
			continue
		}
		nd, err := s.entityNode(ctx, iri)
		if err != nil {
			return nil, err
		}
		e := decodeEntity(string(iri), nd)
		c := Candidate{ID: e.ID, Name: e.Name, Type: e.Type, Mentions: e.Mentions, Matched: matched[iri]}
		if strings.EqualFold(c.Matched, c.Name) {
			c.Matched = ""
		}
		dist[c.ID] = d
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		if dist[a.ID] != dist[b.ID] {
			if dist[a.ID] < dist[b.ID] {
				return -1
			}
			return 1
		}
		return compareCandidates(a, b)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

func compareCandidates(a, b Candidate) int {
	if a.Mentions != b.Mentions {
		return b.Mentions - a.Mentions
	}
	if a.Name != b.Name {
		return strings.Compare(a.Name, b.Name)
	}
	return strings.Compare(a.ID, b.ID)
}

func sortCandidates(cs []Candidate) { slices.SortFunc(cs, compareCandidates) }

// fold returns s lower-cased, without diacritics and with runs of
// punctuation and space as one space, for comparing names.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// nameDistance says how far a folded query is from a folded name, from 0
// (equal) to 1: the edit distance (Damerau's, with transpositions) divided
// by the longer length, taken over the whole name and over each of its
// words, so "zelensky" is close to "volodymyr zelenskiy" through its last
// word. A query that is a whole word or a prefix of the name counts 0.1.
func nameDistance(q, name string) float64 {
	if q == name {
		return 0
	}
	if q == "" || name == "" {
		return 1
	}
	words := strings.Fields(name)
	if slices.Contains(words, q) || strings.HasPrefix(name, q+" ") {
		return 0.1
	}
	d := relDistance(q, name)
	if len(words) > 1 {
		for _, w := range words {
			if len(w) >= 3 {
				d = min(d, relDistance(q, w)+0.05)
			}
		}
	}
	return d
}

func relDistance(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	return float64(editDistance(ra, rb)) / float64(max(len(ra), len(rb)))
}

// editDistance is the optimal string alignment distance between a and b
// (Levenshtein with adjacent transpositions).
func editDistance(a, b []rune) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
