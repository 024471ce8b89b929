// Run by the example hosts.
fmt.Println("hello from a script,", len(os.Args), "argument(s)")
