// Pointer methods cannot be called on non-addressable values.
package main

type Counter struct{ N int }

func (c *Counter) Inc() { c.N++ }

func make1() Counter { return Counter{} }

func main() {
	Counter{}.Inc() // ERROR "cannot call pointer method Inc on Counter"
	make1().Inc()   // ERROR "cannot call pointer method Inc on Counter"
}
