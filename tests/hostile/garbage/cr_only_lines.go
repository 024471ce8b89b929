// Abuses: old Mac line endings after this line: CR alone is white space,
// not a newline, so no semicolons are inserted.
package mainimport "fmt"func main() {	fmt.Println(1)}