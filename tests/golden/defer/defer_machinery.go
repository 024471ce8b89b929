// Deferred calls run by the interpreter loop: at a return, in a panic, in a
// recovered panic, nested, deep, with nil func values and with results
// changed after recovery.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct{ log []string }

func (t *T) add(s string) { t.log = append(t.log, s) }

// defers run most recent first and see the named result
func order() (r int) {
	for i := 0; i < 5; i++ {
		defer func(i int) { r = r*10 + i }(i)
	}
	return 7
}

// a deferred call that itself defers, panics and recovers inside
func nested(t *T) {
	defer t.add("outer")
	defer func() {
		defer t.add("inner-deferred")
		func() {
			defer func() { t.add(fmt.Sprint("inner recovered: ", recover())) }()
			panic("inner")
		}()
		t.add("after inner")
	}()
	t.add("body")
}

// recover returns nil when not called directly by the deferred function
func helper() interface{} { return recover() }

func indirect() (got string) {
	defer func() {
		if r := recover(); r != nil {
			got += fmt.Sprint("|direct:", r)
		}
	}()
	defer func() { got = fmt.Sprint("helper:", helper()) }()
	panic("p")
}

// a deferred nil func panics when it would be called
func deferNil() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	var f func()
	defer f()
	return "unreached?"
}

// a panic in a deferred call replaces the running one; recover sees the newest
func replace() (msg string) {
	defer func() { msg = fmt.Sprint("recovered: ", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

// deep recursion where every level defers
func deep(n int, acc *int) {
	defer func() { *acc += n }()
	if n > 0 {
		deep(n-1, acc)
	}
}

// recursion through defers, bounded
func viaDefer(n int, out *[]int) {
	if n == 0 {
		return
	}
	defer viaDefer(n-1, out)
	*out = append(*out, n)
}

// recovering re-panics with an error; the caller recovers that
func wrap() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("wrapped: %v", r)
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(errors.New(fmt.Sprint("again ", r)))
			}
		}()
		var m map[string]int
		m["x"] = 1
	}()
	return nil
}

// many defers in one frame
func many(n int) (sum int) {
	for i := 1; i <= n; i++ {
		defer func(i int) { sum += i }(i)
	}
	return 0
}

// a method value and a builtin deferred
func kinds() []string {
	t := &T{}
	defer t.add("never seen by the caller")
	f := t.add
	defer f("method value")
	s := []string{"a", "b"}
	defer copy(s, []string{"z"})
	t.add(strings.Join(s, ","))
	return t.log
}

func main() {
	fmt.Println("order:", order())
	t := &T{}
	nested(t)
	fmt.Println("nested:", strings.Join(t.log, "; "))
	fmt.Println("indirect:", indirect())
	fmt.Println("deferNil:", deferNil())
	fmt.Println("replace:", replace())
	acc := 0
	deep(3000, &acc)
	fmt.Println("deep:", acc)
	var out []int
	viaDefer(2000, &out)
	fmt.Println("viaDefer:", len(out), out[0], out[len(out)-1])
	fmt.Println("wrap:", wrap())
	fmt.Println("many:", many(3000))
	fmt.Println("kinds:", kinds())
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("loop recover", i, recover()) }()
			if i%2 == 0 {
				panic(i)
			}
		}()
	}
}
