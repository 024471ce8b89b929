// Byte arithmetic on string contents: a hand-written atoi and digit sum.
package main

import "fmt"

func atoi(s string) int {
	n, sign := 0, 1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 0 && c == '-' {
			sign = -1
			continue
		}
		n = n*10 + int(c-'0')
	}
	return sign * n
}

func main() {
	fmt.Println(atoi("12345"), atoi("-987"), atoi("0"))
	sum := 0
	for _, r := range "2023" {
		sum += int(r - '0')
	}
	fmt.Println(sum)
	fmt.Println("9"[0]-'0', 'a'-'A')
}
