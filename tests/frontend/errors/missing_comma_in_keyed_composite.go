package p

func f() {
	x := T{a: 1, b: 2
	}
}
