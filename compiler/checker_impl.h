// The checker's internal state, shared by its source files:
// checker.cpp (declarations, types, statements) and check_expr.cpp
// (expressions, calls, conversions and constants).
//
// Expressions are checked into Operands, as in go/types: a mode (value,
// variable, constant, type, ...), a type and, for constants, an exact
// value. An untyped operand keeps its untyped type until the context gives
// it one (assignment, a typed operand in a binary operation, a conversion);
// only then is its constant value checked against the type ("overflows",
// "truncated") and the final type recorded for the code generator.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include "compiler/checker.h"
#include "parser/syntax_string.h"
#include "support/stack.h"

namespace gos::check {

using Mode = TypeAndValue::Mode;

struct Operand {
    Mode mode = Mode::NoValue;
    types::Type* type = nullptr;
    constant::Value value;
    const ast::Expr* expr = nullptr;
    Object* builtinObj = nullptr;
    bool invalid = false;  // an error was reported already

    bool isConst() const { return mode == Mode::Constant; }
};

class Checker {
public:
    // session: the input of a session (checkInput), else a file of its own
    Checker(const ast::File& file, Diagnostics& diags, types::TypeTable& types, const PackageLoader& loader,
            Info& info, SessionState* session = nullptr);
    bool run();
    void fillUniverse();
    void takeBackMethods();  // a session input failed: the methods it added to earlier types go

    // Every recursive walk calls this at each level: a construct nested
    // beyond what the machine stack holds is an error at its position.
    static void guardStack(const ast::Node* n) {
        if (support::stackExhausted()) throw support::NestingTooDeep{n->pos.line, n->pos.col};
    }

    // ---- errors ----
    void error(Pos pos, const std::string& msg);
    void errorAt(const ast::Node* n, const std::string& msg);
    std::string describe(const Operand& x) const;  // "x (variable of type int)"
    // Whether e (checked) makes a function call or a channel receive whose
    // result is not constant: then len and cap of an array are not constant.
    bool hasCallOrRecv(const ast::Expr* e) const;
    std::string typeName(const types::Type* t) const { return types::typeString(t, false); }

    // ---- declarations (checker.cpp) ----
    void collectObjects();
    void resolve(Object* obj);
    void declareGenDecl(const ast::GenDecl* d, Scope* scope, bool global);
    void checkConstSpec(const ast::ValueSpec* spec, const ast::ValueSpec* typeSource, Scope* scope, bool global);
    void checkVarSpec(const ast::ValueSpec* spec, Scope* scope, bool global);
    void checkTypeSpec(const ast::TypeSpec* spec, Scope* scope);
    void collectMethods();
    types::Func* signature(const ast::FuncType* ft, const ast::Field* recv, FuncInfo* info, Scope* scope);
    types::Type* typeExpr(const ast::Expr* e);
    void mapKey(types::Type* k, Pos pos);  // gc's invalid map key type
    types::Type* indirectTypeExpr(const ast::Expr* e);
    types::Type* typeExprOrNil(const ast::Expr* e);
    void computeInitOrder();
    bool findDepPath(Object* from, Object* to, std::set<Object*>& seen, std::vector<Object*>& path);
    void reportInitLoop(const std::vector<Object*>& loop);
    bool untypedIntFits(Operand& x, const ast::Expr* e, const char* opName);
    void recursiveType(types::Named* t, Pos where);

    // ---- functions and statements (checker.cpp) ----
    FuncInfo* newFunc(std::string name);
    void checkFuncBody(FuncInfo* f, const ast::BlockStmt* body, Scope* scope);
    void stmtList(const ast::List<ast::Stmt>& list);
    void stmt(const ast::Stmt* s);
    void showStmt(const ast::ExprStmt* s);
    Object* packageLevel(std::string_view name) const;  // the file's, or in a session an earlier input's
    void assignStmt(const ast::AssignStmt* s);
    void shortVarDecl(const ast::AssignStmt* s);
    void returnStmt(const ast::ReturnStmt* s);
    void ifStmt(const ast::IfStmt* s);
    void forStmt(const ast::ForStmt* s);
    void rangeStmt(const ast::RangeStmt* s);
    void switchStmt(const ast::SwitchStmt* s);
    void labels(const ast::BlockStmt* body);
    void gotoChecks(const ast::BlockStmt* body);
    bool isTerminating(const ast::Stmt* s, std::string_view label = {}) const;
    bool hasBreak(const ast::Stmt* s, std::string_view label, bool implicit) const;
    void openScope();
    void closeScope();
    Object* declareVar(const ast::Ident* id, types::Type* t, Scope* scope, bool global);
    void declare(Scope* scope, const ast::Ident* id, Object* obj);
    void reportUnused(Scope* scope);

    // ---- expressions (check_expr.cpp) ----
    void expr(Operand& x, const ast::Expr* e, types::Type* hint = nullptr);
    void exprOrType(Operand& x, const ast::Expr* e, types::Type* hint = nullptr);
    void rawExpr(Operand& x, const ast::Expr* e, types::Type* hint);
    // multiExpr's result for an expression already reported as invalid
    // (an undefined function): no count to complain about
    static bool invalidValue(const std::vector<Operand>& xs) { return xs.size() == 1 && xs[0].invalid; }
    void multiExpr(std::vector<Operand>& out, const ast::Expr* e, bool commaOk = false);
    void ident(Operand& x, const ast::Ident* id);
    Object* newObjectPkg(Package* pkg, const ast::Ident* id);
    void selector(Operand& x, const ast::SelectorExpr* e);
    void call(Operand& x, const ast::CallExpr* e);
    void builtinCall(Operand& x, const ast::CallExpr* e, Builtin id);
    void conversion(Operand& x, types::Type* t, const ast::CallExpr* e);
    void arguments(const ast::CallExpr* e, types::Func* sig, const std::string& fname);
    void unary(Operand& x, const ast::UnaryExpr* e, types::Type* hint);
    void binary(Operand& x, const ast::BinaryExpr* e, types::Type* hint);
    void shift(Operand& x, Operand& y, const ast::BinaryExpr* e);
    void comparison(Operand& x, Operand& y, const ast::BinaryExpr* e);
    void compositeLit(Operand& x, const ast::CompositeLit* e, types::Type* hint);
    void funcLit(Operand& x, const ast::FuncLit* e);
    void indexExpr(Operand& x, const ast::IndexExpr* e);
    void sliceExpr(Operand& x, const ast::SliceExpr* e);

    // Makes x assignable to t (converting an untyped x), or reports
    // "cannot use x as t value in <context>".
    bool assignment(Operand& x, types::Type* t, const std::string& context);
    // Gives an untyped x the type t (or its default type when t is null).
    bool convertUntyped(Operand& x, types::Type* t);
    void updateExprType(const ast::Expr* e, types::Type* t, bool final);
    bool representable(Operand& x, types::Type* t, bool report, const std::string& context);
    bool assignableTo(const Operand& x, types::Type* t) const;
    std::string missingMethod(types::Type* v, types::Interface* t) const;
    int64_t index(const ast::Expr* e, int64_t max, bool& ok);
    void typeAssertion(Operand& x, const ast::TypeAssertExpr* e);
    void typeSwitchStmt(const ast::TypeSwitchStmt* s);
    bool visibleHere(types::Type* base, const types::Lookup& l, std::string_view sel) const;
    void goOrDefer(const ast::Expr* call, const char* keyword);
    void sendStmt(const ast::SendStmt* s);
    void selectStmt(const ast::SelectStmt* s);
    void cannotAssign(const ast::Expr* l, const Operand& x);
    void countMismatch(const ast::CallExpr* e, const std::vector<Operand>& args, types::Func* sig, const std::string& fname);
    bool convertibleTo(const Operand& x, types::Type* t) const;
    void record(const Operand& x);
    void use(const ast::Expr* e);  // marks variables used without checking again
    // A built-in's argument k: e->args[k] checked now, or, when its one
    // argument is a call already checked (builtinArgs_), that call's k-th
    // value. builtinUse is use() of an argument.
    std::vector<Operand>* builtinArgs_ = nullptr;
    void builtinArg(Operand& x, const ast::CallExpr* e, uint32_t k, types::Type* hint = nullptr);
    void builtinUse(const ast::CallExpr* e, uint32_t k);
    bool addressable(const Operand& x) const { return x.mode == Mode::Variable; }
    void markAddressTaken(const ast::Expr* e);
    types::Type* defaultType(types::Type* t) const;

    // Looks up a field or method; path gets the field indices.

    // ---- state ----
    const ast::File& file_;
    Diagnostics& diags_;
    types::TypeTable& tt_;
    const PackageLoader& loader_;
    Info& info_;
    const ast::Node* typeSpecName_ = nullptr;  // the type declaration being checked, if any
    // Inside a pointer, slice, map, channel or function type: a package
    // type named here is not needed complete, so it is not resolved now
    // (its Named is made early and completed later), which lets types refer
    // to each other through pointers in any order, as Go allows.
    int indirectTypes_ = 0;
    std::vector<std::pair<types::Type*, Pos>> pendingMapKeys_;  // named keys checked once complete

    std::unique_ptr<SessionState> own_;  // a file's own universe
    SessionState& state_;
    const bool session_;
    Scope& universe_;
    // methods this input added to earlier inputs' types: the count before, to take them back on failure
    std::vector<std::pair<types::Named*, size_t>> addedMethods_;
    Scope* pkgScope_ = nullptr;
    Scope* scope_ = nullptr;
    std::vector<std::unique_ptr<Scope>> scopes_;
    FuncInfo* func_ = nullptr;             // the function being checked
    std::vector<Object*> resolving_;       // package-level objects being resolved (cycle detection)
    std::map<std::string, Package*>& importedByName_;
    std::vector<std::pair<Object*, const ast::ImportSpec*>> imports_;
    int iota_ = -1;                        // the value of iota, or -1 outside constant declarations
    std::set<const ast::Node*> reported_;
    // dependencies of package-level objects, for the initialisation order
    Object* depOwner_ = nullptr;
    std::map<Object*, std::set<Object*>> deps_;
    std::vector<Object*> pkgObjects_;      // in source order
    // Declared methods, as nodes of the initialisation graph: a variable
    // whose initialiser calls T.M depends on what M's body refers to.
    std::unordered_map<const types::Method*, Object*> methodObjects_;
    std::unordered_map<const ast::FuncDecl*, Object*> methodDecls_;
    std::vector<Object*> methodOrder_;
    void refersToMethod(const types::Method* m) {
        if (!depOwner_ || !m) return;
        auto it = methodObjects_.find(m);
        if (it != methodObjects_.end()) deps_[depOwner_].insert(it->second);
    }
    std::set<std::pair<uint32_t, uint32_t>> errorLines_;
    int errors_ = 0;
    std::set<std::tuple<uint32_t, uint32_t, std::string>> reportedErrors_;
};

}  // namespace gos::check
