// Unquote, UnquoteChar and QuotedPrefix: every escape, raw strings, and
// the literals Go rejects.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`""`, `"abc"`, `"a\tb\n"`, `"\x41\101\u00e9\U0001F600"`, `"\xff\377"`,
		`"\u00"`, `"\uD800"`, `"\U00110000"`, `"\400"`, `"\8"`, `"\q"`, `"\'"`, `"'"`, `"\""`, "\"a\nb\"", `"abc`,
		`abc"`, `"a"b"`, `"a"x`, "`raw\\n`", "`a\r\nb`", "`open", `''`, `'a'`, `'ab'`, `'\n'`, `'\''`, `'"'`,
		`'\"'`, `'日'`, `'\xff'`, `'\u00e9'`, "'\xff'", "\"\xff\"", `"`, `x`, ``, `'`, `'\`, `"\`} {
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s + "tail")
		fmt.Printf("%q -> %q %v | %q %v\n", s, u, err, p, perr)
	}
	for _, c := range []struct {
		s string
		q byte
	}{{`\n rest`, '"'}, {`\x41`, '\''}, {`'`, '\''}, {`'`, '"'}, {`"`, '"'}, {`\'`, '"'}, {`\"`, '"'}, {"é!", '"'},
		{"\xff!", '"'}, {`\u263a.`, '\''}, {`\377`, 0}, {`\`, '"'}, {``, '"'}} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("%q %q: %d %t %q %v\n", c.s, c.q, v, mb, tail, err)
	}
}
