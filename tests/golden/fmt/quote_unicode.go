// %q, %+q and %#q with non-ASCII and non-printable characters.
package main

import "fmt"

func main() {
	s := "héllo\t世界 \x00\xff"
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%#q\n", "plain")
	fmt.Printf("%#q\n", "has\ttab")
	fmt.Printf("%#+q\n", "é")
	fmt.Printf("%q\n", "\u2028\u00a0")
	fmt.Printf("%x\n", "é")
}
