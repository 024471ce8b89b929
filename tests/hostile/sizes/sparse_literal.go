// Abuses: composite literals with keyed elements far apart: an array of
// 100001 ints from two elements, a slice with a key of 99999, a string array.
package main

import "fmt"

var g = [...]int{0: 1, 100000: 2}

func main() {
	s := []string{99999: "last", 7: "seven"}
	a := [...]float64{3: 1.5, 70000: 2.5}
	fmt.Println(len(g), g[0], g[100000], g[50000])
	fmt.Println(len(s), s[7], s[99999], s[8] == "")
	fmt.Println(len(a), a[3], a[70000], a[8195])
	m := map[int][70000]byte{1: {69999: 9}}
	fmt.Println(m[1][69999], m[2][69999])
}
