// && and || evaluate the right operand only when needed, left to right.
package main

import "fmt"

func t(name string) bool {
	fmt.Println("eval", name)
	return true
}

func f(name string) bool {
	fmt.Println("eval", name)
	return false
}

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("c") || f("d"))
	fmt.Println(t("e") && f("f") || t("g"))
	fmt.Println(f("h") || f("i") && t("j"))
}
