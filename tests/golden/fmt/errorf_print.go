// Errors from fmt.Errorf print their message with Println, %v and %s.
package main

import "fmt"

func check(n int) error {
	if n < 0 {
		return fmt.Errorf("negative value %d", n)
	}
	return nil
}

func main() {
	err := check(-5)
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(check(3), check(3) == nil)
	wrapped := fmt.Errorf("outer: %w", err)
	fmt.Println(wrapped)
	fmt.Println(err.Error() + "!")
}
