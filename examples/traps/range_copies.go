// The oracle of range_copies.gs: the same program in Go.
package main

import "fmt"

type Account struct {
	Name    string
	Balance int
}

func main() {
	accounts := map[string]Account{"ann": {"ann", 10}, "bob": {"bob", 20}}
	for _, a := range accounts {
		a.Balance += 100
	}
	fmt.Println("after the loop:", accounts["ann"].Balance, accounts["bob"].Balance)
	for k, a := range accounts {
		a.Balance += 100
		accounts[k] = a
	}
	fmt.Println("stored back:   ", accounts["ann"].Balance, accounts["bob"].Balance)

	list := []Account{{"cy", 1}}
	for _, a := range list {
		a.Balance = 99
	}
	for i := range list {
		list[i].Balance += 1
	}
	fmt.Println("slice:         ", list[0].Balance)
}
