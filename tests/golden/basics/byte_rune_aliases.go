// byte and rune are aliases: identical to uint8 and int32 everywhere,
// and the run time (%T, interface comparison) knows only uint8 and int32.
package main

import "fmt"

type Meters float64

func takesBytes(b []uint8) int { return len(b) }

func main() {
	var b byte = 200
	var u uint8 = b
	u++
	b = u
	fmt.Printf("%T %T %v\n", b, u, b)

	r := 'x'
	var i int32 = r
	fmt.Printf("%T %T %c\n", r, i, i)

	var x, y interface{} = byte(7), uint8(7)
	fmt.Println(x == y)
	var p, q interface{} = rune(65), int32(65)
	fmt.Println(p == q)

	bs := []byte("héllo")
	fmt.Println(takesBytes(bs))
	fmt.Printf("%T %T\n", bs, []rune("héllo"))

	var arr [3]byte
	var arr2 [3]uint8 = arr
	fmt.Println(arr2, len(arr2))

	s := "héllo"
	fmt.Printf("%T %T\n", s[1], s[0]+1)
	for _, c := range s {
		fmt.Printf("%T ", c)
		break
	}
	fmt.Println()

	f := func(c byte) rune { return rune(c) + 1 }
	var g func(uint8) int32 = f
	fmt.Println(g('a'), string(g('a')))

	m := Meters(2.5)
	fmt.Printf("%T %v\n", m, m)
}
