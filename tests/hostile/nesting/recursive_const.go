// Abuses: constants and types defined in terms of each other in a cycle:
// const a = b + 1; const b = len([a]int{}) (gc: initialization cycle).
package main

import "fmt"

const a = b + 1
const b = len([a]int{})

func main() {
	fmt.Println(a, b)
}
