// The strings functions that call a Go func: every call is logged, so the
// order and number of calls are Go's as well as the results.
package main

import (
	"fmt"
	"strings"
)

var log []string

func isVowel(r rune) bool {
	log = append(log, string(r))
	return strings.ContainsRune("aeiouAEIOU", r)
}

func flush(result interface{}) {
	fmt.Printf("%#v  calls: %s\n", result, strings.Join(log, ""))
	log = log[:0]
}

func main() {
	for _, s := range []string{"", "aei", "xyz", "aabcdoo", "éa\xffbé", "uhuh"} {
		flush(strings.IndexFunc(s, isVowel))
		flush(strings.LastIndexFunc(s, isVowel))
		flush(strings.TrimFunc(s, isVowel))
		flush(strings.TrimLeftFunc(s, isVowel))
		flush(strings.TrimRightFunc(s, isVowel))
		f := strings.FieldsFunc(s, isVowel)
		fmt.Println(len(f), cap(f))
		flush(f)
	}
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World! ünïcode"))
	drop := func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(drop, "hello world"))
	same := func(r rune) rune { return r }
	fmt.Printf("%q %q\n", strings.Map(same, "a\xffb\ufffd"), strings.Map(same, "plain"))
	bad := func(r rune) rune { return r + 0x10FFFF }
	fmt.Printf("%q\n", strings.Map(bad, "ab"))
	fields := strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' })
	fmt.Println(fields, len(fields), cap(fields))
}
