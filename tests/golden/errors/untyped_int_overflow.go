package main

const big = 1 << 500

const a = big * big // ERROR "constant multiplication overflow"
const b = 1 << 600  // ERROR "constant shift overflow"
const c = big<<11 + big<<11 // ERROR "constant addition overflow"
const d = 1 << 2000 // ERROR "invalid operation: invalid shift count 2000"
const ok = 1 << 511

func main() {}
