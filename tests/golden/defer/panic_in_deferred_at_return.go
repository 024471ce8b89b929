// A deferred call that panics during a normal return; an outer deferred
// call recovers it, and the remaining deferred calls still run.
package main

import "fmt"

func work() (result string) {
	defer fmt.Println("last deferred call runs")
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered: ", r)
		}
	}()
	defer func() {
		panic("from a deferred call")
	}()
	return "normal"
}

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func loop() int {
	c := &counter{}
	for i := 0; i < 5; i++ {
		func() {
			defer c.inc()
			if i%2 == 0 {
				return
			}
		}()
	}
	return c.n
}

func main() {
	fmt.Println(work())
	fmt.Println(loop())
	var f func()
	defer func() {
		fmt.Println("nil func value:", recover())
	}()
	defer f()
	fmt.Println("main returns")
}
