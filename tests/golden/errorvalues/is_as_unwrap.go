package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

type Temporary struct{ Code int }

func (e *Temporary) Error() string { return "temporary " + strconv.Itoa(e.Code) }

// Is treats every *Temporary with the same code as equal
func (e *Temporary) Is(target error) bool {
	t, ok := target.(*Temporary)
	return ok && t.Code == e.Code
}

type Wrapper struct {
	msg string
	err error
}

func (w Wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w Wrapper) Unwrap() error { return w.err }

// AsAny fills any **Temporary target
type AsAny struct{}

func (AsAny) Error() string { return "as-any" }
func (AsAny) As(target any) bool {
	if p, ok := target.(**Temporary); ok {
		*p = &Temporary{99}
		return true
	}
	return false
}

type uncomparable []int

func (u uncomparable) Error() string { return "uncomparable" }

var ErrBase = errors.New("base")

func main() {
	w1 := fmt.Errorf("layer one: %w", ErrBase)
	w2 := fmt.Errorf("layer two: %w", w1)
	fmt.Println(w2)
	fmt.Println(errors.Is(w2, ErrBase), errors.Is(w2, w1), errors.Is(w1, w2), errors.Is(nil, nil), errors.Is(nil, ErrBase), errors.Is(ErrBase, nil))
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == ErrBase, errors.Unwrap(ErrBase), errors.Unwrap(nil))
	// formats vet would reject, given as variables
	twice, notErr, nilArg := "%w and %w", "not an error: %w", "nil: %w"
	fmt.Printf("%T %T %T\n", w1, fmt.Errorf("no wrap"), fmt.Errorf(twice, ErrBase, ErrBase))
	fmt.Println(fmt.Errorf(twice, ErrBase, ErrBase), fmt.Errorf(notErr, 42), fmt.Errorf(nilArg, nil))
	fmt.Println(errors.Unwrap(fmt.Errorf(twice, ErrBase, ErrBase)), errors.Unwrap(fmt.Errorf("%v", ErrBase)))

	var nf NotFound
	var err error = Wrapper{"lookup", fmt.Errorf("db: %w", NotFound{"alice"})}
	fmt.Println(errors.As(err, &nf), nf.Name, err)
	var tmp *Temporary
	fmt.Println(errors.As(err, &tmp), tmp == nil)
	err = fmt.Errorf("retry: %w", &Temporary{7})
	fmt.Println(errors.As(err, &tmp), tmp.Code, errors.Is(err, &Temporary{7}), errors.Is(err, &Temporary{8}))
	var iface interface{ Error() string }
	fmt.Println(errors.As(err, &iface), iface)
	var filled *Temporary
	fmt.Println(errors.As(fmt.Errorf("x: %w", AsAny{}), &filled), filled.Code)
	var u uncomparable
	fmt.Println(errors.Is(uncomparable{1}, uncomparable{1}), errors.As(uncomparable{1, 2}, &u), len(u))
	var numErr *strconv.NumError
	_, perr := strconv.Atoi("12a")
	fmt.Println(errors.As(fmt.Errorf("parse: %w", perr), &numErr), numErr.Func, errors.Is(perr, strconv.ErrSyntax))

	for _, target := range []any{nil, 5, (*NotFound)(nil), new(string), new(int)} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(errors.As(ErrBase, target))
		}()
	}
}
