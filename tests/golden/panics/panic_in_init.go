// A panic during init() happens before main runs.
package main

import "fmt"

var limit = 3

func init() {
	fmt.Println("init starts")
	if limit < 5 {
		panic(fmt.Sprintf("limit %d below minimum", limit))
	}
}

func main() {
	fmt.Println("main never runs")
}
