package p

type T int

func () n() {}
