// The oracle of iteration_order.gs: the same program in Go.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{}
	for i := 0; i < 20; i++ {
		m[fmt.Sprint("key", i)] = i
	}
	orders := map[string]bool{}
	for n := 0; n < 100; n++ {
		order := ""
		for k := range m {
			order += k + " "
		}
		orders[order] = true
	}
	fmt.Println("100 ranges over the same map, more than one order:", len(orders) > 1)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("sorted:", keys[:5])
	fmt.Println("printed:", map[int]bool{3: true, 1: false, 2: true})
}
