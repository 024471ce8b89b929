// Using a multi-value call where a single value is required.
package main

import "fmt"

func two() (int, int) { return 1, 2 }

func none() {}

func main() {
	x := two() + 1 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	y := none()    // ERROR "none\(\) \(no value\) used as value"
	fmt.Println(x, y)
}
