package main

import "fmt"

type Big struct {
	pad  [70000]byte
	name string
	n    int
}

var global [100000]int

func main() {
	var a [10000]int
	a[9000] = 1
	a[808] = 2
	fmt.Println(a[808], a[9000], a[65536%10000])
	i := 9000
	fmt.Println(a[i])

	b := a // a copy of 80000 bytes
	b[9999] = 5
	fmt.Println(a[9999], b[9999], b[9000])

	var big Big
	big.name = "far"
	big.n = 42
	big.pad[69999] = 9
	fmt.Println(big.name, big.n, big.pad[69999], len(big.pad))
	p := &big
	p.name += "ther"
	fmt.Println(p.name, big.name)
	c := big
	c.n++
	fmt.Println(c.n, big.n, c.name)

	global[99999] = 3
	global[65536] = 4
	fmt.Println(global[99999], global[65536], global[0])
	g := global
	fmt.Println(g[99999] + g[65536])
}
