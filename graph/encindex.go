package graph

import (
	"sync"
	"unsafe"
)

// encIndex locates the encoded value of each node of a log in the
// memory-mapped bolt file, as an offset from one address in the map and a
// length packed in a word, not as a slice: a slice per node is a pointer
// the garbage collector scans and a write barrier stores, over an array
// of 24 bytes per node, where this one is pointer-free and a third the
// size. Only values inside the map are packed (bolt keeps it in place, and
// the bytes alive, until the read transaction ends); any other value, and
// one whose length does not fit, is kept as a slice.
type encIndex struct {
	base   unsafe.Pointer // an address in the map offsets are from; nil: none
	lo, hi uintptr        // the map's addresses
	at     []uint64       // node id → (offset+encBias)<<encLenBits | length; 0 for none
	mu     sync.Mutex
	long   map[uint64][]byte // node id → value, for those not packed
}

const (
	encLenBits = 24
	encBias    = 1 << 39 // offsets from -encBias to encBias fit
)

// init makes room for node ids below n, for values in the memory map at
// addresses [lo, hi), base being any value in it.
func (x *encIndex) init(n uint64, base []byte, lo, hi uintptr) {
	x.at = make([]uint64, n)
	x.lo, x.hi = lo, hi
	if p := uintptr(unsafe.Pointer(unsafe.SliceData(base))); len(base) > 0 && p >= lo && p < hi && hi-lo < encBias {
		x.base = unsafe.Pointer(unsafe.SliceData(base))
	}
}

func (x *encIndex) len() int { return len(x.at) }

// set records b, not empty, as the value of node id; set may be called
// at once for different ids.
func (x *encIndex) set(id uint64, b []byte) {
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if x.base != nil && p >= x.lo && p < x.hi && uintptr(len(b)) <= x.hi-p && len(b) > 0 && len(b) < 1<<encLenBits-1 {
		off := int64(p - uintptr(x.base)) // wraps below the base: a negative offset
		x.at[id] = uint64(off+encBias)<<encLenBits | uint64(len(b))
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.long == nil {
		x.long = map[uint64][]byte{}
	}
	x.long[id] = b
	x.at[id] = 1<<encLenBits - 1 // a length no packed value has
}

// has reports whether id is a node's.
func (x *encIndex) has(id uint64) bool { return id < uint64(len(x.at)) && x.at[id] != 0 }

// get returns the value of node id, nil for none.
func (x *encIndex) get(id uint64) []byte {
	if id >= uint64(len(x.at)) || x.at[id] == 0 {
		return nil
	}
	v := x.at[id]
	n := int(v & (1<<encLenBits - 1))
	if n == 1<<encLenBits-1 {
		return x.long[id]
	}
	off := int64(v>>encLenBits) - encBias
	return unsafe.Slice((*byte)(unsafe.Add(x.base, off)), n)
}
