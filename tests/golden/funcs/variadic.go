// Variadic functions called with no, one, several arguments and with xs...
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func count(nums ...int) int {
	return len(nums)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{10, 20, 30}
	fmt.Println(sum(xs...), count(xs...), count(), count(1, 2))
	fmt.Println(sum([]int{4, 5}...))
}
