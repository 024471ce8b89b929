// Compound assignment and ++/-- on struct fields and nested fields.
package main

import "fmt"

type Stats struct {
	Hits   int
	Ratio  float64
	Name   string
	Nested struct{ Count uint8 }
}

func main() {
	var s Stats
	s.Hits += 5
	s.Hits *= 3
	s.Hits--
	s.Ratio += 0.25
	s.Name += "ab"
	s.Name += "cd"
	s.Nested.Count = 254
	s.Nested.Count++
	s.Nested.Count++
	fmt.Printf("%+v\n", s)
}
