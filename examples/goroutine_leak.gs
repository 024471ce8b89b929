// A goroutine blocked forever is never collected, and neither is anything
// it can still reach: here each leaked goroutine keeps a 1 MB buffer alive.
// Giving the send somewhere to go (a buffered channel) lets it end.
leaky := func() int {
	buf := make([]byte, 1<<20)
	c := make(chan int) // unbuffered: the send waits for a receiver
	go func() {
		time.Sleep(5 * time.Millisecond) // slower than the caller's patience
		c <- len(buf)                    // nobody receives any more: blocked forever
	}()
	select {
	case n := <-c:
		return n
	case <-time.After(time.Millisecond):
		return -1
	}
}
fixed := func() int {
	buf := make([]byte, 1<<20)
	c := make(chan int, 1) // room for the one value: the send never waits
	go func() {
		time.Sleep(5 * time.Millisecond)
		c <- len(buf)
	}()
	select {
	case n := <-c:
		return n
	case <-time.After(time.Millisecond):
		return -1
	}
}
before := runtime.NumGoroutine()
for i := 0; i < 10; i++ {
	leaky()
}
time.Sleep(20 * time.Millisecond)
fmt.Println("leaked goroutines:", runtime.NumGoroutine()-before)
before = runtime.NumGoroutine()
for i := 0; i < 10; i++ {
	fixed()
}
time.Sleep(20 * time.Millisecond)
fmt.Println("goroutines left with a buffered channel:", runtime.NumGoroutine()-before)
