package timeline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/extract"
)

var update = flag.Bool("update", false, "update golden files")

// fact builds a test fact: "subject|relation lemma|object|date|doc[|flags]"
// where flags may hold "neg", "id" (use entity ids), "sid" (an id for the
// subject only), "oid" (for the object only), "rest=words" (the words of
// the sentence after the object), "mod=should" (a modality) or
// "conf=0.9".
func fact(spec string, offset int) extract.Fact {
	p := strings.Split(spec, "|")
	f := extract.Fact{
		Subject: p[0], Relation: p[1], RelationLemma: p[1], Object: p[2], Date: p[3],
		Trigger: strings.Fields(p[1] + " x")[0], Confidence: 0.5,
		Sources: []extract.Source{{Doc: p[4], Sentence: p[0] + " " + p[1] + " " + p[2] + ".", Offset: offset}},
	}
	if len(p) > 5 {
		for _, fl := range strings.Split(p[5], ",") {
			switch {
			case fl == "neg":
				f.Negated = true
			case strings.HasPrefix(fl, "mod="):
				f.Modality = strings.TrimPrefix(fl, "mod=")
			case fl == "sid":
				f.SubjectID = extract.EntityID("X", f.Subject)
			case fl == "oid":
				f.ObjectID = extract.EntityID("X", f.Object)
			case strings.HasPrefix(fl, "rest="):
				// words of the sentence after the object
				f.Sources[0].Sentence = strings.TrimSuffix(f.Sources[0].Sentence, ".") + " " + strings.TrimPrefix(fl, "rest=") + "."
			case fl == "id":
				f.SubjectID = extract.EntityID("X", f.Subject)
				if f.Object != "" {
					f.ObjectID = extract.EntityID("X", f.Object)
				}
			}
		}
	}
	f.SetID()
	return f
}

func facts(specs ...string) []extract.Fact {
	var out []extract.Fact
	for i, s := range specs {
		out = append(out, fact(s, 10*i))
	}
	return out
}

// brief is an event summarised for comparison:
// "date|subject|relation|object|corroboration|conflicts".
func brief(e Event) string {
	return strings.Join([]string{e.Date + e.Time, e.Subject, e.Relation, e.Object,
		string(rune('0' + e.Corroboration)), strings.Join(e.Conflicts, "; ")}, "|")
}

var buildTests = []struct {
	name    string
	facts   []extract.Fact
	opts    Options
	want    []string
	undated []string
}{
	{
		name: "same event from three sources, synonyms and shared object words",
		facts: facts(
			"United States|back|security guarantees|2026-01-06|a",
			"United States|endorse|guarantees for Ukraine|2026-01-06|b",
			"united states|support|the security guarantees|2026-01-06|c",
		),
		want: []string{"2026-01-06|United States|back|security guarantees|3|"},
	},
	{
		name: "what was demanded is no event; what was said would be done is",
		facts: facts(
			"Ukraine|cede|the north of the province||a|mod=should",
			"the council|close|the bridge|2026-01-06|b|mod=should",
			"the council|would close|the bridge|2026-01-07|c|mod=would",
		),
		want: []string{"2026-01-07|the council|would close|the bridge|1|"},
	},
	{
		name: "a month and a day inside it are one event with the finer date",
		facts: facts(
			"Zelensky|meet|Trump|2025-12|a",
			"Zelensky|hold talks with|Trump|2025-12-28|b",
		),
		want: []string{"2025-12-28|Zelensky|hold talks with|Trump|2|"},
	},
	{
		name: "different days conflict",
		facts: facts(
			"Zelensky|meet|Trump|2025-12-28|a",
			"Zelensky|meet|Trump|2025-12-29|b",
		),
		want: []string{
			"2025-12-28|Zelensky|meet|Trump|1|date 2025-12-29 reported by b",
			"2025-12-29|Zelensky|meet|Trump|1|date 2025-12-28 reported by a",
		},
	},
	{
		name: "a day apart is the same event with MaxDayGap 1",
		facts: facts(
			"Zelensky|meet|Trump|2025-12-28|a",
			"Zelensky|meet|Trump|2025-12-29|b",
		),
		opts: Options{MaxDayGap: 1},
		want: []string{"2025-12-28|Zelensky|meet|Trump|2|"},
	},
	{
		name: "different object entities stay apart",
		facts: facts(
			"Russia|invade|Ukraine|2014|a|id",
			"Russia|invade|Georgia|2014|a|id",
		),
		want: []string{"2014|Russia|invade|Ukraine|1|", "2014|Russia|invade|Georgia|1|"},
	},
	{
		name: "sorted by date, coarser first, then time of day, then input order",
		facts: facts(
			"Talks|continue|key issues|2026-01-07|a",
			"Putin|attend|Christmas service|2026-01-06TNI|c",
			"Drones|attack|oil depot|2026-01-06|c",
			"Russia|launch|full-scale war|2022|d",
			"Leaders|meet|Paris|2026-01-06TMO|b",
			"Russia|invade|Ukraine|2014|d",
			"Economy|grow|output|2026-01|e",
		),
		want: []string{
			"2014|Russia|invade|Ukraine|1|",
			"2022|Russia|launch|full-scale war|1|",
			"2026-01|Economy|grow|output|1|",
			"2026-01-06|Drones|attack|oil depot|1|",
			"2026-01-06TMO|Leaders|meet|Paris|1|",
			"2026-01-06TNI|Putin|attend|Christmas service|1|",
			"2026-01-07|Talks|continue|key issues|1|",
		},
	},
	{
		name: "undated facts join their one dated event, or wait apart",
		facts: facts(
			"UK|sign|declaration of intent|2026-01-06|b",
			"UK|ink|a declaration|  |c",
			"Witkoff|lead|talks with Moscow||d",
			"Witkoff|lead|talks with Moscow||e",
			"Kushner|unveil|prosperity plan||b",
			"Trump|say|deal is complete||b",
			"Sky|be|blue||a",
		),
		want:    []string{"2026-01-06|UK|sign|declaration of intent|2|"},
		undated: []string{"|Kushner|unveil|prosperity plan|1|"},
	},
	{
		name: "an undated fact matching two dated events joins neither",
		facts: facts(
			"Russia|attack|Ukraine|2014|a",
			"Russia|attack|Ukraine|2022|a",
			"Russia|attack|Ukraine||b",
		),
		want: []string{
			"2014|Russia|attack|Ukraine|1|date 2022 reported by a",
			"2022|Russia|attack|Ukraine|1|date 2014 reported by a",
		},
	},
	{
		name: "negated report is a conflict, stative facts are no events",
		facts: facts(
			"France|sign|the declaration|2026-01-06|a",
			"France|sign|the declaration|2026-01-06|b|neg",
			"France|be|ready|2026-01-06|a",
		),
		want: []string{"2026-01-06|France|sign|the declaration|1|negated by b: France not sign the declaration"},
	},
	{
		name: "values that are not calendar dates count as undated",
		facts: facts(
			"Army|withdraw|troops|PAST_REF|a",
			"Army|withdraw|troops|P4Y|b",
		),
		undated: []string{"|Army|withdraw|troops|2|"},
	},
	{
		name:    "undated list can be switched off",
		facts:   facts("Army|withdraw|troops||a"),
		opts:    Options{MaxUndated: -1},
		undated: nil,
	},
	{
		name: "extra synonyms",
		facts: facts(
			"Board|fire|chief executive|2025-05|a",
			"Board|oust|chief executive|2025-05|b",
		),
		opts: Options{Synonyms: [][]string{{"fire", "oust", "sack"}}},
		want: []string{"2025-05|Board|fire|chief executive|2|"},
	},
	{
		name: "objects chain through shared words; equal dates never conflict",
		facts: facts(
			"Pledge|attended by|key leaders and senior envoys|2026-01-06|a",
			"Pledge|attended by|key leaders|2026-01-06|a",
			"Pledge|attended by|senior envoys|2026-01-06|b",
		),
		want: []string{"2026-01-06|Pledge|attended by|key leaders and senior envoys|2|"},
	},
	{
		name: "one actor, one kind of act, one day: objects phrased apart still merge",
		facts: facts(
			"Zelensky|met with|Trump|2025-12-28|a",
			"Zelensky|met on|Dec. 28 at the residence|2025-12-28|b",
			"Zelensky|meet|Putin|2025-12-28|c|id",
			"Zelensky|meet|Trump|2025-12-29|c",
		),
		want: []string{
			"2025-12-28|Zelensky|met with|Trump|2|date 2025-12-29 reported by c",
			"2025-12-28|Zelensky|meet|Putin|1|",
			"2025-12-29|Zelensky|meet|Trump|1|date 2025-12-28 reported by a, b",
		},
	},
	{
		name:  "no facts",
		facts: nil,
	},
}

func TestBuild(t *testing.T) {
	for _, tt := range buildTests {
		t.Run(tt.name, func(t *testing.T) {
			tl := Build(tt.facts, tt.opts)
			var got, gotU []string
			for _, e := range tl.Events {
				got = append(got, brief(e))
			}
			for _, e := range tl.Undated {
				gotU = append(gotU, brief(e))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Build events =\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
			if !reflect.DeepEqual(gotU, tt.undated) {
				t.Errorf("Build undated =\n\t%s\nwant\n\t%s", strings.Join(gotU, "\n\t"), strings.Join(tt.undated, "\n\t"))
			}
			for _, e := range append(tl.Events, tl.Undated...) {
				if len(e.Sources) == 0 || len(e.Facts) == 0 {
					t.Errorf("event %s has no sources or facts", brief(e))
				}
			}
			if again := Build(tt.facts, tt.opts); !reflect.DeepEqual(again, tl) {
				t.Errorf("Build is not deterministic")
			}
		})
	}
}

func TestBuildSources(t *testing.T) {
	fs := facts(
		"US|back|guarantees|2026-01-06|b",
		"US|back|guarantees|2026-01-06|a",
		"US|back|guarantees||c",
	)
	fs = append(fs, fs[0]) // the same source twice
	tl := Build(fs, Options{})
	if len(tl.Events) != 1 {
		t.Fatalf("Build gave %d events, want 1", len(tl.Events))
	}
	e := tl.Events[0]
	var docs []string
	for _, s := range e.Sources {
		docs = append(docs, s.Doc)
	}
	if got := strings.Join(docs, ","); got != "a,b,c" {
		t.Errorf("sources %s, want a,b,c (sorted, deduplicated)", got)
	}
	// the two dated facts share an id (same key), the undated one differs
	if e.Corroboration != 3 || len(e.Facts) != 2 || e.Granularity != "day" {
		t.Errorf("corroboration %d facts %d granularity %q, want 3, 2, day", e.Corroboration, len(e.Facts), e.Granularity)
	}
}

var periodTests = []struct {
	in, start, end, gran string
}{
	{"2014", "2014-01-01", "2015-01-01", "year"},
	{"2026-01", "2026-01-01", "2026-02-01", "month"},
	{"2026-01-06", "2026-01-06", "2026-01-07", "day"},
	{"2026-01-06TNI", "2026-01-06", "2026-01-07", "part-of-day"},
	{"2026-01-06T15:30", "2026-01-06", "2026-01-07", "time"},
	{"2026-W02", "2026-01-05", "2026-01-12", "week"},
	{"2026-W01", "2025-12-29", "2026-01-05", "week"},
	{"2026-W02-WE", "2026-01-10", "2026-01-12", "week"},
	{"199", "1990-01-01", "2000-01-01", "decade"},
	{"20", "2000-01-01", "2100-01-01", "century"},
	{"2025-SU", "2025-06-01", "2025-09-01", "season"},
	{"2025-WI", "2025-12-01", "2026-03-01", "season"},
	{"2025-Q4", "2025-10-01", "2026-01-01", "quarter"},
	{"2025-H1", "2025-01-01", "2025-07-01", "half"},
	{"2026-13", "", "", ""},
	{"2026-02-30", "", "", ""},
	{"PAST_REF", "", "", ""},
	{"P4Y", "", "", ""},
	{"XXXX-WXX-2", "", "", ""},
	{"2014TNI", "", "", ""},
	{"", "", "", ""},
}

func TestParsePeriod(t *testing.T) {
	for _, tt := range periodTests {
		p, ok := parsePeriod(tt.in)
		if tt.gran == "" {
			if ok {
				t.Errorf("parsePeriod(%q) = %v, want not a date", tt.in, p)
			}
			continue
		}
		if !ok || p.start.Format("2006-01-02") != tt.start || p.end.Format("2006-01-02") != tt.end || p.gran != tt.gran {
			t.Errorf("parsePeriod(%q) = [%s, %s) %s %v, want [%s, %s) %s", tt.in,
				p.start.Format("2006-01-02"), p.end.Format("2006-01-02"), p.gran, ok, tt.start, tt.end, tt.gran)
		}
	}
}

func TestWriteTimelineJS(t *testing.T) {
	tl := Build(facts(
		"Russia|invade|Ukraine|2014|d",
		"Zelensky|meet|Trump|2025-12-28|a",
		"Zelensky|meet|Trump|2025-12-28|b",
		"Envoys|talk|Zelensky|2026-01-06TNI|a",
		"Leaders|meet|<Paris> & co|2026-01-06T15:30|c",
		"Allies|pledge|support|2026-W02|c",
		"Rebels|attack|convoy|199|e",
		"Sky|fall|earth||a",
	), Options{})
	var b bytes.Buffer
	if err := WriteTimelineJS(&b, tl); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "timelinejs.golden")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("WriteTimelineJS differs from %s:\n%s", golden, lineDiff(string(want), b.String()))
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteTimelineJSError(t *testing.T) {
	err := WriteTimelineJS(failWriter{}, Timeline{})
	if err == nil || !strings.HasPrefix(err.Error(), "timeline: ") {
		t.Errorf("WriteTimelineJS to a failing writer = %v, want a timeline: error", err)
	}
}

// lineDiff shows the first differing lines of want and got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var lw, lg string
		if i < len(w) {
			lw = w[i]
		}
		if i < len(g) {
			lg = g[i]
		}
		if lw != lg {
			b.WriteString("line " + string(rune('0'+i%10)) + ":\n-" + lw + "\n+" + lg + "\n")
			if b.Len() > 2000 {
				break
			}
		}
	}
	return b.String()
}

var stemTests = []struct{ in, want string }{
	{"met", "meet"}, {"signed", "sign"}, {"signs", "sign"}, {"endorsed", "endorse"}, {"attended", "attend"},
	{"planned", "planned"}, {"backing", "back"}, {"inked", "ink"}, {"carried", "carry"}, {"held", "hold"},
	{"sign", "sign"}, {"xyzzed", "xyzzed"}, {"invading", "invade"},
}

func TestVerbStem(t *testing.T) {
	syn := synonymIndex(nil)
	for _, tt := range stemTests {
		if got := verbStem(tt.in, syn); got != tt.want {
			t.Errorf("verbStem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
