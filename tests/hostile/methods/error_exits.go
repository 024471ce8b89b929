// Abuses: an Error method that calls os.Exit(3) when the runtime prints the
// uncaught panic value: the process ends with status 3 mid-report.
package main

import (
	"fmt"
	"os"
)

type E struct{}

func (E) Error() string {
	fmt.Println("Error called")
	os.Exit(3)
	return "never"
}

func main() {
	fmt.Println("start")
	panic(E{})
}
