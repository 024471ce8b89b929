// Passing arguments of the wrong type.
package main

func takesInt(n int)       {}
func takesString(s string) {}

type Meters float64

func takesMeters(m Meters) {}

func main() {
	takesInt("x") // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to takesInt"
	var f float64 = 1
	takesInt(f)     // ERROR "cannot use f \(variable of type float64\) as type int in argument to takesInt"
	takesString(65) // ERROR "cannot use 65 \(untyped int constant\) as string value in argument to takesString"
	takesMeters(f)  // ERROR "cannot use f \(variable of type float64\) as type Meters in argument to takesMeters"
	takesMeters(2.5)
}
