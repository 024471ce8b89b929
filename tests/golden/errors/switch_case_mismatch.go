// Switch cases that cannot be compared with the tag.
package main

import "fmt"

type S interface{ String() string }

func main() {
	x := 1
	var e error
	var s S
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to bool"
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case s: // ERROR "invalid case s in switch on true \(mismatched types S and bool\)"
	}
	switch x {
	case e: // ERROR "invalid case e in switch on x \(mismatched types error and int\)"
	}
	fmt.Println(x)
}
