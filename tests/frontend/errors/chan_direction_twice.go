package p

type T <-chan <-chan<- int
