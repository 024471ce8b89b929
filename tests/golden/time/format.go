package main

import (
	"fmt"
	"time"
)

// Format with every element of the reference layout and the predefined
// layouts, in UTC and in fixed zones; Time.String.
func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen))
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02 __2 002 _2 Monday Mon January Jan 3 03 pm PM .000 ,999 Z07 Z070000 Z07:00:00 Z0700 Z07:00 -07 -070000 -07:00:00 -0700 -07:00 06",
		"Janet Monique MSTX 1515 _2006 .9x .0 .99999999999 ,000000000000 2.000.3",
		"no elements here", ""}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+30*60+15),
		time.FixedZone("X", -(9*3600 + 30*60))}
	for _, z := range zones {
		for _, l := range layouts {
			fmt.Printf("%q\n", t.In(z).Format(l))
		}
	}
	for _, ns := range []int{0, 1, 100000000, 120000000, 999999999} {
		u := time.Date(2021, 1, 2, 0, 0, 0, ns, time.UTC)
		fmt.Println(u, u.Format(time.RFC3339Nano), u.Format(".000"), u.Format(".999"), u.Format(",0"))
	}
	for _, h := range []int{0, 1, 11, 12, 13, 23} {
		u := time.Date(2021, 1, 2, h, 7, 8, 0, time.UTC)
		fmt.Println(u.Format("3:04:05 PM 03 pm 15"))
	}
	for _, d := range []int{1, 9, 10, 99, 100, 365} {
		u := time.Date(2021, 1, d, 0, 0, 0, 0, time.UTC)
		fmt.Printf("[%s] [%s]\n", u.Format("__2 002 _2"), u.Format("Mon Monday Jan January"))
	}
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Format("06 2006"), time.Date(5, 1, 1, 0, 0, 0, 0, time.UTC).Format("06 2006"))
	var zero time.Time
	fmt.Println(zero, zero.Format(time.RFC1123Z), zero.Location())
	fmt.Println(time.Unix(1e9, 0).UTC(), time.UnixMilli(1e12).UTC().Format(time.StampMilli))
	fmt.Println(time.Unix(-1, 0).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", 5430)))
	fmt.Printf("%v|%s|%d\n", t, t, t.Year())
}
