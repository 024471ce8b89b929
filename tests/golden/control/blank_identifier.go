// The blank identifier discards values but their expressions are evaluated.
package main

import "fmt"

func two() (int, string) {
	fmt.Println("two called")
	return 2, "two"
}

var _ = fmt.Sprint("package blank evaluated")

func main() {
	_, s := two()
	n, _ := two()
	_ = n
	_, _ = two()
	fmt.Println(s, n)
	for _, c := range "ab" {
		fmt.Print(c, " ")
	}
	fmt.Println()
	var _ int = 5
	const _ = 3
}
