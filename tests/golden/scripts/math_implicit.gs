// Script mode: math and fmt used without imports.
r := 2.0
area := math.Pi * r * r
fmt.Printf("area %.4f\n", area)
fmt.Println(math.Sqrt(area/math.Pi), math.Floor(area), math.MaxInt8)
