package ner

// Floors for TestEvaluateUNER, just under the scores of the embedded model
// recorded in README.md.
const (
	goldFloor   = 0.755
	taggerFloor = 0.745
)
