// Once a map starts to grow, every write evacuates the old bucket it
// touches and then the first one not yet evacuated (Evacuated, Go's
// nevacuate), so Evacuated never goes back, moves on at every write, and
// the growth ends within as many writes as there are old buckets.
// evacuation.go reads the same out of Go's runtime.
for _, n := range []int{53, 105, 417, 6657} { // the inserts that start a growth (growth.out)
	m := map[int]int{}
	for i := 1; i < n; i++ {
		m[i] = i
	}
	m[n] = n
	info := inspect.Map(m)
	fmt.Println("insert", n, "starts growing from", info.OldBuckets, "to", info.Buckets, "buckets; evacuated at once at least 1:", info.Evacuated >= 1)
	writes, moving, last := 0, true, info.Evacuated
	for inspect.Map(m).Growing {
		m[n+1+writes] = 0
		writes++
		moving = moving && (!inspect.Map(m).Growing || inspect.Map(m).Evacuated > last)
		last = inspect.Map(m).Evacuated
	}
	fmt.Println("  evacuation moved at every write:", moving, "done within", info.OldBuckets, "writes:", writes <= info.OldBuckets)
}
