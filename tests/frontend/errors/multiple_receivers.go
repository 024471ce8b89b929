package p

type T int

func (a, b T) n() {}
