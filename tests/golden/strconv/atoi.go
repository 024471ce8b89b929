// strconv.Atoi: valid numbers, every kind of syntax error, and overflow
// (the value then is the largest int of the input's sign).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "7", "-7", "+7", "123456789", "-123456789", "007", "-0",
		"9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "-9223372036854775809",
		"999999999999999999999", "-999999999999999999999",
		"99999999999999999999x", "123456789012345678", "1234567890123456789",
		"", "+", "-", "+-1", "--1", " 1", "1 ", "12a", "a12", "1_000", "0x10", "1e3", "١٢٣", "\xff",
	}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d, %v (nil: %t)\n", s, n, err, err == nil)
	}
}
