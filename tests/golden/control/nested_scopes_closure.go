// Each block creates a new scope; a nested declaration does not leak out.
package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		total := total + i*100
		fmt.Print(total, " ")
	}
	fmt.Println(total)
	v := 1
	switch v := v * 10; v {
	case 10:
		v++
		fmt.Println("in switch", v)
	}
	fmt.Println(v)
}
