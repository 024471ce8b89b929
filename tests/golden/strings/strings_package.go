// A few simple calls from the strings package.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3))
	fmt.Println(strings.ToUpper("Hello, wörld"), strings.ToLower("MiXeD"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"))
	fmt.Println(strings.TrimSpace("  padded \n"), strings.Count("cheese", "e"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
}
