package p

var x = (T){1}
