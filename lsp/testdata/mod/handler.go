package fixture

import "fmt"

// Lookup writes the item, or answers Not Found when there is none.
func Lookup(w Writer, item string) {
	if item == "" {
		reply(w /* 𝄞 */, 404)
		return
	}
	fmt.Fprintln(w, item)
}
