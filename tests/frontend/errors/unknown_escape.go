package p

var s = "\q"
