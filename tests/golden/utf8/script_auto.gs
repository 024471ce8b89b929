// A script names unicode/utf8 as utf8 and unicode without importing them.
s := "héllo, 世界\xff"
fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.UTFMax)
r, w := utf8.DecodeRuneInString(s[1:])
fmt.Println(string(r), w, unicode.IsUpper(unicode.ToUpper(r)))
fmt.Println(utf8.AppendRune([]byte("x"), '界'))
