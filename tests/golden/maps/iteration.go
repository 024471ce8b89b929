// Ranging over a map visits every key once; deleting during range is safe;
// the order differs between ranges (the program only prints what is fixed).
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	seen := map[int]bool{}
	total := 0
	for k, v := range m {
		if seen[k] {
			fmt.Println("twice", k)
		}
		seen[k] = true
		total += v
	}
	fmt.Println(len(seen), total)

	for k := range m {
		if k%3 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))

	orders := map[string]bool{}
	for trial := 0; trial < 50; trial++ {
		s := ""
		for k := range map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true, 6: true, 7: true, 8: true} {
			s += fmt.Sprint(k)
		}
		orders[s] = true
	}
	fmt.Println(len(orders) > 1)

	var nilMap map[string]int
	n := 0
	for range nilMap {
		n++
	}
	fmt.Println(n)

	// growth while ranging: every original key is still seen exactly once
	g := map[int]int{}
	for i := 0; i < 8; i++ {
		g[i] = i
	}
	visited := map[int]int{}
	for k := range g {
		visited[k]++
		if k < 8 {
			for j := 100; j < 140; j++ {
				g[j+k*100] = j
			}
		}
	}
	ok := true
	for i := 0; i < 8; i++ {
		if visited[i] != 1 {
			ok = false
		}
	}
	for _, c := range visited {
		if c != 1 {
			ok = false
		}
	}
	fmt.Println(ok, len(g))
}
