// Higher-order functions: taking and returning functions, composition.
package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func mapArray(a [4]int, f func(int) int) [4]int {
	for i := range a {
		a[i] = f(a[i])
	}
	return a
}

func main() {
	inc := adder(1)
	dbl := func(x int) int { return x * 2 }
	fmt.Println(apply(inc, 5), apply(dbl, 5))
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	a := [4]int{1, 2, 3, 4}
	fmt.Println(mapArray(a, compose(dbl, adder(100))), a)
}
