// Method expressions T.M and (*T).M are functions taking the receiver first.
package main

import "fmt"

type Num struct{ V int }

func (n Num) Plus(d int) int { return n.V + d }
func (n *Num) Set(v int)     { n.V = v }

func main() {
	plus := Num.Plus
	fmt.Println(plus(Num{5}, 3))
	set := (*Num).Set
	n := Num{1}
	set(&n, 99)
	fmt.Println(n)
	viaPtr := (*Num).Plus
	fmt.Println(viaPtr(&n, 1))
	fmt.Printf("%T\n%T\n", plus, set)
}
