// The abstract syntax tree of a Go source file.
//
// Nodes are plain structs allocated in the Arena of their Ast, which frees
// them all at once; lists are arena arrays. Nothing here owns heap memory,
// so nodes are never destroyed one by one. Identifier names and literal
// texts are views into the source text, which outlives the tree.
//
// Types are expressions (an ArrayType may stand where an operand does, as
// in []byte(s)), as in Go's own syntax trees; the checker decides which
// expressions denote types.
//
// Every node has a position: the one gc gives the same node, so that later
// diagnostics point where gc's do. For operations that is the operator
// (the '+' of a+b, the '(' of a call, the '.' of a selector, the '[' of an
// index); for everything else its first token. startPos() finds the first
// token of any node.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "lexer/source.h"
#include "lexer/token.h"

namespace gos::ast {

class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    void* allocate(size_t size, size_t align);

    template <class T, class... Args>
    T* make(Args&&... args) {
        static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
        return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
    }

private:
    std::vector<std::unique_ptr<char[]>> blocks_;
    char* cur_ = nullptr;
    char* end_ = nullptr;
};

// A growable array of node pointers living in an Arena.
template <class T>
struct List {
    T** items = nullptr;
    uint32_t size = 0;
    uint32_t capacity = 0;

    T** begin() const { return items; }
    T** end() const { return items + size; }
    bool empty() const { return size == 0; }
    T* operator[](size_t i) const { return items[i]; }
    T* back() const { return items[size - 1]; }

    void push(Arena& arena, T* item) {
        if (size == capacity) {
            uint32_t cap = capacity ? capacity * 2 : 4;
            auto** grown = static_cast<T**>(arena.allocate(sizeof(T*) * cap, alignof(T*)));
            if (size) std::memcpy(grown, items, sizeof(T*) * size);
            items = grown;
            capacity = cap;
        }
        items[size++] = item;
    }
};

#define GOS_AST_NODES(X)                                                          \
    /* expressions */                                                              \
    X(BadExpr) X(Ident) X(BasicLit) X(CompositeLit) X(KeyValueExpr) X(FuncLit)     \
    X(ParenExpr) X(SelectorExpr) X(IndexExpr) X(SliceExpr) X(TypeAssertExpr)       \
    X(CallExpr) X(StarExpr) X(UnaryExpr) X(BinaryExpr)                             \
    /* types */                                                                    \
    X(ArrayType) X(Ellipsis) X(StructType) X(FuncType) X(InterfaceType)            \
    X(MapType) X(ChanType) X(Field)                                                \
    /* statements */                                                               \
    X(BadStmt) X(DeclStmt) X(EmptyStmt) X(LabeledStmt) X(ExprStmt) X(SendStmt)     \
    X(IncDecStmt) X(AssignStmt) X(GoStmt) X(DeferStmt) X(ReturnStmt)               \
    X(BranchStmt) X(BlockStmt) X(IfStmt) X(CaseClause) X(SwitchStmt)               \
    X(TypeSwitchStmt) X(CommClause) X(SelectStmt) X(ForStmt) X(RangeStmt)          \
    /* declarations */                                                             \
    X(ImportSpec) X(ValueSpec) X(TypeSpec) X(GenDecl) X(FuncDecl)

enum class Kind : uint8_t {
#define GOS_AST_KIND(name) name,
    GOS_AST_NODES(GOS_AST_KIND)
#undef GOS_AST_KIND
};

const char* kindName(Kind k);

struct Node {
    Kind kind;
    Pos pos;
};

template <class T>
T* as(Node* n) {
    return n && n->kind == T::kKind ? static_cast<T*>(n) : nullptr;
}

#define GOS_NODE(name, base)                       \
    struct name : base {                           \
        static constexpr Kind kKind = Kind::name;

// ---- expressions ---------------------------------------------------------
struct Expr : Node {};
struct Stmt : Node {};

struct BlockStmt;
struct FuncType;
struct GenDecl;

GOS_NODE(BadExpr, Expr) };
GOS_NODE(Ident, Expr) std::string_view name; };
GOS_NODE(BasicLit, Expr) Tok lit; bool bad; std::string_view value; };  // lit: Int Float Imag Char String
GOS_NODE(CompositeLit, Expr) Expr* type; List<Expr> elts; Pos rbrace; };  // pos: '{'; type null if elided
GOS_NODE(KeyValueExpr, Expr) Expr* key; Expr* value; };                   // pos: ':'
GOS_NODE(FuncLit, Expr) FuncType* type; BlockStmt* body; };
GOS_NODE(ParenExpr, Expr) Expr* x; };
GOS_NODE(SelectorExpr, Expr) Expr* x; Ident* sel; };                      // pos: '.'
GOS_NODE(IndexExpr, Expr) Expr* x; Expr* index; };                        // pos: '['
GOS_NODE(SliceExpr, Expr) Expr* x; Expr* low; Expr* high; Expr* max; bool slice3; };
GOS_NODE(TypeAssertExpr, Expr) Expr* x; Expr* type; };                    // type null: x.(type)
GOS_NODE(CallExpr, Expr) Expr* fun; List<Expr> args; bool hasDots; Pos rparen; };  // pos: '('
GOS_NODE(StarExpr, Expr) Expr* x; };                                      // *x: pointer type or indirection
GOS_NODE(UnaryExpr, Expr) Tok op; Expr* x; };                             // + - ! ^ & <-
GOS_NODE(BinaryExpr, Expr) Tok op; Expr* x; Expr* y; };                   // pos: the operator

// ---- types ----------------------------------------------------------------
GOS_NODE(ArrayType, Expr) Expr* len; Expr* elem; };  // len null: slice; an Ellipsis: [...]T
GOS_NODE(Ellipsis, Expr) Expr* elem; };              // ...T of a variadic parameter; elem null in [...]T
// A struct field, parameter, result or interface element. names is empty
// for an embedded field, an unnamed parameter or an embedded interface.
GOS_NODE(Field, Node) List<Ident> names; Expr* type; struct BasicLit* tag; };
GOS_NODE(StructType, Expr) List<Field> fields; };
GOS_NODE(FuncType, Expr) List<Field> params; List<Field> results; };
GOS_NODE(InterfaceType, Expr) List<Field> methods; };  // a method: one name and a FuncType
GOS_NODE(MapType, Expr) Expr* key; Expr* value; };
enum class ChanDir : uint8_t { Both, Send, Recv };
GOS_NODE(ChanType, Expr) ChanDir dir; Expr* value; };

// ---- statements -------------------------------------------------------------
GOS_NODE(BadStmt, Stmt) };
GOS_NODE(DeclStmt, Stmt) GenDecl* decl; };
GOS_NODE(EmptyStmt, Stmt) };
GOS_NODE(LabeledStmt, Stmt) Ident* label; Stmt* stmt; };
GOS_NODE(ExprStmt, Stmt) Expr* x; };
GOS_NODE(SendStmt, Stmt) Expr* chan; Expr* value; };     // pos: '<-'
GOS_NODE(IncDecStmt, Stmt) Expr* x; Tok op; };           // pos: the operator
GOS_NODE(AssignStmt, Stmt) List<Expr> lhs; Tok op; List<Expr> rhs; };  // op: = := += ...; pos: op
GOS_NODE(GoStmt, Stmt) Expr* call; };
GOS_NODE(DeferStmt, Stmt) Expr* call; };
GOS_NODE(ReturnStmt, Stmt) List<Expr> results; };
GOS_NODE(BranchStmt, Stmt) Tok tok; Ident* label; };     // break continue goto fallthrough
GOS_NODE(BlockStmt, Stmt) List<Stmt> list; Pos rbrace; };
GOS_NODE(IfStmt, Stmt) Stmt* init; Expr* cond; BlockStmt* body; Stmt* els; };
GOS_NODE(CaseClause, Stmt) List<Expr> list; bool isDefault; List<Stmt> body; };
GOS_NODE(SwitchStmt, Stmt) Stmt* init; Expr* tag; List<Stmt> clauses; Pos rbrace; };
// assign is `x := y.(type)` (an AssignStmt) or `y.(type)` (an ExprStmt).
GOS_NODE(TypeSwitchStmt, Stmt) Stmt* init; Stmt* assign; List<Stmt> clauses; Pos rbrace; };
GOS_NODE(CommClause, Stmt) Stmt* comm; List<Stmt> body; };  // comm null: default
GOS_NODE(SelectStmt, Stmt) List<Stmt> clauses; Pos rbrace; };
GOS_NODE(ForStmt, Stmt) Stmt* init; Expr* cond; Stmt* post; BlockStmt* body; };
// tok: Define, Assign, or Eof when there is neither key nor value.
GOS_NODE(RangeStmt, Stmt) Expr* key; Expr* value; Tok tok; Expr* x; BlockStmt* body; };

// ---- declarations -------------------------------------------------------------
GOS_NODE(ImportSpec, Node) Ident* name; BasicLit* path; };
// iota is the index of the spec in its const group; a const spec with no
// type and no values repeats the previous one, which the checker resolves.
GOS_NODE(ValueSpec, Node) List<Ident> names; Expr* type; List<Expr> values; uint32_t iota; };
GOS_NODE(TypeSpec, Node) Ident* name; bool alias; Expr* type; };
GOS_NODE(GenDecl, Node) Tok tok; bool grouped; List<Node> specs; };  // tok: Import Const Var Type
GOS_NODE(FuncDecl, Node) Field* recv; Ident* name; FuncType* type; BlockStmt* body; };  // body null: external

#undef GOS_NODE

// A parsed file. In script mode (no package clause) items may be
// statements as well as declarations; they run in order.
struct File {
    Ident* package = nullptr;  // null in script mode
    List<GenDecl> imports;
    List<Node> items;  // GenDecl, FuncDecl or (script mode) Stmt

    bool script() const { return package == nullptr; }
};

// Owns the nodes of one parsed file.
struct Ast {
    Arena arena;
    File file;
};

Pos startPos(const Node* n);

}  // namespace gos::ast
