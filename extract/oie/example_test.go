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
const parsed = `1	Norway	Norway	PROPN	NNP	_	5	nsubj	_	_
2	and	and	CCONJ	CC	_	3	cc	_	_
3	Denmark	Denmark	PROPN	NNP	_	1	conj	_	_
4	have	have	AUX	VBP	_	5	aux	_	_
5	signed	sign	VERB	VBN	_	0	root	_	_
6	a	a	DET	DT	_	7	det	_	_
7	declaration	declaration	NOUN	NN	_	5	obj	_	_
8	of	of	ADP	IN	_	9	case	_	_
9	intent	intent	NOUN	NN	_	7	nmod	_	_
10	to	to	PART	TO	_	11	mark	_	_
11	send	send	VERB	VB	_	9	acl	_	_
12	engineers	engineer	NOUN	NNS	_	11	obj	_	SpaceAfter=No
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
	// (Norway and Denmark; have signed; a declaration of intent to send engineers) lemma="sign"
	// (Norway; have signed; a declaration of intent to send engineers) lemma="sign"
	// (Denmark; have signed; a declaration of intent to send engineers) lemma="sign"
	// (Norway and Denmark; have signed a declaration of intent to; send engineers) lemma="sign declaration of intent to"
	// (Norway; have signed a declaration of intent to; send engineers) lemma="sign declaration of intent to"
	// (Denmark; have signed a declaration of intent to; send engineers) lemma="sign declaration of intent to"
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
