// Methods and fields together; a method reading fields through a pointer.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int) *Account {
	a.Balance += n
	return a
}

func (a Account) String2() string {
	return fmt.Sprintf("%s:%d", a.Owner, a.Balance)
}

func main() {
	acc := Account{Owner: "ann"}
	acc.Deposit(10).Deposit(5).Deposit(-3)
	fmt.Println(acc.String2())
	accs := [2]Account{{"a", 1}, {"b", 2}}
	for i := range accs {
		accs[i].Deposit(100)
	}
	fmt.Println(accs[0].String2(), accs[1].String2())
}
