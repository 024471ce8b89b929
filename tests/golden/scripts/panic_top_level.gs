// Script mode: a runtime panic in a top-level statement.
values := [3]int{10, 5, 0}
for _, v := range values {
	fmt.Println(100 / v)
}
