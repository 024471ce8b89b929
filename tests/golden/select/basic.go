package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case c <- 5:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 6:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	var v int
	var ok bool
	select {
	case v, ok = <-c:
		fmt.Println("assigned", v, ok)
	}
	close(c)
	select {
	case x, ok := <-c:
		fmt.Println("closed:", x, ok)
	}

	// a nil channel's case never fires
	var nilc chan int
	d := make(chan string, 1)
	d <- "d"
	select {
	case <-nilc:
		fmt.Println("nil fired")
	case nilc <- 1:
		fmt.Println("nil send fired")
	case s := <-d:
		fmt.Println("got", s)
	}

	// break leaves the select; a labelled break leaves the loop
	n := 0
loop:
	for {
		e := make(chan int, 1)
		e <- n
		select {
		case x := <-e:
			if x == 3 {
				break loop
			}
			if x%2 == 0 {
				n++
				break
			}
			n += 1
		}
	}
	fmt.Println("n", n)
}
