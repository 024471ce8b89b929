package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Printf("%s: %T runtime.Error=%v", name, r, ok)
		if ok {
			re.RuntimeError()
			fmt.Printf(" %q", re.Error())
		}
		var ta *runtime.TypeAssertionError
		if e, isErr := r.(error); isErr && errors.As(e, &ta) {
			fmt.Printf(" (a *runtime.TypeAssertionError)")
		}
		fmt.Println()
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	var s []int
	var i interface{} = "str"
	zero := 0
	try("index", func() { _ = s[3] })
	try("nil", func() { _ = p.x })
	try("divide", func() { _ = 1 / zero })
	try("nil map", func() { m["a"] = 1 })
	try("assert", func() { _ = i.(int) })
	try("close nil", func() { var c chan int; close(c) })
	try("user", func() { panic(errors.New("mine")) })
	try("value", func() { panic(42) })
	fmt.Println(runtime.Compiler)
	var e runtime.Error
	fmt.Println(e == nil)
}
