package graph

import (
	"math"
	"strconv"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/internal/jsonenc"
)

// The writers below append exactly what json.Marshal writes for the
// records a store keeps as JSON literals (factRecord, sourceRecord,
// rawSentence): encoding/json's reflection, its calls of Span's
// MarshalJSON and the check of their output cost a build more than the
// rest of preparing its quads. TestAppendRecords compares them with
// json.Marshal.

// appendJSONString appends s as json.Marshal writes a string (HTML
// escapes included).
func appendJSONString(dst []byte, s string) []byte { return jsonenc.AppendString(dst, s, true) }

// appendJSONFloat appends a finite x as json.Marshal writes a float64.
func appendJSONFloat(dst []byte, x float64) []byte {
	format := byte('f')
	if abs := math.Abs(x); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, x, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9, as json.Marshal writes it
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// appendJSONSpan appends sp as its MarshalJSON writes it.
func appendJSONSpan(dst []byte, sp extract.Span) []byte {
	dst = append(dst, '[')
	dst = strconv.AppendInt(dst, int64(sp.Off), 10)
	dst = append(dst, ',')
	dst = strconv.AppendInt(dst, int64(sp.End), 10)
	return append(dst, ']')
}

// appendJSONSpans appends sp as json.Marshal writes extract.Spans.
func appendJSONSpans(dst []byte, sp *extract.Spans) []byte {
	dst = append(dst, `{"subject":`...)
	dst = appendJSONSpan(dst, sp.Subject)
	if len(sp.Relation) > 0 {
		dst = append(dst, `,"relation":[`...)
		for i, r := range sp.Relation {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONSpan(dst, r)
		}
		dst = append(dst, ']')
	}
	if !sp.Object.IsZero() {
		dst = append(dst, `,"object":`...)
		dst = appendJSONSpan(dst, sp.Object)
	}
	return append(dst, '}')
}

// appendStringField appends ,"key":s (key holding its quotes and colon:
// `"key":`), or nothing when omitEmpty and s is empty.
func appendStringField(dst []byte, key, s string, omitEmpty bool) []byte {
	if omitEmpty && s == "" {
		return dst
	}
	dst = append(dst, ',')
	dst = append(dst, key...)
	return appendJSONString(dst, s)
}

// appendRecordFields appends the fields of r as json.Marshal writes them,
// each after a comma: the inside of its object but for the leading comma.
func appendRecordFields(dst []byte, r *factRecord) []byte {
	dst = appendStringField(dst, `"relation":`, r.Relation, false)
	dst = append(dst, `,"confidence":`...)
	dst = appendJSONFloat(dst, r.Confidence)
	dst = appendStringField(dst, `"date":`, r.Date, true)
	if r.Negated {
		dst = append(dst, `,"negated":true`...)
	}
	dst = appendStringField(dst, `"modality":`, r.Modality, true)
	dst = appendStringField(dst, `"relation_lemma":`, r.RelationLemma, true)
	if len(r.Args) > 0 {
		dst = append(dst, `,"args":[`...)
		for i, a := range r.Args {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"role":`...)
			dst = appendJSONString(dst, a.Role)
			dst = append(dst, `,"text":`...)
			dst = appendJSONString(dst, a.Text)
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	dst = appendStringField(dst, `"attributed_to":`, r.AttributedTo, true)
	dst = appendStringField(dst, `"granularity":`, r.Granularity, true)
	dst = appendStringField(dst, `"trigger":`, r.Trigger, true)
	dst = appendStringField(dst, `"gate":`, r.Gate, true)
	dst = appendStringField(dst, `"subject":`, r.Subject, true)
	dst = appendStringField(dst, `"object":`, r.Object, true)
	return dst
}

// appendFactRecord appends r as json.Marshal writes it.
func appendFactRecord(dst []byte, r *factRecord) []byte {
	n := len(dst)
	dst = appendRecordFields(dst, r)
	dst[n] = '{' // the first field's comma
	return append(dst, '}')
}

// appendSourceRecord appends r as json.Marshal writes it.
func appendSourceRecord(dst []byte, r *sourceRecord) []byte {
	dst = append(dst, `{"doc":`...)
	dst = appendJSONString(dst, r.Doc)
	dst = append(dst, `,"offset":`...)
	dst = strconv.AppendInt(dst, int64(r.Offset), 10)
	if !r.Spans.IsZero() {
		dst = append(dst, `,"spans":`...)
		dst = appendJSONSpans(dst, &r.Spans)
	}
	return append(dst, '}')
}

// appendRawFact appends, as json.Marshal writes a rawFact, the raw
// extraction with id, argument ids, spans sp and record r.
func appendRawFact(dst []byte, id, subjectID, objectID string, sp *extract.Spans, r *factRecord) []byte {
	dst = append(dst, `{"id":`...)
	dst = appendJSONString(dst, id)
	dst = appendStringField(dst, `"subject_id":`, subjectID, true)
	dst = appendStringField(dst, `"object_id":`, objectID, true)
	if !sp.IsZero() {
		dst = append(dst, `,"spans":`...)
		dst = appendJSONSpans(dst, sp)
	}
	dst = appendRecordFields(dst, r)
	return append(dst, '}')
}

// jsonBufs holds the scratch buffers literals are written into before
// they are copied into their quad.String.
var jsonBufs = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}

// jsonLiteral returns what write appends to an empty buffer, as a string.
func jsonLiteral(write func([]byte) []byte) quad.String {
	p := jsonBufs.Get().(*[]byte)
	b := write((*p)[:0])
	s := quad.String(b)
	if cap(b) <= 64<<10 {
		*p = b
		jsonBufs.Put(p)
	}
	return s
}
