// Functions returning several results; passing them straight to another call.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func pair() (int, string, bool) {
	return 1, "one", true
}

func add(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	x, y := swap("a", "b")
	fmt.Println(x, y)
	fmt.Println(pair())
	fmt.Println(add(divmod(17, 5)))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
}
