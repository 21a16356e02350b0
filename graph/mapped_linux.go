package graph

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// releaseMapped drops the process's mapping of the bolt file's pages from
// its resident set (madvise MADV_DONTNEED on bbolt's read-only shared map):
// bbolt reads the whole file through one map, and Cayley's hashed keys
// scatter every write over it, so without this a build keeps every page of
// the file resident between its writes and after them (a 10,000-article
// graph is a 4 GB file). It does not bound a write itself: the pages one
// write reads are resident until it ends, with the kernel's fault-around
// up to the whole file on a large graph (10,000 articles: 3.9 GB
// file-backed at the peak, 37 MB after the build). The pages stay in the
// kernel's page cache, the data in the file: a later read faults the page
// back in from the cache. Dropping pages of a shared file map never loses
// data.
//
// It must run where no write transaction can remap the file (Add calls it
// with the store's write lock held, after its transactions): the ranges
// are read from /proc/self/maps just before they are released. Errors are
// ignored: the pages then merely stay resident.
func (s *Store) releaseMapped() {
	if s.bdb == nil || s.path == "" {
		return
	}
	fi, err := os.Stat(s.path)
	if err != nil {
		return
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		lo, hi, dev, ino, ok := mappedRange(sc.Bytes())
		if !ok || ino != st.Ino || dev != uint64(st.Dev) {
			continue
		}
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_DONTNEED)
	}
}

// mappedRange parses one line of /proc/self/maps ("start-end perms offset
// major:minor inode path") into its address range and the device and inode
// of the file it maps; ok is false for a line that is no read-only shared
// map of a file (only such a map is bbolt's, and only on such a map does
// MADV_DONTNEED lose nothing).
func mappedRange(line []byte) (lo, hi uintptr, dev, ino uint64, ok bool) {
	fields := bytes.Fields(line)
	if len(fields) < 6 {
		return 0, 0, 0, 0, false
	}
	if perms := fields[1]; len(perms) != 4 || perms[0] != 'r' || perms[1] != '-' || perms[3] != 's' {
		return 0, 0, 0, 0, false
	}
	a, b, found := bytes.Cut(fields[0], []byte("-"))
	maj, mnr, found2 := bytes.Cut(fields[3], []byte(":"))
	if !found || !found2 {
		return 0, 0, 0, 0, false
	}
	l, err1 := strconv.ParseUint(string(a), 16, 64)
	h, err2 := strconv.ParseUint(string(b), 16, 64)
	ma, err3 := strconv.ParseUint(string(maj), 16, 32)
	mi, err4 := strconv.ParseUint(string(mnr), 16, 32)
	n, err5 := strconv.ParseUint(string(fields[4]), 10, 64)
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil || err5 != nil || n == 0 || h <= l {
		return 0, 0, 0, 0, false
	}
	return uintptr(l), uintptr(h), mkdev(ma, mi), n, true
}

// mkdev encodes a device number as Linux's stat does.
func mkdev(major, minor uint64) uint64 {
	return major&0xfff<<8 | major&^0xfff<<32 | minor&0xff | minor&^0xff<<12
}
