// break and continue outside of a loop.
package main

func main() {
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	if true {
		continue // ERROR "continue is not in a loop"
	}
}
