// %v on assorted values; %v with width applies to the whole value.
package main

import "fmt"

func main() {
	fmt.Printf("%v %v %v %v %v\n", nil, true, 'x', "s", 2.0)
	fmt.Printf("[%6v] [%-6v] [%6v]\n", 1.5, "ab", true)
	fmt.Printf("%v %v\n", int8(-3), uint64(1<<63))
	var e error
	fmt.Printf("%v\n", e)
	fmt.Println(nil, e)
}
