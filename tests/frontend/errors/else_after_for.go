package p

func f() {
	for {
	}
	else {
	}
}
