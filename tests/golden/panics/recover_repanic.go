// Re-panicking with the recovered value: the first is marked [recovered].
package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("x")
}
