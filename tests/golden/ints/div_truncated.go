// Integer division truncates toward zero; % has the sign of the dividend.
package main

import "fmt"

func main() {
	pairs := [...][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {6, 3}, {-6, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b, (a/b)*b+a%b == a)
	}
}
