// Which slices share a backing array, and over which elements, as
// gos/inspect sees it; slices.go reads the same out of Go's slice headers.
a := make([]int, 10, 10)
b := a[2:5]
c := append(b, 1) // room in a: writes a[5]
d := append(a, 1) // no room: a new array
e := a[8:]
f := a[5:7:7]
g := append(f, 2) // f is full: a new array
fmt.Println(inspect.Overlap(a, b))
fmt.Println(inspect.Overlap(b, c))
shared, from, to := inspect.Overlap(a, c)
fmt.Println(shared, from, to, a[5])
fmt.Println(inspect.Overlap(a, d))
fmt.Println(inspect.Overlap(b, e))
fmt.Println(inspect.Overlap(f, g))
fmt.Println(inspect.Overlap(a, a[:0]))
fmt.Println(inspect.Slice(b).Len, inspect.Slice(b).Cap, inspect.Slice(c).Cap, inspect.Slice(d).Cap, inspect.Slice(g).Cap)
fmt.Println(inspect.Slice(b).Data-inspect.Slice(a).Data == uintptr(2*inspect.Slice(a).ElemSize), inspect.Slice(d).Data != inspect.Slice(a).Data)
