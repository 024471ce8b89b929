// Fprint, Fprintf and Fprintln to any io.Writer: its Write method gets the bytes, its results are returned.
package main

import (
	"fmt"
	"os"
	"strings"
)

type upper struct{ out *strings.Builder }

func (u upper) Write(p []byte) (int, error) {
	u.out.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 1, fmt.Errorf("disk full after %d", len(p)) }

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "x=%d;", 42)
	fmt.Fprintln(&sb, "more", 1.5)
	fmt.Println(sb.String(), n, err)
	var out strings.Builder
	fmt.Fprint(upper{&out}, "shout ", 3)
	fmt.Println(out.String())
	n, err = fmt.Fprintln(failing{}, "abc")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
}
