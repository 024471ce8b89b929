// The oracle of nil_map_write.gs: the same program in Go.
package main

import "fmt"

func main() {
	var counts map[string]int
	fmt.Println("read:", counts["x"], "len:", len(counts))
	for range counts {
		fmt.Println("never runs")
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		counts["x"]++
	}()
	counts = make(map[string]int)
	counts["x"]++
	fmt.Println("after make:", counts)
}
