// append (Go's capacity growth for several element sizes), make and copy.
package main

import "fmt"

type P struct{ X, Y, Z int }

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	fmt.Println(s, len(s))
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, byte('a'+i%26))
		fmt.Print(cap(b), " ")
	}
	fmt.Println(string(b))
	var ps []P
	for i := 0; i < 10; i++ {
		ps = append(ps, P{i, i, i})
		fmt.Print(cap(ps), " ")
	}
	fmt.Println(ps[9])
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	m2 := append(m, 1, 2, 3)
	m[0] = 99
	fmt.Println(m2, cap(m2))
	x := append([]int{1, 2}, s[5:8]...)
	fmt.Println(x, cap(x))
	bs := append([]byte("hi "), "there"...)
	fmt.Println(string(bs), len(bs), cap(bs))
	dst := make([]int, 4)
	n := copy(dst, s)
	fmt.Println(n, dst)
	n = copy(s[2:], s)
	fmt.Println(n, s)
	nb := make([]byte, 3)
	n = copy(nb, "abcdef")
	fmt.Println(n, string(nb))
	big := make([]int, 0)
	for i := 0; i < 2000; i++ {
		big = append(big, i)
	}
	fmt.Println(len(big), cap(big))
	var strs []string
	strs = append(strs, "a", "b", "c")
	fmt.Println(strs, len(strs), cap(strs))
	var e []struct{}
	e = append(e, struct{}{}, struct{}{})
	fmt.Println(len(e), cap(e))
	u := append(s[:0:0], s...)
	fmt.Println(len(u), cap(u))
	f32 := append([]float32(nil), 1, 2, 3)
	fmt.Println(f32, cap(f32))
}
