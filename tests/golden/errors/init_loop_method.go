package main

type T int

func (T) M() int { return x }

func (p *T) N() int { return y }

var x = T(0).M() // ERROR "initialization loop for x"

var y = (*T).N(nil) // ERROR "initialization loop for y"

func main() {}
