// Script mode: a top-level variable used by a top-level function.
count := 0

func bump(n int) int {
	count += n
	return count
}

fmt.Println(bump(1), bump(2), bump(3))
fmt.Println("count is", count)
