package main

import "fmt"

type E struct{}

func (e E) Error() string { panic(e) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r != nil)
		panic(E{})
	}()
	panic(E{})
}
