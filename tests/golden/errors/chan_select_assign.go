package main

func main() {
	var x int // ERROR "x declared but not used"
	var c chan int
	var r <-chan int
	select {
	case x: // ERROR "select case must be send or receive .possibly with assignment."
	case <-r:
	case c <- 1:
	case v := <-c:
		_ = v
	case v, ok := <-c:
		_, _ = v, ok
	case x = <-c:
	case (<-c):
	default:
	default: // ERROR "multiple defaults .first at chan_select_assign.go:17:2."
	}
	var d chan int = r // ERROR "cannot use r .variable of type <-chan int. as type chan int in variable declaration"
	var e <-chan int = c
	var g chan<- int = c
	var h chan<- int = r // ERROR "cannot use r .variable of type <-chan int. as type chan<- int in variable declaration"
	_, _, _, _ = d, e, g, h
	_ = (<-chan int)(c)
	_ = (chan int)(r) // ERROR "cannot convert r .variable of type <-chan int. to type chan int"
	_ = len(c) + cap(r)
	<-c
	var y string = <-c // ERROR "cannot use <-c .comma, ok expression of type int. as type string in variable declaration"
	_ = y
	select {}
}
