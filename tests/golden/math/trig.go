// math.Sin, Cos, Tan, Atan, Atan2 and Hypot.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sin(0), math.Cos(0), math.Sin(math.Pi/2), math.Cos(math.Pi))
	fmt.Println(math.Sin(math.Pi), math.Cos(math.Pi/2), math.Tan(math.Pi/4))
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1))
	fmt.Println(math.Atan(1)*4, math.Atan2(1, -1), math.Atan2(-0.0, -1), math.Asin(1), math.Acos(-1))
	fmt.Println(math.Hypot(3, 4), math.Hypot(5, 12), math.Hypot(math.Inf(1), math.NaN()))
	for deg := 0; deg <= 180; deg += 45 {
		rad := float64(deg) * math.Pi / 180
		fmt.Printf("%3d %.6f %.6f\n", deg, math.Sin(rad), math.Cos(rad))
	}
}
