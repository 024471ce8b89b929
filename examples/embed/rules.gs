// The rules of the rules host (rules.cpp): it loads this script once, then
// calls Decide for every order and Summary at the end. The package orders
// is the host's: its types, its customer lookup and its log.
import "host/orders"

var decided = map[string]int{}

func Decide(o orders.Order) orders.Decision {
	d := orders.Decision{Approve: true}
	tier := orders.Tier(o.Customer)
	switch {
	case o.Total > orders.MaxTotal:
		d.Approve = false
		d.Notes = append(d.Notes, fmt.Sprintf("total %.2f over the limit", o.Total))
	case tier == "gold":
		d.Discount = 0.10
		d.Notes = append(d.Notes, "gold customer")
	}
	if len(o.Items) >= 5 {
		d.Discount += 0.05
		d.Notes = append(d.Notes, "bulk order")
	}
	if d.Approve {
		decided["approved"]++
	} else {
		decided["refused"]++
		orders.Log(fmt.Sprintf("order %d refused", o.ID))
	}
	return d
}

func Summary() map[string]int { return decided }
