// []byte(s) copies the bytes; string(b) copies them back.
package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b), len(b))
	t := string(b)
	b[1] = 'a'
	fmt.Println(t, string(b))
	fmt.Println([]byte("é"))
}
