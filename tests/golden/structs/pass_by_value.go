// Structs are passed to and returned from functions by value.
package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func bump(c Counter) Counter {
	c.N++
	return c
}

func makeCounter(name string) Counter {
	return Counter{Name: name}
}

func main() {
	c := makeCounter("c")
	d := bump(c)
	fmt.Println(c, d)
	d = bump(bump(d))
	fmt.Println(d.N, makeCounter("x").Name)
}
