package p

func f() {
	x := map[string]int{"a" 1}
}
