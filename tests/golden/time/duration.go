// time.Duration: its constants, String in every unit range, the float and
// integer conversions, Truncate, Round (halfway away from zero, saturating)
// and Abs, and fmt printing a Duration through its String method.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1000, 1001, 1500, 999999, time.Millisecond, 1500 * time.Microsecond,
		time.Second, 1500 * time.Millisecond, time.Minute, 90 * time.Second,
		time.Hour, time.Hour + time.Second, 100*time.Hour + 59*time.Minute + 59*time.Second + 999999999,
		-1, -1500 * time.Millisecond, -time.Hour,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 1,
	}
	for _, d := range ds {
		fmt.Println(int64(d), d.String(), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	ms := []time.Duration{0, -1, 1, 2, 3, time.Millisecond, time.Second, time.Hour, 7 * time.Minute}
	for _, d := range []time.Duration{1499 * time.Microsecond, 1500 * time.Microsecond, -1500 * time.Microsecond,
		2*time.Hour + 29*time.Minute, 2*time.Hour + 30*time.Minute, -2*time.Hour - 30*time.Minute,
		math.MaxInt64, math.MinInt64, math.MaxInt64 - 1} {
		for _, m := range ms {
			fmt.Print(d.Truncate(m), " ", d.Round(m), "; ")
		}
		fmt.Println(d.Abs())
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Printf("%v %s %d %T %q\n", 3*time.Second, 2*time.Minute, time.Second, time.Second, time.Millisecond)
	var d time.Duration = 2500 * time.Millisecond
	fmt.Println(d, []time.Duration{d, -d}, map[string]time.Duration{"a": d})
	fmt.Println(d/time.Millisecond, float64(d)/float64(time.Second), time.Duration(1.5*float64(time.Second)))
	type wrapper struct{ D time.Duration }
	fmt.Printf("%v %+v\n", wrapper{d}, wrapper{d})
	fmt.Println(time.Duration(0).Abs(), (-time.Duration(math.MaxInt64)).Abs())
}
