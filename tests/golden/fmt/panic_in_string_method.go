package main

import (
	"errors"
	"fmt"
)

type Boom struct{ why string }

func (b Boom) Error() string { return "boom: " + b.why }

type S struct{ n int }

func (s S) String() string {
	switch s.n {
	case 1:
		panic(Boom{"custom error value"})
	case 2:
		panic(errors.New("plain error"))
	case 3:
		var m map[string]int
		m["x"] = 1
	case 4:
		panic(fmt.Sprintf("string %d", s.n))
	case 5:
		panic(42)
	case 6:
		var a []int
		_ = a[s.n]
	}
	return "fine"
}

type N struct{ v int }

func (n *N) String() string { return fmt.Sprint("N", n.v) }

func main() {
	for i := 0; i <= 6; i++ {
		fmt.Println(S{i})
		fmt.Printf("%v|%s|%d\n", S{i}, S{i}, S{i})
	}
	var np *N
	fmt.Println(np)
	fmt.Printf("[%v] [%s]\n", np, np)
	fmt.Println([]S{{0}, {1}, {5}})
	fmt.Println(map[string]S{"a": {2}})
}
