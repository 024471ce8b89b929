package p

import "fmt"

var x = 1

import "os"
