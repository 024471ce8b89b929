// Methods promoted from embedded fields: direct calls, method values,
// interfaces (including through embedded pointers), fmt's String.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Hello() string    { return "I am " + a.Name }
func (a *Animal) Rename(n string) { a.Name = n }

type Legs struct{ N int }

func (l Legs) Count() int { return l.N }

type Dog struct {
	Animal
	*Legs
	Breed string
}

type Puppy struct {
	Dog
	Age int
}

type Greeter interface{ Hello() string }
type Renamer interface{ Rename(string) }
type Counter interface{ Count() int }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Reading struct {
	Temp
	Where string
}

func main() {
	d := Dog{Animal{"Rex"}, &Legs{4}, "lab"}
	fmt.Println(d.Hello(), d.Count(), d.Name, d.N)
	d.Rename("Max")
	fmt.Println(d.Hello())
	p := &d
	p.Rename("Bo")
	fmt.Println(p.Hello(), p.Count())

	pup := Puppy{d, 1}
	fmt.Println(pup.Hello(), pup.Count(), pup.Dog.Animal.Name)
	pup.Rename("Tiny")
	fmt.Println(pup.Name, d.Name)

	var g Greeter = d
	fmt.Println(g.Hello())
	g = pup
	fmt.Println(g.Hello())
	var r Renamer = &pup
	r.Rename("Bolt")
	fmt.Println(pup.Hello())
	var c Counter = pup
	fmt.Println(c.Count())

	hello := pup.Hello
	rename := pup.Rename
	rename("Fido")
	fmt.Println(hello(), pup.Name)

	rd := Reading{21.5, "roof"}
	fmt.Println(rd.String(), rd)
	fmt.Printf("%v %s\n", rd, &rd)
}
