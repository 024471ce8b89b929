// fuzz_run: `return f()` in a function without results, f without results,
// passed the checker and reached code generation with no type (UBSan).
// The Append functions extend a []byte as append would: the capacities
// after growing from nil and from small buffers are Go's.
package main

import (
	"fmt"
	"strconv"
)

func show(b []byte) {
	fmt.Printf("%q len=%d cap=%d\n", b, len(b), cap(b))
}

func main() {
	show(strconv.AppendInt(nil, -1234567890123, 10))
	return show(strconv.AppendInt([]byte("x="), 255, 2))
	show(strconv.AppendUint(make([]byte, 0, 3), 18446744073709551615, 10))
	show(strconv.AppendBool(nil, true))
	show(strconv.AppendBool([]byte("ok:"), false))
	show(strconv.AppendQuote(nil, "hello"))
	show(strconv.AppendQuote(nil, "\x00\x01\x02\x03\x04\x05\x06\x07\x08"))
	show(strconv.AppendQuote(make([]byte, 0, 4), "ab\tc\U0001F600\u00ad\xff"))
	show(strconv.AppendQuote([]byte("0123456789012345678901234"), "\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad"))
	show(strconv.AppendQuoteToASCII(nil, "日本語 and more text here"))
	show(strconv.AppendQuoteRune(nil, '☺'))
	show(strconv.AppendQuoteRune([]byte("rune "), 0x10FFFF))
	show(strconv.AppendQuoteRuneToASCII([]byte("1234567"), '☺'))
	b := make([]byte, 0, 16)
	for i := 0; i < 20; i++ {
		b = strconv.AppendInt(b, int64(i*i), 10)
		b = append(b, ',')
	}
	show(b)
}
