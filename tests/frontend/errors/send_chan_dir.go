package p

var c <-chan <-chan int
var d chan<- <-chan int
var e = (<-chan<- int)(nil)
