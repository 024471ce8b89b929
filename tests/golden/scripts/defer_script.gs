// A script's top-level defers run when the script ends.
defer fmt.Println("script deferred")
x := 10
defer func() {
	fmt.Println("x at the end:", x)
}()
x++
fmt.Println("script body", x)
