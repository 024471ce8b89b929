package main

type big [1 << 14]int32

var c chan big // ERROR "channel element type too large .>64kB."

func main() {
	_ = make(chan [1 << 20]byte, 1) // ERROR "channel element type too large .>64kB."
	var small chan [65535]byte
	_ = small
	_ = c
}
