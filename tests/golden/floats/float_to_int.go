// float -> int conversion truncates toward zero (values in range only).
package main

import "fmt"

func main() {
	values := [...]float64{3.9, -3.9, 0.5, -0.5, 2.5, 1e9 + 0.7, -2e9 - 0.2}
	for _, v := range values {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	var f float32 = 255.9
	fmt.Println(uint8(f), uint16(f), int(f))
	big := 9.2e18
	fmt.Println(int64(big), uint64(big*1.5))
}
