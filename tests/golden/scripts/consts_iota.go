// Go version of consts_iota.gs.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) Name() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "blue"
}

func main() {
	for c := Red; c <= Blue; c++ {
		fmt.Println(c, c.Name())
	}
}
