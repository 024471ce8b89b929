// Abuses: an Error method with side effects: recovering a panic must not call
// it (the counter stays 0); printing calls it once per use.
package main

import "fmt"

var calls int

type E struct{}

func (E) Error() string {
	calls++
	return fmt.Sprintf("error #%d", calls)
}

func main() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() { recover() }()
			panic(E{})
		}()
	}
	fmt.Println("after recovered panics:", calls)
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r != nil, calls)
			fmt.Println(r, calls)
		}()
		panic(E{})
	}()
	fmt.Println("final:", calls)
}
