package main

var a = f() // ERROR "initialization loop for a"

func f() int { return b }

var b = a + 1

const c = len([d]int{}) // ERROR "initialization loop for c"

const d = len([c]int{})

var e = e // ERROR "initialization loop for e"

func main() {}
