// gc spells byte and rune in messages as the program did.
package main

func main() {
	r := 'a'
	var s string = r // ERROR "cannot use r \(variable of type rune\) as type string in variable declaration"
	var b byte = 1
	var n int = b // ERROR "cannot use b \(variable of type byte\) as type int in variable declaration"
	var u uint8 = 2
	var i int = u // ERROR "cannot use u \(variable of type uint8\) as type int in variable declaration"
	str := "x"
	var j int = str[0] // ERROR "cannot use str\[0\] \(value of type byte\) as type int in variable declaration"
	var bs []byte
	var k int = bs // ERROR "cannot use bs \(variable of type \[\]byte\) as type int in variable declaration"
	_, _, _, _, _ = s, n, i, j, k
}
