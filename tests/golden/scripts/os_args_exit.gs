// Script mode: os and strings used without imports; os.Exit with a status.
args := os.Args[1:]
fmt.Println(len(args), strings.Repeat("=", 5))
for i, a := range args {
	fmt.Println(i, strings.ToUpper(a))
}
os.Exit(4)
