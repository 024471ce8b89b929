// Split, SplitN, SplitAfter, SplitAfterN: the pieces, and the length and
// capacity of the slice (Go sizes it from an estimate before splitting).
package main

import (
	"fmt"
	"strings"
)

func show(name string, parts []string) {
	fmt.Printf("%s %q len=%d cap=%d nil=%t\n", name, parts, len(parts), cap(parts), parts == nil)
}

func main() {
	inputs := []string{"", "a", "a,b,c", ",a,,b,", ",,,", "abc", "a,b,c,d,e,f,g", "日,本,語", "a\xff,b\xfe", "αβγ"}
	seps := []string{",", "", ",,", "b", "xyz", "\xff"}
	for _, s := range inputs {
		for _, sep := range seps {
			fmt.Printf("-- %q %q\n", s, sep)
			show("Split", strings.Split(s, sep))
			show("SplitAfter", strings.SplitAfter(s, sep))
			for _, n := range []int{-1, 0, 1, 2, 3, 10} {
				show(fmt.Sprint("SplitN ", n), strings.SplitN(s, sep, n))
				show(fmt.Sprint("SplitAfterN ", n), strings.SplitAfterN(s, sep, n))
			}
		}
	}
	show("explode", strings.Split("\xffa\xe2\x82b\ufffd", ""))
	show("explode2", strings.SplitN("\xffa\xe2\x82b\ufffd", "", 3))
	show("explode3", strings.SplitN("ab\xff", "", -1))
}
