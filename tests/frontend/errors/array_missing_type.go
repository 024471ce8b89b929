package p

func f() {
	var x = [...]
}
