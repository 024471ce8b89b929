// Signed integer types: extreme values and %T.
package main

import "fmt"

func main() {
	var a int8 = -128
	var b int16 = 32767
	var c int32 = -2147483648
	var d int64 = 9223372036854775807
	var e int = -9223372036854775808
	fmt.Println(a, b, c, d, e)
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, e)
	var r rune = 'Z'
	fmt.Printf("%v %T\n", r, r)
}
