package main

import (
	"fmt"
	"sort"
	"strings"
)

type acc struct {
	name string
	out  chan string
}

func (a *acc) report(n int) { a.out <- fmt.Sprintf("%s:%d", a.name, n) }
func (a acc) byValue(s string) { a.out <- a.name + "/" + s }

func main() {
	out := make(chan string, 20)
	a := &acc{"ptr", out}
	i := 1
	go a.report(i) // arguments are evaluated at the go statement
	i = 2
	f := a.report
	go f(i)
	b := acc{"val", out}
	go b.byValue("x")
	b.name = "changed"
	go func(s string) { out <- "closure " + s }(strings.ToUpper("arg"))
	go fmt.Sprint("a library function, result dropped")
	done := make(chan bool)
	go close(done)
	<-done
	var got []string
	for len(got) < 4 {
		got = append(got, <-out)
	}
	sort.Strings(got)
	fmt.Println(strings.Join(got, "\n"))
}
