// os.Args holds the program name then the arguments (the runner passes "a b").
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(os.Args[1:])
	for i := 1; i < len(os.Args); i++ {
		fmt.Printf("arg %d = %q\n", i, os.Args[i])
	}
	fmt.Println(os.Args[0] != "")
}
