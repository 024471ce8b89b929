package main import "fmt"
