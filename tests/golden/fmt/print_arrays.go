// Arrays print as [a b c] with the element verb applied to each element.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	s := [2]string{"x", "y z"}
	fmt.Println(a, s)
	fmt.Printf("%v %d %x %q\n", a, a, a, s)
	fmt.Printf("%+v %#v %#v\n", a, a, s)
	fmt.Printf("%03d\n", a)
	var z [0]int
	fmt.Println(z, [2]bool{true}, [2][2]int{{1, 2}, {3, 4}})
	fmt.Println([3]byte{65, 66, 67})
	fmt.Printf("%s %x\n", [3]byte{65, 66, 67}, [3]byte{1, 171, 255})
}
