// Every math function over a few thousand inputs, compared bit for bit: per
// function, the number of results and a 64-bit FNV-1a hash of their bit
// patterns (NaN payloads and zero signs included). The inputs stress the
// edges: multiples of pi/2 and huge arguments for the trigonometric
// functions, |x| near 1, subnormals, the overflow and underflow thresholds
// of Exp and friends, signalling and negative NaNs, Pow with negative bases
// and integer or half-integer exponents, and random bit patterns.
//
// Go's amd64 Exp uses fused multiply-adds when the CPU has AVX and FMA, so the
// Exp, Sinh, Cosh, Tanh and Pow lines (in Go as in gos) depend on the CPU; the
// expected output comes from one with FMA, as every x86-64 CPU since 2013 is.
//
// golden:requires-cpu fma
package main

import (
	"fmt"
	"math"
)

var state uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// uniform in [-a, a)
func uniform(a float64) float64 {
	return (float64(next()>>11)/(1<<53)*2 - 1) * a
}

var xs [8000]float64
var n int

func add(v float64) {
	xs[n] = v
	n++
}

// v, -v and the neighbours of v at one and two ulps
func around(v float64) {
	b := math.Float64bits(v)
	add(v)
	add(-v)
	add(math.Float64frombits(b + 1))
	add(math.Float64frombits(b - 1))
	add(math.Float64frombits(b + 2))
	add(math.Float64frombits(b - 2))
}

func inputs() {
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, 0.25, 1.5, 2.5, -2.5, -3,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0xFFF8000000000001),
		math.Float64frombits(0xFFF8000000000000), math.Float64frombits(0x7FF8000000000000),
		math.Float64frombits(0x7FF0000000000001), math.Float64frombits(0xFFF0000000000001),
		math.Float64frombits(0x7FF8DEADBEEF0000), 5e-324, -5e-324, 1e-310, 2.2250738585072009e-308,
		2.2250738585072014e-308, math.MaxFloat64, -math.MaxFloat64, 1e300, -1e300, 1e22,
		4503599627370495.5, 4503599627370497, 9007199254740993, 0.49999999999999994, 1 << 63, 1e19}
	for _, v := range specials {
		add(v)
	}
	for k := 1; k <= 40; k++ {
		around(float64(k) * math.Pi / 2)
	}
	for _, k := range []float64{1 << 20, 1<<28 - 1, 1 << 28, 1 << 29, 1<<29 + 1, 1e9, 1e15} {
		around(k * math.Pi / 2)
	}
	for _, v := range []float64{1 << 29, 6381956970095103 * math.Pow(2, 797), 5.319372648326541e+255, 2e22, math.Pow(2, 1023)} {
		around(v)
	}
	for i := 0; i < 200; i++ {
		add(math.Ldexp(1+float64(next()>>11)/(1<<53), int(next()%1000)+29))
	}
	for _, v := range []float64{1, 0.7, 0.66, 0.625, 0.5, 2.414213562373095, 0.41421356237309503, -0.2928932188134524,
		0x1p-28, 0x1p-29, 0x1p-54, 0x1p53, 0x1.6a09e667f3bcdp-01, 0x1.6a09e667f3bcdp+00, 0x1.6a09e667f3bcdp-1030} {
		around(v)
	}
	for i := 1; i <= 20; i++ {
		add(1 - float64(i)*0x1p-53)
		add(-1 - float64(i)*0x1p-52)
	}
	for _, v := range []float64{709.782712893384, 709.7, 710, -708.4, -744.44007192138, -745.1332191019411, -745.2,
		-1075, -1074, -1022, 1023.5, 1024, 38.816242111356935, 0.34657359027997264, 1.039720770839918, 21, 44.014845965556525} {
		around(v)
	}
	for i := 0; i < 300; i++ {
		add(uniform(750))
		add(uniform(1100))
		add(uniform(40))
	}
	for i := 0; i < 150; i++ {
		add(math.Float64frombits(next() & 0x800FFFFFFFFFFFFF))
	}
	for i := 0; i < 1200; i++ {
		add(math.Float64frombits(next()))
	}
	for i := 0; i < 300; i++ {
		add(uniform(1))
		add(uniform(4))
		add(uniform(1e6))
	}
}

// FNV-1a over the eight little-endian bytes of each result
type hasher struct {
	h     uint64
	count int
}

func (s *hasher) reset() {
	s.h = 14695981039346656037
	s.count = 0
}

func (s *hasher) addBits(b uint64) {
	for k := 0; k < 8; k++ {
		s.h ^= (b >> (8 * uint(k))) & 0xFF
		s.h *= 1099511628211
	}
	s.count++
}

func (s *hasher) add(f float64) {
	s.addBits(math.Float64bits(f))
}

func (s *hasher) report(name string) {
	fmt.Printf("%-10s %6d %016x\n", name, s.count, s.h)
}

func main() {
	inputs()
	var s hasher

	names1 := [...]string{"Sqrt", "Floor", "Ceil", "Trunc", "Round", "Log", "Log2", "Log10", "Log1p", "Exp", "Exp2",
		"Expm1", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Cbrt", "Abs"}
	for k, name := range names1 {
		s.reset()
		for i := 0; i < n; i++ {
			s.add(apply1(k, xs[i]))
		}
		s.report(name)
	}

	s.reset()
	for i := 0; i < n; i++ {
		f, e := math.Frexp(xs[i])
		s.add(f)
		s.addBits(uint64(e))
	}
	s.report("Frexp")
	s.reset()
	for i := 0; i < n; i++ {
		ip, fp := math.Modf(xs[i])
		s.add(ip)
		s.add(fp)
	}
	s.report("Modf")
	s.reset()
	exps := []int{0, 1, -1, 53, -53, 1023, 1024, -1022, -1074, -1075, -1076, 2098, -2098, math.MaxInt64, math.MinInt64}
	for i := 0; i < n; i += 2 {
		for _, e := range exps {
			s.add(math.Ldexp(xs[i], e))
		}
	}
	s.report("Ldexp")

	// two-argument functions: a grid of special values, then neighbours in xs
	grid := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1.5, -1.5, 2.5, -2.5, 7, -7,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0xFFF8000000000001), math.Float64frombits(0x7FF0000000000001),
		5e-324, -5e-324, 1e-300, 1e300, -1e300, math.MaxFloat64, 1 << 53, 1 << 63, -(1 << 63), 9007199254740991,
		0.9999999999999999, 1.0000000000000002, -1.0000000000000002, 1000.5, -1000.5, 0.1, 4097, -4097, 3.5, -1075.5}
	names2 := [...]string{"Pow", "Mod", "Remainder", "Hypot", "Atan2", "Max", "Min", "Dim", "Copysign"}
	for k, name := range names2 {
		s.reset()
		for _, x := range grid {
			for _, y := range grid {
				s.add(apply2(k, x, y))
			}
		}
		for i := 0; i+1 < n; i++ {
			s.add(apply2(k, xs[i], xs[i+1]))
		}
		s.report(name)
	}

	s.reset()
	for i := 0; i < 3000; i++ {
		x := uniform(10)
		var y float64
		switch i % 5 {
		case 0:
			y = float64(int64(next()%2200) - 1100)
		case 1:
			y = float64(int64(next()%40)-20) + 0.5
		case 2:
			y = uniform(30)
		case 3:
			x = 1 + uniform(1e-6)
			y = uniform(1e9)
		case 4:
			x = uniform(1e6)
			y = float64(int64(next()%120) - 60)
		}
		s.add(math.Pow(x, y))
	}
	s.report("Pow/bases")

	s.reset()
	for i := 0; i < 3000; i++ {
		x := math.Float64frombits(next() & 0xFFEFFFFFFFFFFFFF)
		y := math.Float64frombits(next() & 0x801FFFFFFFFFFFFF)
		if i%2 == 1 {
			y = x * (1 + uniform(1e-3))
		}
		s.add(math.Mod(x, y))
		s.add(math.Remainder(x, y))
	}
	s.report("Mod/wide")

	// a few results in readable form
	fmt.Println(math.Sin(1e22), math.Cos(1e22), math.Tan(1e22))
	fmt.Println(math.Sin(math.Pi), math.Cos(math.Pi/2), math.Tan(math.Pi/2))
	fmt.Println(math.Exp(1), math.Exp(-745.1), math.Exp(709.78), math.Exp2(-1074.5))
	fmt.Println(math.Log(5e-324), math.Log10(1e-310), math.Log2(3), math.Log1p(-0.5))
	fmt.Println(math.Pow(-2, 0.5), math.Pow(-8, 3), math.Pow(-0.5, -1075), math.Pow(1.0000001, 1e9))
	fmt.Println(math.Cbrt(27), math.Cbrt(1e-310), math.Asin(1), math.Acos(-1), math.Atan2(-0.0, -1))
	fmt.Println(math.Sinh(710), math.Cosh(-21.5), math.Tanh(0.6), math.Expm1(-40), math.Ldexp(2, math.MaxInt64))
	ip, fp := math.Modf(math.Inf(-1))
	fmt.Printf("%x %x %x %x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Sqrt(-1)), math.Float64bits(ip), math.Float64bits(fp))
	fmt.Printf("%x %x\n", math.Float64bits(math.Log(-1)), math.Float64bits(math.Exp(math.Float64frombits(0x7FF0000000000001))))
}

func apply1(k int, x float64) float64 {
	switch k {
	case 0:
		return math.Sqrt(x)
	case 1:
		return math.Floor(x)
	case 2:
		return math.Ceil(x)
	case 3:
		return math.Trunc(x)
	case 4:
		return math.Round(x)
	case 5:
		return math.Log(x)
	case 6:
		return math.Log2(x)
	case 7:
		return math.Log10(x)
	case 8:
		return math.Log1p(x)
	case 9:
		return math.Exp(x)
	case 10:
		return math.Exp2(x)
	case 11:
		return math.Expm1(x)
	case 12:
		return math.Sin(x)
	case 13:
		return math.Cos(x)
	case 14:
		return math.Tan(x)
	case 15:
		return math.Asin(x)
	case 16:
		return math.Acos(x)
	case 17:
		return math.Atan(x)
	case 18:
		return math.Sinh(x)
	case 19:
		return math.Cosh(x)
	case 20:
		return math.Tanh(x)
	case 21:
		return math.Cbrt(x)
	case 22:
		return math.Abs(x)
	}
	return 0
}

func apply2(k int, x, y float64) float64 {
	switch k {
	case 0:
		return math.Pow(x, y)
	case 1:
		return math.Mod(x, y)
	case 2:
		return math.Remainder(x, y)
	case 3:
		return math.Hypot(x, y)
	case 4:
		return math.Atan2(x, y)
	case 5:
		return math.Max(x, y)
	case 6:
		return math.Min(x, y)
	case 7:
		return math.Dim(x, y)
	case 8:
		return math.Copysign(x, y)
	}
	return 0
}
