package main

import "fmt"

func fp() (*int, int) { return nil, 42 }

func main() {
	// the left side's operands are evaluated before any assignment
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	m := map[int]int{}
	k := 5
	for k, m[k] = range map[int]int{1: 2} {
	}
	fmt.Println(k, m)

	p := new(int)
	old := p
	p, *p = fp()
	fmt.Println(p == nil, *old)

	a := []int{1, 2, 3}
	j := 0
	j, a[j] = 2, 7
	fmt.Println(j, a)
}
