// Types declared inside functions.
package main

import "fmt"

func main() {
	type point struct{ x, y int }
	type celsius float64
	p := point{1, 2}
	t := celsius(21.5)
	fmt.Println(p, t)
	fmt.Printf("%T %T\n", p, t)
	{
		type point struct{ a, b, c int }
		q := point{1, 2, 3}
		fmt.Println(q)
	}
	fmt.Println(p.x + p.y)
}
