package graph

// SetScanParts makes whole-store reads split the log into n ranges read
// in parallel, whatever the store's size, until restore is called.
func SetScanParts(n int) (restore func()) {
	old := forcedParts
	forcedParts = n
	return func() { forcedParts = old }
}

// DecodeValue exposes decodeValue to the tests.
var DecodeValue = decodeValue
