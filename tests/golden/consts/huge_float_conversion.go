// Huge untyped integer constants converted to float types and back down.
package main

import "fmt"

const huge = 1 << 200

func main() {
	fmt.Println(float64(huge))
	fmt.Println(float32(1 << 100))
	fmt.Println(huge >> 190)
	const r = huge / (huge >> 3)
	fmt.Println(r)
	const f = huge * 1.5 / huge
	fmt.Println(f)
}
