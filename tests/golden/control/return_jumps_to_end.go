// A function whose last statement jumps to its end (an if without else
// that returns, a loop with break, a switch, a label, a goto) returns
// when control reaches the end.
package main

import "fmt"

func ifReturn(x int) {
	fmt.Println("ifReturn", x)
	if x > 0 {
		return
	}
}

func named(x int) (r int) {
	r = x * 2
	if x > 0 {
		return
	}
	if x < -5 {
		return -1
	}
	return
}

func loopReturn(n int) {
	for i := 0; i < n; i++ {
		if i == 3 {
			fmt.Println("loopReturn stops at", i)
			return
		}
	}
}

func elseReturn(x int) {
	if x > 1 {
		fmt.Println("elseReturn big")
	} else {
		return
	}
}

func switchReturn(x int) {
	switch {
	case x > 10:
		return
	case x > 5:
		fmt.Println("switchReturn middle")
	}
}

func labelAtEnd(x int) {
	if x > 0 {
		goto end
	}
	fmt.Println("labelAtEnd not skipped")
end:
}

func deferred(x int) {
	defer fmt.Println("deferred runs", x)
	if x > 0 {
		return
	}
}

func selectReturn(c chan int) {
	select {
	case v := <-c:
		if v > 0 {
			return
		}
	default:
	}
}

func main() {
	ifReturn(1)
	ifReturn(-1)
	fmt.Println(named(2), named(-2), named(-9))
	loopReturn(2)
	loopReturn(10)
	elseReturn(0)
	elseReturn(5)
	switchReturn(20)
	switchReturn(7)
	switchReturn(1)
	labelAtEnd(1)
	labelAtEnd(-1)
	deferred(1)
	deferred(-1)
	c := make(chan int, 1)
	c <- 1
	selectReturn(c)
	c <- -1
	selectReturn(c)
	selectReturn(c)
	func() {
		if len(c) == 0 {
			return
		}
	}()
	fmt.Println("done")
}
