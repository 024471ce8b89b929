// Zero-size parameters, receivers and results take no room in a call.
package main

import "fmt"

type empty struct{}

func (empty) add(a, b int) int           { return a + b }
func (e empty) twice(x int) (empty, int) { return e, 2 * x }

func mid(a int, _ struct{}, b int, e [0]int, c string) string { return fmt.Sprint(a, b, c, len(e)) }

type writer struct{}

func (writer) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	var e empty
	fmt.Println(e.add(3, 4), mid(1, struct{}{}, 2, [0]int{}, "x"))
	_, n := e.twice(21)
	fmt.Println(n)
	var i interface{ add(int, int) int } = e
	fmt.Println(i.add(5, 6))
	f := e.add
	fmt.Println(f(7, 8))
	n, err := fmt.Fprintln(writer{}, "four")
	fmt.Println(n, err)
	var any interface{} = struct{}{}
	v, ok := any.(struct{})
	fmt.Println(v, ok)
}
