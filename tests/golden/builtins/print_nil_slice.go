// print and println of a nil slice: [len/cap]pointer.
package main

func main() {
	var s []int
	println(s, len(s))
	var b []byte
	print(b, "\n")
}
