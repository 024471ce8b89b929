package p

func f() {
	var x int = 1
}

func g() {
