// Trap: a nil map reads as empty but cannot be written. A map declared
// with var (or a struct field never initialised) is nil until make.
var counts map[string]int
fmt.Println("read:", counts["x"], "len:", len(counts))
for range counts {
	fmt.Println("never runs")
}
func() {
	defer func() { fmt.Println("recovered:", recover()) }()
	counts["x"]++ // panics
}()
counts = make(map[string]int)
counts["x"]++
fmt.Println("after make:", counts)
