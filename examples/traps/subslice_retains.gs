// Trap: a small subslice keeps its whole array alive. Keeping the first
// bytes of a big buffer as buf[:16] keeps all of it reachable, since the
// subslice points into it and its capacity runs to the array's end; copying
// the bytes out lets the buffer go.
func header() []byte {
	buf := make([]byte, 1<<20) // a 1 MB read
	copy(buf, "GOS-HEADER-0001.")
	return buf[:16]
}

func headerCopy() []byte {
	buf := make([]byte, 1<<20)
	copy(buf, "GOS-HEADER-0001.")
	return append([]byte(nil), buf[:16]...)
}

kept := header()
fmt.Printf("%q len %d cap %d: the whole 1 MB array stays reachable\n", kept, len(kept), cap(kept))
copied := headerCopy()
fmt.Printf("%q len %d cap %d: only these bytes stay\n", copied, len(copied), cap(copied))
