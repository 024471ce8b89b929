// Key semantics: NaN never matches, +0 and -0 are one key, interface keys
// compare by dynamic type and value, array and struct keys.
package main

import (
	"fmt"
	"math"
)

type K struct {
	A string
	B [2]int
}

func main() {
	f := map[float64]int{}
	nan := math.NaN()
	f[nan] = 1
	f[nan] = 2
	f[math.Copysign(0, -1)] = 3
	f[0] = 4
	_, ok := f[nan]
	fmt.Println(len(f), ok, f[0])

	i := map[interface{}]string{}
	i[1] = "int"
	i[int64(1)] = "int64"
	i["1"] = "string"
	i[1.0] = "float"
	i[K{"a", [2]int{1, 2}}] = "struct"
	i[[2]int{1, 2}] = "array"
	i[nil] = "nil"
	fmt.Println(len(i), i[1], i[int64(1)], i["1"], i[1.0], i[K{"a", [2]int{1, 2}}], i[[2]int{1, 2}], i[nil])
	delete(i, nil)
	fmt.Println(len(i))

	s := map[K]int{{"x", [2]int{0, 1}}: 1}
	s[K{"x", [2]int{0, 1}}]++
	fmt.Println(s)

	p1, p2 := new(int), new(int)
	ptr := map[*int]string{p1: "one", p2: "two"}
	fmt.Println(ptr[p1], ptr[p2], len(ptr))
}
