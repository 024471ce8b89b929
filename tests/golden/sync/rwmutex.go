package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.RWMutex
	data map[int]int
}

func (s *store) get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *store) set(k, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &store{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.set(w*100+i, i)
			}
		}(w)
	}
	hits := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 400; i++ {
				if _, ok := s.get(i); ok {
					hits[r]++
				}
			}
		}(r)
	}
	wg.Wait()
	fmt.Println(len(s.data))
	n := 0
	for i := 0; i < 400; i++ {
		if v, ok := s.get(i); ok && v == i%100 {
			n++
		}
	}
	fmt.Println(n)
	var m sync.RWMutex
	fmt.Println(m.TryRLock(), m.TryRLock(), m.TryLock())
	m.RUnlock()
	m.RUnlock()
	fmt.Println(m.TryLock(), m.TryRLock())
	m.Unlock()
}
