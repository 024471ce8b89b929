// time abused: Date with fields at the ends of int, AddDate and Add that
// overflow, Truncate and Round by the largest durations, a 1 MB layout,
// Parse of garbage and of a 1 MB value, Unix at the extremes.
package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

func main() {
	for _, v := range []int{math.MaxInt64, math.MinInt64, math.MaxInt32, -1 << 40} {
		t := time.Date(v, time.Month(v), v, v, v, v, v, time.UTC)
		_ = t.Format(time.RFC3339Nano)
		_ = t.String()
		_, _ = t.ISOWeek()
		_ = t.AddDate(v, v, v)
	}
	t := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Add(math.MaxInt64).Year() > 2020, t.Add(math.MinInt64).Year() < 2020)
	fmt.Println(t.Truncate(math.MaxInt64), t.Round(math.MaxInt64), t.Truncate(1), t.Round(-5))
	layout := strings.Repeat("2006-01-02 .000 Mon MST ", 40000)
	fmt.Println(len(t.Format(layout)))
	for _, v := range []string{"", "\x00\x01", strings.Repeat("9", 1<<20), "2006-01-02T15:04:05.9999999999999999999Z"} {
		_, err := time.Parse(time.RFC3339, v)
		fmt.Println(len(fmt.Sprint(err)) > 0)
	}
	_, err := time.Parse(strings.Repeat("2006", 1<<18), strings.Repeat("2020", 1<<18))
	fmt.Println(err)
	fmt.Println(time.Unix(math.MaxInt64, 0).IsZero(), time.Unix(math.MinInt64, math.MinInt64).IsZero())
	fmt.Println(time.FixedZone("far", math.MaxInt32).String(), time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("X", -math.MaxInt32)).Year())
}
