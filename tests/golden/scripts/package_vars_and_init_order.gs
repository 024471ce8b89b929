// Script mode: top-level var declarations are package-level and initialised first.
var limit = compute()

func compute() int {
	fmt.Println("computing limit")
	return 3
}

fmt.Println("first statement")
for i := 0; i < limit; i++ {
	fmt.Println("step", i)
}
