// String concatenation with + and +=, including empty strings and non-ASCII.
package main

import "fmt"

func main() {
	a := "hello"
	b := "world"
	c := a + ", " + b + "!"
	fmt.Println(c, len(c))
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
	u := "日本" + "語"
	fmt.Println(u, len(u))
	e := "" + ""
	fmt.Println(e == "", len(e))
	t := a
	a += "!"
	fmt.Println(a, t)
}
