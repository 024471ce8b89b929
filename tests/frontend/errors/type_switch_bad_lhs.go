package p

func main() {
	switch main() := interface{}(nil).(type) {
	}
}
