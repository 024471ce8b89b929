// Goroutines sharing a map must serialise their access: Go's maps are not
// safe for concurrent use. A Mutex makes every write exclusive; a RWMutex
// lets readers share; a channel can instead give the map one owner.
counts := map[string]int{}
var mu sync.Mutex
var wg sync.WaitGroup
words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
for i := 0; i < 8; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, w := range words {
			mu.Lock()
			counts[w]++
			mu.Unlock()
		}
	}()
}
wg.Wait()
fmt.Println("the:", counts["the"], "fox:", counts["fox"], "distinct:", len(counts))

// the same with one owner goroutine and a channel of updates
updates := make(chan string)
done := make(chan map[string]int)
go func() {
	owned := map[string]int{}
	for w := range updates {
		owned[w]++
	}
	done <- owned
}()
var wg2 sync.WaitGroup
for i := 0; i < 8; i++ {
	wg2.Add(1)
	go func() {
		defer wg2.Done()
		for _, w := range words {
			updates <- w
		}
	}()
}
wg2.Wait()
close(updates)
owned := <-done
fmt.Println("the:", owned["the"], "fox:", owned["fox"], "distinct:", len(owned))
