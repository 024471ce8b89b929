package main

func a(c chan int) int {
	select {
	case v := <-c:
		return v
	default:
		panic("none")
	}
}

func b(c chan int) int {
	select {}
}

func d(c chan int) int {
	select {
	case <-c:
		break
	}
} // ERROR "missing return"

func e(c chan int) int {
L:
	for {
		select {
		case <-c:
			break L
		}
	}
} // ERROR "missing return"

func f(c chan int) int {
	for {
		select {
		case <-c:
			break
		}
	}
}

func main() {
	_, _, _, _, _ = a, b, d, e, f
}
