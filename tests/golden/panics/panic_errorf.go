// panic with an error value from fmt.Errorf prints its message.
package main

import "fmt"

func main() {
	err := fmt.Errorf("open %s: %s", "config.txt", "not found")
	fmt.Println("failing")
	panic(err)
}
