// Zero padding puts the sign first; - overrides 0.
package main

import "fmt"

func main() {
	fmt.Printf("[%05d] [%05d] [%-05d]\n", -42, 42, -42)
	fmt.Printf("[%06.2f] [%06.2f]\n", -3.14159, 3.14159)
	fmt.Printf("[%+06d] [% 06d]\n", 7, 7)
	fmt.Printf("[%08b] [%#08x] [%#8x]\n", 5, 255, 255)
	fmt.Printf("[%05x] [%05X]\n", -255, -255)
}
