// math.Log, Log2, Log10, Log1p, Exp, Exp2, Expm1.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Log(1), math.Log(math.E), math.Log(10), math.Log(0), math.Log(-1))
	fmt.Println(math.Log2(8), math.Log2(10), math.Log10(1000), math.Log10(2))
	fmt.Println(math.Exp(0), math.Exp(1), math.Exp(-1), math.Exp(710), math.Exp(-750))
	fmt.Println(math.Exp2(10), math.Exp2(0.5), math.Log1p(1e-10), math.Expm1(1e-10))
	fmt.Printf("%.6f %.6f\n", math.Log(2.5), math.Exp(2.5))
}
