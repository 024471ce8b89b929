// Abuses: large arrays (10000+ elements, local, global and on the heap)
// indexed far out: a[9000] and a[808] are 65536 bytes apart in an [N]int64,
// so any 16-bit truncation of an offset would make them alias.
package main

import "fmt"

var global [10000]int64

type Holder struct {
	before int64
	a      [12000]int64
	after  int64
}

func main() {
	var local [10000]int64
	local[9000] = 1
	local[808] = 2
	fmt.Println(local[9000], local[808], local[0], local[9999])

	global[9000] = 3
	global[808] = 4
	fmt.Println(global[9000], global[808])

	h := new(Holder)
	h.a[9000] = 5
	h.a[808] = 6
	h.a[11999] = 7
	fmt.Println(h.a[9000], h.a[808], h.before, h.after, h.a[11999])

	i, j := 9000, 808
	local[i] += 10
	local[j] += 20
	fmt.Println(local[i], local[j])

	sum := int64(0)
	for k := range local {
		sum += local[k]
	}
	fmt.Println(sum)
}
