// strings.Builder used as programs use it: a variable whose methods are
// called directly, passed by pointer, written by fmt.Fprintf-free helpers.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func csv(rows [][]int) string {
	var sb strings.Builder
	for _, row := range rows {
		for i, v := range row {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Itoa(v))
		}
		sb.WriteRune('⏎')
		sb.WriteByte('\n')
	}
	return sb.String()
}

func fill(b *strings.Builder, n int) {
	for i := 0; i < n; i++ {
		b.WriteString("ab")
	}
}

func main() {
	fmt.Print(csv([][]int{{1, 2, 3}, {-4, 50, 600}, {}}))
	var sb strings.Builder
	fill(&sb, 10)
	fmt.Println(sb.Len(), sb.Cap(), sb.String())
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap())
	n, err := sb.Write([]byte("xyz"))
	fmt.Println(n, err, sb.Len(), sb.Cap())
	sb.Reset()
	fmt.Printf("%q %d %d\n", sb.String(), sb.Len(), sb.Cap())
	builders := make([]strings.Builder, 3)
	for i := range builders {
		builders[i].WriteString(strings.Repeat("*", i+1))
	}
	for i := range builders {
		fmt.Println(builders[i].String(), builders[i].Cap())
	}
	type doc struct {
		title string
		body  strings.Builder
	}
	d := &doc{title: "t"}
	d.body.WriteString("hello")
	d.body.WriteString(", world")
	fmt.Println(d.title, d.body.String(), d.body.Len())
}
