// Pointer methods on a named integer type.
package main

import "fmt"

type Counter int

func (c *Counter) Inc()       { *c++ }
func (c *Counter) Reset()     { *c = 0 }
func (c Counter) Double() int { return int(c) * 2 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.Inc()
	fmt.Println(c, c.Double())
	p := &c
	p.Inc()
	fmt.Println(c, p.Double())
	c.Reset()
	fmt.Println(c)
}
