package main

func f() int { return 1 }

func main() {
	var x int
	var c chan int
	var s chan<- int
	var r <-chan int
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel x .variable of type int."
	_ = <-s // ERROR "invalid operation: cannot receive from send-only channel s .variable of type chan<- int."
	v, ok := <-r
	_, _ = v, ok
	x <- 1 // ERROR "invalid operation: cannot send to non-channel x .variable of type int."
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel r .variable of type <-chan int."
	c <- "a" // ERROR "cannot use .a. .untyped string constant. as int value in send"
	s <- 2
	close(x) // ERROR "invalid operation: cannot close non-channel x .variable of type int."
	close(r) // ERROR "invalid operation: cannot close receive-only channel r .variable of type <-chan int."
	close(c)
	close(s)
	_ = <-c
}
