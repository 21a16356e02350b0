package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestMaxBytes(t *testing.T) {
	sentence := "The harbour board approved the new pier on Friday. "
	long := strings.Repeat(sentence, 40) // 2,040 bytes
	for _, tc := range []struct {
		name  string
		in    string
		opts  Options
		line  int
		large bool
	}{
		{"under the bound", long, Options{MaxBytes: 4096}, 0, false},
		{"over the bound", long, Options{MaxBytes: 1000}, 0, true},
		{"no bound", long, Options{MaxBytes: -1}, 0, false},
		{"default bound", strings.Repeat(sentence, DefaultMaxBytes/len(sentence)+1), Options{}, 0, true},
		{"default bound, just under", strings.Repeat(sentence, DefaultMaxBytes/len(sentence)), Options{}, 0, false},
		{"JSON Lines record", `{"id":"a","text":"short one."}` + "\n" + `{"id":"b","text":"` + long + `"}`, Options{MaxBytes: 1000}, 2, true},
		{"one line of --lines", "short line.\n" + long + "\n", Options{MaxBytes: 1000, Lines: true}, 2, true},
		{"many small records", strings.Repeat(`{"text":"`+sentence+`"}`+"\n", 40), Options{MaxBytes: 1000}, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.Stdin = bytes.NewReader([]byte(tc.in))
			_, err := Read(t.Context(), []string{"-"}, tc.opts)
			if got := errors.Is(err, ErrTooLarge); got != tc.large {
				t.Fatalf("err %v, want too large %v", err, tc.large)
			}
			if !tc.large {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) || e.Line != tc.line || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q: want a one-line *Error at line %d", err, tc.line)
			}
			if !strings.Contains(err.Error(), "the limit is") {
				t.Errorf("error %q does not give the limit", err)
			}
		})
	}
}
