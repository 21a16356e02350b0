package pipeline_test

import (
	"context"
	"fmt"
	"time"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/extract/model/en"
	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/pipeline"
)

func ExampleExtractor_Extract() {
	models, err := nlp.Load(en.FS)
	if err != nil {
		fmt.Println(err)
		return
	}
	x := pipeline.New(nlp.New(models), pipeline.Options{})
	text := "Egyptian President Anwar Sadat met Israeli Prime Minister Menachem Begin at Camp David on Tuesday."
	doc := extract.Document{ID: "wire-1", Text: text, Published: time.Date(1978, 9, 6, 0, 0, 0, 0, time.UTC)}
	res, err := x.Extract(context.Background(), []extract.Document{doc}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range res.Facts {
		if f.SubjectID != "" && f.ObjectID != "" {
			fmt.Printf("%s | %s | %s | %s\n", f.Subject, f.Relation, f.Object, f.Date)
		}
	}
	// Output:
	// Anwar Sadat | met | Israeli Prime Minister Menachem Begin at Camp David | 1978-09-05
	// Menachem Begin | is at | Camp David |
}
