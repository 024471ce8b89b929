// fallthrough in the last case or outside a switch.
package main

func main() {
	switch 1 {
	case 1:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
