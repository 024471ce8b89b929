// flag: FlagSets parsing many argument lists (every syntax, every kind,
// every error, with ContinueOnError and PanicOnError), Usage and
// PrintDefaults on standard error, and CommandLine over os.Args.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"time"
)

func newSet(h flag.ErrorHandling) (*flag.FlagSet, func() string) {
	fs := flag.NewFlagSet("tool", h)
	b := fs.Bool("v", false, "verbose output")
	n := fs.Int("n", 10, "number of `items`")
	i64 := fs.Int64("big", -1, "a big number")
	u := fs.Uint("u", 0, "unsigned")
	u64 := fs.Uint64("u64", 7, "unsigned 64")
	f := fs.Float64("ratio", 0.5, "a ratio\nover two lines")
	s := fs.String("name", "gopher", "the name")
	d := fs.Duration("wait", 2*time.Second, "how long")
	var sv string
	fs.StringVar(&sv, "empty", "", "no default shown")
	var bv bool
	fs.BoolVar(&bv, "on", true, "defaults to true")
	return fs, func() string {
		return fmt.Sprint(*b, *n, *i64, *u, *u64, *f, *s, *d, sv, bv, fs.NFlag(), fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(5), fs.Parsed())
	}
}

func main() {
	lists := [][]string{
		{},
		{"-v", "-n", "3", "rest", "-x"},
		{"--n=0x10", "-big", "-9000000000", "-u=4", "--u64", "18446744073709551615"},
		{"-ratio", "1e-3", "-name", "", "-wait", "1m30s", "--", "-v"},
		{"-v=false", "-on=0", "-empty=x", "a", "b"},
		{"-n", "08"},
		{"-n", "99999999999999999999"},
		{"-u", "-1"},
		{"-v=maybe"},
		{"-wait", "10"},
		{"-name"},
		{"-nope"},
		{"---v"},
		{"-=x"},
		{"-"},
		{"-help"},
		{"-h"},
	}
	for _, args := range lists {
		fs, show := newSet(flag.ContinueOnError)
		err := fs.Parse(args)
		fmt.Printf("%q: %v | %s\n", args, err, show())
		fmt.Fprintln(os.Stderr, "----")
	}
	fs, show := newSet(flag.ContinueOnError)
	fmt.Println(fs.Set("n", "42"), fs.Set("missing", "1"), fs.Set("n", "x"), show(), fs.Name())
	fs.Usage = func() { fmt.Fprintln(os.Stderr, "custom usage for", fs.Name()) }
	fmt.Println(fs.Parse([]string{"-bad"}))
	fmt.Println(errors.Is(fs.Parse([]string{"-h"}), flag.ErrHelp))

	fs, _ = newSet(flag.PanicOnError)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Parse([]string{"-n", "nan"})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("n", 1, "again")
	}()
	anon := flag.NewFlagSet("", flag.ContinueOnError)
	anon.Int("k", 0, "")
	fmt.Println(anon.Parse([]string{"-z"}))

	// CommandLine: os.Args[1:] are "a b"
	verbose := flag.Bool("verbose", false, "talk more")
	var level int
	flag.IntVar(&level, "level", 1, "how much")
	fmt.Println(flag.Parsed(), flag.NArg(), flag.Args())
	flag.Parse()
	fmt.Println(*verbose, level, flag.Parsed(), flag.NArg(), flag.Args(), flag.Arg(1), flag.NFlag())
	fmt.Println(flag.Set("level", "5"), level, flag.NFlag(), flag.CommandLine.NFlag())
	flag.PrintDefaults()
}
