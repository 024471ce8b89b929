package main

import "fmt"

type T struct{}

func local() interface{} {
	type T struct{}
	return T{}
}

func main() {
	defer func() { fmt.Println(recover()) }()
	v := local()
	fmt.Printf("%T %v\n", v, v)
	_, ok := v.(T)
	fmt.Println(ok)
	_ = v.(T)
}
