// Functions modify the caller's variables through pointer parameters.
package main

import "fmt"

func swap(a, b *int) {
	*a, *b = *b, *a
}

func incAll(ps ...*int) {
	for _, p := range ps {
		*p++
	}
}

type Acc struct{ Total int }

func addTo(a *Acc, n int) { a.Total += n }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	incAll(&x, &y, &x)
	fmt.Println(x, y)
	var acc Acc
	addTo(&acc, 5)
	addTo(&acc, 7)
	fmt.Println(acc)
}
