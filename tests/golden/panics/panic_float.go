// panic with a float64 value prints it in the runtime's float format.
package main

func main() {
	panic(1.5)
}
