// A pipeline of goroutines joined by channels: each stage ranges over its
// input and closes its output when the input is drained.
gen := func(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}
filter := func(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}
square := func(in <-chan int) <-chan int {
	out := make(chan int, 8) // buffered: the stages need not move in lockstep
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}
sum := 0
for v := range square(filter(gen(100), func(v int) bool { return v%3 == 0 })) {
	sum += v
}
fmt.Println("sum of the squares of the multiples of 3 up to 100:", sum)
