// Method values bind the receiver; a value receiver is copied at that moment.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Show() string { return fmt.Sprint(p.X, ",", p.Y) }
func (p *Point) Move(dx int) { p.X += dx }

func main() {
	p := Point{1, 2}
	show := p.Show
	move := p.Move
	move(10)
	fmt.Println(p, show())
	show2 := p.Show
	fmt.Println(show2())
	fns := [2]func() string{p.Show, Point{9, 9}.Show}
	p.X = 0
	fmt.Println(fns[0](), fns[1]())
}
