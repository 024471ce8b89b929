// An uncaught panic with a Stringer value prints its String() text.
package main

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	panic(Level(1))
}
