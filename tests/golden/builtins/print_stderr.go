// The builtin print writes to stderr with no spaces and no newline.
package main

func main() {
	print("a", "b", 1, 2, true, "\n")
	print(3)
	print("\n")
	print(-1, false, "x\n")
}
