// float32 arithmetic rounds to float32 after every operation.
package main

import "fmt"

func main() {
	a, b := float32(0.1), float32(0.2)
	fmt.Println(a+b, a+b == 0.3, float64(a+b))
	var f float32 = 16777216
	fmt.Println(f+1, f+2, f+1 == f)
	x := float32(1) / 3
	fmt.Println(x, x*3, float64(x))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
}
