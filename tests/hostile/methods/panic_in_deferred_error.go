// Abuses: the top-level report of a panic whose value's Error method panics
// only on the second call, after a recover printed it once.
package main

import "fmt"

type E struct{ calls *int }

func (e E) Error() string {
	*e.calls++
	if *e.calls > 1 {
		panic(fmt.Sprintf("Error called %d times", *e.calls))
	}
	return "first time fine"
}

func main() {
	n := 0
	e := E{&n}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	panic(e)
}
