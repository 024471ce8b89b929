// Abuses: inserting into a map forever (128-byte keys and values, the
// largest stored inline in Go's buckets), until memory runs out.
package main

import "fmt"

func main() {
	m := map[[128]byte][128]byte{}
	for i := 0; ; i++ {
		var k, v [128]byte
		k[0], k[1], k[2], k[3] = byte(i), byte(i>>8), byte(i>>16), byte(i>>24)
		v[i%128] = byte(i)
		m[k] = v
		if i == 1000 {
			fmt.Println("growing", len(m))
		}
	}
}
