// A select over many channels, only one of them ready, many times.
package main

import "fmt"

func main() {
	chans := make([]chan int, 100)
	for i := range chans {
		chans[i] = make(chan int, 1)
	}
	total := 0
	for round := 0; round < 2000; round++ {
		chans[round%100] <- round
		select {
		case v := <-chans[0]:
			total += v
		case v := <-chans[1]:
			total += v
		case v := <-chans[2]:
			total += v
		case v := <-chans[3]:
			total += v
		case v := <-chans[4]:
			total += v
		case v := <-chans[5]:
			total += v
		case v := <-chans[6]:
			total += v
		case v := <-chans[7]:
			total += v
		default:
			<-chans[round%100]
			total++
		}
	}
	fmt.Println(total)
}
