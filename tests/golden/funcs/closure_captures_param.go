// Closures capturing parameters and named results.
package main

import "fmt"

func accumulate(start int) (func(int), func() int) {
	return func(d int) { start += d }, func() int { return start }
}

func twice() (result int) {
	add := func() { result += 21 }
	add()
	add()
	return
}

func main() {
	add, get := accumulate(100)
	add(5)
	add(-20)
	fmt.Println(get())
	fmt.Println(twice())
}
