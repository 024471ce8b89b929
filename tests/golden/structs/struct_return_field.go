// Fields of function results and of struct literals are readable directly.
package main

import "fmt"

type Pair struct {
	Key   string
	Value int
}

func get() Pair { return Pair{"k", 7} }

func main() {
	fmt.Println(get().Key, get().Value*2)
	fmt.Println(Pair{"a", 1}.Value, Pair{Value: 3}.Key == "")
	v := get()
	v.Value = 0
	fmt.Println(v, get())
}
