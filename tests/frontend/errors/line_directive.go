package p

//line other.go:40
var x = @
