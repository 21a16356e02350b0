package oie_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/storygraph/storygraph/extract/oie"
	"github.com/storygraph/storygraph/extract/oie/internal/conllu"
)

// A parsed sentence, as the annotator of extract/nlp returns it (here in
// CoNLL-U form: id, form, lemma, UPOS, XPOS, feats, head, relation).
const parsed = `1	Portugal	Portugal	PROPN	NNP	_	5	nsubj	_	_
2	and	and	CCONJ	CC	_	3	cc	_	_
3	Chile	Chile	PROPN	NNP	_	1	conj	_	_
4	have	have	AUX	VBP	_	5	aux	_	_
5	announced	announce	VERB	VBN	_	0	root	_	_
6	a	a	DET	DT	_	7	det	_	_
7	plan	plan	NOUN	NN	_	5	obj	_	_
8	of	of	ADP	IN	_	9	case	_	_
9	action	action	NOUN	NN	_	7	nmod	_	_
10	to	to	PART	TO	_	11	mark	_	_
11	protect	protect	VERB	VB	_	7	acl	_	_
12	forests	forest	NOUN	NNS	_	11	obj	_	SpaceAfter=No
13	.	.	PUNCT	.	_	5	punct	_	_
`

func ExampleExtract() {
	ss, err := conllu.Read(strings.NewReader(parsed))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range oie.Extract(&ss[0], oie.Options{MinConfidence: 0.1}) {
		fmt.Printf("(%s; %s; %s) lemma=%q\n", e.Subject, e.Relation, e.Object, e.RelationLemma)
	}
	// Output:
	// (Portugal and Chile; have announced; a plan of action to protect forests) lemma="announce"
	// (Portugal; have announced; a plan of action to protect forests) lemma="announce"
	// (Chile; have announced; a plan of action to protect forests) lemma="announce"
	// (Portugal and Chile; have announced a plan of action to; protect forests) lemma="announce plan of action to"
	// (Portugal; have announced a plan of action to; protect forests) lemma="announce plan of action to"
	// (Chile; have announced a plan of action to; protect forests) lemma="announce plan of action to"
}

func ExampleWriteCARB() {
	sentence := "Zelda met with Link on Monday at the castle ."
	ex := []oie.Extraction{{
		Subject: "Zelda", Relation: "met with", Object: "Link", Confidence: 0.75,
		Args: []oie.Arg{{Role: "time", Text: "on Monday"}, {Role: "place", Text: "at the castle"}},
	}}
	if err := oie.WriteCARB(os.Stdout, sentence, ex); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Zelda met with Link on Monday at the castle .	0.750	Zelda	met with	Link	on Monday	at the castle
}
