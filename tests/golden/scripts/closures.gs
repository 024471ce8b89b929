// Script mode: closures over top-level variables and a top-level func variable.
total := 0
add := func(n int) { total += n }
for i := 1; i <= 4; i++ {
	add(i)
}
fmt.Println(total)

func makeMultiplier(k int) func(int) int {
	return func(x int) int { return x * k }
}

triple := makeMultiplier(3)
fmt.Println(triple(7), makeMultiplier(-1)(5))
