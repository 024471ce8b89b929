// Trap: a map grows and never shrinks. Go doubles the bucket array when
// the average bucket holds 6.5 entries, moving entries over a little at
// every write; deleting entries empties slots but keeps every bucket, so
// a map that once held a million entries holds their buckets until the
// map itself is dropped. Copy the survivors into a new map to shrink.
m := map[int][64]byte{}
show := func(what string) {
	info := inspect.Map(m)
	fmt.Printf("%-28s len %7d  B %2d  %6d buckets\n", what, info.Count, info.B, info.Buckets)
}
show("new")
for i := 0; i < 100000; i++ {
	m[i] = [64]byte{}
}
show("after 100,000 inserts")
for i := 0; i < 99990; i++ {
	delete(m, i)
}
show("after deleting all but 10")
smaller := make(map[int][64]byte, len(m))
for k, v := range m {
	smaller[k] = v
}
m = smaller
show("copied into a new map")
