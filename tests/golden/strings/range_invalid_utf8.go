// Invalid UTF-8 bytes decode as U+FFFD one byte at a time.
package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8c\xe4\xb8\x96\xc0\x80\xed\xa0\x80z"
	for i, r := range s {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	fmt.Println(len(s))
}
