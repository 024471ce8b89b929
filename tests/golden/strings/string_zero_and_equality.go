// The zero string, equality of strings built differently, string variables copy.
package main

import "fmt"

func main() {
	var s string
	fmt.Println(s == "", len(s), s+"x")
	a := "go" + "lang"
	b := "golang"
	c := ""
	for _, r := range "golang" {
		c += string(r)
	}
	fmt.Println(a == b, b == c, a == c)
	d := a
	a = "changed"
	fmt.Println(d, a)
}
