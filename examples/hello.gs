// A gos script: no package clause, statements at top level, and standard
// packages used without an import.
type Point struct{ X, Y int }

greeting := "hello"
for i := 0; i < 3; i++ {
	fmt.Println(greeting, i)
}
p := &Point{3, 4}
fmt.Printf("%v %+v %.3f\n", *p, p, math.Sqrt(float64(p.X*p.X+p.Y*p.Y)))
