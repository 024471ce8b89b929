// Trap: append returns a slice that may or may not share the old array.
// While there is room it does; once the array is full, append copies to a
// bigger one (Go doubles small slices, then grows by about 1.25x), and
// the two slices go their separate ways.
a := make([]int, 3, 4)
b := append(a, 1) // room for one more: same array
b[0] = 7
shared, _, _ := inspect.Overlap(a, b)
fmt.Println("cap", cap(a), "-> cap", cap(b), "shared:", shared, "a[0] =", a[0])
c := append(b, 2) // b is full: a new array
c[0] = 8
shared, _, _ = inspect.Overlap(b, c)
fmt.Println("cap", cap(b), "-> cap", cap(c), "shared:", shared, "b[0] =", b[0])
// how the capacity grows, append after append
s := []int{}
last := -1
for i := 0; i < 2000; i++ {
	s = append(s, i)
	if cap(s) != last {
		fmt.Print(cap(s), " ")
		last = cap(s)
	}
}
fmt.Println()
