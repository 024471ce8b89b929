// Trap: range gives copies. Changing the loop variable changes the copy,
// never the map's element (nor a slice's).
type Account struct {
	Name    string
	Balance int
}

accounts := map[string]Account{"ann": {"ann", 10}, "bob": {"bob", 20}}
for _, a := range accounts {
	a.Balance += 100 // the copy
}
fmt.Println("after the loop:", accounts["ann"].Balance, accounts["bob"].Balance)
for k, a := range accounts {
	a.Balance += 100
	accounts[k] = a // store it back (assigning existing keys during range is fine)
}
fmt.Println("stored back:   ", accounts["ann"].Balance, accounts["bob"].Balance)

list := []Account{{"cy", 1}}
for _, a := range list {
	a.Balance = 99
}
for i := range list {
	list[i].Balance += 1 // index the slice to reach the element
}
fmt.Println("slice:         ", list[0].Balance)
