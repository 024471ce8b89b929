// Unit tests of the parser: the trees of representative constructs, in the
// format of `gos check --ast`, and the grammar's special cases.
#include <doctest/doctest.h>

#include <string>

#include "parser/ast_printer.h"
#include "parser/parse.h"
#include "parser/syntax_string.h"

using namespace gos;

namespace {

struct Parsed {
    std::string tree;
    std::string errors;
};

Parsed parse(const std::string& src, bool script = true) {
    SourceFile file(script ? "x.gs" : "x.go", src);
    Diagnostics diags(file.name());
    ParseOptions options;
    options.allowScript = script;
    auto ast = parseFile(file, diags, options);
    return {ast::printTree(ast->file), diags.format()};
}

std::string tree(const std::string& src) {
    Parsed p = parse(src);
    CHECK(p.errors == "");
    return p.tree;
}

}  // namespace

TEST_CASE("a composite literal of a type name in an if header must be parenthesised") {
    CHECK(tree("if x == (T{}) {\n}\n") == R"(File script
  IfStmt 1:1
    cond: BinaryExpr 1:6 ==
      Ident 1:4 x
      ParenExpr 1:9
        CompositeLit 1:11
          type: Ident 1:10 T
    BlockStmt 1:15
)");
    // unparenthesised, the brace opens the block, as in gc
    CHECK(parse("if x == T{} {\n}\n").errors == "x.gs:1:13: syntax error: unexpected { at end of statement\n");
}

TEST_CASE("literal types make composite literals even in headers") {
    CHECK(tree("for _, v := range []int{1, 2} {\n}\n") == R"(File script
  RangeStmt 1:1 :=
    key: Ident 1:5 _
    value: Ident 1:8 v
    x: CompositeLit 1:24
      type: ArrayType 1:19
        elem: Ident 1:21 int
      BasicLit 1:25 INT 1
      BasicLit 1:28 INT 2
    BlockStmt 1:31
)");
    CHECK(parse("for _, p := range []struct{ x int }{{1}} {\n}\nif f := func() bool { return true }; f() {\n}\n").errors == "");
}

TEST_CASE("channel directions bind to the leftmost chan") {
    CHECK(tree("var c <-chan chan<- int\nvar d chan<- <-chan int\n") == R"(File script
  DeclStmt 1:1
    GenDecl 1:1 var
      ValueSpec 1:5
        name: Ident 1:5 c
        type: ChanType 1:7 recv
          ChanType 1:14 send
            Ident 1:21 int
  DeclStmt 2:1
    GenDecl 2:1 var
      ValueSpec 2:5
        name: Ident 2:5 d
        type: ChanType 2:7 send
          ChanType 2:14 recv
            Ident 2:21 int
)");
    // in an expression, <-chan is re-associated as a type
    CHECK(tree("x := (<-chan <-chan int)(nil)\n").find("ChanType 1:7 recv\n          ChanType 1:16 recv") !=
          std::string::npos);
}

TEST_CASE("parameters are grouped by type") {
    CHECK(tree("func (p *P) M(a, b int, s ...string) (n int, err error) { return }\n") == R"(File script
  FuncDecl 1:1
    recv: Field 1:7
      name: Ident 1:7 p
      type: StarExpr 1:9
        Ident 1:10 P
    name: Ident 1:13 M
    FuncType 1:14
      param: Field 1:15
        name: Ident 1:15 a
        name: Ident 1:18 b
        type: Ident 1:20 int
      param: Field 1:25
        name: Ident 1:25 s
        type: Ellipsis 1:27
          Ident 1:30 string
      result: Field 1:39
        name: Ident 1:39 n
        type: Ident 1:41 int
      result: Field 1:46
        name: Ident 1:46 err
        type: Ident 1:50 error
    BlockStmt 1:57
      ReturnStmt 1:59
)");
    CHECK(parse("func f(int, string) {}\n").errors == "");
    CHECK(parse("func f(a, b int, string) {}\n").errors == "x.gs:1:18: syntax error: mixed named and unnamed parameters\n");
}

TEST_CASE("type switches and select") {
    CHECK(tree("switch t := x.(type) {\ncase nil, *T:\n}\n") == R"(File script
  TypeSwitchStmt 1:1
    guard: AssignStmt 1:10 :=
      lhs: Ident 1:8 t
      rhs: TypeAssertExpr 1:14 (type)
        Ident 1:13 x
    CaseClause 2:1
      case: Ident 2:6 nil
      case: StarExpr 2:11
        Ident 2:12 T
)");
    CHECK(tree("select {\ncase v, ok := <-c:\ncase c <- 1:\ndefault:\n}\n") == R"(File script
  SelectStmt 1:1
    CommClause 2:1
      comm: AssignStmt 2:12 :=
        lhs: Ident 2:6 v
        lhs: Ident 2:9 ok
        rhs: UnaryExpr 2:15 <-
          Ident 2:17 c
    CommClause 3:1
      comm: SendStmt 3:8
        chan: Ident 3:6 c
        value: BasicLit 3:11 INT 1
    CommClause 4:1 default
)");
}

TEST_CASE("labels, slices and const groups") {
    CHECK(tree("L:\n\tfor {\n\t\tbreak L\n\t}\n") == R"(File script
  LabeledStmt 1:1
    label: Ident 1:1 L
    ForStmt 2:2
      BlockStmt 2:6
        BranchStmt 3:3 break
          label: Ident 3:9 L
)");
    CHECK(tree("x := a[1:2:3]\n") == R"(File script
  AssignStmt 1:3 :=
    lhs: Ident 1:1 x
    rhs: SliceExpr 1:7 3-index
      Ident 1:6 a
      low: BasicLit 1:8 INT 1
      high: BasicLit 1:10 INT 2
      max: BasicLit 1:12 INT 3
)");
    CHECK(tree("const (\n\ta = iota\n\tb\n)\n") == R"(File script
  DeclStmt 1:1
    GenDecl 1:1 const (group)
      ValueSpec 2:2
        name: Ident 2:2 a
        value: Ident 2:6 iota
      ValueSpec 3:2 iota=1
        name: Ident 3:2 b
)");
}

TEST_CASE("a result type is parsed greedily") {
    CHECK(tree("f := func() *T { return nil }\n") == R"(File script
  AssignStmt 1:3 :=
    lhs: Ident 1:1 f
    rhs: FuncLit 1:6
      FuncType 1:6
        result: Field 1:13
          type: StarExpr 1:13
            Ident 1:14 T
      BlockStmt 1:16
        ReturnStmt 1:18
          Ident 1:25 nil
)");
}

TEST_CASE("script mode mixes statements, methods and function literals") {
    Parsed p = parse("type T int\nfunc (t T) M() int { return 1 }\nfunc() {\n}()\nfunc g() {}\n");
    CHECK(p.errors == "");
    CHECK(p.tree.find("  FuncDecl 2:1\n    recv: Field 2:7") != std::string::npos);
    CHECK(p.tree.find("  ExprStmt 4:2\n    CallExpr 4:2\n      fun: FuncLit 3:1") != std::string::npos);
    CHECK(p.tree.find("  FuncDecl 5:1\n    name: Ident 5:6 g") != std::string::npos);
}

TEST_CASE("a .go file follows Go's rules") {
    CHECK(parse("x := 1\n", false).errors == "x.go:1:1: syntax error: package statement must be first\n");
    CHECK(parse("package p\nx := 1\n", false).errors ==
          "x.go:2:1: syntax error: non-declaration statement outside function body\n");
    CHECK(parse("package p\nimport \"fmt\"\nfunc main() { fmt.Println() }\n", false).errors == "");
}

TEST_CASE("type parameters are rejected at the bracket") {
    CHECK(parse("func F[T any](x T) {}\n").errors == "x.gs:1:7: syntax error: generics are not supported yet\n");
    CHECK(parse("type L[T any] struct{}\n").errors == "x.gs:1:7: syntax error: generics are not supported yet\n");
    CHECK(parse("type M[K comparable, V any] map[K]V\n").errors ==
          "x.gs:1:7: syntax error: generics are not supported yet\n");
    CHECK(parse("x := f[int, string](1)\n").errors == "x.gs:1:7: syntax error: generics are not supported yet\n");
    CHECK(parse("type A [N]int\nx := a[i]\n").errors == "");
}

TEST_CASE("expressions render as gc quotes them") {
    SourceFile file("x.gs", "x := a.b[1:2] + -f(c, d...) * (<-ch)\ny := []int{1}\nz := func(a int) string { return \"\" }\n");
    Diagnostics diags("x.gs");
    auto ast = parseFile(file, diags);
    REQUIRE(diags.empty());
    auto rhs = [&](int i) { return ast::exprString(static_cast<ast::AssignStmt*>(ast->file.items[i])->rhs[0]); };
    CHECK(rhs(0) == "a.b[1:2] + -f(c, d...) * (<-ch)");
    CHECK(rhs(1) == "[]int{…}");
    CHECK(rhs(2) == "func(a int) string {…}");
    CHECK(ast::stmtString(static_cast<ast::Stmt*>(ast->file.items[0])) == "x := a.b[1:2] + -f(c, d...) * (<-ch)");
}
