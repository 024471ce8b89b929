// Constants that do not fit in the target type.
package main

func main() {
	var b byte = 256   // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1    // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	x := 1 << 64       // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in assignment \(overflows\)"
	var n int = 1.5    // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	_, _, _, _, _ = b, i8, u, x, n
}
