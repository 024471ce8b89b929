package main

import (
	"errors"
	"fmt"
	"time"
)

// Parse and ParseInLocation: the elements, zones and offsets, and Go's
// errors (*time.ParseError with its fields and text).
func main() {
	cases := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339, "2006-01-02T15:04:05.5+07:00"},
		{time.RFC3339Nano, "2006-01-02T15:04:05.123456789-03:30"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 +0100"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.UnixDate, "Sat Mar  7 11:06:39 GMT+3 2015"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 MST"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "13:00PM"},
		{time.StampMicro, "Feb  3 04:05:06.000007"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "2023-1-01"},
		{"2006-1-2", "2023-1-1"},
		{"2006-01-02", "2023-01-01 extra"},
		{"2006-01-02 ", "2023-01-01"},
		{"2006  01", "2023 01"},
		{"Jan 2 2006 3:04pm", "feb 3 2013 7:54PM"},
		{"Jan 2 2006 3:04pm", "feb 3 2013 7:54pm"},
		{"January 2, 2006", "MARCH 4, 2010"},
		{"Monday Jan 2", "Tuesday Feb 3"},
		{"2006 002", "2020 060"},
		{"2006 002", "2021 060"},
		{"2006 002", "2021 366"},
		{"2006 __2", "2020  61"},
		{"2006-01 002", "2020-03 061"},
		{"2006-01 002", "2020-04 061"},
		{"15:04:05", "25:00:00"},
		{"15:04:05", "12:60:00"},
		{"15:04:05", "12:00:61"},
		{"15:04:05", "12:00:00.123"},
		{"15:04:05", "12:00:00,5"},
		{"15:04:05.000", "12:00:00.12"},
		{"15:04:05.999", "12:00:00"},
		{"15:04:05.999", "12:00:00.1234567891"},
		{"06", "70"},
		{"06", "68"},
		{"06", "x"},
		{"2006", "12"},
		{"MST", "GMT+3"},
		{"MST", "GMT"},
		{"MST", "ChST"},
		{"MST", "AB"},
		{"MST", "WITA"},
		{"MST", "ABCDT"},
		{"2006-01-02 MST", "2006-01-02 CEST"},
		{"Z07:00", "+05:30"},
		{"Z0700", "Z"},
		{"-07", "-03"},
		{"-07:00:00", "+01:02:03"},
		{"-070000", "x"},
		{time.Kitchen, "\xff7:00PM"},
		{"2006-01-02", "2023-01-0\x01"},
		{"2006-01-02", "\"quoted\\\""},
		{"", ""},
		{"", "x"},
	}
	for _, c := range cases {
		p, err := time.Parse(c[0], c[1])
		fmt.Println(p, err)
		if err != nil {
			var pe *time.ParseError
			fmt.Println(errors.As(err, &pe), pe.LayoutElem == "", len(pe.Message))
		}
	}
	_, err := time.Parse(time.RFC3339, "bad")
	pe := err.(*time.ParseError)
	fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	z := time.FixedZone("EST", -5*3600)
	pl, err := time.ParseInLocation("2006-01-02 15:04", "2020-06-01 12:00", z)
	fmt.Println(pl, pl.Unix(), err)
	pl, err = time.ParseInLocation("2006-01-02 15:04 MST", "2020-06-01 12:00 EST", z)
	fmt.Println(pl, pl.Unix(), err)
	pl, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2020-06-01 12:00 -0500", z)
	fmt.Println(pl, pl.Location() == z, err)
	round, _ := time.Parse(time.RFC3339Nano, time.Date(2001, 2, 3, 4, 5, 6, 7, time.UTC).Format(time.RFC3339Nano))
	fmt.Println(round.Equal(time.Date(2001, 2, 3, 4, 5, 6, 7, time.UTC)))
	fmt.Println((&time.ParseError{Value: "v", Message: ": custom"}).Error())
}
