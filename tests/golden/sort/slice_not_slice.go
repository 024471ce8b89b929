// sort.Slice of something that is not a slice panics as reflect does.
package main

import (
	"fmt"
	"sort"
)

func main() {
	var x interface{} = 42
	fmt.Println(sort.SliceIsSorted([]int{1, 2}, func(i, j int) bool { return false }))
	sort.Slice(x, func(i, j int) bool { return false })
}
