// A panic raised from a method called through a method value.
package main

import "fmt"

type Stack struct {
	Data [2]int
	Len  int
}

func (s *Stack) Pop() int {
	if s.Len == 0 {
		panic("pop from empty stack")
	}
	s.Len--
	return s.Data[s.Len]
}

func main() {
	s := &Stack{Data: [2]int{5, 6}, Len: 2}
	pop := s.Pop
	fmt.Println(pop(), pop())
	fmt.Println(pop())
}
