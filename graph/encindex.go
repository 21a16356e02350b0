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
// size. The values are only good in the read transaction that found them
// (bolt keeps the map in place until it ends). A value whose offset or
// length does not fit the packing, which a map of less than half a
// terabyte never gives, is kept as a slice.
type encIndex struct {
	base unsafe.Pointer // the address offsets are from
	at   []uint64       // node id → (offset+encBias)<<encLenBits | length; 0 for none
	mu   sync.Mutex
	long map[uint64][]byte // node id → value, for those that do not fit
}

const (
	encLenBits = 24
	encBias    = 1 << 39 // offsets from -encBias to encBias fit
)

// init makes room for node ids below n, offsets from the address of
// base's bytes (any value of the map).
func (x *encIndex) init(n uint64, base []byte) {
	x.at = make([]uint64, n)
	x.base = unsafe.Pointer(unsafe.SliceData(base))
}

func (x *encIndex) len() int { return len(x.at) }

// set records b, not empty, as the value of node id; set may be called
// at once for different ids.
func (x *encIndex) set(id uint64, b []byte) {
	off := int64(uintptr(unsafe.Pointer(unsafe.SliceData(b))) - uintptr(x.base))
	if x.base != nil && off > -encBias && off < encBias && len(b) > 0 && len(b) < 1<<encLenBits {
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
