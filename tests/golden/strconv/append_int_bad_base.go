// AppendInt with a base beyond int32's range still panics as Go's does.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	base := 1<<32 + 10
	fmt.Printf("%s\n", strconv.AppendInt(nil, 10, 10))
	fmt.Printf("%s\n", strconv.AppendUint(nil, 10, base))
}
