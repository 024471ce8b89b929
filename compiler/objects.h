// What names denote: objects, scopes and packages, as the checker records
// them and the code generator reads them.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "types/constant.h"
#include "types/types.h"
#include "lexer/source.h"
#include "parser/ast.h"

namespace gos::vm {
struct Native;
}

namespace gos::check {

enum class Builtin : uint8_t {
    Append, Cap, Close, Complex, Copy, Delete, Imag, Len, Make, New, Panic, Print, Println, Real, Recover
};

struct Package;
struct FuncInfo;

struct Object {
    enum class Kind : uint8_t { Var, Const, TypeName, Func, Builtin, PkgName, Nil, Label };

    Kind kind;
    std::string name;
    types::Type* type = nullptr;
    Pos pos;
    bool used = false;

    // Const
    constant::Value value;
    // Var
    bool global = false;   // package level (storage in the globals area)
    bool escapes = false;  // address taken or captured: lives on the heap
    bool captured = false; // referenced from a function literal nested in its function
    bool param = false;
    FuncInfo* owner = nullptr;  // the function declaring a local variable
    // Func
    const ast::FuncDecl* decl = nullptr;
    int32_t function = -1;     // index in the program, set by the code generator
    int32_t native = -1;       // a standard library function: index in the program's natives;
                               // for a standard library variable, a native that returns its address
    // Builtin
    check::Builtin builtin = check::Builtin::Len;
    // PkgName
    Package* package = nullptr;
    // TypeName/Var/Func/Const declared at package level, while being resolved
    enum class State : uint8_t { Unresolved, Resolving, Resolved } state = State::Resolved;
    const ast::Node* declNode = nullptr;  // the spec or declaration, for lazy resolution
    const ast::Expr* initExpr = nullptr;  // a package-level variable's initialiser
    int initIndex = -1;                   // which value of a multi-valued initialiser
    int constIota = 0;
    const ast::Expr* constType = nullptr;
    const ast::Expr* constInit = nullptr;
};

struct Scope {
    Scope* parent = nullptr;
    std::unordered_map<std::string_view, Object*> names;
    bool funcBoundary = false;  // the outermost scope of a function (or function literal)
    FuncInfo* func = nullptr;

    Object* lookupLocal(std::string_view n) const {
        auto it = names.find(n);
        return it == names.end() ? nullptr : it->second;
    }
};

// A standard package as the checker sees it: named members with types,
// constant values and the natives that implement its functions.
struct Package {
    std::string path;
    std::string name;
    std::map<std::string, Object*, std::less<>> members;
    bool used = false;
    bool unavailable = false;  // withheld by the host: naming it is an error
};

// A function being checked: a declaration or a literal.
struct FuncInfo {
    const ast::FuncDecl* decl = nullptr;
    const ast::FuncLit* lit = nullptr;
    types::Func* sig = nullptr;
    FuncInfo* outer = nullptr;                 // the enclosing function of a literal
    std::vector<Object*> params;               // receiver first, then parameters
    std::vector<Object*> results;              // named or not
    std::vector<Object*> captures;             // variables of enclosing functions it uses
    std::vector<const ast::FuncLit*> literals; // nested literals, in order
    std::string name;                          // main.f, main.T.M, main.f.func1
    int literalCount = 0;
    bool hasDefer = false;                     // contains a defer statement
};

}  // namespace gos::check
