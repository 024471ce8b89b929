// Abuses: an array of four 70 KB structs indexed by a variable, slices of
// them and a map of them: element i+1 must not alias element i.
package main

import "fmt"

type Big struct {
	pad [70000]byte
	id  int
}

func main() {
	var arr [4]Big
	for i := range arr {
		arr[i].id = i * 10
		arr[i].pad[i] = byte(i + 1)
	}
	fmt.Println(arr[0].id, arr[1].id, arr[2].id, arr[3].id)
	s := arr[1:3]
	s[1].id = 99
	fmt.Println(arr[2].id, len(s), s[0].pad[1])
	grow := append(s, Big{id: 7})
	grow[0].id = -1
	fmt.Println(arr[1].id, grow[0].id, grow[2].id, arr[3].id)
	m := map[string]Big{}
	m["a"] = arr[3]
	b := m["a"]
	fmt.Println(b.id, b.pad[3], len(m))
}
