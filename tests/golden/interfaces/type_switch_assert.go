// Type switches and type assertions.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (s Square) Name() string   { return "square" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x), cap(x))
	case Named:
		return "named " + x.Name()
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "hey", []int{1, 2}, Square{2}, &Circle{1}, Circle{1},
		&MyErr{7}, errors.New("boom"), func() int { return 42 }, 3.5, byte(1), [2]bool{}, struct{ A int }{1}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}

	var i interface{} = Square{3}
	s := i.(Square)
	fmt.Println(s.S, s.Area())
	sh, ok := i.(Shape)
	fmt.Println(sh.Area(), ok)
	c, ok := i.(*Circle)
	fmt.Println(c, ok)
	n, ok := i.(Named)
	fmt.Println(n.Name(), ok)
	var e error = &MyErr{3}
	if me, ok := e.(*MyErr); ok {
		fmt.Println("MyErr", me.Code)
	}
	str, ok := i.(string)
	fmt.Printf("%q %v\n", str, ok)
	var none interface{}
	_, ok = none.(int)
	fmt.Println(ok)

	switch i.(type) {
	case Shape:
		fmt.Println("no binding")
	}
	switch v := i.(type) {
	case Square, *Circle:
		fmt.Printf("%T %v\n", v, v)
	}
	var f interface{} = 2.5
	switch x := f.(type) {
	case float64:
		x *= 2
		fmt.Println(x)
	}
	var bi interface{} = byte(5)
	switch bi.(type) {
	case uint8:
		fmt.Println("byte is uint8")
	}
	var r rune = 'x'
	var ri interface{} = r
	_, isInt32 := ri.(int32)
	fmt.Println(isInt32)
	for k := 0; k < 3; k++ {
		switch y := vals[k].(type) {
		case int:
			if y == 1 {
				break
			}
			fmt.Println("unreachable")
		default:
			fmt.Println("default", k)
		}
	}
}
