// Methods with pointer receivers modify the receiver.
package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Inc()          { c.N++ }
func (c *Counter) Add(d int) int { c.N += d; return c.N }
func (c Counter) Get() int       { return c.N }

func main() {
	c := &Counter{}
	c.Inc()
	c.Inc()
	fmt.Println(c.N, c.Get())
	fmt.Println(c.Add(10))
	fmt.Println(*c)
}
