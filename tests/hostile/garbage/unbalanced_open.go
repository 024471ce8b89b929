// Abuses: unbalanced opening braces and parentheses at the end of the file.
package main

import "fmt"

func main() {
	if true {
		fmt.Println((1 + (2)
	for {
