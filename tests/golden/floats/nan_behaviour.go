// NaN compares unequal to everything, including itself.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	fmt.Println(nan, -nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
	x := nan + 1
	fmt.Println(x, x*0, math.IsNaN(x))
	zero := 0.0
	z := zero / zero
	fmt.Println(z, z == z)
	f := float32(nan)
	fmt.Println(f, f == f)
}
