package main

func show() {}

func f() int {
	return show() // ERROR "show.. .no value. used as value"
}

func main() {
	return show() // ERROR "show.. .no value. used as value"
}
