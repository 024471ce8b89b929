// iota with typed float constants and expressions.
package main

import "fmt"

const (
	A float64 = iota * 1.5
	B
	C
)

type Level uint8

const (
	Low Level = iota + 1
	Mid
	High
)

func main() {
	fmt.Println(A, B, C)
	fmt.Printf("%T %v %v %v\n", High, Low, Mid, High)
}
