package p

func f() {
	switch {
	case true:
		x := 1 y
	}
}
