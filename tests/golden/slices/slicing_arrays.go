// Slicing arrays, pointers to arrays, slices (2 and 3 indices) and strings.
package main

import "fmt"

func main() {
	var a [5]int
	for i := range a {
		a[i] = i * i
	}
	s := a[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 100
	fmt.Println(a)
	t := a[:]
	fmt.Println(len(t), cap(t), t)
	u := a[2:3:4]
	fmt.Println(u, len(u), cap(u))
	p := &a
	fmt.Println(p[3:], len(p[:2]), cap(p[:2]))
	v := s[1:3]
	fmt.Println(v, cap(v))
	w := s[:0]
	fmt.Println(w, len(w), cap(w))
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:3] == "")
	var b [3]byte
	bs := b[:]
	bs[1] = 'x'
	fmt.Printf("%q %v\n", b, bs)
	var lo, hi = 2, 1
	_ = lo
	_ = hi
}
