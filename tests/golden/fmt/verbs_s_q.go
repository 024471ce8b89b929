// %s and %q on strings with width, precision and flags.
package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("[%s] [%10s] [%-10s] [%.3s] [%8.2s]\n", s, s, s, s, s)
	fmt.Printf("[%q] [%10q] [%-10q]\n", s, s, s)
	fmt.Printf("[%q] [%+q] [%#q]\n", "é\n", "é\n", "back`tick")
	fmt.Printf("[%s] [%q]\n", "", "")
	fmt.Printf("[%x] [% x] [%X] [% X]\n", s, s, s, s)
	fmt.Printf("[%5.1s] [%.10s]\n", "日本語", "日本語")
}
