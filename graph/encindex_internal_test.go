package graph

import (
	"bytes"
	"encoding/binary"
	"testing"
	"unsafe"
)

func TestCountIDs(t *testing.T) {
	max10 := binary.AppendUvarint(nil, 1<<64-1) // ten bytes
	over := bytes.Clone(max10)
	over[9] = 2 // past 64 bits
	for _, b := range [][]byte{
		nil,
		{0},
		binary.AppendUvarint(binary.AppendUvarint(nil, 300), 5),
		max10,
		append(bytes.Clone(max10), 7),
		over,
		{0x80},                         // unterminated
		{1, 0x80, 0x80},                // unterminated after one
		bytes.Repeat([]byte{0x80}, 11), // too long
	} {
		ids, derr := decodeIDs(b)
		n, cerr := countIDs(b)
		if (derr != nil) != (cerr != nil) || derr == nil && n != len(ids) {
			t.Errorf("countIDs(%x) = %d, %v; decodeIDs gives %d ids, %v", b, n, cerr, len(ids), derr)
		}
	}
}

func TestEncIndex(t *testing.T) {
	m := make([]byte, 1<<25) // stands for the memory map
	lo := uintptr(unsafe.Pointer(&m[0]))
	var x encIndex
	x.init(8, m[100:], lo, lo+uintptr(len(m)))
	other := []byte("elsewhere")   // outside the map: kept as a slice
	x.set(1, m[0:5])               // before the base
	x.set(2, m[100:101])           // at it
	x.set(3, m[5000:9000])         // after it
	x.set(4, m[1<<20:1<<20+1<<24]) // too long to pack
	x.set(5, other)
	x.set(6, m[len(m)-3:]) // the map's last bytes
	for id, want := range map[uint64][]byte{1: m[0:5], 2: m[100:101], 3: m[5000:9000], 4: m[1<<20 : 1<<20+1<<24],
		5: other, 6: m[len(m)-3:]} {
		got := x.get(id)
		if len(got) != len(want) || &got[0] != &want[0] {
			t.Errorf("get(%d): %d bytes at %p, want %d at %p", id, len(got), got, len(want), want)
		}
		if !x.has(id) {
			t.Errorf("has(%d) = false", id)
		}
	}
	for _, id := range []uint64{0, 7, 8, 100} {
		if x.has(id) || x.get(id) != nil {
			t.Errorf("id %d: a value where none was set", id)
		}
	}
	if x.len() != 8 {
		t.Errorf("len = %d, want 8", x.len())
	}
}
