// Built-in calls with a value (len, cap, append, copy, complex, real, imag,
// make) are ordered with the statement's other calls, as gc orders them.
package main

import "fmt"

func main() {
	x := make([]int, 1)
	f := func() int { x = make([]int, 3); return 2 }
	fmt.Println(len(x), f(), len(x))
	x = make([]int, 1)
	s := []int{len(x), f(), cap(x)}
	fmt.Println(s)
	x = make([]int, 1)
	y := len(x) + f()
	fmt.Println(y)
	x = make([]int, 1)
	x[0] = 7
	g := func() int { x = make([]int, 3); return 2 }
	z := x[0] + g()
	fmt.Println(z)
	x = make([]int, 1)
	var m = map[string]int{"a": len(x), "b": f()}
	fmt.Println(m)
	x = make([]int, 1)
	fmt.Println(len(x[:]), f())
	x = make([]int, 1)
	fmt.Println(append(x, 5), f(), append(x, 5))
	x = make([]int, 1)
	fmt.Println(len(x)+1, f())
	c := 1.0
	h := func() float64 { c = 3; return 0 }
	fmt.Println(real(complex(c, 0)), h(), c+0)
	str := "ab"
	k := func() int { str = "abcd"; return 0 }
	fmt.Println(len(str), k(), len(str))
	fmt.Println(str[0], k())
	fmt.Println(string(str[1]), k())
	arr := [3]int{1, 2, 3}
	pa := &arr
	l := func() int { pa = &[3]int{9, 9, 9}; return 0 }
	fmt.Println(len(pa), pa[0], l())
}
