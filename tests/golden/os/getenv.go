// Getenv and LookupEnv: a set variable, unset ones, an empty key and keys
// holding '=' or a NUL byte.
package main

import (
	"fmt"
	"os"
)

func main() {
	path := os.Getenv("PATH")
	fmt.Println(path != "")
	v, ok := os.LookupEnv("PATH")
	fmt.Println(v == path, ok)
	for _, k := range []string{"GOS_TEST_SURELY_UNSET_VARIABLE", "", "PATH=", "PA\x00TH", "=PATH"} {
		v, ok := os.LookupEnv(k)
		fmt.Printf("%q %q %v %q\n", k, v, ok, os.Getenv(k))
	}
}
