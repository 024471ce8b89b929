// *strconv.NumError as a Go struct: built with a literal, its fields read,
// its Err a Go error whose Error method the library calls; the errors
// parse functions return unpacked with a type assertion.
package main

import (
	"fmt"
	"strconv"
)

type codeError struct{ code int }

func (e codeError) Error() string { return fmt.Sprint("code ", e.code) }

func describe(err error) {
	ne, ok := err.(*strconv.NumError)
	if !ok {
		fmt.Println("not a NumError:", err)
		return
	}
	fmt.Printf("Func=%s Num=%q syntax=%t range=%t err=%v\n", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax,
		ne.Err == strconv.ErrRange, ne.Err)
}

func main() {
	e := &strconv.NumError{Func: "Custom", Num: "in\"put\n", Err: codeError{7}}
	fmt.Println(e)
	fmt.Println(e.Func, e.Num, e.Err)
	fmt.Println(e.Error() == fmt.Sprint(e), e.Unwrap() == e.Err)
	var err error = e
	fmt.Println(err)
	fmt.Printf("%v|%+v|%T\n", err, *e, e.Err)

	_, err = strconv.Atoi("x1")
	describe(err)
	_, err = strconv.Atoi("99999999999999999999")
	describe(err)
	_, err = strconv.ParseInt("-0x8000000000000001", 0, 64)
	describe(err)
	_, err = strconv.ParseUint("7", 99, 64)
	describe(err)
	_, err = strconv.ParseFloat("1e999", 32)
	describe(err)
	_, err = strconv.ParseBool("yes")
	describe(err)
	_, err = strconv.Unquote("'")
	describe(err)
	_, err = strconv.Atoi("5")
	describe(err)
	fmt.Println(err == nil)
}
