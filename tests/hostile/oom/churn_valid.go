// Abuses: allocating 6 GiB in total, 4 MB at a time, with almost nothing kept
// alive (valid: a collector must reclaim the garbage under the limit).
package main

import "fmt"

func main() {
	total := 0
	var last []byte
	for i := 0; i < 1536; i++ {
		b := make([]byte, 4<<20)
		b[i] = byte(i)
		total += len(b)
		last = b
	}
	fmt.Println(total>>30, "GiB allocated", last[1535])
}
