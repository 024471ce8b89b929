// Standard library functions used as values.
package main

import (
	"fmt"
	"math"
	"strings"
)

func apply(f func(float64) float64, x float64) float64 { return f(x) }

func main() {
	fmt.Println(apply(math.Sqrt, 16), apply(math.Floor, 2.7))
	up := strings.ToUpper
	fmt.Println(up("gopher"))
	p := fmt.Println
	p("via", "value", 3)
	fs := []func(string) string{strings.ToLower, strings.TrimSpace}
	for _, f := range fs {
		fmt.Printf("%q\n", f("  MiXeD  "))
	}
	var sp func(...interface{}) string = fmt.Sprint
	fmt.Println(sp(1, 2, "x"))
}
