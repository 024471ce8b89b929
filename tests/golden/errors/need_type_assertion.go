// An interface value assigned to a type that implements the interface:
// gc adds "need type assertion" on the next line (hence the colon).
package main

import "fmt"

type Wrapper struct{ msg string }

func (w Wrapper) Error() string { return w.msg }

type Stringer interface{ String() string }

func main() {
	var err error = Wrapper{"x"}
	var w Wrapper = err // ERROR "cannot use err \(variable of type error\) as type Wrapper in variable declaration:$"
	var s Stringer
	var i int = s // ERROR "cannot use s \(variable of type Stringer\) as type int in variable declaration$"
	fmt.Println(w, i)
}
