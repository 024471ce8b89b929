// break inside a switch leaves the switch; a labeled break leaves the loop.
package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		case 4:
			fmt.Println("four")
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i == 3:
			break loop
		case i%2 == 0:
			continue
		}
		fmt.Print("odd", i, " ")
	}
	fmt.Println()
}
