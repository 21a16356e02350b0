package conllu

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# text = Hi, you.
1	Hi	hi	INTJ	UH	_	0	root	_	SpaceAfter=No
2	,	,	PUNCT	,	_	1	punct	_	_
3-4	you.	_	_	_	_	_	_	_	_
3	you	you	PRON	PRP	_	1	vocative	_	SpaceAfter=No|Ent=B-PERSON
4	.	.	PUNCT	.	_	1	punct	_	_

`

var readTests = []struct {
	name    string
	in      string
	text    string
	tokens  []string
	heads   []int
	offsets [][2]int
	wantErr bool
}{
	{name: "sample", in: sample, text: "Hi, you.", tokens: []string{"Hi", ",", "you", "."}, heads: []int{-1, 0, 0, 0}, offsets: [][2]int{{0, 2}, {2, 3}, {4, 7}, {7, 8}}},
	{name: "bad head", in: "1\ta\ta\tX\tX\t_\tq\troot\t_\t_\n", wantErr: true},
	{name: "head out of range", in: "1\ta\ta\tX\tX\t_\t5\tdep\t_\t_\n", wantErr: true},
	{name: "short line", in: "1\ta\n", wantErr: true},
}

func TestRead(t *testing.T) {
	for _, tt := range readTests {
		t.Run(tt.name, func(t *testing.T) {
			ss, err := Read(strings.NewReader(tt.in))
			if tt.wantErr {
				if err == nil || !strings.HasPrefix(err.Error(), "conllu: ") {
					t.Fatalf("Read(%q) error = %v, want a conllu: error", tt.in, err)
				}
				return
			}
			if err != nil || len(ss) != 1 {
				t.Fatalf("Read = %d sentences, %v", len(ss), err)
			}
			s := ss[0]
			if s.Text != tt.text {
				t.Errorf("Text = %q, want %q", s.Text, tt.text)
			}
			for i, tok := range s.Tokens {
				if tok.Text != tt.tokens[i] || tok.Head != tt.heads[i] || tok.Off != tt.offsets[i][0] || tok.End != tt.offsets[i][1] {
					t.Errorf("Tokens[%d] = %q head %d at %d:%d, want %q head %d at %v", i, tok.Text, tok.Head, tok.Off, tok.End, tt.tokens[i], tt.heads[i], tt.offsets[i])
				}
				if s.Text[tok.Off:tok.End] != tok.Text {
					t.Errorf("Tokens[%d] offsets read %q", i, s.Text[tok.Off:tok.End])
				}
			}
			if s.Tokens[2].Ent != "B-PERSON" || s.Tokens[0].Ent != "O" {
				t.Errorf("entity tags %q %q", s.Tokens[2].Ent, s.Tokens[0].Ent)
			}
		})
	}
}

func TestWriteRoundTrip(t *testing.T) {
	ss, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, &ss[0]); err != nil {
		t.Fatal(err)
	}
	again, err := Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	if again[0].Text != ss[0].Text || len(again[0].Tokens) != len(ss[0].Tokens) {
		t.Fatalf("round trip gave %q, want %q", again[0].Text, ss[0].Text)
	}
	for i := range ss[0].Tokens {
		if again[0].Tokens[i] != ss[0].Tokens[i] {
			t.Errorf("round trip token %d = %+v, want %+v", i, again[0].Tokens[i], ss[0].Tokens[i])
		}
	}
}
