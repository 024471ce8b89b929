// The static interface type appears in the message.
package main

import "errors"

type MyErr struct{}

func (MyErr) Error() string { return "mine" }

func main() {
	err := errors.New("x")
	_ = err.(MyErr)
}
