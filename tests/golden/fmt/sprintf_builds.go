// Building output with Sprintf and printing it later.
package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	items := [3]Item{{"apple", 0.5, 6}, {"bread", 2.25, 1}, {"cheese", 7.999, 2}}
	total := 0.0
	for i, it := range items {
		line := fmt.Sprintf("%-2d%-8s %6.2f x%2d", i+1, it.Name, it.Price, it.Qty)
		fmt.Println(line)
		total += it.Price * float64(it.Qty)
	}
	fmt.Println(fmt.Sprintf("%-19s%7.2f", "total", total))
}
