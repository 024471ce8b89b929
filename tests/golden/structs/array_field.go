// A struct with an array field: indexing through the field, copying.
package main

import "fmt"

type Grid struct {
	Cells [2][3]int
	Size  int
}

func main() {
	var g Grid
	g.Size = 6
	for r := 0; r < 2; r++ {
		for c := 0; c < 3; c++ {
			g.Cells[r][c] = r*3 + c
		}
	}
	fmt.Println(g)
	h := g
	h.Cells[1][2] = -1
	fmt.Println(g.Cells[1], h.Cells[1], g == h)
	fmt.Println(len(g.Cells), len(g.Cells[0]))
}
