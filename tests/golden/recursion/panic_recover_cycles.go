package main

import "fmt"

func nest(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = n
		}
	}()
	if n == 0 {
		panic("bottom")
	}
	nest(n - 1)
	panic(n)
}

func deep(n int) int {
	if n == 0 {
		count := 0
		for i := 0; i < 20000; i++ {
			func() {
				defer func() { recover(); count++ }()
				panic(i)
			}()
		}
		return count
	}
	return deep(n-1) + 0
}

func main() {
	fmt.Println(nest(20000))
	fmt.Println(deep(10000))
}

// golden:no-gcstress allocates too much for a collection per allocation
