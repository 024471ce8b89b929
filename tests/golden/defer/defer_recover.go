// defer order, named results, recover in its forms, method and library calls deferred.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func named() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func unnamed() int {
	defer func() { recover() }()
	panic("boom")
}

type T struct{ name string }

func (t *T) Close() { fmt.Println("closing", t.name) }

func methods() {
	t := &T{"file"}
	defer t.Close()
	t.name = "renamed"
	fmt.Println("using", t.name)
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-", r))
		}()
		panic("inner")
	}()
	return "not reached"
}

func indexPanic() (msg string) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		msg = fmt.Sprintf("%T %v %v", r, ok, err)
	}()
	var s []int
	_ = s[5]
	return
}

func notDirect() {
	defer func() {
		helper := func() interface{} { return recover() }
		fmt.Println("helper got", helper())
		fmt.Println("direct got", recover())
	}()
	panic("x")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("x was", x)
	x = 2
	fmt.Println("x is", x)
}

func main() {
	order()
	fmt.Println(named())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(unnamed())
	methods()
	fmt.Println(nested())
	fmt.Println(indexPanic())
	notDirect()
	argsEvaluatedEarly()
	var e error = errors.New("plain")
	defer fmt.Println("main deferred", e)
	fmt.Println(recover())
}
