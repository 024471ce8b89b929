// Script mode: a const block with iota and a named type at top level.
type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) Name() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "blue"
}

for c := Red; c <= Blue; c++ {
	fmt.Println(c, c.Name())
}
