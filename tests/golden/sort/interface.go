// sort.Sort, sort.Stable, sort.IsSorted and sort.Reverse on a type written
// in Go that counts its Len, Less and Swap calls, and on the library's
// IntSlice, StringSlice and Float64Slice.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge struct {
	people            []person
	lens, less, swaps int
}

func (a *byAge) Len() int { a.lens++; return len(a.people) }
func (a *byAge) Less(i, j int) bool {
	a.less++
	return a.people[i].age < a.people[j].age
}
func (a *byAge) Swap(i, j int) {
	a.swaps++
	a.people[i], a.people[j] = a.people[j], a.people[i]
}

type byName []person

func (p byName) Len() int           { return len(p) }
func (p byName) Less(i, j int) bool { return p[i].name < p[j].name }
func (p byName) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func people(n int) []person {
	ps := make([]person, n)
	seed := 3
	for i := range ps {
		seed = seed * 16807 % 2147483647
		ps[i] = person{fmt.Sprintf("p%03d", seed%1000), seed % 30}
	}
	return ps
}

func main() {
	a := &byAge{people: people(500)}
	fmt.Println(sort.IsSorted(a))
	sort.Sort(a)
	fmt.Println(a.lens, a.less, a.swaps, a.people[:12])
	fmt.Println(sort.IsSorted(a), a.lens, a.less)
	b := &byAge{people: people(500)}
	sort.Stable(b)
	fmt.Println(b.lens, b.less, b.swaps, b.people[:12])
	c := &byAge{people: people(300)}
	sort.Sort(sort.Reverse(c))
	fmt.Println(c.lens, c.less, c.swaps, c.people[:12])
	sorted := sort.IsSorted(sort.Reverse(c))
	fmt.Println(sorted, c.lens, c.less)
	d := byName(people(50))
	sort.Sort(d)
	fmt.Println(d[:8], sort.IsSorted(d))
	sort.Stable(sort.Reverse(d))
	fmt.Println(d[:8])

	is := sort.IntSlice{5, 2, 8, 2, 9, 1}
	sort.Sort(is)
	fmt.Println(is, sort.IsSorted(is))
	sort.Sort(sort.Reverse(is))
	fmt.Println(is, sort.Reverse(is))
	ss := sort.StringSlice{"b", "c", "a"}
	sort.Stable(ss)
	fmt.Println(ss)
	fs := sort.Float64Slice{2, 1, 3}
	sort.Sort(sort.Reverse(fs))
	fmt.Println(fs)
	var iface sort.Interface = is
	fmt.Println(iface.Len(), iface.Less(0, 1))
	iface.Swap(0, 5)
	fmt.Println(is)
	var sorter interface{ Sort() } = sort.StringSlice{"z", "y", "x"}
	sorter.Sort()
	fmt.Println(sorter)
	var searcher interface{ Search(x int) int } = sort.IntSlice{1, 3, 5, 7}
	fmt.Println(searcher.Search(4), searcher.Search(0), searcher.Search(8))
	fmt.Printf("%T %T\n", sort.Reverse(is), iface)
}
