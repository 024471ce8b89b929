package main

import "fmt"

var calls int

type E struct{ msg string }

func (e E) Error() string {
	calls++
	return "E: " + e.msg
}

type P struct{ n int }

func (p *P) Error() string { return fmt.Sprint("P ", p.n) }

func main() {
	// a recovered panic never calls Error
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("%T %d\n", r, calls)
			}()
			panic(E{"x"})
		}()
	}
	// recover keeps the dynamic type of a nil pointer
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r == nil)
			_, ok := r.(*P)
			fmt.Println(ok)
		}()
		panic((*P)(nil))
	}()
	fmt.Println("calls", calls)
	// the uncaught panic calls it once, to print the value
	panic(E{"final"})
}
