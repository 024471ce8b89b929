// Explicit conversions of constants that cannot be represented.
package main

func main() {
	_ = uint8(300)     // ERROR "cannot convert 300 \(untyped int constant\) to type uint8|constant 300 overflows uint8"
	_ = int32(1 << 40) // ERROR "cannot convert 1 << 40 \(untyped int constant 1099511627776\) to type int32|overflows int32"
	const big = 1 << 100
	_ = int64(big) // ERROR "cannot convert big \(untyped int constant 1267650600228229401496703205376\) to type int64|overflows int64"
}
