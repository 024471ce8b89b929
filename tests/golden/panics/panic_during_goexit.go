// A panic in a deferred call that runtime.Goexit runs replaces the Goexit:
// it is reported as any panic is, and the Goexit is not printed.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover in Goexit:", recover()) }()
		runtime.Goexit()
	}()
	<-done
	defer close(done) // closed already: panics while main's Goexit runs it
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
