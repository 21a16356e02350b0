//go:build !linux

package graph

// releaseMapped drops the bolt file's mapped pages from the resident set
// on Linux (see mapped_linux.go); elsewhere it does nothing.
func (s *Store) releaseMapped() {}
