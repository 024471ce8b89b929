// Arrays of structs: indexing, field assignment, range copies elements.
package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	var items [3]Item
	items[0] = Item{"apple", 2}
	items[1].Name = "pear"
	items[1].Count = 5
	items[2] = Item{Name: "fig"}
	fmt.Println(items)
	for _, it := range items {
		it.Count = 1000
	}
	fmt.Println(items[0].Count)
	for i := range items {
		items[i].Count++
	}
	fmt.Println(items)
	copyOf := items
	copyOf[0].Name = "changed"
	fmt.Println(items[0].Name, copyOf[0].Name, items == copyOf)
}
