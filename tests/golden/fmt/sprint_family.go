// Sprint, Sprintln and Sprintf return strings with the same rules as Print*.
package main

import "fmt"

func main() {
	a := fmt.Sprint("a", 1, 2, "b", 3.5, "c")
	b := fmt.Sprintln("a", 1, 2, "b")
	c := fmt.Sprintf("%d-%s-%v", 7, "x", true)
	fmt.Printf("%q\n%q\n%q\n", a, b, c)
	fmt.Println(len(b), fmt.Sprint(), fmt.Sprint(nil) == "<nil>")
	fmt.Print(fmt.Sprint(1, 2), "|", fmt.Sprint("1", "2"), "\n")
}
