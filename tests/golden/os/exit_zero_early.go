// os.Exit(0) in a nested call stops the program successfully; later code never runs.
package main

import (
	"fmt"
	"os"
)

func stop() {
	fmt.Println("stopping")
	os.Exit(0)
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i)
		if i == 2 {
			stop()
		}
	}
	fmt.Println("unreachable in practice")
}
