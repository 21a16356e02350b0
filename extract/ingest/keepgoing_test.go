package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestReadKeepGoing(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.jsonl", `{"id":"one","text":"The council met on Monday and approved the harbour plan."}`+"\n"+
		`{"id":"two","text":`+"\n"+
		`{"id":"three","text":""}`+"\n"+
		`{"id":"four","text":"The mayor said the vote was close."}`+"\n")
	write("b.txt", "")
	write("c.txt", "A ferry service to the island resumed on Friday after repairs.")
	write("d.jsonl", `{"id":"one","text":"Another text under an id already read."}`+"\n")
	for _, tc := range []struct {
		name    string
		keep    bool
		wantIDs []string
		wantBad []string // path:line and sentinel
		wantErr error
	}{
		{name: "stop", wantErr: ErrFormat},
		{name: "keep going", keep: true, wantIDs: []string{"one", "four", "c"},
			wantBad: []string{"a.jsonl:2 " + ErrFormat.Error(), "a.jsonl:3 " + ErrEmpty.Error(),
				"b.txt:0 " + ErrEmpty.Error(), "d.jsonl:0 " + ErrDuplicateID.Error()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var bad []string
			opts := Options{}
			if tc.keep {
				opts.Bad = func(e *Error) {
					for _, s := range []error{ErrFormat, ErrEmpty, ErrDuplicateID, ErrBinary} {
						if errors.Is(e, s) {
							bad = append(bad, fmt.Sprintf("%s:%d %s", filepath.Base(e.Path), e.Line, s))
						}
					}
				}
			}
			docs, err := Read(context.Background(), []string{dir}, opts)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			if !slices.Equal(ids, tc.wantIDs) {
				t.Errorf("documents %q, want %q", ids, tc.wantIDs)
			}
			if !slices.Equal(bad, tc.wantBad) {
				t.Errorf("bad %q, want %q", bad, tc.wantBad)
			}
		})
	}
}
