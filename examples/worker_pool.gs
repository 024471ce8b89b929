// A worker pool: jobs go out on one channel, results come back on another,
// and a WaitGroup tells when every worker is done.
type result struct{ job, value int }

jobs := make(chan int)
results := make(chan result)
var wg sync.WaitGroup
for w := 1; w <= 4; w++ {
	wg.Add(1)
	go func(w int) {
		defer wg.Done()
		for j := range jobs {
			sum := 0
			for k := 1; k <= j; k++ {
				sum += k * k
			}
			results <- result{j, sum}
		}
	}(w)
}
go func() {
	for j := 1; j <= 20; j++ {
		jobs <- j * 1000
	}
	close(jobs)
}()
go func() {
	wg.Wait()
	close(results) // the collector's range ends once every worker is done
}()
var all []result
for r := range results {
	all = append(all, r)
}
sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
fmt.Println(len(all), "results; first", all[0], "last", all[len(all)-1])
