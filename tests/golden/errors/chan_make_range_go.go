package main

func main() {
	var c chan int
	var s chan<- int
	var r <-chan int
	_ = make(chan int, "a") // ERROR "cannot convert .a. .untyped string constant. to int"
	_ = make(chan int, -1) // ERROR "invalid argument: index -1 .constant of type int. must not be negative"
	_ = make(chan int, 1, 2) // ERROR "invalid operation: make.chan int, 1, 2. expects 1 or 2 arguments; found 3"
	for a, b := range c { // ERROR "range over c .variable of type chan int. permits only one iteration variable"
		_, _ = a, b
	}
	for a := range s { // ERROR "cannot range over s .variable of type chan<- int. .receive from send-only channel."
		_ = a
	}
	for a := range r {
		_ = a
	}
	go len(c) // ERROR "go discards result of len.c. .value of type int."
	go close(c)
	go func() {}()
	go int(1) // ERROR "go requires function call, not conversion int.1. .constant 1 of type int."
}
