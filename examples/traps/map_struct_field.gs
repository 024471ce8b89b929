// Trap: a map's element is not a variable. With m map[string]Point,
// `m["a"].X = 5` does not compile ("cannot assign to struct field m["a"].X
// in map"): the map may move its elements when it grows, so Go never lets
// you take their address. Copy, change, store back, or keep pointers.
type Point struct{ X, Y int }

m := map[string]Point{"a": {1, 2}}
p := m["a"] // a copy
p.X = 5
fmt.Println("changed the copy only:", m["a"])
m["a"] = p // store it back
fmt.Println("stored back:          ", m["a"])

ptrs := map[string]*Point{"a": {1, 2}}
ptrs["a"].X = 5 // fine: the element is a pointer, the Point lives elsewhere
fmt.Println("through a pointer:    ", *ptrs["a"])
