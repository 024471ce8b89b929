package main

func main() {
	var c chan int
LOOP:
	for {
		select {
		case <-c:
			break LOOP
		default:
			fallthrough // ERROR "fallthrough statement out of place"
		}
	}
L2:
	select {
	case <-c:
		break L2
	case <-c:
		continue L2 // ERROR "invalid continue label L2"
	}
	goto L3
L3:
	select {
	default:
		goto L4
	}
L4:
}
