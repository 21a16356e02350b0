package conllu

import (
	"slices"
	"strings"
	"testing"
)

// A hand-written sentence ("The ministers didn't agree.") with a multiword
// token and an empty node.
const sample = `# sent_id = t-1
# text = The ministers didn't agree.
1	The	the	DET	DT	_	2	det	_	_
2	ministers	minister	NOUN	NNS	_	5	nsubj	_	_
3-4	didn't	_	_	_	_	_	_	_	_
3	did	do	AUX	VBD	_	5	aux	_	_
4	n't	not	PART	RB	_	5	advmod	_	_
4.1	agreed	agree	VERB	VBD	_	_	_	_	_
5	agree	agree	VERB	VB	_	0	root	_	_
6	.	.	PUNCT	.	_	5	punct	_	_

# sent_id = t-2
1	Yes	yes	INTJ	UH	_	0	root	_	_
`

func TestRead(t *testing.T) {
	got, err := Read(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("Read: %d sentences, want 2", len(got))
	}
	s := got[0]
	if s.ID != "t-1" || s.Text != "The ministers didn't agree." {
		t.Errorf("Read: id %q text %q", s.ID, s.Text)
	}
	if want := []string{"The", "ministers", "did", "n't", "agree", "."}; !slices.Equal(s.Forms(), want) {
		t.Errorf("Forms() = %q, want %q", s.Forms(), want)
	}
	if want := []int{1, 4, 4, 4, -1, 4}; !slices.Equal(s.Heads(), want) {
		t.Errorf("Heads() = %v, want %v", s.Heads(), want)
	}
	if want := []string{"det", "nsubj", "aux", "advmod", "root", "punct"}; !slices.Equal(s.Rels(), want) {
		t.Errorf("Rels() = %q, want %q", s.Rels(), want)
	}
	if s.UPOS()[3] != "PART" || s.XPOS()[1] != "NNS" {
		t.Errorf("UPOS()[3] = %q, XPOS()[1] = %q", s.UPOS()[3], s.XPOS()[1])
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"columns", "1\tA\n", "conllu: x:1: 2 columns, want 10"},
		{"id", "2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", "conllu: x:1: bad word id \"2\""},
		{"head", "1\tA\ta\tX\tX\t_\tz\troot\t_\t_\n", "conllu: x:1: bad head \"z\""},
		{"range", "1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n", "conllu: x: sentence  word 1: head 5 out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in), "x")
			if err == nil || err.Error() != tt.want {
				t.Errorf("Read(%q) error = %v, want %q", tt.in, err, tt.want)
			}
		})
	}
}
