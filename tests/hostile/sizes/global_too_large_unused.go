// Abuses: a 1 TiB global array nothing uses (gc refuses it all the same).
package main

var unused [1 << 40]byte

func main() {
	println("never runs")
}
