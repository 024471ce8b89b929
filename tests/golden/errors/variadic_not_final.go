// ... only on a function's final parameter; calls of such a function are
// still checked (once a crash: the last parameter was taken for the slice).
package main

import "strconv"

func show(s ...string, bitSize int) { // ERROR "can only use ... with final parameter in list"
	_, _ = strconv.ParseFloat(s, bitSize)
}

func main() {
	show("1.5", 64)
}
