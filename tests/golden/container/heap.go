// container/heap: Init, Push, Pop, Remove and Fix on an int heap and a
// priority queue, with the Less and Swap calls counted (they must be
// Go's, in number and order), and a heap of equal keys.
package main

import (
	"container/heap"
	"fmt"
)

type IntHeap struct {
	data         []int
	less, swaps  int
	trace        []string
}

func (h *IntHeap) Len() int { return len(h.data) }
func (h *IntHeap) Less(i, j int) bool {
	h.less++
	return h.data[i] < h.data[j]
}
func (h *IntHeap) Swap(i, j int) {
	h.swaps++
	h.trace = append(h.trace, fmt.Sprint(i, j))
	h.data[i], h.data[j] = h.data[j], h.data[i]
}
func (h *IntHeap) Push(x any) { h.data = append(h.data, x.(int)) }
func (h *IntHeap) Pop() any {
	n := len(h.data)
	x := h.data[n-1]
	h.data = h.data[:n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)         { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

type pair struct{ key, seq int }
type pairs []pair

func (p pairs) Len() int           { return len(p) }
func (p pairs) Less(i, j int) bool { return p[i].key < p[j].key }
func (p pairs) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p *pairs) Push(x any)        { *p = append(*p, x.(pair)) }
func (p *pairs) Pop() any          { o := *p; x := o[len(o)-1]; *p = o[:len(o)-1]; return x }

func main() {
	h := &IntHeap{data: []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0}}
	heap.Init(h)
	fmt.Println(h.data, h.less, h.swaps, h.trace)
	heap.Push(h, -1)
	heap.Push(h, 10)
	fmt.Println(h.data, heap.Remove(h, 3), h.data)
	h.data[2] = 100
	heap.Fix(h, 2)
	fmt.Println(h.data)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out, h.less, h.swaps)

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := PQ{}
	for _, name := range []string{"banana", "apple", "pear"} {
		pq = append(pq, &Item{value: name, priority: items[name], index: len(pq)})
	}
	heap.Init(&pq)
	orange := &Item{value: "orange", priority: 1}
	heap.Push(&pq, orange)
	orange.priority = 5
	heap.Fix(&pq, orange.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()

	var ps pairs
	for i := 0; i < 12; i++ {
		heap.Push(&ps, pair{i % 3, i})
	}
	for ps.Len() > 0 {
		fmt.Print(heap.Pop(&ps), " ")
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	heap.Pop(&IntHeap{})
}
