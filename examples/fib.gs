// Naive recursive Fibonacci: functions, recursion and formatted output.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

for _, n := range []int{10, 20, 30} {
	fmt.Printf("fib(%d) = %d\n", n, fib(n))
}
