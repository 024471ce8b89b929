//go:build ignore

// Generates tests/unit/fmt_format_test.cpp, the unit tests of gos's
// primitive formatting layer (stdlib/fmt/format.*, stdlib/strconv/*), from
// what Go itself prints: every expected string below is computed here by
// fmt.Sprintf or strconv, never written by hand.
//
//	go run tests/unit/gen/fmt_format_gen.go > tests/unit/fmt_format_test.cpp
//
// With -isprint it prints instead the table of printable runes above U+007F
// (Go's strconv.IsPrint) that stdlib/strconv/strconv.cpp embeds.
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	isprint := flag.Bool("isprint", false, "print the IsPrint range table for strconv.cpp")
	flag.Parse()
	if *isprint {
		printIsPrintTable()
		return
	}
	g := &generator{}
	g.header()
	g.directCases()
	g.integerCases()
	g.runeCases()
	g.floatCases()
	g.complexCases()
	g.stringCases()
	g.bytesCases()
	g.boolCases()
	g.printfCases()
	g.strconvIntCases()
	g.strconvFloatCases()
	g.quoteCases()
	g.isPrintCases()
	os.Stdout.WriteString(g.out.String())
	fmt.Fprintf(os.Stderr, "%d checks\n", g.count)
}

// ---- the IsPrint table ----------------------------------------------------------

func printIsPrintTable() {
	var ranges [][2]rune
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !strconv.IsPrint(r) {
			continue
		}
		if n := len(ranges); n > 0 && ranges[n-1][1] == r-1 {
			ranges[n-1][1] = r
		} else {
			ranges = append(ranges, [2]rune{r, r})
		}
	}
	var b strings.Builder
	for i, rr := range ranges {
		if i%4 == 0 {
			b.WriteString("   ")
		}
		fmt.Fprintf(&b, " {0x%05X, 0x%05X},", rr[0], rr[1])
		if i%4 == 3 || i == len(ranges)-1 {
			b.WriteString("\n")
		}
	}
	os.Stdout.WriteString(b.String())
}

// ---- C++ literals -------------------------------------------------------------------

// cxxString is a C++ std::string_view literal ("..."sv) holding exactly the bytes
// of s. Bytes outside printable ASCII are written as three-digit octal
// escapes, which never absorb a following character.
func cxxString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteString(`"sv`)
	return b.String()
}

func cxxDouble(v float64) string {
	switch {
	case math.IsNaN(v):
		return "kNaN"
	case math.IsInf(v, 1):
		return "kInf"
	case math.IsInf(v, -1):
		return "-kInf"
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

func cxxFloat(v float32) string {
	switch {
	case math.IsNaN(float64(v)):
		return "kNaNf"
	case math.IsInf(float64(v), 1):
		return "kInff"
	case math.IsInf(float64(v), -1):
		return "-kInff"
	}
	s := strconv.FormatFloat(float64(v), 'g', -1, 32)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s + "f"
}

// cxxArg is the C++ test-side Arg for a Go value of basic type.
func cxxArg(a any) string {
	typ := fmt.Sprintf("%T", a)
	switch v := a.(type) {
	case nil:
		return "Nil()"
	case int:
		return fmt.Sprintf("I(%s, \"int\")", cxxInt(int64(v)))
	case int8, int16, int32, int64:
		return fmt.Sprintf("I(%s, %q)", cxxInt(toInt64(v)), typ)
	case uint, uint8, uint16, uint32, uint64, uintptr:
		return fmt.Sprintf("U(%sull, %q)", strconv.FormatUint(toUint64(v), 10), typ)
	case float64:
		return fmt.Sprintf("F64(%s)", cxxDouble(v))
	case float32:
		return fmt.Sprintf("F32(%s)", cxxFloat(v))
	case complex128:
		return fmt.Sprintf("C128(%s, %s)", cxxDouble(real(v)), cxxDouble(imag(v)))
	case complex64:
		return fmt.Sprintf("C64(%s, %s)", cxxFloat(real(v)), cxxFloat(imag(v)))
	case string:
		return fmt.Sprintf("S(%s)", cxxString(v))
	case []byte:
		if v == nil {
			return "NilBytes()"
		}
		return fmt.Sprintf("B(%s)", cxxString(string(v)))
	case bool:
		return fmt.Sprintf("Bool(%t)", v)
	}
	panic(fmt.Sprintf("no C++ form for %T", a))
}

func cxxInt(v int64) string {
	if v == math.MinInt64 {
		return "INT64_MIN"
	}
	return strconv.FormatInt(v, 10)
}

func toInt64(a any) int64 {
	switch v := a.(type) {
	case int8:
		return int64(v)
	case int16:
		return int64(v)
	case int32:
		return int64(v)
	case int64:
		return v
	}
	panic("not a signed integer")
}

func toUint64(a any) uint64 {
	switch v := a.(type) {
	case uint:
		return uint64(v)
	case uint8:
		return uint64(v)
	case uint16:
		return uint64(v)
	case uint32:
		return uint64(v)
	case uint64:
		return v
	case uintptr:
		return uint64(v)
	}
	panic("not an unsigned integer")
}

// ---- output ---------------------------------------------------------------------------

type generator struct {
	out   strings.Builder
	count int
}

func (g *generator) p(format string, args ...any) {
	fmt.Fprintf(&g.out, format, args...)
	g.out.WriteByte('\n')
}

// sprintfTable writes one TEST_CASE checking fmt.Sprintf(format, args...)
// for each case.
func (g *generator) sprintfTable(name string, cases []sprintfCase) {
	g.p("TEST_CASE(%q) {", "fmt: "+name)
	g.p("    static constexpr SprintfCase cases[] = {")
	for _, c := range cases {
		var args []string
		for _, a := range c.args {
			args = append(args, cxxArg(a))
		}
		want := fmt.Sprintf(c.format, c.args...)
		g.p("        {%s, {%s}, %s},", cxxString(c.format), strings.Join(args, ", "), cxxString(want))
		g.count++
	}
	g.p("    };")
	g.p("    checkSprintf(cases);")
	g.p("}")
	g.p("")
}

type sprintfCase struct {
	format string
	args   []any
}

// cross pairs every format with every value, one argument each.
func cross(formats []string, values []any) []sprintfCase {
	var cases []sprintfCase
	for _, v := range values {
		for _, f := range formats {
			cases = append(cases, sprintfCase{f, []any{v}})
		}
	}
	return cases
}

func args(format string, a ...any) sprintfCase { return sprintfCase{format, a} }

// ---- the cases --------------------------------------------------------------------------

func (g *generator) integerCases() {
	formats := []string{
		"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "% 05d", "%-05d|",
		"%x", "%X", "%#x", "%#X", "%#08x", "%o", "%#o", "%O", "%#O", "%b", "%#b",
		"%.3d", "%8.3d", "%-8.3d|", "%08.3d", "%+.3d", "%.0d", "%5.0d|", "%#.3o", "%#5.0o|",
		"%v", "%#v", "%+v", "%10v", "%.20d", "%x|%X",
	}
	values := []any{
		0, 1, -1, 7, 42, -42, 255, 1234567, -1234567, math.MaxInt64, math.MinInt64,
		int8(-128), int16(300), int32(-70000), int64(1 << 40),
		uint(0), uint8(255), uint16(65535), uint32(7), uint64(math.MaxUint64), uintptr(4096),
	}
	var cases []sprintfCase
	for _, c := range cross(formats, values) {
		if strings.Count(c.format, "%") == 2 {
			c.args = append(c.args, c.args[0])
		}
		cases = append(cases, c)
	}
	g.sprintfTable("integers", cases)
}

func (g *generator) runeCases() {
	formats := []string{"%c", "%q", "%+q", "%#q", "%U", "%#U", "%5c|", "%-5q|", "%.6U", "%#.6U", "%08U", "%-10U|", "%#8U|", "%05c"}
	values := []any{
		'a', 'é', '\n', '\t', '\x00', '\x07', '\x7f', '\'', '"', '\\', '`', ' ',
		0x263A, 0x1F600, 0x10FFFF, 0x110000, -1, 0xD800, 0xFEFF, 0xAD, 0xA0,
		0x2028, 0xE000, 0x0301, 0x80, uint64(math.MaxUint64), int64(0x7fffffff + 1),
		byte('x'),
	}
	g.sprintfTable("runes: %c %q %U", cross(formats, values))
}

func (g *generator) floatCases() {
	formats := []string{
		"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%8.3f", "%-8.3f|", "%08.3f",
		"%+.1e", "%#g", "%#.3g", "%#v", "%x", "%X", "%#x", "%.3x", "%b", "%5.1f", "%05.1f",
		"%+f", "% f", "%+v", "%.0f", "%#.0f", "%.3g", "%10.4g|", "%-10v|", "%010v", "%+010.2f",
		"% 010.2f", "%.10g", "%#e", "%.0e", "%#.0e", "%20.15e", "%.1G", "%#X", "%#.2x",
	}
	values := []any{
		0.0, math.Copysign(0, -1), 1.0, -1.0, 0.1, float64(float32(0.1)), 1.5, 2.5, -3.14159,
		100000.0, 1e6, 123456789.0, 1e20, 1e21, 1e-4, 1e-5, 1.23456789e-7, 0.000123,
		12345.678, 5e-324, math.MaxFloat64, 2.0 / 3.0, 0.5, 1e100,
		math.NaN(), math.Inf(1), math.Inf(-1),
		float32(0.1), float32(1.0 / 3.0), float32(1e10), float32(16777216.0), float32(math.MaxFloat32),
		float32(1e-45), float32(-2.5), float32(math.Inf(-1)),
	}
	cases := cross(formats, values)
	// Rounding ties and near-ties, at several precisions.
	for _, v := range []float64{0.125, 0.375, 2.5, 3.5, 0.05, 1.005, 9.995, 99.5, 0.5, 1.25, 1e23, 8.5e-5} {
		for _, f := range []string{"%.0f", "%.1f", "%.2f", "%.0e", "%.1e", "%.2g", "%.1g", "%.3x"} {
			cases = append(cases, args(f, v))
		}
	}
	g.sprintfTable("floats", cases)
}

func (g *generator) complexCases() {
	formats := []string{"%v", "%g", "%f", "%.2f", "%8.2f", "%-8.1f|", "%+.3e", "%E", "%x", "%b", "%#v", "%+v", "%010.3f", "%d", "%s"}
	values := []any{
		complex(1, 2), complex(-1.5, -0.25), complex(0, math.Copysign(0, -1)),
		complex(math.Inf(1), math.NaN()), complex(1e21, 1e-7), complex64(complex(0.1, 0.2)),
	}
	g.sprintfTable("complex", cross(formats, values))
}

func (g *generator) stringCases() {
	formats := []string{
		"%s", "%q", "%+q", "%#q", "%#+q", "%x", "% x", "%#x", "%# x", "%X", "% X", "%# X",
		"%10s|", "%-10s|", "%.2s", "%.0s|", "%5.1s|", "%010s", "%v", "%#v", "%10q|", "%.3q",
		"%.2x", "%10x|", "%-12x|", "%12.2x|", "%T", "%d", "%-10.3q|", "%08q",
	}
	values := []any{
		"", "hello", "héllo, 世界", "\x00\x01\n\t\"\\'`", "\xff\xfe invalid", "\u00ad\ufeff",
		"a`b", "tab\there", "😀 smile", "\u2028\u0301\u200b", "\x7f", "\xe2\x82", "\xed\xa0\x80",
		"quote\"s", "\a\b\f\r\v", "\u00e9\U0010ffff",
	}
	g.sprintfTable("strings", cross(formats, values))
}

func (g *generator) bytesCases() {
	formats := []string{"%s", "%x", "% x", "%#x", "%X", "%q", "%v", "%d", "%#v", "%5v", "%c", "%.2s", "%08b", "%10s|", "%-8x|", "%T"}
	values := []any{[]byte("hi\x00\xff"), []byte{}, []byte(nil), []byte("é")}
	g.sprintfTable("byte slices", cross(formats, values))
}

func (g *generator) boolCases() {
	formats := []string{"%t", "%v", "%5t|", "%-6t|", "%05t", "%#v", "%q", "%d", "%s", "%.2t"}
	g.sprintfTable("booleans", cross(formats, []any{true, false}))
}

func (g *generator) printfCases() {
	cases := []sprintfCase{
		args("100%%"),
		args("%d%%", 5),
		args("%5%|", 1),
		args("%*%|", 3, 4),
		args("%[2]d %[1]d", 1, 2),
		args("%[2]d %d", 1, 2, 3),
		args("%[1]d %[1]x %[1]o", 64),
		args("%[3]d", 1, 2),
		args("%[0]d", 1),
		args("%[x]d", 1),
		args("%[1", 1),
		args("%[]d", 1),
		args("%[99999999999]d", 1),
		args("%[1]*d|", 5, 2),
		args("%[2]*[1]d|", 12, 4),
		args("%[1]2d", 1),
		args("%[1].2d", 1),
		args("%.[2]*[1]f|", 3.14159, 2),
		args("%*d|", 5, 42),
		args("%-*d|", 5, 42),
		args("%*d|", -5, 42),
		args("%0*d|", -5, 42),
		args("%.*f", 2, math.Pi),
		args("%*.*f|", 10, 3, math.Pi),
		args("%-*.*f|", 10, 3, math.Pi),
		args("%.*d|", -1, 42),
		args("%*d", "x", 42),
		args("%.*d", "x", 42),
		args("%*d", uint8(3), 7),
		args("%*d", int64(-2), 7),
		args("%*d", uint64(math.MaxUint64), 7),
		args("%*d", 10000000, 7),
		args("%.*d", 10000000, 7),
		args("%*d"),
		args("%.*d", 4),
		args("%"),
		args("abc%"),
		args("%-"),
		args("%5.2"),
		args("%d"),
		args("%d %s", 1),
		args("%s"),
		args("%d", 1, 2),
		args("%d", 1, "two", 3.0, nil, true),
		args("no verbs", 1),
		args("%[1]d", 1, 2),
		args("%!", 1),
		args("%z", 1),
		args("%z", "s"),
		args("%z", 1.5),
		args("%5z|", 3),
		args("%.", 1),
		args("%3.", 1),
		args("%.d|", 0),
		args("%ä", 1),
		args("%\xff", 1),
		args("%10000000d", 1),
		args("%1000000000000d|", 1),
		args("%.10000000d|", 1),
		args("%v", nil),
		args("%d", nil),
		args("%s %v", nil, nil),
		args("%T %T %T %T", 1, "s", 2.5, []byte(nil)),
		args("%10T|%-8T|", true, int8(1)),
		args("%#-+ 0d|%-+ #0d|", 5, 5),
		args("%0-5d|%-05d|", 5, 5),
		args("% +d %+ d", 5, 5),
		args("%w", 1),
		args("%p", 1),
		args("%v %v", 1),
		args("%[2]v %v %v", 1, 2),
		args("%[-1]d", 1),
		args("%[+1]d", 1),
		args("%[1]", 1),
		args("%[1]*", 1),
		args("%.*", 1),
		args("tail %d\n", 1),
		args("%s\x00%s", "a", "b"),
		args("%5.3s|%-5.3s|%.10s|", "abcdef", "abcdef", "ab"),
		args("%3c|%-3c|", 'x', 'y'),
	}
	g.sprintfTable("Printf format parsing", cases)
}

func (g *generator) strconvIntCases() {
	g.p("TEST_CASE(\"strconv: FormatInt and FormatUint\") {")
	ints := []int64{0, 1, -1, 7, 35, 36, -36, 255, 1 << 31, -1 << 31, 1234567890, math.MaxInt64, math.MinInt64}
	for _, base := range []int{2, 3, 8, 10, 16, 32, 36} {
		for _, v := range ints {
			g.p("    CHECK(strconv::formatInt(%s, %d) == std::string(%s));", cxxInt(v), base, cxxString(strconv.FormatInt(v, base)))
			g.count++
		}
		for _, v := range []uint64{0, 10, math.MaxUint32, math.MaxUint64} {
			g.p("    CHECK(strconv::formatUint(%dull, %d) == std::string(%s));", v, base, cxxString(strconv.FormatUint(v, base)))
			g.count++
		}
	}
	g.p("    CHECK(strconv::itoa(-42) == std::string(%s));", cxxString(strconv.Itoa(-42)))
	g.p("    CHECK(strconv::formatBool(true) == std::string(%s));", cxxString(strconv.FormatBool(true)))
	g.p("    CHECK_THROWS_AS(strconv::formatInt(1, 1), std::invalid_argument);")
	g.p("    CHECK_THROWS_AS(strconv::formatUint(1, 37), std::invalid_argument);")
	g.count += 4
	g.p("}")
	g.p("")
}

type floatCase struct {
	v       float64
	fmt     byte
	prec    int
	bitSize int
}

func (g *generator) floatTable(name string, cases []floatCase) {
	g.p("TEST_CASE(%q) {", name)
	g.p("    static constexpr FloatCase cases[] = {")
	for _, c := range cases {
		want := strconv.FormatFloat(c.v, c.fmt, c.prec, c.bitSize)
		g.p("        {%s, '%c', %d, %d, %s},", cxxDouble(c.v), c.fmt, c.prec, c.bitSize, cxxString(want))
		g.count++
	}
	g.p("    };")
	g.p("    checkFormatFloat(cases);")
	g.p("}")
	g.p("")
}

func (g *generator) strconvFloatCases() {
	var cases []floatCase
	values := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.5, 1e6, 1e21, 1e-7, 123456789, 5e-324,
		2.2250738585072014e-308, math.MaxFloat64, 1 << 53, 0.3, 100, math.NaN(), math.Inf(1), math.Inf(-1),
		float64(float32(0.1)), 3.4028234663852886e+38, 1.401298464324817e-45, 1e39, 33554433,
	}
	fmts := []byte("eEfgGbxX")
	precs := []int{-1, 0, 1, 3, 6, 17, 25}
	for _, v := range values {
		for _, f := range fmts {
			for _, p := range precs {
				for _, bs := range []int{64, 32} {
					if bs == 32 && p != -1 && p != 3 {
						continue
					}
					cases = append(cases, floatCase{v, f, p, bs})
				}
			}
		}
	}
	cases = append(cases, floatCase{1.5, 'z', -1, 64}, floatCase{1.5, 'v', 2, 64},
		floatCase{1e300, 'f', 2, 64}, floatCase{5e-324, 'e', 800, 64}, floatCase{5e-324, 'f', 1080, 64},
		floatCase{0.1, 'f', 60, 32}, floatCase{1 << 62, 'x', 20, 64})
	g.floatTable("strconv: FormatFloat", cases)

	// Random values of every magnitude, float64 and float32.
	r := rand.New(rand.NewSource(19))
	cases = nil
	for i := 0; i < 150; i++ {
		v := math.Float64frombits(r.Uint64())
		if i%2 == 1 {
			v = float64(math.Float32frombits(r.Uint32()))
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		bs := 64
		if i%4 == 1 {
			bs = 32
		}
		f := fmts[r.Intn(len(fmts))]
		p := []int{-1, -1, 0, 2, 5, 9, 16}[r.Intn(7)]
		cases = append(cases, floatCase{v, 'g', -1, bs}, floatCase{v, f, p, bs})
	}
	g.floatTable("strconv: FormatFloat on random values", cases)
}

func (g *generator) quoteCases() {
	g.p("TEST_CASE(\"strconv: Quote, QuoteToASCII, CanBackquote\") {")
	strs := []string{
		"", "hello", "héllo, 世界", "\x00\x01\n\t\"\\'`", "\xff\xfe", "\u00ad\ufeff\u00a0\u3000",
		"a`b", "\a\b\f\r\v\x1b\x7f", "😀\U0001F1E6", "\u2028\u2029\u0301\u200b\ue000",
		"\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\x80", "\U0010fffe\U000e0001\U000e0100", "\u0378\u0085",
	}
	for _, s := range strs {
		g.p("    CHECK(strconv::quote(%s) == std::string(%s));", cxxString(s), cxxString(strconv.Quote(s)))
		g.p("    CHECK(strconv::quoteToASCII(%s) == std::string(%s));", cxxString(s), cxxString(strconv.QuoteToASCII(s)))
		g.p("    CHECK(strconv::canBackquote(%s) == %t);", cxxString(s), strconv.CanBackquote(s))
		g.count += 3
	}
	for _, s := range []string{"tab\tok", "\ufeff", "no\nnewline", "\u2028"} {
		g.p("    CHECK(strconv::canBackquote(%s) == %t);", cxxString(s), strconv.CanBackquote(s))
		g.count++
	}
	runes := []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xe9, 0x263a, 0x1f600, 0x10ffff, 0x110000, -1, 0xd800, 0xfeff, 0xad, 0x85, 0xe0001}
	for _, r := range runes {
		g.p("    CHECK(strconv::quoteRune(%dU) == std::string(%s));", uint32(r), cxxString(strconv.QuoteRune(r)))
		g.p("    CHECK(strconv::quoteRuneToASCII(%dU) == std::string(%s));", uint32(r), cxxString(strconv.QuoteRuneToASCII(r)))
		g.count += 2
	}
	g.p("}")
	g.p("")
}

// isPrintCases checks strconv::isPrint against Go on every rune of a sample
// that includes both ends of each of Go's printable ranges.
func (g *generator) isPrintCases() {
	var samples []rune
	prev := false
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		p := strconv.IsPrint(r)
		if r == 0 || p != prev {
			samples = append(samples, r-1, r)
		}
		prev = p
	}
	var printable, notPrintable []string
	for _, r := range samples {
		if r < 0 {
			continue
		}
		s := fmt.Sprintf("0x%X", r)
		if strconv.IsPrint(r) {
			printable = append(printable, s)
		} else {
			notPrintable = append(notPrintable, s)
		}
	}
	g.p("TEST_CASE(\"strconv: IsPrint at both ends of every range\") {")
	g.p("    const uint32_t printable[] = {")
	writeWrapped(g, printable)
	g.p("    };")
	g.p("    const uint32_t notPrintable[] = {")
	writeWrapped(g, notPrintable)
	g.p("    };")
	g.p("    for (uint32_t r : printable) CHECK_MESSAGE(strconv::isPrint(r), r);")
	g.p("    for (uint32_t r : notPrintable) CHECK_MESSAGE(!strconv::isPrint(r), r);")
	g.p("}")
	g.count += len(printable) + len(notPrintable)
}

func writeWrapped(g *generator, items []string) {
	line := "       "
	for _, it := range items {
		if len(line)+len(it)+2 > 110 {
			g.p("%s", line)
			line = "       "
		}
		line += " " + it + ","
	}
	g.p("%s", line)
}

// directCases drives Formatter without the scanner, setting flags by hand;
// the expected strings are those of the equivalent Printf directives.
func (g *generator) directCases() {
	g.p("TEST_CASE(\"fmt: Formatter used directly\") {")
	g.p("    std::string out;")
	g.p("    fmt::Formatter f(out);")
	g.p("    f.wid = 6;")
	g.p("    f.widPresent = true;")
	g.p("    f.zero = true;")
	g.p("    f.fmtInteger(static_cast<uint64_t>(-42), 10, true, 'd', fmt::kLowerDigits);")
	g.p("    CHECK(out == std::string(%s));  // %%06d", cxxString(fmt.Sprintf("%06d", -42)))
	g.p("    out.clear();")
	g.p("    f.fmtFloat(-1.5, 64, 'e', 2);")
	g.p("    CHECK(out == std::string(%s));  // %%06.2e", cxxString(fmt.Sprintf("%06.2e", -1.5)))
	g.p("    out.clear();")
	g.p("    f.fmtS(\"ab\");")
	g.p("    CHECK(out == std::string(%s));  // %%06s", cxxString(fmt.Sprintf("%06s", "ab")))
	g.p("    out.clear();")
	g.p("    f.clearFlags();")
	g.p("    f.fmtUnicode(0x1F600);")
	g.p("    CHECK(out == std::string(%s));  // %%U", cxxString(fmt.Sprintf("%U", 0x1F600)))
	g.p("    out.clear();")
	g.p("    f.sharp = true;")
	g.p("    f.space = true;")
	g.p("    f.fmtSbx(\"\\x01\\xab\", fmt::kUpperDigits);")
	g.p("    CHECK(out == std::string(%s));  // %%# X", cxxString(fmt.Sprintf("%# X", "\x01\xab")))
	g.p("    out.clear();")
	g.p("    f.clearFlags();")
	g.p("    f.fmtComplex(1, -2, 128, 'v');")
	g.p("    CHECK(out == std::string(%s));  // %%v", cxxString(fmt.Sprintf("%v", complex(1, -2))))
	g.p("    out.clear();")
	g.p("    f.fmt0x64(255, true);")
	g.p("    CHECK(out == std::string(%s));  // %%#x", cxxString(fmt.Sprintf("%#x", 255)))
	g.p("}")
	g.p("")
	g.count += 7
}

// ---- the C++ side ----------------------------------------------------------------------

func (g *generator) header() {
	g.out.WriteString(cxxHeader)
}

const cxxHeader = `// Generated by tests/unit/gen/fmt_format_gen.go from the output of Go 1.19;
// do not edit: change the generator and run
//   go run tests/unit/gen/fmt_format_gen.go > tests/unit/fmt_format_test.cpp
//
// Unit tests of the primitive formatting layer: gos::strconv and the
// Formatter and PrintfScanner of gos::fmt. The Printf cases go through a
// small value walker below that knows only the basic types, so they also
// show how the real walker drives this layer. The tables are constexpr
// data, so that this long file compiles quickly.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include "stdlib/fmt/format.h"
#include "stdlib/strconv/strconv.h"

using namespace std::string_view_literals;
using namespace gos;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr float kInff = std::numeric_limits<float>::infinity();
constexpr float kNaNf = std::numeric_limits<float>::quiet_NaN();

// A Go value of basic type, with its type's name as %T prints it.
// Kind::None marks the unused slots of SprintfCase::args.
struct Arg {
    enum class Kind { None, Signed, Unsigned, Float, Complex, String, Bytes, Bool, Nil };
    Kind kind = Kind::None;
    std::string_view type;
    uint64_t bits = 0;      // integers
    double re = 0;          // floats, and the real part of complex numbers
    double im = 0;
    int size = 0;           // 32 or 64 for floats, 64 or 128 for complex numbers
    std::string_view str;   // strings and byte slices
    bool isNil = false;     // a nil []byte
    bool boolean = false;
};

constexpr Arg makeArg(Arg::Kind kind, std::string_view type) {
    Arg a;
    a.kind = kind;
    a.type = type;
    return a;
}

constexpr Arg I(int64_t v, std::string_view type) {
    Arg a = makeArg(Arg::Kind::Signed, type);
    a.bits = static_cast<uint64_t>(v);
    return a;
}

constexpr Arg U(uint64_t v, std::string_view type) {
    Arg a = makeArg(Arg::Kind::Unsigned, type);
    a.bits = v;
    return a;
}

constexpr Arg F64(double v) {
    Arg a = makeArg(Arg::Kind::Float, "float64");
    a.re = v;
    a.size = 64;
    return a;
}

constexpr Arg F32(float v) {
    Arg a = makeArg(Arg::Kind::Float, "float32");
    a.re = v;
    a.size = 32;
    return a;
}

constexpr Arg C128(double re, double im) {
    Arg a = makeArg(Arg::Kind::Complex, "complex128");
    a.re = re;
    a.im = im;
    a.size = 128;
    return a;
}

constexpr Arg C64(float re, float im) {
    Arg a = makeArg(Arg::Kind::Complex, "complex64");
    a.re = re;
    a.im = im;
    a.size = 64;
    return a;
}

constexpr Arg S(std::string_view s) {
    Arg a = makeArg(Arg::Kind::String, "string");
    a.str = s;
    return a;
}

constexpr Arg B(std::string_view s) {
    Arg a = makeArg(Arg::Kind::Bytes, "[]uint8");
    a.str = s;
    return a;
}

constexpr Arg NilBytes() {
    Arg a = makeArg(Arg::Kind::Bytes, "[]uint8");
    a.isNil = true;
    return a;
}

constexpr Arg Bool(bool v) {
    Arg a = makeArg(Arg::Kind::Bool, "bool");
    a.boolean = v;
    return a;
}

constexpr Arg Nil() { return makeArg(Arg::Kind::Nil, ""); }

void printArg(fmt::Formatter& f, const Arg& a, char32_t verb);

// "%!verb(type=value)", the value printed with %v under the same flags.
void badVerb(fmt::Formatter& f, const Arg& a, char32_t verb) {
    f.buf() += fmt::kPercentBangString;
    fmt::appendRune(f.buf(), verb);
    f.buf() += '(';
    if (a.kind == Arg::Kind::Nil) {
        f.buf() += fmt::kNilAngleString;
    } else {
        f.buf() += a.type;
        f.buf() += '=';
        printArg(f, a, 'v');
    }
    f.buf() += ')';
}

// print.go's printArg for the basic types.
void printArg(fmt::Formatter& f, const Arg& a, char32_t verb) {
    if (a.kind == Arg::Kind::Nil) {
        if (verb == 'T' || verb == 'v') {
            f.padString(fmt::kNilAngleString);
        } else {
            badVerb(f, a, verb);
        }
        return;
    }
    if (verb == 'T') {
        f.fmtS(a.type);
        return;
    }
    if (verb == 'p') {  // no pointers among these types
        badVerb(f, a, verb);
        return;
    }
    bool ok = true;
    switch (a.kind) {
    case Arg::Kind::Signed: ok = f.printInteger(a.bits, true, verb); break;
    case Arg::Kind::Unsigned: ok = f.printInteger(a.bits, false, verb); break;
    case Arg::Kind::Float: ok = f.printFloat(a.re, a.size, verb); break;
    case Arg::Kind::Complex: ok = f.printComplex(a.re, a.im, a.size, verb); break;
    case Arg::Kind::String: ok = f.printString(a.str, verb); break;
    case Arg::Kind::Bool: ok = f.printBool(a.boolean, verb); break;
    case Arg::Kind::Bytes:
        // Go's printArg names a plain []byte "[]byte" for %#v (%T says []uint8).
        if (!f.printBytes(a.str, a.isNil, verb, "[]byte")) {
            // Any other verb prints the slice element by element.
            f.buf() += '[';
            for (size_t i = 0; i < a.str.size(); ++i) {
                if (i > 0) f.buf() += ' ';
                printArg(f, U(static_cast<unsigned char>(a.str[i]), "uint8"), verb);
            }
            f.buf() += ']';
        }
        break;
    case Arg::Kind::None:
    case Arg::Kind::Nil: break;
    }
    if (!ok) badVerb(f, a, verb);
}

// fmt.Sprintf over basic values, the way the real value walker drives the
// formatting layer.
std::string sprintf(std::string_view format, std::span<const Arg> args) {
    std::string out;
    fmt::Formatter f(out);
    auto intArg = [&](int i) -> std::optional<int64_t> {
        const Arg& a = args[static_cast<size_t>(i)];
        if (a.kind == Arg::Kind::Signed) return static_cast<int64_t>(a.bits);
        if (a.kind == Arg::Kind::Unsigned && a.bits <= INT64_MAX) return static_cast<int64_t>(a.bits);
        return std::nullopt;
    };
    fmt::PrintfScanner scan(format, static_cast<int>(args.size()), intArg);
    fmt::PrintfDirective d;
    while (scan.next(out, d)) {
        f.setFlags(d.flags);
        printArg(f, args[static_cast<size_t>(d.argIndex)], d.verb);
    }
    if (int first = scan.extraArgsBegin(); first >= 0) {
        f.clearFlags();
        out += fmt::kExtraString;
        for (size_t i = static_cast<size_t>(first); i < args.size(); ++i) {
            if (i > static_cast<size_t>(first)) out += ", ";
            if (args[i].kind == Arg::Kind::Nil) {
                out += fmt::kNilAngleString;
            } else {
                out += args[i].type;
                out += '=';
                printArg(f, args[i], 'v');
            }
        }
        out += ')';
    }
    return out;
}

struct SprintfCase {
    std::string_view format;
    Arg args[6];
    std::string_view want;

    std::span<const Arg> argList() const {
        size_t n = 0;
        while (n < std::size(args) && args[n].kind != Arg::Kind::None) ++n;
        return {args, n};
    }
};

void checkSprintf(std::span<const SprintfCase> cases) {
    for (const auto& c : cases) {
        std::string got = sprintf(c.format, c.argList());
        CHECK_MESSAGE(got == std::string(c.want), "format " << std::string(c.format));
    }
}

struct FloatCase {
    double value;
    char fmt;
    int prec;
    int bitSize;
    std::string_view want;
};

void checkFormatFloat(std::span<const FloatCase> cases) {
    for (const auto& c : cases) {
        std::string got = strconv::formatFloat(c.value, c.fmt, c.prec, c.bitSize);
        CHECK_MESSAGE(got == std::string(c.want), c.fmt << " prec " << c.prec << " bitSize " << c.bitSize);
    }
}

}  // namespace

`
