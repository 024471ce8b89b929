package main

import "fmt"

func three() (int16, float64, string) { return -42, 42.0, "x" }
func kv() (map[string]int, string)    { return m, "a" }
func sl() ([]string, string)          { return names, "z" }

var m = map[string]int{"a": 1}
var names []string
var calls []string

func mark(s string) int { calls = append(calls, s); return len(calls) }

func main() {
	defer println(three())
	defer delete(kv())
	names = append(sl())
	fmt.Println(names, len(m))
	x := []int{mark("a")}
	x = append(x, mark("b"))
	fmt.Println(x, calls)
	func() {
		defer func() { fmt.Println(recover()) }()
		var nilm map[string]int
		nilm2 := func() (map[string]int, string) { return nilm, "k" }
		delete(nilm2())
		fmt.Println("deleted from nil map")
	}()
}
