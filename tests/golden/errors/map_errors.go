// Map misuse the checker rejects.
package main

type P struct{ X int }

func main() {
	m := map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	var n int
	delete(n, 1)         // ERROR "invalid argument: n \(variable of type int\) is not a map"
	delete(m, 1)         // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	_ = map[[]int]bool{} // ERROR "invalid map key type \[\]int"
	mp := map[string]P{}
	mp["x"].X = 3                  // ERROR "cannot assign to struct field mp\[.x.\].X in map"
	_ = &m["a"]                    // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	_ = map[string]int{1}          // ERROR "missing key in map literal"
	m2 := make(map[string]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = m == m2                    // ERROR "invalid operation: m == m2 \(map can only be compared to nil\)"
}
