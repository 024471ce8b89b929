// Deferred calls of built-in functions: arguments evaluated at the defer statement.
package main

import "fmt"

func f() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("got %v", r)
		}
	}()
	defer panic("deferred panic")
	return nil
}

func main() {
	x := 1
	defer println("deferred println", x, 2.5, true, "s")
	defer print("deferred print\n")
	x = 2
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer delete(m, "a")
		fmt.Println(len(m))
	}()
	fmt.Println(len(m), m)
	dst := make([]int, 2)
	func() {
		defer copy(dst, []int{7, 8, 9})
	}()
	fmt.Println(dst)
	fmt.Println(f())
	defer recover()
	fmt.Println("end", x)
}
