package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.Now()
	b := a.Add(1500 * time.Millisecond)
	fmt.Println(b.Sub(a), a.Sub(b), a.Before(b), a.After(b), b.After(a), a.Equal(a), a.Equal(b))
	c := time.Unix(1700000000, 5)
	fmt.Println(c.Unix(), c.UnixNano(), c.UnixMilli(), c.UnixMicro(), c.Nanosecond())
	d := time.Unix(10, -1)
	fmt.Println(d.Unix(), d.Nanosecond())
	e := time.UnixMilli(-1)
	fmt.Println(e.Unix(), e.Nanosecond(), e.UnixMilli())
	var z time.Time
	fmt.Println(z.IsZero(), c.IsZero(), time.Now().IsZero())
	fmt.Println(c.Add(time.Hour).Sub(c), c.Sub(c.Add(-time.Minute)))
	fmt.Println(time.Until(time.Now().Add(time.Hour)) > 59*time.Minute)
	fmt.Println(time.Since(a) >= 0, time.Now().Unix() > 1700000000)
	f := time.Unix(0, 0)
	fmt.Println(f.Sub(time.Unix(1<<40, 0)), time.Unix(1<<40, 0).Sub(f))
}
