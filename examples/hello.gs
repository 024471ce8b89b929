// A gos script: no package clause, statements at top level, and standard
// packages used without an import.
greeting := "hello"
for i := 0; i < 3; i++ {
	fmt.Println(greeting, i)
}
