// Maps: literals, make, lookup, comma-ok, delete, len, sharing, fmt's
// sorted printing, nil maps.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	ages := map[string]int{"alice": 31, "bob": 27}
	ages["carol"] = 40
	ages["bob"]++
	ages["dave"] += 5
	fmt.Println(len(ages), ages)
	v, ok := ages["alice"]
	fmt.Println(v, ok)
	v, ok = ages["zed"]
	fmt.Println(v, ok)
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages["alice"], ages)

	alias := ages
	alias["eve"] = 22
	fmt.Println(len(ages), ages["eve"])

	var nilMap map[string]bool
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"], nilMap)
	delete(nilMap, "x")
	_, found := nilMap["x"]
	fmt.Println(found)

	m := make(map[int]string, 100)
	for i := 0; i < 1000; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	fmt.Println(len(m), m[999], m[1000] == "")
	for i := 0; i < 1000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m), m[1], m[2] == "")

	grid := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	grid[Point{3, 4}] = "b"
	fmt.Println(grid[Point{1, 2}], grid[Point{0, 0}], len(grid), grid)

	nested := map[string]map[string]int{}
	nested["x"] = map[string]int{"y": 1}
	nested["x"]["z"] = 2
	fmt.Println(nested)

	lists := map[string][]int{}
	lists["a"] = append(lists["a"], 1, 2)
	lists["a"] = append(lists["a"], 3)
	fmt.Println(lists, len(lists["b"]))

	byBool := map[bool]int{true: 1, false: 0}
	byFloat := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	byRune := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(byBool, byFloat, byRune)
	fmt.Printf("%v %v %#v\n", ages, map[string]int{"k": 7}, map[string]int{"a": 1, "b": 2})
	var nm map[int]int
	fmt.Printf("%#v %v\n", nm, map[int]bool{})

	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "b", "a"} {
		counts[w]++
	}
	fmt.Println(counts)
	sum := 0
	for k, v := range counts {
		sum += len(k) * v
	}
	fmt.Println(sum)
	keys := 0
	for k := range counts {
		keys += len(k)
	}
	fmt.Println(keys)
}
