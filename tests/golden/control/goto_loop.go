// goto: a backward jump forming a loop and a forward jump out of it.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 0
	for {
		n++
		if n == 3 {
			goto done
		}
	}
done:
	fmt.Println("done at", n)
}
