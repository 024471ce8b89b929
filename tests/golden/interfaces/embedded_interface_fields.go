// Methods promoted from interfaces embedded in structs: calls, satisfaction, dispatch, fmt, sort.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{}

func (Dog) Sound() string { return "woof" }
func (Dog) Name() string  { return "dog" }

type Loud struct {
	Animal
	level int
}

func (l Loud) Sound() string { return l.Animal.Sound() + "!!!" }

type wrapped struct {
	error
	code int
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	l := Loud{Dog{}, 3}
	fmt.Println(l.Name(), l.Sound())
	var a Animal = l
	fmt.Println(a.Name(), a.Sound())
	w := wrapped{errors.New("disk"), 5}
	fmt.Println(w.Error(), w.code)
	var err error = w
	fmt.Println(err)
	fmt.Printf("%v|%s\n", w, &w)
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(reverse{words})
	fmt.Println(words)
	var empty Loud
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(empty.Name())
}
