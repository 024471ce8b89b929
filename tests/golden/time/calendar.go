package main

import (
	"fmt"
	"time"
)

// The calendar: a Time's fields, Date's normalisation, AddDate, ISOWeek,
// Truncate and Round, locations and zones.
func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	y, m, d := t.Date()
	fmt.Println(y, m, d, t.Weekday(), t.YearDay(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	h, mi, s := t.Clock()
	fmt.Println(h, mi, s)
	fmt.Println(t.ISOWeek())
	for _, day := range []int{1, 2, 3, 4, 5, 360, 365, 366} {
		u := time.Date(2020, 1, day, 0, 0, 0, 0, time.UTC)
		iy, iw := u.ISOWeek()
		fmt.Println(u.Format("2006-01-02 Mon"), iy, iw, u.YearDay())
	}
	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(est), t.In(est).Location(), t.Location(), t.In(est).Day(), t.In(est).Equal(t), t.In(est) == t)
	name, off := t.In(est).Zone()
	fmt.Println(name, off, t.In(est).UTC() == t, t.In(time.UTC) == t)
	fmt.Println(t.AddDate(0, 1, 25), t.AddDate(-1, -13, 0), t.AddDate(0, 0, -400))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(24*time.Hour), t.Truncate(7*time.Minute))
	fmt.Println(t.Round(0), t.Truncate(-1), t.Round(time.Millisecond), t.Round(time.Second))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, -1, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC), time.Date(2023, -11, 1, -1, 0, 0, 2e9, time.UTC))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(1600, 2, 29, 12, 0, 0, 0, time.UTC).Weekday())
	fmt.Println(time.Date(1900, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC).YearDay())
	fmt.Println(time.Month(13), time.Weekday(-1), time.March, time.Saturday, time.December+1)
	fmt.Printf("%d %v %s\n", time.February, time.February, time.Sunday)
	var zero time.Time
	fmt.Println(zero.Year(), zero.Month(), zero.Day(), zero.Weekday(), zero.YearDay())
	fmt.Println(time.UTC, time.UTC.String(), time.FixedZone("ABC", 60))
	var nilLoc *time.Location
	fmt.Println(nilLoc.String())
	a := time.Date(2020, 1, 1, 12, 0, 0, 0, time.UTC)
	b := a.In(time.FixedZone("X", 3600))
	fmt.Println(a.Sub(b), a.Before(b.Add(1)), a.After(b), a.Unix() == b.Unix())
	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(2020, 1, 1, 0, 0, 0, 0, nil)
}
