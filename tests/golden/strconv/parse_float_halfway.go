// strconv.ParseFloat exactly between two float64 values: the exact decimal
// expansion of a midpoint rounds to the even neighbour; a digit more above
// it rounds up, and the expansion cut short rounds down. The expansions are
// computed here with decimal digit arithmetic.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var seed uint64 = 2463534242

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

// digits of a non-negative integer, most significant first
type decimal []byte

func fromUint(u uint64) decimal {
	if u == 0 {
		return decimal{0}
	}
	var d decimal
	for ; u > 0; u /= 10 {
		d = append(decimal{byte(u % 10)}, d...)
	}
	return d
}

func (d decimal) mul(k int) decimal {
	out := make(decimal, len(d)+2)
	carry := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i])*k + carry
		out[i+2] = byte(v % 10)
		carry = v / 10
	}
	out[1] = byte(carry % 10)
	out[0] = byte(carry / 10)
	for len(out) > 1 && out[0] == 0 {
		out = out[1:]
	}
	return out
}

func (d decimal) String() string {
	b := make([]byte, len(d))
	for i, v := range d {
		b[i] = '0' + v
	}
	return string(b)
}

func (d decimal) minusOne() decimal {
	out := append(decimal{}, d...)
	for i := len(out) - 1; i >= 0; i-- {
		if out[i] > 0 {
			out[i]--
			break
		}
		out[i] = 9
	}
	return out
}

// odd * 2^exp as digits and a count of decimal places
func exact(odd uint64, exp int) (decimal, int) {
	d := fromUint(odd)
	if exp >= 0 {
		for i := 0; i < exp; i++ {
			d = d.mul(2)
		}
		return d, 0
	}
	for i := 0; i < -exp; i++ {
		d = d.mul(5)
	}
	return d, -exp
}

func literal(digits string, places int) string {
	return digits + "e-" + strconv.Itoa(places)
}

func parse(s string) uint64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		fmt.Println(err)
	}
	return math.Float64bits(f)
}

func main() {
	for i := 0; i < 150; i++ {
		mant := next()>>11 | 1<<52 // a normal float64's 53-bit significand
		exp := int(next()%400) - 200
		switch {
		case i%3 == 0:
			mant = next() >> 12 // a subnormal's, with the smallest exponent
			exp = -1074
		case i%10 == 1:
			exp = 60
		case i%10 == 4:
			mant = 1<<53 - 1 // just below a power of two
		}
		// the midpoint between mant*2^exp and (mant+1)*2^exp, and the
		// literals just above and just below it
		d, places := exact(2*mant+1, exp-1)
		mid := parse(literal(d.String(), places))
		above := parse(literal(d.String()+"1", places+1))
		below := parse(literal(d.minusOne().String()+"9", places+1))
		f := math.Float64frombits(mid)
		fmt.Println(i, len(d), strconv.FormatFloat(f, 'b', -1, 64), int64(above-mid), int64(mid-below))
	}
	fmt.Println(strconv.ParseFloat("0.1e-330", 64))
}

// golden:no-gcstress allocates too much for a collection per allocation
