// The library's NumError.Error calls Err's Error method written in Go;
// that method may need a much deeper stack than its caller had, and the
// result must still arrive where the interface call expects it.
package main

import (
	"fmt"
	"strconv"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[0]*0
}

type deepError struct{ n int }

func (e deepError) Error() string { return fmt.Sprint("reached depth ", depth(e.n)) }

func main() {
	var err error = &strconv.NumError{Func: "Deep", Num: "42", Err: deepError{50000}}
	msg := err.Error()
	fmt.Println(len(msg), msg)
	fmt.Println(err)
	s := fmt.Sprintf("[%v] [%s]", err, err)
	fmt.Println(s)
}

// golden:no-gcstress allocates too much for a collection per allocation
