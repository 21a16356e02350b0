package nlp

// NewUncached is New without the sentence cache, for benchmarks that
// measure the annotation itself.
func NewUncached(m Models) *Annotator { return &Annotator{m: m} }
