// Width and precision on float verbs, with flags.
package main

import "fmt"

func main() {
	pi := 3.14159265358979
	fmt.Printf("[%8.3f] [%-8.2f] [%08.3f] [%+.2f] [% .2f]\n", pi, pi, pi, pi, pi)
	fmt.Printf("[%.0f] [%.0f] [%.0f] [%.1f]\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("[%.3e] [%10.2e] [%-12.4E]\n", pi*1000, pi, pi)
	fmt.Printf("[%.3g] [%.10g] [%g] [%.2g]\n", pi, pi, 100000000.0, 1234.0)
	fmt.Printf("[%#g] [%#.3g] [%#.0f]\n", 1.0, 2.0, 3.0)
	fmt.Printf("[%8.2f] [%08.2f] [%+08.2f]\n", -1.5, -1.5, 1.5)
	fmt.Printf("[%6.2f%%]\n", 12.3456)
}
