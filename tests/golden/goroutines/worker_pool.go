package main

import (
	"fmt"
	"sort"
)

type job struct{ id, n int }
type result struct{ id, sum int }

func worker(w int, jobs <-chan job, results chan<- result) {
	for j := range jobs {
		s := 0
		for k := 1; k <= j.n; k++ {
			s += k * w / w
		}
		results <- result{j.id, s}
	}
}

func main() {
	jobs := make(chan job, 100)
	results := make(chan result, 100)
	for w := 1; w <= 4; w++ {
		go worker(w, jobs, results)
	}
	for i := 0; i < 50; i++ {
		jobs <- job{i, i * 1000}
	}
	close(jobs)
	var all []result
	for i := 0; i < 50; i++ {
		all = append(all, <-results)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	total := 0
	for _, r := range all {
		total += r.sum
	}
	fmt.Println(len(all), all[0], all[49], total)
}
