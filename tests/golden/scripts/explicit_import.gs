// Script mode with an explicit import: allowed, and other packages stay implicit.
import "strings"

name := "gopher"
fmt.Println(strings.ToUpper(name), strings.Contains(name, "ph"))
fmt.Println(math.Abs(-2))
