// B (log2 of the bucket count) after each of 100,000 inserts, as
// gos/inspect reads it, then after deleting every key: maps never shrink.
// growth.go reads the same numbers out of Go's runtime.
m := map[int]int{}
last := -1
for i := 1; i <= 100000; i++ {
	m[i] = i
	if b := inspect.Map(m).B; b != last {
		fmt.Println("after", i, "inserts: B", b)
		last = b
	}
}
for i := 1; i <= 100000; i++ {
	delete(m, i)
}
fmt.Println("after deleting every key: len", len(m), "B", inspect.Map(m).B)
for i := 1; i <= 10; i++ {
	m[-i] = i
}
fmt.Println("after 10 more inserts: len", len(m), "B", inspect.Map(m).B)
h := map[string]int{}
fmt.Println("new map: B", inspect.Map(h).B)
big := make(map[int]int, 1000)
fmt.Println("make(map[int]int, 1000): B", inspect.Map(big).B)
