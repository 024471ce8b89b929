// cap() after append follows Go's growth rule and malloc size classes for
// element sizes 1 to 40 bytes and lengths up to 3000.
package main

import "fmt"

type b3 [3]byte
type b5 [5]byte
type b12 [12]byte
type b24 [24]byte
type b40 [40]byte

func main() {
	var s1 []byte
	var s3 []b3
	var s5 []b5
	var s8 []int64
	var s12 []b12
	var s16 []string
	var s24 []b24
	var s40 []b40
	last := [8]int{}
	for i := 0; i < 3000; i++ {
		s1 = append(s1, 1)
		s3 = append(s3, b3{})
		s5 = append(s5, b5{})
		s8 = append(s8, 1)
		s12 = append(s12, b12{})
		s16 = append(s16, "")
		s24 = append(s24, b24{})
		s40 = append(s40, b40{})
		caps := [8]int{cap(s1), cap(s3), cap(s5), cap(s8), cap(s12), cap(s16), cap(s24), cap(s40)}
		if caps != last {
			fmt.Println(i+1, caps)
			last = caps
		}
	}
	// appending many at once: the needed length wins over doubling
	var t []int
	t = append(t, make([]int, 7)...)
	fmt.Println(len(t), cap(t))
	t = append(t, make([]int, 30)...)
	fmt.Println(len(t), cap(t))
	u := make([]int, 300)
	u = append(u, 1)
	fmt.Println(len(u), cap(u))
}
