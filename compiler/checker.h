// The type checker: resolves names, computes the type (and constant value)
// of every expression, and reports Go's errors in gc's words at gc's
// positions. It records what the code generator needs in an Info.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/objects.h"
#include "lexer/source.h"
#include "parser/ast.h"

namespace gos::check {

struct TypeAndValue {
    enum class Mode : uint8_t { NoValue, Value, Variable, MapIndex, Constant, TypeExpr, Builtin, CommaOk };
    Mode mode = Mode::NoValue;
    types::Type* type = nullptr;
    constant::Value value;
};

// What a selector x.f denotes.
struct Selection {
    enum class Kind : uint8_t { Field, Method, MethodExpr, Qualified };
    Kind kind = Kind::Field;
    std::vector<int> path;        // field indices from x's type down to the field (through embedded fields)
    Object* member = nullptr;     // Qualified: the package member
    const types::Method* method = nullptr;
    types::Named* recvNamed = nullptr;  // the named type that declares the method
    bool addressRecv = false;     // a pointer method called on an addressable value: take its address
    bool derefRecv = false;       // a value method called through a pointer
    bool interfaceMethod = false; // a method of an interface value: dispatched at run time
    std::string methodName;
};

// A standard library package, made on demand for a program's TypeTable.
using PackageLoader = std::function<Package*(std::string_view path, types::TypeTable& types)>;

struct Info {
    std::unordered_map<const ast::Expr*, TypeAndValue> types;
    std::unordered_map<const ast::Ident*, Object*> defs;
    std::unordered_map<const ast::Ident*, Object*> uses;
    std::unordered_map<const ast::SelectorExpr*, Selection> selections;
    // x.(T) used as `v, ok`, and its T (the expression's recorded type is
    // ok's, bool, once ok is assigned)
    std::unordered_map<const ast::Expr*, types::Type*> commaOk;
    // the variable a type switch clause declares (`switch v := x.(type)`)
    std::unordered_map<const ast::Stmt*, Object*> implicits;
    std::unordered_map<const ast::Node*, FuncInfo*> funcs;  // FuncDecl and FuncLit nodes
    std::vector<FuncInfo*> functions;                         // every declared function and literal
    std::vector<Object*> globals;                             // package-level variables
    std::vector<Object*> initOrder;                           // package-level variables with initialisers, in init order
    std::vector<FuncInfo*> inits;                             // init functions in source order
    FuncInfo* main = nullptr;                                 // main, or the script's body
    std::vector<const ast::Node*> scriptItems;                // a script's top-level statements and declarations
    std::unordered_set<const ast::Stmt*> shown;
    // append, copy, complex, delete, print and println called with one
    // multi-value call for their arguments (copy(f()), println(g()))
    std::unordered_set<const ast::CallExpr*> spreadCalls;               // a session input's expression statements whose values it shows
    std::vector<std::pair<Pos, std::string>> escapes;         // "moved to heap: x" reports for check -m

    std::vector<std::unique_ptr<Object>> objects;
    std::vector<std::unique_ptr<FuncInfo>> funcInfos;
    std::vector<std::unique_ptr<Package>> packages;

    const TypeAndValue* typeOf(const ast::Expr* e) const {
        auto it = types.find(e);
        return it == types.end() ? nullptr : &it->second;
    }
};

// Checks one file. Returns false if there were errors (in diags).
bool checkFile(const ast::File& file, Diagnostics& diags, types::TypeTable& types, const PackageLoader& loader,
               Info& info);

// What a session keeps between its inputs: the universe, the names the
// inputs declared (the latest declaration of each) and the packages named.
struct SessionState {
    Scope universe;
    Scope names;
    std::map<std::string, Package*> importedByName;
    bool started = false;
};

// Checks one input of a session: a script whose top level runs after the
// earlier inputs', into the same Info. Its names see theirs, and once it
// checks cleanly replace theirs for the inputs after it (as a REPL's
// redeclarations do); methods may be declared on their types. At its top
// level an expression statement with values is not an error: its values
// are shown (Info::shown). Imports may go unused. An input with errors
// leaves the session as it found it.
bool checkInput(const ast::File& file, Diagnostics& diags, types::TypeTable& types, const PackageLoader& loader,
                Info& info, SessionState& session);

}  // namespace gos::check
