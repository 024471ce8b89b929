// A recovered runtime error followed by a new panic.
package main

import "errors"

func main() {
	defer func() {
		recover()
		panic(errors.New("again"))
	}()
	var p *int
	_ = *p
}
