// Abuses: a 1 TiB global array (gc refuses it: symbol too large).
package main

var a [1 << 40]byte

func main() {
	a[5] = 1
	println(a[5])
}
