// Methods of sort.IntSlice and StringSlice called directly (value receivers of library types).
package main

import (
	"fmt"
	"sort"
)

func main() {
	x := sort.IntSlice{3, 1, 2}
	fmt.Println(x.Len(), x.Less(0, 1))
	x.Sort()
	fmt.Println(x)
	p := &x
	fmt.Println(p.Len())
	s := sort.StringSlice{"b", "a"}
	s.Swap(0, 1)
	fmt.Println(s, s.Search("b"))
}
