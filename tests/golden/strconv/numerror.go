// The errors of strconv: *strconv.NumError prints "strconv.Func: parsing
// "num": reason"; ErrRange and ErrSyntax are values of their own, and a
// function's error compares with nil as usual.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func check(err error) {
	if err == nil {
		fmt.Println("no error")
		return
	}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
	fmt.Println(err.Error() + "!")
}

func main() {
	_, err := strconv.Atoi("12a")
	check(err)
	_, err = strconv.Atoi("12")
	check(err)
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	check(err)
	_, err = strconv.ParseFloat("1e400", 64)
	check(err)
	_, err = strconv.ParseFloat("x", 64)
	check(err)
	_, err = strconv.ParseBool("maybe")
	check(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	check(err)
	_, err = strconv.ParseInt("1", 1, 64)
	check(err)
	_, err = strconv.ParseInt("1", 10, 100)
	check(err)
	_, err = strconv.ParseInt("\"quoted\"\n\xff", 10, 64)
	check(err)
	_, err = strconv.Unquote("nope")
	check(err)
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax)
	fmt.Println(strconv.ErrRange == strconv.ErrRange, strconv.ErrRange == strconv.ErrSyntax)
	_, err = strconv.Unquote("'x")
	fmt.Println(err == strconv.ErrSyntax, err == strconv.ErrRange)
	e := errors.New("invalid syntax")
	fmt.Println(e == strconv.ErrSyntax, e.Error() == strconv.ErrSyntax.Error())
	fmt.Println(strconv.IntSize)
}
