// Abuses: every level panics, recovers in its deferred call and recurses from
// there: the panics in flight pile up on the stack until Go's limit.
package main

func f(n int) {
	defer func() {
		recover()
		f(n + 1)
	}()
	panic(n)
}

func main() { f(0) }
