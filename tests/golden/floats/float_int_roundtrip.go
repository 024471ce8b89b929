// Round-trips between int and float64, and integer-valued floats printing.
package main

import "fmt"

func main() {
	for i := -3; i <= 3; i++ {
		f := float64(i) * 0.75
		fmt.Println(i, f, int(f), float64(int(f)) == f)
	}
	n := 1 << 53
	fmt.Println(float64(n), float64(n+1), float64(n)+1)
	fmt.Println(float64(100), float64(1e6), float64(12345678901))
}
