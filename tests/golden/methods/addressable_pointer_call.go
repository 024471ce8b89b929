// Pointer methods can be called on addressable values: v.M() means (&v).M().
package main

import "fmt"

type Stack struct {
	Data [4]int
	Len  int
}

func (s *Stack) Push(v int) { s.Data[s.Len] = v; s.Len++ }
func (s *Stack) Pop() int   { s.Len--; return s.Data[s.Len] }

type Holder struct{ S Stack }

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	top := s.Pop()
	fmt.Println(top, s.Len)
	var arr [2]Stack
	arr[1].Push(42)
	fmt.Println(arr[1].Len, arr[0].Len)
	var h Holder
	h.S.Push(7)
	fmt.Println(h.S.Data[0], h.S.Len)
}
