// Script mode: labeled loops and goto at top level.
outer:
for i := 0; i < 3; i++ {
	for j := 0; j < 3; j++ {
		if j > i {
			continue outer
		}
		fmt.Print(i, j, " ")
	}
}
fmt.Println()
n := 0
again:
n++
if n < 3 {
	goto again
}
fmt.Println("n =", n)
