// strconv.ParseFloat on thousands of pseudo-random literals: long and short
// mantissas, exponents across the whole range, values near the halfway
// points between floats. Each result is printed exactly.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + next()%10)
	}
	return string(b)
}

func main() {
	hash64, hash32 := uint64(0), uint64(0)
	for i := 0; i < 3000; i++ {
		var s string
		switch i % 5 {
		case 0:
			s = digits(1+int(next()%20)) + "e" + strconv.Itoa(int(next()%700)-350)
		case 1:
			s = digits(1+int(next()%5)) + "." + digits(1+int(next()%40)) + "e-" + strconv.Itoa(int(next()%330))
		case 2:
			// the shortest form of a random float64, then a few digits more or less
			f := math.Float64frombits(next() &^ (1 << 63))
			if math.IsNaN(f) || math.IsInf(f, 0) {
				f = 1.5
			}
			s = strconv.FormatFloat(f, 'e', -1, 64)
			if next()%2 == 0 {
				s = strconv.FormatFloat(f, 'e', 16+int(next()%6), 64)
			}
		case 3:
			// exact decimal expansions of halfway points of float32 values
			f := math.Float32frombits(uint32(next()) &^ (1 << 31))
			if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
				f = 2.5
			}
			lo := float64(f)
			hi := float64(math.Float32frombits(math.Float32bits(f) + 1))
			s = strconv.FormatFloat(lo+(hi-lo)/2, 'e', 60, 64)
		default:
			s = "0." + digits(300+int(next()%500)) + "e" + strconv.Itoa(int(next()%20)-330)
		}
		if next()%4 == 0 {
			s = "-" + s
		}
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		hash64 = hash64*31 + math.Float64bits(f)
		hash32 = hash32*31 + uint64(math.Float32bits(float32(g)))
		if i%10 == 0 || err != nil || err32 != nil {
			fmt.Println(i, len(s), strconv.FormatFloat(f, 'g', -1, 64), err, strconv.FormatFloat(g, 'g', -1, 32), err32)
		}
	}
	fmt.Println(hash64, hash32)
}
