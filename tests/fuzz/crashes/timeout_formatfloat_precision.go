// fuzz_run: libFuzzer: timeout (over 10 s in gos::strconv::decimalFromFixed, stdlib/strconv/strconv.cpp, via strconv.FormatFloat with a precision of 1<<40 digits); Go dies quickly with "fatal error: runtime: out of memory"
// Found on the working tree of 2026-12-05 18:15 UTC (≈ commit 1e56e94); no crash on that of 19:15 (≈ d294528).
package main

import "strconv"

func main() {
	println(len(strconv.FormatFloat(1.5, 'f', 1<<40, 64)))
}
