package main

import (
	"fmt"
	"sort"
	"sync"
)

type key struct{ a, b int }

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println(v, ok)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i%5, i)
			m.LoadOrStore(key{i, i}, fmt.Sprint("k", i))
		}(i)
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return true
	})
	fmt.Println("entries:", n)
	actual, loaded := m.LoadOrStore(key{3, 3}, "other")
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", 1.5)
	fmt.Println(actual, loaded)
	v, ok = m.LoadAndDelete("new")
	fmt.Println(v, ok)
	v, ok = m.LoadAndDelete("new")
	fmt.Println(v, ok)
	m.Delete(key{0, 0})
	m.Delete("never there")
	var keys []string
	m.Range(func(k, v any) bool {
		if kk, isKey := k.(key); isKey {
			keys = append(keys, fmt.Sprint(kk.a))
		}
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), keys[:3])
	// Range stops when f returns false
	calls := 0
	m.Range(func(k, v any) bool {
		calls++
		return calls < 3
	})
	fmt.Println("calls:", calls)
	// storing during Range is allowed
	m.Range(func(k, v any) bool {
		if i, isInt := k.(int); isInt {
			m.Store(i+100, v)
		}
		return true
	})
	_, ok = m.Load(104)
	fmt.Println("stored during range:", ok)

	defer func() { fmt.Println("recovered:", recover()) }()
	made := 0
	p := sync.Pool{New: func() any {
		made++
		return new([64]byte)
	}}
	b := p.Get().(*[64]byte)
	b[0] = 7
	p.Put(b)
	c := p.Get().(*[64]byte)
	fmt.Println(c[0], made, c == b)
	p.Get()
	fmt.Println(made)
	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get())
	m.Store([]int{1}, 1)
}
