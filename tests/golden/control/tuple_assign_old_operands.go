package main

import "fmt"

func main() {
	arr := []int{1, 2}
	arr, arr[len(arr)-1] = arr[:len(arr)-1], 3
	fmt.Println(arr, arr[:2])
	s := []int{0, 0, 0}
	i := 0
	i, s[i] = 5, 9
	fmt.Println(i, s)
	var a [3]int
	j := 1
	j, a[j] = 7, 4
	fmt.Println(j, a)
	k := 2
	func() {
		defer func() { fmt.Println(recover()) }()
		k, s[k] = 0, 1
		s, s[k] = nil, 2
	}()
	fmt.Println(k, s)
	calls := 0
	f := func() int { calls++; i = 1; return 5 }
	s = []int{0, 0}
	i = 0
	s[i] = f()
	fmt.Println(s, i, calls)
	idx := func() int { return 1 }
	s[idx()] = f()
	fmt.Println(s)
}
