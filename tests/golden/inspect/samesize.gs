// Churn (insert a new key, delete the oldest) on a map whose size stays
// put fills buckets unevenly until overflow buckets pile up; the map then
// grows in place, keeping B, to pack them again. samesize.go reads the
// same out of Go's runtime.
m := map[int]int{}
for i := 0; i < 100; i++ {
	m[i] = i
}
before := inspect.Map(m).B
seen, sameB, piled := false, true, false
for i := 100; i < 1000000 && !seen; i++ {
	n := inspect.Map(m).Overflow
	m[i] = i
	delete(m, i-100)
	info := inspect.Map(m)
	if info.Growing {
		seen = info.SameSizeGrow
		sameB = info.B == before
		piled = n >= 1<<before
	}
}
fmt.Println("B", before, "len", len(m))
fmt.Println("same-size growth seen:", seen, "B unchanged:", sameB, "after 2^B overflow buckets:", piled)
for i := 0; i < 100 && inspect.Map(m).Growing; i++ {
	m[-1] = i
}
fmt.Println("finished:", !inspect.Map(m).Growing, "B", inspect.Map(m).B, "len", len(m))
