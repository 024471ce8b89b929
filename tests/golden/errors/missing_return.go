// Functions with results whose body can end without a return.
package main

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
} // ERROR "missing return"

func loop(n int) int {
	for n > 0 {
		return n
	}
} // ERROR "missing return"

func ok(n int) int {
	for {
		if n > 0 {
			return n
		}
	}
}

func main() {
	sign(1)
	loop(1)
	ok(1)
}
