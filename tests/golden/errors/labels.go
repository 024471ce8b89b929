// Label misuse: defined and not used, undefined, continue to a non-loop label.
package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break missing // ERROR "invalid break label missing|break label not defined: missing"
	}
	goto nowhere // ERROR "label nowhere not defined"
}
