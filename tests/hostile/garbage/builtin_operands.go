// Built-in functions where a value belongs: indirected, negated, indexed,
// selected, compared. gc refuses each; the checker once dereferenced the
// missing type of `*make` (a fuzzer's find).
package main

func main() {
	_ = *make
	_ = &len
	_ = -cap
	_ = len[0]
	_ = new.x
	_ = copy == nil
	_ = append + 1
}
