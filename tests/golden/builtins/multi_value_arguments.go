// A built-in's arguments may be one call's values: complex(f()), copy(f()),
// append(f()), delete(f()), print(f()) and println(f()).
package main

import "fmt"

func two() (float64, float64)           { return 5, 7 }
func pair() ([]byte, []byte)             { return make([]byte, 3), []byte("abcdef") }
func strs() ([]byte, string)             { return make([]byte, 2), "xyz" }
func three() (int16, float64, string)    { return -42, 42.0, "x" }
func apps() ([]int, int, int)            { return []int{1}, 2, 3 }
func kv() (map[string]int, string)       { return m, "a" }
func ifaces() ([]interface{}, int, string) { return nil, 1, "s" }
func f32() (float32, float32)            { return 1.5, -2 }

var m = map[string]int{"a": 1, "b": 2}

func main() {
	fmt.Println(complex(two()))
	fmt.Println(complex(f32()))
	d, s := pair()
	_ = s
	fmt.Println(copy(pair()), d)
	fmt.Println(copy(strs()))
	print(three())
	println()
	println(three())
	println(two())
	fmt.Println(append(apps()))
	fmt.Println(append(ifaces()))
	delete(kv())
	fmt.Println(m)
	println(fmt.Sprint("single"))
	fmt.Println(append(func() []int { return []int{9} }()))
}
