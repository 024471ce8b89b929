﻿// Abuses: two byte order marks at the start of the file.
package main

func main() {
}
