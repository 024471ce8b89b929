// Types that refer to each other through pointers, slices and maps, in
// any declaration order: only containing a type by value makes a cycle.
package main

import "fmt"

type Atom struct {
	str  string
	next *Slist
}

type List struct {
	car *Slist
	cdr *Slist
}

type Slist struct {
	isatom bool
	atom   Atom
	list   List
}

type Tree struct {
	kids  []Node
	index map[string]*Node
	up    *Forest
}

type Node struct {
	name string
	t    Tree
}

type Forest [2]Tree

type Ptr *Elem
type Elem struct {
	v    int
	next Ptr
}

func main() {
	var s Slist
	s.atom.str = "a"
	s.atom.next = &Slist{isatom: true, atom: Atom{str: "b"}}
	s.list.car = &s
	fmt.Println(s.atom.str, s.atom.next.atom.str, s.list.car == &s, s.atom.next.isatom)

	n := Node{name: "root"}
	n.t.kids = append(n.t.kids, Node{name: "kid"})
	n.t.index = map[string]*Node{"kid": &n.t.kids[0]}
	var f Forest
	f[1] = n.t
	n.t.up = &f
	fmt.Println(n.name, len(n.t.kids), n.t.index["kid"].name, len(n.t.up[1].kids))

	e := &Elem{v: 1, next: &Elem{v: 2}}
	fmt.Println(e.v, (*e.next).v)
	fmt.Printf("%T %T %T\n", s, n.t.up, e.next)
}
