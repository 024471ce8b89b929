package main

var a [3]int

func main() {
	_ = a[1 = 2]
}
