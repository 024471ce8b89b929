//go:build ignore

// classify sorts Go source files for the front-end corpus tests, using Go's
// own go/parser as the oracle. For every .go file under the given
// directories it prints one line, "KIND<TAB>LINES<TAB>PATH", where KIND is
//
//	valid    go/parser accepts it and it uses no type parameters
//	generic  it declares or instantiates type parameters (not in gos yet)
//	invalid  go/parser rejects it (meant to be an error, or not Go at all)
//
//	go run tests/frontend/classify.go DIR...
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
)

// usesTypeParams reports whether f declares type parameters, writes a
// constraint, or instantiates a generic type in a type position.
func usesTypeParams(f *ast.File) bool {
	found := false
	var typeExpr func(e ast.Expr)
	typeExpr = func(e ast.Expr) {
		switch t := e.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			found = true
		case *ast.StarExpr:
			typeExpr(t.X)
		case *ast.ArrayType:
			typeExpr(t.Elt)
		case *ast.MapType:
			typeExpr(t.Key)
			typeExpr(t.Value)
		case *ast.ChanType:
			typeExpr(t.Value)
		case *ast.ParenExpr:
			typeExpr(t.X)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncType:
			if x.TypeParams != nil {
				found = true
			}
		case *ast.TypeSpec:
			if x.TypeParams != nil {
				found = true
			}
			typeExpr(x.Type)
		case *ast.IndexListExpr:
			found = true
		case *ast.InterfaceType:
			for _, m := range x.Methods.List {
				switch m.Type.(type) {
				case *ast.BinaryExpr, *ast.UnaryExpr:
					found = true
				}
			}
		case *ast.Field:
			typeExpr(x.Type)
		case *ast.ValueSpec:
			if x.Type != nil {
				typeExpr(x.Type)
			}
		case *ast.CompositeLit:
			if x.Type != nil {
				typeExpr(x.Type)
			}
		case *ast.TypeAssertExpr:
			if x.Type != nil {
				typeExpr(x.Type)
			}
		}
		return !found
	})
	return found
}

func main() {
	fset := token.NewFileSet()
	for _, dir := range os.Args[1:] {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return nil
			}
			lines := bytes.Count(src, []byte("\n"))
			kind := "valid"
			f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
			if err != nil {
				kind = "invalid"
			} else if usesTypeParams(f) {
				kind = "generic"
			}
			fmt.Printf("%s\t%d\t%s\n", kind, lines, path)
			return nil
		})
	}
}
