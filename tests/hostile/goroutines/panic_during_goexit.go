// Abuses: a deferred call that panics while runtime.Goexit unwinds a
// goroutine, under a recover that Goexit ignores.
// (Built by tests/hostile/gen.py.)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		defer func() { fmt.Println("recover sees", recover()) ; panic("second") }()
		defer panic("in a deferred call during Goexit")
		runtime.Goexit()
	}()
	select {}
}
