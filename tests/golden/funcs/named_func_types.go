// Named function types as parameters and results.
package main

import "fmt"

type BinOp func(int, int) int

type Predicate func(int) bool

func fold(op BinOp, init int, xs ...int) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func not(p Predicate) Predicate {
	return func(x int) bool { return !p(x) }
}

func main() {
	plus := BinOp(func(a, b int) int { return a + b })
	fmt.Println(fold(plus, 0, 1, 2, 3, 4))
	fmt.Println(fold(func(a, b int) int { return a * b }, 1, 1, 2, 3, 4))
	even := func(x int) bool { return x%2 == 0 }
	odd := not(even)
	fmt.Println(odd(3), odd(4))
	fmt.Printf("%T %T\n", plus, odd)
}
