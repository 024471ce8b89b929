package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 1e20, -1e20, 3e9, -3e9, 5e18, 1.8e19, -1, 300, -300, 70000, -70000}
	for _, v := range vals {
		f := float32(v)
		fmt.Println(v, int(v), int8(v), int16(v), int32(v), int64(v), uint(v), uint8(v), uint16(v), uint32(v), uint64(v), uintptr(v))
		fmt.Println(f, int(f), int8(f), int16(f), int32(f), int64(f), uint(f), uint8(f), uint16(f), uint32(f), uint64(f))
	}
}
