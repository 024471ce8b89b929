// Abuses: an Error method that formats its own receiver with %v (which calls
// Error again), reached through fmt.Println of the error.
package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%v", e) }

func main() {
	var err error = E{7}
	fmt.Println(errors.New("plain") != nil)
	fmt.Println(err)
}
