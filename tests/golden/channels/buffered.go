package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- "c"
	c <- "d"
	fmt.Println(len(c), cap(c))
	close(c)
	for i := 0; i < 5; i++ {
		v, ok := <-c
		fmt.Printf("%q %v %d\n", v, ok, len(c))
	}
	for v := range c {
		fmt.Println("never", v)
	}

	// a blocked sender's value goes through the buffer in order
	d := make(chan int, 2)
	go func() {
		for i := 1; i <= 6; i++ {
			d <- i * 10
		}
		close(d)
	}()
	sum := 0
	for v := range d {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)

	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	e := make(chan struct{}, 100)
	for i := 0; i < 100; i++ {
		e <- struct{}{}
	}
	fmt.Println(len(e), cap(e))
}
