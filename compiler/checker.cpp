// The type checker, part one: scopes, declarations, types and statements.
//
// Order of work. Package-level objects are collected first without being
// looked at; each is then resolved on first use (a type name, a constant,
// a variable's type, a function's signature), with a stack of objects being
// resolved to detect cycles. Methods are attached to their receiver types
// before any body is checked. Function bodies come last, so every
// package-level name is known inside them.
//
// Script mode. A file without a package clause is the body of main: its
// statements are checked in order, and the variables, constants and types
// it declares at top level (with var, const, type or :=) are package-level
// objects, visible to the file's functions. Standard packages need no
// import: a name like fmt that is not declared imports the package of that
// name.
//
// Sessions. An input of a session (checkInput) is a script checked into
// the session's Info against a SessionState: the universe is made once,
// and the input's package scope sits over the names earlier inputs
// declared, so its own declarations shadow theirs and, once it checks
// cleanly, replace them. An expression statement at its top level shows
// its values (Info::shown) rather than being unused. A failed input takes
// back the methods it added to earlier inputs' types, and nothing else of
// it is visible.
//
// Escape decision. A local variable whose address is taken, or that a
// function literal uses, lives on the heap; checkFile records "moved to
// heap: x" for `gos check -m`, as gc's -m flag does.
#include "compiler/checker_impl.h"

#include <algorithm>

namespace gos::check {

using namespace gos::ast;
using types::Kind;

Checker::Checker(const File& file, Diagnostics& diags, types::TypeTable& tt, const PackageLoader& loader, Info& info,
                 SessionState* session)
    : file_(file),
      diags_(diags),
      tt_(tt),
      loader_(loader),
      info_(info),
      own_(session ? nullptr : std::make_unique<SessionState>()),
      state_(session ? *session : *own_),
      session_(session != nullptr),
      universe_(state_.universe),
      importedByName_(state_.importedByName) {}

Object* Checker::packageLevel(std::string_view name) const {
    if (Object* o = pkgScope_->lookupLocal(name)) return o;
    return session_ ? state_.names.lookupLocal(name) : nullptr;
}

// ---- errors ------------------------------------------------------------------------

void Checker::error(Pos pos, const std::string& msg) {
    ++errors_;
    // the same message at the same place once (a type resolved twice, say)
    if (!reportedErrors_.insert({pos.line, pos.col, msg}).second) return;
    diags_.error(pos, msg);
}

void Checker::errorAt(const Node* n, const std::string& msg) { error(n->pos, msg); }

// ---- universe and objects -------------------------------------------------------------

static Object* newObject(Info& info, Object::Kind kind, std::string name, types::Type* type) {
    auto obj = std::make_unique<Object>();
    obj->kind = kind;
    obj->name = std::move(name);
    obj->type = type;
    Object* raw = obj.get();
    info.objects.push_back(std::move(obj));
    return raw;
}

void Checker::declare(Scope* scope, const Ident* id, Object* obj) {
    if (id->name == "_") {
        info_.defs[id] = obj;
        return;
    }
    if (Object* prev = scope->lookupLocal(id->name)) {
        std::string what = scope == pkgScope_ ? " redeclared in this block" : " redeclared in this block";
        error(id->pos, std::string(id->name) + what);
        (void)prev;
        return;
    }
    scope->names[obj->name] = obj;
    info_.defs[id] = obj;
}

// The case clauses of an expression switch or a type switch.
static const ast::List<Stmt>& clausesOf(const Stmt* s) {
    if (s->kind == ast::Kind::TypeSwitchStmt) return static_cast<const TypeSwitchStmt*>(s)->clauses;
    return static_cast<const SwitchStmt*>(s)->clauses;
}

Object* Checker::declareVar(const Ident* id, types::Type* t, Scope* scope, bool global) {
    Object* v = newObject(info_, Object::Kind::Var, std::string(id->name), t);
    v->pos = id->pos;
    v->global = global;
    v->owner = global ? nullptr : func_;
    if (global) {
        v->used = true;
        info_.globals.push_back(v);
    }
    declare(scope, id, v);
    return v;
}

void Checker::openScope() {
    scopes_.push_back(std::make_unique<Scope>());
    Scope* s = scopes_.back().get();
    s->parent = scope_;
    s->func = func_;
    scope_ = s;
}

void Checker::closeScope() {
    reportUnused(scope_);
    scope_ = scope_->parent;
}

void Checker::reportUnused(Scope* scope) {
    std::vector<Object*> unused;
    for (auto& [name, obj] : scope->names)
        if (obj->kind == Object::Kind::Var && !obj->used && !obj->global && !obj->param && obj->name != "_")
            unused.push_back(obj);
    std::sort(unused.begin(), unused.end(), [](Object* a, Object* b) { return a->pos < b->pos; });
    for (Object* v : unused) error(v->pos, v->name + " declared but not used");
}

FuncInfo* Checker::newFunc(std::string name) {
    info_.funcInfos.push_back(std::make_unique<FuncInfo>());
    FuncInfo* f = info_.funcInfos.back().get();
    f->name = std::move(name);
    info_.functions.push_back(f);
    return f;
}

// ---- entry -------------------------------------------------------------------------------

// The universe's names: the predeclared types, constants, nil and built-ins.
void Checker::fillUniverse() {
    struct {
        const char* name;
        Kind kind;
    } const basics[] = {{"bool", Kind::Bool},       {"int", Kind::Int},         {"int8", Kind::Int8},
                        {"int16", Kind::Int16},     {"int32", Kind::Int32},     {"int64", Kind::Int64},
                        {"uint", Kind::Uint},       {"uint8", Kind::Uint8},     {"uint16", Kind::Uint16},
                        {"uint32", Kind::Uint32},   {"uint64", Kind::Uint64},   {"uintptr", Kind::Uintptr},
                        {"float32", Kind::Float32}, {"float64", Kind::Float64}, {"complex64", Kind::Complex64},
                        {"complex128", Kind::Complex128}, {"string", Kind::String}};
    for (const auto& b : basics)
        universe_.names[b.name] = newObject(info_, Object::Kind::TypeName, b.name, tt_.basic(b.kind));
    universe_.names["byte"] = newObject(info_, Object::Kind::TypeName, "byte", tt_.byteType());
    universe_.names["rune"] = newObject(info_, Object::Kind::TypeName, "rune", tt_.runeType());
    universe_.names["error"] = newObject(info_, Object::Kind::TypeName, "error", tt_.errorType());
    universe_.names["any"] = newObject(info_, Object::Kind::TypeName, "any", tt_.emptyInterface());
    Object* t = newObject(info_, Object::Kind::Const, "true", tt_.basic(Kind::UntypedBool));
    t->value = constant::makeBool(true);
    universe_.names["true"] = t;
    Object* f = newObject(info_, Object::Kind::Const, "false", tt_.basic(Kind::UntypedBool));
    f->value = constant::makeBool(false);
    universe_.names["false"] = f;
    universe_.names["iota"] = newObject(info_, Object::Kind::Const, "iota", tt_.basic(Kind::UntypedInt));
    universe_.names["nil"] = newObject(info_, Object::Kind::Nil, "nil", tt_.basic(Kind::UntypedNil));
    struct {
        const char* name;
        Builtin id;
    } const builtins[] = {{"append", Builtin::Append}, {"cap", Builtin::Cap},       {"close", Builtin::Close},
                          {"complex", Builtin::Complex}, {"copy", Builtin::Copy},   {"delete", Builtin::Delete},
                          {"imag", Builtin::Imag},     {"len", Builtin::Len},       {"make", Builtin::Make},
                          {"new", Builtin::New},       {"panic", Builtin::Panic},   {"print", Builtin::Print},
                          {"println", Builtin::Println}, {"real", Builtin::Real},   {"recover", Builtin::Recover}};
    for (const auto& b : builtins) {
        Object* o = newObject(info_, Object::Kind::Builtin, b.name, nullptr);
        o->builtin = b.id;
        universe_.names[b.name] = o;
    }
}

bool Checker::run() {
    if (!state_.started) fillUniverse();
    state_.started = true;
    state_.names.parent = &universe_;
    if (session_) {
        info_.scriptItems.clear();
        if (!file_.script()) error(file_.package ? file_.package->pos : Pos{1, 1}, "a session's input has no package clause");
    }

    scopes_.push_back(std::make_unique<Scope>());
    pkgScope_ = scopes_.back().get();
    pkgScope_->parent = session_ ? &state_.names : &universe_;
    scope_ = pkgScope_;

    collectObjects();
    // types and their methods first: initialisers checked below may select
    // methods of types declared later in the file
    for (Object* obj : pkgObjects_)
        if (obj->kind == Object::Kind::TypeName) resolve(obj);
    collectMethods();
    for (Object* obj : pkgObjects_) resolve(obj);

    if (file_.script()) {
        FuncInfo* main = info_.main;
        func_ = main;
        scope_ = pkgScope_;
        openScope();
        scope_->funcBoundary = true;
        for (Node* item : file_.items) {
            if (item->kind == ast::Kind::FuncDecl) continue;
            info_.scriptItems.push_back(item);
            if (auto* ds = as<DeclStmt>(item)) {
                // already declared at package level; check the initialisers in order
                for (Node* spec : ds->decl->specs) {
                    if (auto* vs = as<ValueSpec>(spec)) {
                        for (Ident* id : vs->names) {
                            auto it = info_.defs.find(id);
                            if (it != info_.defs.end()) resolve(it->second);
                        }
                    }
                }
                continue;
            }
            stmt(static_cast<Stmt*>(item));
        }
        labels(nullptr);
        closeScope();
        func_ = nullptr;
        scope_ = pkgScope_;
    } else if (!info_.main && diags_.empty()) {
        // gc finds main missing only once the package has no other error
        error({1, 1}, "function main is undeclared in the main package");
    }
    // function bodies (after a script's top level, whose variables they may use)
    for (Node* item : file_.items) {
        auto* fd = as<FuncDecl>(item);
        if (!fd || !fd->body) continue;
        FuncInfo* fi = info_.funcs[fd];
        if (!fi) continue;
        if (!fi->sig) fi->sig = signature(fd->type, fd->recv, fi, nullptr);  // a redeclared function
        checkFuncBody(fi, fd->body, pkgScope_);
    }

    for (auto& [obj, spec] : imports_) {
        if (!obj->used && !session_) error(spec->path->pos, "imported and not used: " + std::string(spec->path->value));
    }
    computeInitOrder();
    if (session_) {
        if (errors_ == 0) {
            // what this input declared replaces what earlier ones did
            for (auto& [name, obj] : pkgScope_->names) state_.names.names[name] = obj;
        } else {
            takeBackMethods();
        }
    }
    return errors_ == 0;
}

void Checker::takeBackMethods() {
    for (auto& [named, count] : addedMethods_) named->methods.resize(count);
    addedMethods_.clear();
}

// ---- package-level declarations ------------------------------------------------------------

void Checker::collectObjects() {
    // imports
    for (GenDecl* d : file_.imports) {
        for (Node* n : d->specs) {
            auto* spec = static_cast<ImportSpec*>(n);
            std::string path = constant::stringVal(constant::fromLiteral(constant::LitKind::StringLit, spec->path->value));
            Package* pkg = loader_(path, tt_);
            if (!pkg) {
                error(spec->path->pos, "package " + path + " is not in std");
                continue;
            }
            if (pkg->unavailable) {
                error(spec->path->pos, "package " + path + " is not available");
                continue;
            }
            std::string name = spec->name ? std::string(spec->name->name) : pkg->name;
            if (name == "_") continue;
            Object* obj = newObject(info_, Object::Kind::PkgName, name, nullptr);
            obj->package = pkg;
            obj->pos = spec->pos;
            if (name == ".") {
                error(spec->pos, "dot imports are not supported");
                continue;
            }
            if (pkgScope_->lookupLocal(name)) {
                error(spec->pos, name + " redeclared in this block");
                continue;
            }
            pkgScope_->names[obj->name] = obj;
            imports_.push_back({obj, spec});
        }
    }

    auto declareLazy = [&](const Ident* id, Object::Kind kind, const Node* decl) {
        Object* obj = newObject(info_, kind, std::string(id->name), nullptr);
        obj->pos = id->pos;
        obj->state = Object::State::Unresolved;
        obj->declNode = decl;
        obj->global = true;
        obj->used = true;
        if (kind == Object::Kind::Var) info_.globals.push_back(obj);
        if (id->name == "_") {
            info_.defs[id] = obj;
            pkgObjects_.push_back(obj);
            return obj;
        }
        declare(pkgScope_, id, obj);
        pkgObjects_.push_back(obj);
        return obj;
    };

    auto genDecl = [&](const GenDecl* d) {
        const ValueSpec* last = nullptr;  // the spec a const spec without values repeats
        for (Node* n : d->specs) {
            if (auto* vs = as<ValueSpec>(n)) {
                if (d->tok == Tok::Const) {
                    if (vs->type || !vs->values.empty()) last = vs;
                    for (uint32_t k = 0; k < vs->names.size; ++k) {
                        Object* c = declareLazy(vs->names[k], Object::Kind::Const, vs);
                        c->constIota = static_cast<int>(vs->iota);
                        c->initIndex = static_cast<int>(k);
                        c->constType = last ? last->type : nullptr;
                        c->constInit = last && k < last->values.size ? last->values[k] : nullptr;
                        if (!last) error(vs->names[k]->pos, "missing init expr for const declaration");
                        else if (!c->constInit) error(vs->names[k]->pos, "missing init expr for " + std::string(vs->names[k]->name));
                    }
                    if (last && last != vs && last->values.size > vs->names.size)
                        error(vs->names[0]->pos, "extra init expr");
                } else {
                    for (uint32_t k = 0; k < vs->names.size; ++k) {
                        Object* v = declareLazy(vs->names[k], Object::Kind::Var, vs);
                        v->initIndex = static_cast<int>(k);
                    }
                }
            } else if (auto* ts = as<TypeSpec>(n)) {
                declareLazy(ts->name, Object::Kind::TypeName, ts);
            }
        }
    };

    for (Node* item : file_.items) {
        if (auto* d = as<GenDecl>(item)) genDecl(d);
        else if (auto* ds = as<DeclStmt>(item)) genDecl(ds->decl);
        else if (auto* fd = as<FuncDecl>(item)) {
            FuncInfo* fi = newFunc("main." + std::string(fd->name->name));
            fi->decl = fd;
            info_.funcs[fd] = fi;
            if (fd->recv) continue;  // methods are attached in collectMethods
            if (fd->name->name == "init") {
                if (!fd->type->params.empty() || !fd->type->results.empty())
                    error(fd->name->pos, "func init must have no arguments and no return values");
                info_.inits.push_back(fi);
                fi->sig = fd->type->params.empty() && fd->type->results.empty()
                              ? tt_.func({}, {}, false)
                              : signature(fd->type, nullptr, fi, nullptr);
                continue;
            }
            Object* obj = declareLazy(fd->name, Object::Kind::Func, fd);
            obj->decl = fd;
            if (fd->name->name == "main" && !file_.script()) {
                info_.main = fi;
                if (!fd->type->params.empty() || !fd->type->results.empty())
                    error(fd->name->pos, "func main must have no arguments and no return values");
            }
        }
    }
    if (file_.script()) {
        info_.main = newFunc("main.main");
        info_.main->sig = tt_.func({}, {}, false);
    }
}

void Checker::resolve(Object* obj) {
    if (obj->state == Object::State::Resolved) return;
    if (obj->state == Object::State::Resolving) {
        if (obj->kind == Object::Kind::TypeName) return;  // a named type may refer to itself
        if (obj->kind == Object::Kind::Func) return;      // recursion through a function body is fine
        // a constant or variable whose initialiser needs itself: invalid
        // here, and a loop computeInitOrder reports, as types2 does (a
        // script, which has no such pass, reports it now)
        if (!obj->type) obj->type = tt_.basic(Kind::Invalid);
        if (file_.script()) {
            auto at = std::find(resolving_.begin(), resolving_.end(), obj);
            std::vector<Object*> loop(at, resolving_.end());
            reportInitLoop(loop);
            obj->state = Object::State::Resolved;
        }
        return;
    }
    obj->state = Object::State::Resolving;
    resolving_.push_back(obj);
    Scope* savedScope = scope_;
    FuncInfo* savedFunc = func_;
    int savedIota = iota_;
    Object* savedOwner = depOwner_;
    scope_ = pkgScope_;
    func_ = nullptr;
    depOwner_ = obj;
    switch (obj->kind) {
        case Object::Kind::TypeName: checkTypeSpec(static_cast<const TypeSpec*>(obj->declNode), pkgScope_); break;
        case Object::Kind::Const: {
            iota_ = obj->constIota;
            types::Type* t = obj->constType ? typeExpr(obj->constType) : nullptr;
            Operand x;
            if (obj->constInit) {
                expr(x, obj->constInit, t);
                if (!x.invalid && x.mode != Mode::Constant) {
                    error(startPos(x.expr), describe(x) + " is not constant");
                    x.invalid = true;
                }
                if (!x.invalid && t) assignment(x, t, "constant declaration");
            } else {
                x.invalid = true;
            }
            obj->type = x.invalid ? tt_.basic(Kind::Invalid) : (t ? t : x.type);
            obj->value = x.value;
            break;
        }
        case Object::Kind::Var: {
            auto* vs = static_cast<const ValueSpec*>(obj->declNode);
            types::Type* t = vs->type ? typeExpr(vs->type) : nullptr;
            if (vs->values.empty()) {
                obj->type = t;
            } else if (vs->values.size == vs->names.size) {
                Operand x;
                expr(x, vs->values[static_cast<uint32_t>(obj->initIndex)], t);
                obj->initExpr = vs->values[static_cast<uint32_t>(obj->initIndex)];
                if (!x.invalid) {
                    if (t) assignment(x, t, "variable declaration");
                    else {
                        if (x.mode == Mode::Constant || types::isUntyped(x.type)) {
                            if (x.type->kind == Kind::UntypedNil) {
                                error(startPos(x.expr), "use of untyped nil in variable declaration");
                                x.invalid = true;
                            } else {
                                assignment(x, defaultType(x.type), "variable declaration");
                            }
                        }
                        t = x.type;
                    }
                }
                obj->type = t ? t : tt_.basic(Kind::Invalid);
            } else if (vs->values.size == 1) {
                // var a, b = f()
                std::vector<Operand> xs;
                multiExpr(xs, vs->values[0], vs->names.size == 2);
                obj->initExpr = vs->values[0];
                if (xs.size() != vs->names.size) {
                    if (obj->initIndex == 0 && !invalidValue(xs))
                        error(vs->names[0]->pos, "assignment mismatch: " + std::to_string(vs->names.size) +
                                                     " variables but " + describe(xs.empty() ? Operand{} : xs[0]) +
                                                     " returns " + std::to_string(xs.size()) + " value" +
                                                     (xs.size() == 1 ? "" : "s"));
                    obj->type = t ? t : tt_.basic(Kind::Invalid);
                } else {
                    Operand& x = xs[static_cast<size_t>(obj->initIndex)];
                    if (t) assignment(x, t, "assignment");
                    obj->type = t ? t : defaultType(x.type);
                }
            } else {
                if (obj->initIndex == 0)
                    error(vs->names[0]->pos, "assignment mismatch: " + std::to_string(vs->names.size) +
                                                 " variables but " + std::to_string(vs->values.size) + " value" +
                                                 (vs->values.size == 1 ? "" : "s"));
                obj->type = t ? t : tt_.basic(Kind::Invalid);
            }
            if (!obj->type) obj->type = tt_.basic(Kind::Invalid);
            break;
        }
        case Object::Kind::Func: {
            FuncInfo* fi = info_.funcs[obj->decl];
            fi->sig = signature(obj->decl->type, nullptr, fi, nullptr);
            obj->type = fi->sig;
            break;
        }
        default: break;
    }
    obj->state = Object::State::Resolved;
    resolving_.pop_back();
    scope_ = savedScope;
    func_ = savedFunc;
    iota_ = savedIota;
    depOwner_ = savedOwner;
}

void Checker::checkTypeSpec(const TypeSpec* spec, Scope* scope) {
    Object* obj = info_.defs.count(spec->name) ? info_.defs[spec->name] : nullptr;
    if (spec->alias) {
        types::Type* t = typeExpr(spec->type);
        if (obj) obj->type = t;
        return;
    }
    // a Named made early, when the type was named inside a pointer (or
    // slice, map, ...) type before its turn, is the one completed here
    types::Named* named = obj && obj->type && obj->type->kind == Kind::Named && !static_cast<types::Named*>(obj->type)->underlying
                              ? static_cast<types::Named*>(obj->type)
                              : tt_.named(std::string(spec->name->name), "main");
    if (obj) obj->type = named;
    const ast::Node* outer = typeSpecName_;
    typeSpecName_ = spec->name;  // where gc reports a type too large
    types::Type* u = typeExpr(spec->type);
    typeSpecName_ = outer;
    if (u == named || (u->kind == Kind::Named && !static_cast<types::Named*>(u)->underlying)) {
        recursiveType(static_cast<types::Named*>(u), spec->name->pos);
        u = tt_.basic(Kind::Invalid);
    }
    tt_.setUnderlying(named, u);
    // map keys that waited for a type being declared: those now complete
    std::erase_if(pendingMapKeys_, [&](const std::pair<types::Type*, Pos>& p) {
        if (!static_cast<types::Named*>(p.first)->underlying) return false;
        mapKey(p.first, p.second);
        return true;
    });
    (void)scope;
}

void Checker::declareGenDecl(const GenDecl* d, Scope* scope, bool global) {
    const ValueSpec* last = nullptr;
    for (Node* n : d->specs) {
        if (auto* vs = as<ValueSpec>(n)) {
            if (d->tok == Tok::Const) {
                if (vs->type || !vs->values.empty()) last = vs;
                checkConstSpec(vs, last, scope, global);
            } else {
                checkVarSpec(vs, scope, global);
            }
        } else if (auto* ts = as<TypeSpec>(n)) {
            Object* obj = newObject(info_, Object::Kind::TypeName, std::string(ts->name->name), nullptr);
            obj->pos = ts->name->pos;
            obj->used = true;
            declare(scope, ts->name, obj);
            checkTypeSpec(ts, scope);
        }
    }
}

void Checker::checkConstSpec(const ValueSpec* spec, const ValueSpec* src, Scope* scope, bool global) {
    int saved = iota_;
    iota_ = static_cast<int>(spec->iota);
    types::Type* t = src && src->type ? typeExpr(src->type) : nullptr;
    std::vector<Object*> objs;
    for (uint32_t k = 0; k < spec->names.size; ++k) {
        Operand x;
        if (!src || k >= src->values.size) {
            error(spec->names[k]->pos, src ? "missing init expr for " + std::string(spec->names[k]->name)
                                           : std::string("missing init expr for const declaration"));
            x.invalid = true;
        } else {
            expr(x, src->values[k], t);
            if (!x.invalid && x.mode != Mode::Constant) {
                error(startPos(x.expr), describe(x) + " is not constant");
                x.invalid = true;
            }
            if (!x.invalid && t) assignment(x, t, "constant declaration");
        }
        Object* c = newObject(info_, Object::Kind::Const, std::string(spec->names[k]->name),
                              x.invalid ? tt_.basic(Kind::Invalid) : (t ? t : x.type));
        c->value = x.value;
        c->pos = spec->names[k]->pos;
        c->used = true;
        objs.push_back(c);
    }
    if (src && src->values.size > spec->names.size)
        error(src == spec ? src->values[spec->names.size]->pos : spec->names[0]->pos, "extra init expr");
    for (uint32_t k = 0; k < spec->names.size; ++k) declare(scope, spec->names[k], objs[k]);
    iota_ = saved;
    (void)global;
}

void Checker::checkVarSpec(const ValueSpec* spec, Scope* scope, bool global) {
    types::Type* t = spec->type ? typeExpr(spec->type) : nullptr;
    std::vector<types::Type*> ts(spec->names.size, t);
    if (spec->values.size == spec->names.size) {
        for (uint32_t k = 0; k < spec->names.size; ++k) {
            Operand x;
            expr(x, spec->values[k], t);
            if (x.invalid) {
                ts[k] = t ? t : tt_.basic(Kind::Invalid);
                continue;
            }
            if (t) {
                assignment(x, t, "variable declaration");
            } else {
                if (x.type->kind == Kind::UntypedNil) {
                    error(startPos(x.expr), "use of untyped nil in variable declaration");
                    ts[k] = tt_.basic(Kind::Invalid);
                    continue;
                }
                if (x.mode == Mode::NoValue) {
                    error(startPos(x.expr), describe(x) + " (no value) used as value");
                    ts[k] = tt_.basic(Kind::Invalid);
                    continue;
                }
                assignment(x, defaultType(x.type), "variable declaration");
                ts[k] = x.invalid ? tt_.basic(Kind::Invalid) : x.type;
            }
        }
    } else if (spec->values.size == 1 && spec->names.size > 1) {
        std::vector<Operand> xs;
        multiExpr(xs, spec->values[0], spec->names.size == 2);
        if (xs.size() != spec->names.size) {
            if (!invalidValue(xs))
                error(spec->names[0]->pos, "assignment mismatch: " + std::to_string(spec->names.size) + " variables but " +
                                           (xs.empty() ? std::string("no value") : exprString(spec->values[0])) +
                                           " returns " + std::to_string(xs.size()) + " value" +
                                           (xs.size() == 1 ? "" : "s"));
        } else {
            for (size_t k = 0; k < xs.size(); ++k) {
                if (t) assignment(xs[k], t, "assignment");
                else ts[k] = defaultType(xs[k].type);
            }
        }
    } else if (!spec->values.empty()) {
        error(spec->names[0]->pos, "assignment mismatch: " + std::to_string(spec->names.size) + " variable" +
                                       (spec->names.size == 1 ? "" : "s") + " but " +
                                       std::to_string(spec->values.size) + " value" +
                                       (spec->values.size == 1 ? "" : "s"));
    }
    for (uint32_t k = 0; k < spec->names.size; ++k) {
        if (!ts[k]) ts[k] = tt_.basic(Kind::Invalid);
        declareVar(spec->names[k], ts[k], scope, global);
    }
}

// ---- methods ------------------------------------------------------------------------------

void Checker::collectMethods() {
    for (Node* item : file_.items) {
        auto* fd = as<FuncDecl>(item);
        if (!fd || !fd->recv) continue;
        FuncInfo* fi = info_.funcs[fd];
        // the receiver's base type name
        const Expr* rt = fd->recv->type;
        bool ptr = false;
        if (auto* p = as<ParenExpr>(const_cast<Expr*>(rt))) rt = p->x;
        if (auto* s = as<StarExpr>(const_cast<Expr*>(rt))) {
            ptr = true;
            rt = s->x;
        }
        auto* id = as<Ident>(const_cast<Expr*>(rt));
        Object* tobj = id ? packageLevel(id->name) : nullptr;
        if (!tobj || tobj->kind != Object::Kind::TypeName || !tobj->type || tobj->type->kind != Kind::Named) {
            if (id && !tobj) error(id->pos, "undefined: " + std::string(id->name));
            else error(fd->recv->type->pos, "invalid receiver type " + exprString(fd->recv->type));
            fi->sig = signature(fd->type, fd->recv, fi, nullptr);  // so that the body can be checked
            continue;
        }
        if (id) info_.uses[id] = tobj;
        auto* named = static_cast<types::Named*>(tobj->type);
        Kind uk = named->underlying ? named->underlying->kind : Kind::Invalid;
        if (uk == Kind::Pointer || uk == Kind::Interface) {
            error(id->pos, "invalid receiver type " + std::string(id->name) +
                               (uk == Kind::Pointer ? " (pointer or interface type)" : " (pointer or interface type)"));
        }
        fi->name = ptr ? "main.(*" + named->name + ")." + std::string(fd->name->name)
                       : "main." + named->name + "." + std::string(fd->name->name);
        fi->sig = signature(fd->type, fd->recv, fi, nullptr);
        if (fd->name->name == "_") continue;
        if (named->findMethod(fd->name->name)) {
            error(fd->name->pos, "method " + named->name + "." + std::string(fd->name->name) + " already declared");
            continue;
        }
        if (auto* st = types::underlying(named); st->kind == Kind::Struct) {
            for (const types::Field& f : static_cast<types::Struct*>(st)->fields)
                if (f.name == fd->name->name)
                    error(fd->name->pos, "field and method with the same name " + f.name);
        }
        types::Method m;
        m.name = std::string(fd->name->name);
        m.sig = fi->sig;
        m.pointerReceiver = ptr;
        if (session_ && tobj != pkgScope_->lookupLocal(id->name) &&
            std::none_of(addedMethods_.begin(), addedMethods_.end(), [&](auto& a) { return a.first == named; }))
            addedMethods_.push_back({named, named->methods.size()});
        named->methods.push_back(m);
        Object* mo = newObject(info_, Object::Kind::Func, m.name, fi->sig);  // gc names it so in init loops
        mo->pos = fd->name->pos;
        methodObjects_[&named->methods.back()] = mo;
        methodDecls_[fd] = mo;
        methodOrder_.push_back(mo);
    }
}

types::Func* Checker::signature(const FuncType* ft, const Field* recv, FuncInfo* info, Scope*) {
    std::vector<types::Type*> params, results;
    bool variadic = false;
    auto fieldTypes = [&](const List<Field>& fields, std::vector<types::Type*>& out, bool isParams) {
        for (uint32_t k = 0; k < fields.size; ++k) {
            const Field* f = fields[k];
            types::Type* t;
            if (auto* e = as<ast::Ellipsis>(f->type)) {
                bool final = isParams && k + 1 == fields.size && f->names.size <= 1;
                // only a final ... makes the function variadic (the last
                // parameter is then the slice its calls build); elsewhere
                // the ... is reported and ignored, as types2 does
                if (!final) error(f->type->pos, "can only use ... with final parameter in list");
                t = final ? tt_.slice(typeExpr(e->elem)) : typeExpr(e->elem);
                variadic = variadic || final;
            } else {
                t = typeExpr(f->type);
            }
            size_t n = f->names.empty() ? 1 : f->names.size;
            for (size_t j = 0; j < n; ++j) out.push_back(t);
        }
    };
    if (recv) {
        std::vector<types::Type*> r;
        List<Field> one;
        (void)one;
        types::Type* t = typeExpr(recv->type);
        if (info) info->params.clear();
        if (info) {
            Object* o = newObject(info_, Object::Kind::Var, recv->names.empty() ? "_" : std::string(recv->names[0]->name), t);
            o->param = true;
            o->pos = recv->names.empty() ? recv->pos : recv->names[0]->pos;
            info->params.push_back(o);
            if (!recv->names.empty()) info_.defs[recv->names[0]] = o;
        }
    }
    fieldTypes(ft->params, params, true);
    fieldTypes(ft->results, results, false);
    return tt_.func(std::move(params), std::move(results), variadic);
}

// ---- type expressions ------------------------------------------------------------------------

void Checker::mapKey(types::Type* k, Pos pos) {
    if (k->kind != Kind::Invalid && types::underlying(k)->kind != Kind::Invalid && !types::comparable(k))
        error(pos, "invalid map key type " + typeName(k));
}

types::Type* Checker::typeExprOrNil(const Expr* e) { return e ? typeExpr(e) : nullptr; }

// A type only referred to (a pointer's element, a slice's, a map's key and
// value, a channel's): see indirectTypes_.
types::Type* Checker::indirectTypeExpr(const Expr* e) {
    ++indirectTypes_;
    types::Type* t = typeExpr(e);
    --indirectTypes_;
    return t;
}

types::Type* Checker::typeExpr(const Expr* e) {
    guardStack(e);
    types::Type* invalid = tt_.basic(Kind::Invalid);
    switch (e->kind) {
        case ast::Kind::Ident:
        case ast::Kind::SelectorExpr: {
            Operand x;
            exprOrType(x, e);
            if (x.invalid) return invalid;
            if (x.mode != Mode::TypeExpr) {
                error(e->pos, exprString(e) + " is not a type");
                return invalid;
            }
            return x.type;
        }
        case ast::Kind::ParenExpr: return typeExpr(static_cast<const ParenExpr*>(e)->x);
        case ast::Kind::StarExpr: return tt_.pointer(indirectTypeExpr(static_cast<const StarExpr*>(e)->x));
        case ast::Kind::ArrayType: {
            auto* a = static_cast<const ArrayType*>(e);
            if (!a->len) return tt_.slice(indirectTypeExpr(a->elem));
            types::Type* elem = typeExpr(a->elem);
            if (a->len->kind == ast::Kind::Ellipsis) {
                error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
                return invalid;
            }
            Operand n;
            expr(n, a->len);
            if (n.invalid) return invalid;
            if (n.mode != Mode::Constant) {
                error(a->len->pos, "array length " + describe(n) + " must be constant");
                return invalid;
            }
            if (!types::isInteger(n.type) && !(types::isUntyped(n.type) && constant::toInt(n.value).kind() == constant::Kind::Int)) {
                error(a->len->pos, "array length " + describe(n) + " must be integer");
                return invalid;
            }
            bool exact;
            int64_t len = constant::int64Val(constant::toInt(n.value), &exact);
            if (!exact || len < 0) {
                error(a->len->pos, "invalid array length " + exprString(a->len));
                return invalid;
            }
            if (elem->kind == Kind::Named && !static_cast<types::Named*>(elem)->underlying) {
                recursiveType(static_cast<types::Named*>(elem), e->pos);
                return invalid;
            }
            // gc's limit on a type's size (MaxWidth, 2^50 on amd64); it also
            // keeps every size computed from here on within int64
            constexpr int64_t kMaxWidth = int64_t(1) << 50;
            if (elem->size > 0 && len > (kMaxWidth - 1) / elem->size) {
                std::string text = "[" + std::to_string(len) + "]" + types::typeString(elem, true);
                error(typeSpecName_ ? typeSpecName_->pos : e->pos, "type " + text + " larger than address space");
                return invalid;
            }
            return tt_.array(len, elem);
        }
        case ast::Kind::MapType: {
            auto* m = static_cast<const MapType*>(e);
            types::Type* k = indirectTypeExpr(m->key);
            types::Type* v = indirectTypeExpr(m->value);
            // a named key still being declared is checked once it is complete
            if (k->kind == Kind::Named && !static_cast<types::Named*>(k)->underlying) pendingMapKeys_.push_back({k, m->key->pos});
            else mapKey(k, m->key->pos);
            return tt_.map(k, v);
        }
        case ast::Kind::ChanType: {
            auto* c = static_cast<const ChanType*>(e);
            types::ChanDir dir = c->dir == ast::ChanDir::Send   ? types::ChanDir::Send
                                 : c->dir == ast::ChanDir::Recv ? types::ChanDir::Recv
                                                                : types::ChanDir::Both;
            types::Type* elem = indirectTypeExpr(c->value);
            // gc's limit (types.CalcSize): an element is copied whole through the channel
            bool complete = elem->kind != Kind::Named || static_cast<types::Named*>(elem)->underlying;
            if (complete && elem->size >= (1 << 16)) error(e->pos, "channel element type too large (>64kB)");
            return tt_.chan(dir, elem);
        }
        case ast::Kind::FuncType: return signature(static_cast<const FuncType*>(e), nullptr, nullptr, nullptr);
        case ast::Kind::StructType: {
            std::vector<types::Field> fields;
            std::set<std::string> seen;
            for (const Field* f : static_cast<const StructType*>(e)->fields) {
                types::Type* t = typeExpr(f->type);
                if (t->kind == Kind::Named && !static_cast<types::Named*>(t)->underlying) {
                    recursiveType(static_cast<types::Named*>(t), f->type->pos);
                    t = invalid;
                }
                std::string tag = f->tag ? constant::stringVal(constant::fromLiteral(constant::LitKind::StringLit, f->tag->value)) : "";
                if (f->names.empty()) {
                    // an embedded field is named as written: T, *T, pkg.T
                    // or an alias's own name (struct{ Int } with Int = int
                    // has a field Int, not int)
                    const Expr* written = f->type;
                    while (written->kind == ast::Kind::ParenExpr || written->kind == ast::Kind::StarExpr)
                        written = written->kind == ast::Kind::ParenExpr ? static_cast<const ParenExpr*>(written)->x
                                                                        : static_cast<const StarExpr*>(written)->x;
                    types::Type* base = t->kind == Kind::Pointer ? static_cast<types::Pointer*>(t)->elem : t;
                    std::string name = written->kind == ast::Kind::Ident ? std::string(static_cast<const Ident*>(written)->name)
                                       : written->kind == ast::Kind::SelectorExpr
                                           ? std::string(static_cast<const SelectorExpr*>(written)->sel->name)
                                       : base->kind == Kind::Named ? static_cast<types::Named*>(base)->name
                                                                   : typeName(base);
                    if (!seen.insert(name).second) error(f->type->pos, name + " redeclared");
                    fields.push_back({name, t, 0, true, tag});
                } else {
                    for (Ident* id : f->names) {
                        if (id->name != "_" && !seen.insert(std::string(id->name)).second)
                            error(id->pos, std::string(id->name) + " redeclared");
                        fields.push_back({std::string(id->name), t, 0, false, tag});
                    }
                }
            }
            return tt_.structType(std::move(fields));
        }
        case ast::Kind::InterfaceType: {
            std::vector<types::InterfaceMethod> methods;
            for (const Field* m : static_cast<const InterfaceType*>(e)->methods) {
                if (!m->names.empty()) {
                    methods.push_back({std::string(m->names[0]->name),
                                       signature(static_cast<const FuncType*>(m->type), nullptr, nullptr, nullptr)});
                } else {
                    types::Type* t = typeExpr(m->type);
                    if (types::underlying(t) && types::underlying(t)->kind == Kind::Interface) {
                        for (const auto& im : static_cast<types::Interface*>(types::underlying(t))->methods)
                            methods.push_back(im);
                    } else if (t->kind != Kind::Invalid) {
                        error(m->type->pos, "interface contains type constraints");
                    }
                }
            }
            return tt_.interfaceType(std::move(methods));
        }
        default:
            error(e->pos, exprString(e) + " is not a type");
            return invalid;
    }
}

// ---- initialisation order -----------------------------------------------------------------------

// Package-level variables are initialised in declaration order, except that
// a variable is initialised only after those its initialiser depends on,
// directly or through the functions it calls (the spec's rule).
// The order package-level variables are initialised in, as types2 computes
// it: a graph of the constants, variables and functions each declaration
// refers to, functions then removed (their dependencies passed on to those
// who call them); repeatedly, the node with the fewest dependencies left,
// the earliest declared among equals, is initialised next. One that still
// has dependencies when it comes out is in a loop, reported as gc does.
void Checker::computeInitOrder() {
    if (file_.script()) return;  // a script initialises its variables in statement order
    struct Node {
        Object* obj;
        size_t order;
        std::set<size_t> succ, pred;  // by order: deterministic
        size_t ndeps = 0;
    };
    std::vector<Node> nodes;
    std::unordered_map<Object*, size_t> index;
    for (Object* obj : pkgObjects_) {
        if (obj->kind != Object::Kind::Var && obj->kind != Object::Kind::Const && obj->kind != Object::Kind::Func) continue;
        index[obj] = nodes.size();
        nodes.push_back({obj, nodes.size(), {}, {}});
    }
    for (Object* obj : methodOrder_) {
        index[obj] = nodes.size();
        nodes.push_back({obj, nodes.size(), {}, {}});
    }
    for (Node& n : nodes) {
        auto d = deps_.find(n.obj);
        if (d == deps_.end()) continue;
        for (Object* dep : d->second) {
            auto it = index.find(dep);
            if (it == index.end()) continue;
            n.succ.insert(it->second);
            nodes[it->second].pred.insert(n.order);
        }
    }
    for (Node& n : nodes) {
        if (n.obj->kind != Object::Kind::Func) continue;
        for (size_t p : n.pred) {
            if (p == n.order) continue;
            for (size_t s : n.succ) {
                if (s == n.order) continue;
                nodes[p].succ.insert(s);
                nodes[s].pred.insert(p);
            }
            nodes[p].succ.erase(n.order);
        }
        for (size_t s : n.succ) nodes[s].pred.erase(n.order);
    }
    std::set<std::pair<size_t, size_t>> queue;  // (dependencies left, order)
    for (Node& n : nodes) {
        if (n.obj->kind == Object::Kind::Func) continue;
        n.ndeps = n.succ.size();
        queue.insert({n.ndeps, n.order});
    }
    std::set<const ast::Expr*> emitted;  // a multi-valued initialiser runs once
    while (!queue.empty()) {
        Node& n = nodes[queue.begin()->second];
        queue.erase(queue.begin());
        if (n.ndeps > 0) {
            std::vector<Object*> path;
            std::set<Object*> seen;
            if (findDepPath(n.obj, n.obj, seen, path)) {
                // path is [n, the last one before n, ..., the first one after n]
                std::reverse(path.begin() + 1, path.end());
                reportInitLoop(path);
            }
        }
        for (size_t p : n.pred) {
            Node& pn = nodes[p];
            if (pn.obj->kind == Object::Kind::Func || !queue.erase({pn.ndeps, pn.order})) continue;
            --pn.ndeps;
            queue.insert({pn.ndeps, pn.order});
        }
        if (n.obj->kind == Object::Kind::Var && n.obj->initExpr && emitted.insert(n.obj->initExpr).second)
            info_.initOrder.push_back(n.obj);
    }
}

// A path of dependencies from `from` back to `to` (types2's findPath):
// `to`, then the objects of the path from the last to the first.
bool Checker::findDepPath(Object* from, Object* to, std::set<Object*>& seen, std::vector<Object*>& path) {
    if (!seen.insert(from).second) return false;
    auto d = deps_.find(from);
    if (d == deps_.end()) return false;
    std::vector<Object*> next(d->second.begin(), d->second.end());
    std::sort(next.begin(), next.end(), [](const Object* a, const Object* b) { return a->pos < b->pos; });
    for (Object* dep : next) {
        if (dep == to || findDepPath(dep, to, seen, path)) {
            path.push_back(dep);
            return true;
        }
    }
    return false;
}

// A type that contains itself (t, still being declared, is needed by
// value): gc's report names the cycle of declarations, from the one first
// in the source.
void Checker::recursiveType(types::Named* t, Pos where) {
    std::vector<Object*> cycle;
    for (size_t k = 0; k < resolving_.size(); ++k) {
        if (resolving_[k]->kind != Object::Kind::TypeName) continue;
        if (resolving_[k]->type == t) cycle.clear(), cycle.push_back(resolving_[k]);
        else if (!cycle.empty()) cycle.push_back(resolving_[k]);
    }
    if (cycle.empty()) {
        error(where, "invalid recursive type " + t->name);
        return;
    }
    size_t first = 0;
    for (size_t k = 1; k < cycle.size(); ++k)
        if (cycle[k]->pos < cycle[first]->pos) first = k;
    std::string msg = "invalid recursive type " + cycle[first]->name;
    for (size_t k = 0; k < cycle.size(); ++k) {
        Object* o = cycle[(first + k) % cycle.size()];
        msg += "\n\t" + diags_.position(o->pos) + ": " + o->name + " refers to";
    }
    msg += "\n\t" + diags_.position(cycle[first]->pos) + ": " + cycle[first]->name;
    error(cycle[first]->pos, msg);
}

// gc's report of an initialisation loop: loop[0] refers to loop[1] ... and
// the last back to loop[0].
void Checker::reportInitLoop(const std::vector<Object*>& loop) {
    if (loop.empty()) return;
    std::string msg = "initialization loop for " + loop[0]->name;
    for (Object* o : loop) msg += "\n\t" + diags_.position(o->pos) + ": " + o->name + " refers to";
    msg += "\n\t" + diags_.position(loop[0]->pos) + ": " + loop[0]->name;
    error(loop[0]->pos, msg);
}

// ---- function bodies -------------------------------------------------------------------------

void Checker::checkFuncBody(FuncInfo* f, const BlockStmt* body, Scope* outer) {
    FuncInfo* savedFunc = func_;
    Scope* savedScope = scope_;
    Object* savedOwner = depOwner_;
    func_ = f;
    scope_ = outer;
    if (f->decl && !f->decl->recv) {
        auto it = pkgScope_->names.find(f->decl->name->name);
        depOwner_ = it != pkgScope_->names.end() && it->second->decl == f->decl ? it->second : nullptr;
    } else if (f->decl) {
        auto it = methodDecls_.find(f->decl);
        depOwner_ = it != methodDecls_.end() ? it->second : nullptr;
    }
    openScope();
    scope_->funcBoundary = true;
    scope_->func = f;

    // parameters and results
    const FuncType* ft = f->decl ? f->decl->type : f->lit->type;
    if (f->decl && f->decl->recv) {
        for (Object* o : f->params) {
            if (o->name != "_") scope_->names[o->name] = o;
            o->owner = f;
        }
    } else {
        f->params.clear();
    }
    // parameters and results as variables of the function; unnamed results stay unnamed
    auto declareFields = [&](const List<Field>& fields, const std::vector<types::Type*>& ts, const char* unnamed,
                             std::vector<Object*>& out) {
        size_t k = 0;
        for (const Field* fld : fields) {
            size_t n = fld->names.empty() ? 1 : fld->names.size;
            for (size_t j = 0; j < n; ++j, ++k) {
                types::Type* t = k < ts.size() ? ts[k] : tt_.basic(Kind::Invalid);
                const Ident* id = fld->names.empty() ? nullptr : fld->names[static_cast<uint32_t>(j)];
                Object* o = newObject(info_, Object::Kind::Var, id ? std::string(id->name) : unnamed, t);
                o->param = true;
                o->owner = f;
                o->pos = id ? id->pos : fld->pos;
                out.push_back(o);
                if (id) declare(scope_, id, o);
            }
        }
    };
    declareFields(ft->params, f->sig->params, "_", f->params);
    declareFields(ft->results, f->sig->results, "", f->results);

    stmtList(body->list);
    labels(body);
    if (!f->sig->results.empty() && (body->list.empty() || !isTerminating(body->list.back())))
        error(body->rbrace, "missing return");
    closeScope();
    func_ = savedFunc;
    scope_ = savedScope;
    depOwner_ = savedOwner;
}

// ---- statements ---------------------------------------------------------------------------------

void Checker::stmtList(const List<Stmt>& list) {
    for (Stmt* s : list) stmt(s);
}

void Checker::stmt(const Stmt* s) {
    guardStack(s);
    switch (s->kind) {
        case ast::Kind::EmptyStmt:
        case ast::Kind::BadStmt: break;
        case ast::Kind::DeclStmt: {
            auto* d = static_cast<const DeclStmt*>(s)->decl;
            declareGenDecl(d, scope_, false);
            break;
        }
        case ast::Kind::LabeledStmt: stmt(static_cast<const LabeledStmt*>(s)->stmt); break;
        case ast::Kind::ExprStmt: {
            if (session_ && func_ == info_.main && scope_->parent == pkgScope_) {
                showStmt(static_cast<const ExprStmt*>(s));
                break;
            }
            const Expr* e = static_cast<const ExprStmt*>(s)->x;
            Operand x;
            rawExpr(x, e, nullptr);
            if (x.invalid) break;
            const Expr* inner = e;
            while (auto* p = as<ParenExpr>(const_cast<Expr*>(inner))) inner = p->x;
            bool isCall = inner->kind == ast::Kind::CallExpr;
            if (isCall && x.mode != Mode::TypeExpr) {
                auto* c = static_cast<const CallExpr*>(inner);
                if (auto* ftv = info_.typeOf(c->fun); ftv && ftv->mode == Mode::TypeExpr) {
                    error(startPos(e), describe(x) + " is not used");  // a conversion
                    break;
                }
                // builtins whose result must be used
                Operand f;
                if (auto* tv = info_.typeOf(c->fun); tv && tv->mode == Mode::Builtin) {
                    if (auto* id = as<Ident>(c->fun)) {
                        auto it = info_.uses.find(id);
                        if (it != info_.uses.end()) {
                            Builtin b = it->second->builtin;
                            if (b == Builtin::Append || b == Builtin::Cap || b == Builtin::Complex ||
                                b == Builtin::Imag || b == Builtin::Len || b == Builtin::Make ||
                                b == Builtin::New || b == Builtin::Real) {
                                error(startPos(e), describe(x) + " is not used");
                            }
                        }
                    }
                }
                break;
            }
            if (x.mode == Mode::TypeExpr) error(e->pos, exprString(e) + " (type) is not an expression");
            else if (!(x.mode == Mode::Value && isCall)) {
                if (auto* u = as<UnaryExpr>(const_cast<Expr*>(inner)); u && u->op == Tok::Arrow) break;
                error(startPos(e), describe(x) + " is not used");
            }
            break;
        }
        case ast::Kind::IncDecStmt: {
            auto* s2 = static_cast<const IncDecStmt*>(s);
            Operand x;
            expr(x, s2->x);
            if (x.invalid) break;
            if (!types::isNumeric(x.type)) {
                error(s2->x->pos, std::string("invalid operation: ") + exprString(s2->x) + tokenSpelling(s2->op).data() +
                                      " (non-numeric type " + typeName(x.type) + ")");
                break;
            }
            if (x.mode != Mode::Variable && x.mode != Mode::MapIndex) {
                cannotAssign(s2->x, x);
            }
            break;
        }
        case ast::Kind::AssignStmt: {
            auto* a = static_cast<const AssignStmt*>(s);
            if (a->op == Tok::Define) shortVarDecl(a);
            else assignStmt(a);
            break;
        }
        case ast::Kind::ReturnStmt: returnStmt(static_cast<const ReturnStmt*>(s)); break;
        case ast::Kind::BranchStmt: {
            auto* b = static_cast<const BranchStmt*>(s);
            if (b->tok == Tok::Goto || b->label) break;  // checked by labels()
            break;
        }
        case ast::Kind::BlockStmt:
            openScope();
            stmtList(static_cast<const BlockStmt*>(s)->list);
            closeScope();
            break;
        case ast::Kind::IfStmt: ifStmt(static_cast<const IfStmt*>(s)); break;
        case ast::Kind::ForStmt: forStmt(static_cast<const ForStmt*>(s)); break;
        case ast::Kind::RangeStmt: rangeStmt(static_cast<const RangeStmt*>(s)); break;
        case ast::Kind::SwitchStmt: switchStmt(static_cast<const SwitchStmt*>(s)); break;
        case ast::Kind::GoStmt: goOrDefer(static_cast<const GoStmt*>(s)->call, "go"); break;
        case ast::Kind::DeferStmt:
            func_->hasDefer = true;
            goOrDefer(static_cast<const DeferStmt*>(s)->call, "defer");
            break;
        case ast::Kind::TypeSwitchStmt: typeSwitchStmt(static_cast<const TypeSwitchStmt*>(s)); break;
        case ast::Kind::SendStmt: sendStmt(static_cast<const SendStmt*>(s)); break;
        case ast::Kind::SelectStmt: selectStmt(static_cast<const SelectStmt*>(s)); break;
        default: error(s->pos, std::string(kindName(s->kind)) + " is not supported yet"); break;
    }
}

// x (the operand of expression l) is neither addressable nor a map index.
void Checker::cannotAssign(const Expr* l, const Operand& x) {
    const Expr* inner = l;
    while (auto* p = as<ParenExpr>(const_cast<Expr*>(inner))) inner = p->x;
    if (auto* sel = as<SelectorExpr>(const_cast<Expr*>(inner))) {
        auto* tv = info_.typeOf(sel->x);
        if (tv && tv->mode == Mode::MapIndex) {
            error(startPos(l), "cannot assign to struct field " + exprString(inner) + " in map");
            return;
        }
    }
    error(startPos(l), "cannot assign to " + describe(x));
}

void Checker::assignStmt(const AssignStmt* a) {
    if (a->op != Tok::Assign) {
        // x op= y
        Operand x;
        expr(x, a->lhs[0]);
        if (x.invalid) {
            use(a->rhs[0]);
            return;
        }
        if (x.mode != Mode::Variable && x.mode != Mode::MapIndex) {
            cannotAssign(a->lhs[0], x);
            use(a->rhs[0]);
            return;
        }
        // check as the binary expression x op y
        BinaryExpr fake{};
        fake.kind = ast::Kind::BinaryExpr;
        fake.pos = a->pos;
        switch (a->op) {
            case Tok::AddAssign: fake.op = Tok::Add; break;
            case Tok::SubAssign: fake.op = Tok::Sub; break;
            case Tok::MulAssign: fake.op = Tok::Mul; break;
            case Tok::QuoAssign: fake.op = Tok::Quo; break;
            case Tok::RemAssign: fake.op = Tok::Rem; break;
            case Tok::AndAssign: fake.op = Tok::And; break;
            case Tok::OrAssign: fake.op = Tok::Or; break;
            case Tok::XorAssign: fake.op = Tok::Xor; break;
            case Tok::ShlAssign: fake.op = Tok::Shl; break;
            case Tok::ShrAssign: fake.op = Tok::Shr; break;
            default: fake.op = Tok::AndNot; break;
        }
        fake.x = a->lhs[0];
        fake.y = a->rhs[0];
        Operand r;
        binary(r, &fake, nullptr);
        if (!r.invalid) {
            info_.types.erase(&fake);
            if (r.mode == Mode::Constant || types::isUntyped(r.type)) {
                Operand y;
                y.mode = Mode::Value;
                y.type = r.type;
                y.expr = a->rhs[0];
                convertUntyped(y, x.type);
            }
        }
        return;
    }
    // a, b = x, y
    size_t nl = a->lhs.size, nr = a->rhs.size;
    std::vector<Operand> lhs(nl);
    for (size_t k = 0; k < nl; ++k) {
        const Expr* l = a->lhs[static_cast<uint32_t>(k)];
        if (auto* id = as<Ident>(const_cast<Expr*>(l)); id && id->name == "_") {
            lhs[k].mode = Mode::Variable;
            lhs[k].type = nullptr;
            info_.types[l] = {Mode::Variable, nullptr, {}};
            continue;
        }
        // an assignment does not use the variable it assigns
        Object* target = nullptr;
        if (auto* id = as<Ident>(const_cast<Expr*>(l))) {
            for (Scope* sc = scope_; sc; sc = sc->parent)
                if (Object* o = sc->lookupLocal(id->name)) {
                    target = o;
                    break;
                }
        }
        bool wasUsed = target && target->used;
        expr(lhs[k], l);
        if (target && target->kind == Object::Kind::Var) target->used = wasUsed;
        if (lhs[k].invalid) continue;
        if (lhs[k].mode != Mode::Variable && lhs[k].mode != Mode::MapIndex) {
            cannotAssign(l, lhs[k]);
            lhs[k].invalid = true;
        }
    }
    if (nl == nr) {
        for (size_t k = 0; k < nl; ++k) {
            Operand x;
            expr(x, a->rhs[static_cast<uint32_t>(k)], lhs[k].type);
            if (x.invalid || lhs[k].invalid) continue;
            if (!lhs[k].type) {
                // assignment to _
                if (x.type->kind == Kind::UntypedNil) {
                    error(startPos(x.expr), "use of untyped nil in assignment");
                    continue;
                }
                if (types::isUntyped(x.type)) assignment(x, defaultType(x.type), "assignment");
                continue;
            }
            assignment(x, lhs[k].type, "assignment");
        }
        return;
    }
    if (nr == 1) {
        std::vector<Operand> xs;
        multiExpr(xs, a->rhs[0], nl == 2);
        if (xs.size() != nl) {
            if (!invalidValue(xs))
                error(a->lhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl == 1 ? "" : "s") +
                                          " but " + exprString(a->rhs[0]) + " returns " + std::to_string(xs.size()) +
                                          " value" + (xs.size() == 1 ? "" : "s"));
            return;
        }
        for (size_t k = 0; k < nl; ++k)
            if (lhs[k].type && !lhs[k].invalid) assignment(xs[k], lhs[k].type, "assignment");
        return;
    }
    for (Expr* r : a->rhs) use(r);
    error(a->lhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl == 1 ? "" : "s") + " but " +
                              std::to_string(nr) + " value" + (nr == 1 ? "" : "s"));
}

// An expression statement at a session input's top level: its values are
// shown rather than unused (an untyped constant in its default type). A
// call without results is just a call.
void Checker::showStmt(const ExprStmt* s) {
    std::vector<Operand> xs;
    multiExpr(xs, s->x, false);
    if (xs.empty()) return;
    for (const Operand& x : xs)
        if (x.invalid) return;
    if (xs.size() == 1 && types::isUntyped(xs[0].type)) {
        if (xs[0].type->kind == Kind::UntypedNil) {
            error(startPos(s->x), "use of untyped nil in expression statement");
            return;
        }
        if (!convertUntyped(xs[0], nullptr)) return;
    }
    info_.shown.insert(s);
}

void Checker::shortVarDecl(const AssignStmt* a) {
    size_t nl = a->lhs.size, nr = a->rhs.size;
    bool global = func_ == info_.main && file_.script() && scope_->parent == pkgScope_;
    Scope* target = global ? pkgScope_ : scope_;
    std::vector<types::Type*> rtypes(nl, nullptr);
    std::vector<Operand> xs;
    bool singleCall = nr == 1 && a->rhs[0]->kind == ast::Kind::CallExpr;
    if (nl == nr && !singleCall) {
        for (size_t k = 0; k < nr; ++k) {
            Operand x;
            // the type an existing variable on the left gives the value
            types::Type* hint = nullptr;
            if (auto* id = as<Ident>(a->lhs[static_cast<uint32_t>(k)])) {
                if (Object* o = target->lookupLocal(id->name); o && o->kind == Object::Kind::Var) hint = o->type;
            }
            expr(x, a->rhs[static_cast<uint32_t>(k)], hint);
            xs.push_back(x);
        }
    } else if (nr == 1) {
        multiExpr(xs, a->rhs[0], nl == 2);
        if (xs.empty() && a->rhs[0]->kind == ast::Kind::CallExpr) {
            error(a->rhs[0]->pos, exprString(a->rhs[0]) + " (no value) used as value");
            xs.clear();
        } else if (xs.size() != nl) {
            bool call = a->rhs[0]->kind == ast::Kind::CallExpr;
            if (!invalidValue(xs))
                error(a->lhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl == 1 ? "" : "s") +
                                      " but " + (call ? exprString(a->rhs[0]) + " returns " : std::string()) +
                                      std::to_string(xs.size()) + " value" + (xs.size() == 1 ? "" : "s"));
            xs.clear();
        }
    } else {
        for (Expr* r : a->rhs) use(r);
        error(a->lhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl == 1 ? "" : "s") +
                                  " but " + std::to_string(nr) + " value" + (nr == 1 ? "" : "s"));
    }
    bool anyNew = false;
    std::vector<Object*> newVars;
    for (size_t k = 0; k < nl; ++k) {
        auto* id = as<Ident>(a->lhs[static_cast<uint32_t>(k)]);
        if (!id) {
            error(a->lhs[static_cast<uint32_t>(k)]->pos, "non-name " + exprString(a->lhs[static_cast<uint32_t>(k)]) + " on left side of :=");
            continue;
        }
        Operand* x = k < xs.size() ? &xs[k] : nullptr;
        Object* existing = id->name == "_" ? nullptr : target->lookupLocal(id->name);
        if (existing && existing->kind == Object::Kind::Var) {
            info_.uses[id] = existing;
            info_.types[id] = {Mode::Variable, existing->type, {}};
            if (x && !x->invalid) assignment(*x, existing->type, "assignment");
            continue;
        }
        if (id->name != "_") anyNew = true;
        types::Type* t = tt_.basic(Kind::Invalid);
        if (x && !x->invalid) {
            if (x->mode == Mode::NoValue) {
                error(startPos(x->expr), exprString(x->expr) + " (no value) used as value");
            } else if (x->type->kind == Kind::UntypedNil) {
                error(startPos(x->expr), "use of untyped nil in assignment");
            } else if (x->mode == Mode::TypeExpr) {
                error(startPos(x->expr), exprString(x->expr) + " (type) is not an expression");
            } else {
                if (types::isUntyped(x->type)) assignment(*x, defaultType(x->type), "assignment");
                if (!x->invalid) t = x->type;
            }
        }
        Object* v = newObject(info_, Object::Kind::Var, std::string(id->name), t);
        v->pos = id->pos;
        v->global = global;
        v->owner = global ? nullptr : func_;
        if (global) {
            v->used = true;
            info_.globals.push_back(v);
        }
        info_.types[id] = {Mode::Variable, t, {}};
        newVars.push_back(v);
        info_.defs[id] = v;
    }
    for (size_t k = 0, j = 0; k < nl; ++k) {
        auto* id = as<Ident>(a->lhs[static_cast<uint32_t>(k)]);
        if (!id) continue;
        auto it = info_.defs.find(id);
        if (it == info_.defs.end()) continue;
        if (id->name != "_") target->names[it->second->name] = it->second;
        ++j;
    }
    if (!anyNew) error(a->pos, "no new variables on left side of :=");
}

void Checker::returnStmt(const ReturnStmt* r) {
    types::Func* sig = func_ ? func_->sig : nullptr;
    if (!sig) return;
    size_t want = sig->results.size();
    if (r->results.empty()) {
        if (want > 0 && (func_->results.empty() || func_->results[0]->name.empty())) {
            error(r->pos, "not enough return values\n\thave ()\n\twant " + types::typeString(tt_.tuple(sig->results)));
        }
        return;
    }
    std::vector<Operand> xs;
    if (r->results.size == 1 && want != 1) {
        multiExpr(xs, r->results[0]);
        if (xs.empty()) {
            // a call of a function without results
            error(startPos(r->results[0]), exprString(r->results[0]) + " (no value) used as value");
            return;
        }
    } else {
        for (uint32_t k = 0; k < r->results.size; ++k) {
            Operand x;
            expr(x, r->results[k], k < want ? sig->results[k] : nullptr);
            xs.push_back(x);
        }
    }
    for (const Operand& x : xs)
        if (x.invalid) return;
    if (xs.size() != want) {
        std::string have = "(";
        for (size_t k = 0; k < xs.size(); ++k) {
            if (k) have += ", ";
            have += xs[k].type && types::isUntyped(xs[k].type) && xs[k].mode == Mode::Constant
                        ? (types::isNumeric(xs[k].type) ? "number" : typeName(defaultType(xs[k].type)))
                        : (xs[k].type ? typeName(xs[k].type) : "");
        }
        have += ")";
        Pos at = xs.size() > want && want < r->results.size ? r->results[static_cast<uint32_t>(want)]->pos : r->pos;
        if (xs.size() < want && !r->results.empty()) at = r->results[0]->pos;
        error(at, std::string(xs.size() > want ? "too many" : "not enough") + " return values\n\thave " + have +
                      "\n\twant " + types::typeString(tt_.tuple(sig->results)));
        return;
    }
    for (size_t k = 0; k < want; ++k) assignment(xs[k], sig->results[k], "return statement");
}

void Checker::ifStmt(const IfStmt* s) {
    // The if's own block holds only what its init statement declares: with
    // no init it stays empty and is not made, so that a chain of else-ifs
    // (30,000 in the hostile suite) does not nest a scope per branch for
    // every name lookup to walk.
    if (s->init) openScope();
    if (s->init) stmt(s->init);
    Operand c;
    expr(c, s->cond);
    if (!c.invalid && !types::isBoolean(c.type)) error(s->cond->pos, "non-boolean condition in if statement");
    openScope();
    stmtList(s->body->list);
    closeScope();
    if (s->els) {
        if (s->els->kind == ast::Kind::IfStmt) ifStmt(static_cast<const IfStmt*>(s->els));
        else {
            openScope();
            stmtList(static_cast<const BlockStmt*>(s->els)->list);
            closeScope();
        }
    }
    if (s->init) closeScope();
}

void Checker::forStmt(const ForStmt* s) {
    openScope();
    if (s->init) stmt(s->init);
    if (s->cond) {
        Operand c;
        expr(c, s->cond);
        if (!c.invalid && !types::isBoolean(c.type)) error(s->cond->pos, "non-boolean condition in for statement");
    }
    if (s->post) stmt(s->post);
    openScope();
    stmtList(s->body->list);
    closeScope();
    closeScope();
}

void Checker::rangeStmt(const RangeStmt* s) {
    openScope();
    Operand x;
    expr(x, s->x);
    types::Type* kt = nullptr;
    types::Type* vt = nullptr;
    if (!x.invalid) {
        types::Type* u = types::underlying(x.type);
        if (u->kind == Kind::Pointer && types::underlying(static_cast<types::Pointer*>(u)->elem)->kind == Kind::Array)
            u = types::underlying(static_cast<types::Pointer*>(u)->elem);
        switch (u->kind) {
            case Kind::String:
            case Kind::UntypedString:
                kt = tt_.basic(Kind::Int);
                vt = tt_.runeType();
                if (x.mode == Mode::Constant) convertUntyped(x, nullptr);
                break;
            case Kind::Array:
                kt = tt_.basic(Kind::Int);
                vt = static_cast<types::Array*>(u)->elem;
                break;
            case Kind::Slice:
                kt = tt_.basic(Kind::Int);
                vt = static_cast<types::Slice*>(u)->elem;
                break;
            case Kind::Map:
                kt = static_cast<types::Map*>(u)->key;
                vt = static_cast<types::Map*>(u)->elem;
                break;
            case Kind::Chan:
                if (static_cast<types::Chan*>(u)->dir == types::ChanDir::Send) {
                    error(startPos(s->x), "cannot range over " + describe(x) + " (receive from send-only channel)");
                    x.invalid = true;
                    break;
                }
                kt = static_cast<types::Chan*>(u)->elem;
                if (s->value) error(startPos(s->value), "range over " + describe(x) + " permits only one iteration variable");
                break;
            case Kind::Int:
            default:
                error(s->x->pos, "cannot range over " + describe(x));
                x.invalid = true;
        }
    }
    const Expr* lhs[2] = {s->key, s->value};
    types::Type* rt[2] = {kt, vt};
    if (s->tok == Tok::Define) {
        for (int k = 0; k < 2; ++k) {
            if (!lhs[k]) continue;
            auto* id = as<Ident>(const_cast<Expr*>(lhs[k]));
            if (!id) {
                error(lhs[k]->pos, "non-name " + exprString(lhs[k]) + " on left side of :=");
                continue;
            }
            types::Type* t = rt[k] ? rt[k] : tt_.basic(Kind::Invalid);
            Object* v = declareVar(id, t, scope_, false);
            info_.types[id] = {Mode::Variable, t, {}};
            (void)v;
        }
    } else if (s->tok == Tok::Assign) {
        for (int k = 0; k < 2; ++k) {
            if (!lhs[k]) continue;
            if (auto* id = as<Ident>(const_cast<Expr*>(lhs[k])); id && id->name == "_") {
                info_.types[lhs[k]] = {Mode::Variable, nullptr, {}};
                continue;
            }
            Operand l;
            expr(l, lhs[k]);
            if (l.invalid || !rt[k]) continue;
            if (l.mode != Mode::Variable && l.mode != Mode::MapIndex) {
                cannotAssign(lhs[k], l);
                continue;
            }
            Operand v;
            v.mode = Mode::Value;
            v.type = rt[k];
            v.expr = lhs[k];
            if (!assignableTo(v, l.type))
                error(lhs[k]->pos, "cannot use " + exprString(lhs[k]) + " (value of type " + typeName(rt[k]) + ") as " +
                                       typeName(l.type) + " value in range clause");
        }
    }
    openScope();
    stmtList(s->body->list);
    closeScope();
    closeScope();
}

void Checker::switchStmt(const SwitchStmt* s) {
    openScope();
    if (s->init) stmt(s->init);
    Operand tag;
    bool haveTag = s->tag != nullptr;
    if (haveTag) {
        expr(tag, s->tag);
        if (!tag.invalid) {
            convertUntyped(tag, nullptr);
            if (!types::comparable(tag.type) && !types::hasNil(tag.type)) {
                error(s->tag->pos, "cannot switch on " + describe(tag));
                tag.invalid = true;
            }
        }
    } else {
        tag.mode = Mode::Constant;
        tag.type = tt_.basic(Kind::Bool);
        tag.value = constant::makeBool(true);
    }
    bool seenDefault = false;
    std::map<std::string, Pos> seenConsts;
    for (size_t k = 0; k < s->clauses.size; ++k) {
        auto* cc = static_cast<const CaseClause*>(s->clauses[static_cast<uint32_t>(k)]);
        if (cc->isDefault) {
            if (seenDefault) error(cc->pos, "multiple defaults in switch");
            seenDefault = true;
        }
        for (Expr* e : cc->list) {
            Operand v;
            expr(v, e, haveTag && !tag.invalid ? tag.type : nullptr);
            if (v.invalid || tag.invalid) continue;
            if (!haveTag) {
                // as true == v: v is a boolean, or an interface a bool is assignable to
                if (types::underlying(v.type)->kind == Kind::Interface && assignableTo(tag, v.type)) continue;
                if (types::isUntyped(v.type)) convertUntyped(v, tt_.basic(Kind::Bool));
                else if (!types::isBoolean(v.type))
                    error(e->pos, "invalid case " + exprString(e) + " in switch on true (mismatched types " +
                                      typeName(v.type) + " and bool)");
                continue;
            }
            // as tag == v
            Operand l = tag, r = v;
            if (types::isUntyped(r.type)) {
                if (!convertUntyped(r, l.type)) continue;
            }
            if (!assignableTo(r, l.type) && !assignableTo(l, r.type)) {
                error(e->pos, "invalid case " + exprString(e) + " in switch on " + exprString(s->tag) +
                                  " (mismatched types " + typeName(r.type) + " and " + typeName(l.type) + ")");
            } else if (r.mode == Mode::Constant) {
                // a constant may appear in one case only
                std::string key = typeName(r.type) + "\x00" + constant::exactString(r.value);
                auto [it, fresh] = seenConsts.insert({key, startPos(e)});
                if (!fresh) {
                    Operand d = r;
                    d.expr = e;
                    error(startPos(e), "duplicate case " + describe(d) + " in expression switch\n\t" +
                                           diags_.filename() + ":" + std::to_string(it->second.line) + ":" +
                                           std::to_string(it->second.col) + ": previous case");
                }
            }
        }
        openScope();
        for (size_t j = 0; j < cc->body.size; ++j) {
            const Stmt* st = cc->body[static_cast<uint32_t>(j)];
            if (auto* b = as<BranchStmt>(const_cast<Stmt*>(st)); b && b->tok == Tok::Fallthrough) {
                if (j + 1 != cc->body.size) error(b->pos, "fallthrough statement out of place");
                else if (k + 1 == s->clauses.size) error(b->pos, "cannot fallthrough final case in switch");
                continue;
            }
            stmt(st);
        }
        closeScope();
    }
    closeScope();
}

// switch [v :=] x.(type) { case T1, T2: ... case nil: ... default: ... }
// Each clause declares its own v: of type T in a clause with one type T,
// else of x's type. v counts as used when any clause uses it.
void Checker::typeSwitchStmt(const TypeSwitchStmt* s) {
    openScope();
    if (s->init) stmt(s->init);
    const Ident* lhs = nullptr;
    const TypeAssertExpr* guard = nullptr;
    if (auto* a = as<AssignStmt>(const_cast<Stmt*>(s->assign))) {
        lhs = as<Ident>(a->lhs[0]);
        guard = as<TypeAssertExpr>(a->rhs[0]);
    } else if (auto* es = as<ExprStmt>(const_cast<Stmt*>(s->assign))) {
        guard = as<TypeAssertExpr>(es->x);
    }
    if (lhs && lhs->name == "_") {
        error(lhs->pos, "no new variable on left side of :=");
        lhs = nullptr;
    }
    Operand x;
    expr(x, guard->x);
    types::Interface* iface = nullptr;
    if (!x.invalid) {
        if (types::underlying(x.type)->kind == Kind::Interface) iface = static_cast<types::Interface*>(types::underlying(x.type));
        else error(startPos(guard->x), describe(x) + " is not an interface");
    }
    std::vector<std::pair<types::Type*, const Expr*>> seen;  // null type: nil
    std::vector<Object*> vars;
    bool anyUsed = false;
    bool seenDefault = false;
    for (Stmt* c : s->clauses) {
        auto* cc = static_cast<const CaseClause*>(c);
        if (cc->isDefault) {
            if (seenDefault) error(cc->pos, "multiple defaults in switch");
            seenDefault = true;
        }
        types::Type* single = nullptr;
        for (Expr* e : cc->list) {
            Operand t;
            exprOrType(t, e);
            if (t.invalid) continue;
            types::Type* ct = nullptr;
            if (t.mode == Mode::TypeExpr) {
                ct = t.type;
            } else if (t.type->kind != Kind::UntypedNil) {
                error(startPos(e), exprString(e) + " is not a type");
                continue;
            }
            single = ct;
            bool dup = false;
            for (auto& [pt, pe] : seen) {
                if ((!ct && !pt) || (ct && pt && types::identical(ct, pt))) {
                    Pos prev = startPos(pe);
                    error(startPos(e), "duplicate case " + (ct ? typeName(ct) : std::string("nil")) + " in type switch\n\t" +
                                           diags_.filename() + ":" + std::to_string(prev.line) + ":" +
                                           std::to_string(prev.col) + ": previous case");
                    dup = true;
                    break;
                }
            }
            if (dup) continue;
            seen.push_back({ct, e});
            if (iface && ct && types::underlying(ct)->kind != Kind::Interface) {
                std::string why = missingMethod(ct, iface);
                if (!why.empty())
                    error(startPos(e), "impossible type switch case: " + exprString(e) + "\n\t" + describe(x) +
                                           " cannot have dynamic type " + typeName(ct) + " " + why);
            }
        }
        openScope();
        if (lhs) {
            types::Type* vt = cc->list.size == 1 && single ? single : (x.invalid ? tt_.basic(Kind::Invalid) : x.type);
            Object* v = declareVar(lhs, vt, scope_, false);
            info_.implicits[cc] = v;
            vars.push_back(v);
        }
        for (Stmt* st : cc->body) {
            if (auto* b = as<BranchStmt>(st); b && b->tok == Tok::Fallthrough) {
                error(b->pos, "cannot fallthrough in type switch");
                continue;
            }
            stmt(st);
        }
        // v's use is judged over all clauses, below
        if (lhs) {
            anyUsed = anyUsed || vars.back()->used;
            vars.back()->used = true;
        }
        closeScope();
    }
    if (lhs && !anyUsed) error(lhs->pos, std::string(lhs->name) + " declared but not used");
    closeScope();
}

// defer f(args): the call must be one whose result may be dropped. The
// function, its receiver and arguments are evaluated here; the call runs
// when the surrounding function returns or panics.
// The call of a go or defer statement (keyword says which): any call but
// a conversion, and no built-in whose result would be discarded.
void Checker::goOrDefer(const Expr* callExpr, const char* keyword) {
    auto* call = as<CallExpr>(const_cast<Expr*>(callExpr));
    if (!call) return;  // the parser has reported it
    Operand x;
    rawExpr(x, call, nullptr);
    if (x.invalid) return;
    const TypeAndValue* ftv = info_.typeOf(call->fun);
    if (ftv && ftv->mode == Mode::TypeExpr) {
        error(startPos(call), std::string(keyword) + " requires function call, not conversion " + describe(x));
        return;
    }
    if (ftv && ftv->mode == Mode::Builtin) {
        const Expr* f = call->fun;
        while (auto* p = as<ParenExpr>(const_cast<Expr*>(f))) f = p->x;
        auto it = info_.uses.find(as<Ident>(const_cast<Expr*>(f)));
        if (it == info_.uses.end()) return;
        switch (it->second->builtin) {
            case Builtin::Append:
            case Builtin::Cap:
            case Builtin::Complex:
            case Builtin::Imag:
            case Builtin::Len:
            case Builtin::Make:
            case Builtin::New:
            case Builtin::Real: error(startPos(call), std::string(keyword) + " discards result of " + describe(x)); return;
            default: return;
        }
    }
}

// ch <- v: a channel that may be sent to, and a value assignable to its
// element type.
void Checker::sendStmt(const SendStmt* s) {
    Operand ch, v;
    expr(ch, s->chan);
    expr(v, s->value);
    if (ch.invalid || v.invalid) return;
    types::Type* u = types::underlying(ch.type);
    if (u->kind != Kind::Chan) {
        error(startPos(s->chan), "invalid operation: cannot send to non-channel " + describe(ch));
        return;
    }
    auto* c = static_cast<types::Chan*>(u);
    if (c->dir == types::ChanDir::Recv) {
        error(startPos(s->chan), "invalid operation: cannot send to receive-only channel " + describe(ch));
        return;
    }
    assignment(v, c->elem, "send");
}

// select: every case a send, a receive, or a receive assigned or defined;
// one default at most; each clause its own scope.
void Checker::selectStmt(const SelectStmt* s) {
    const CommClause* firstDefault = nullptr;
    for (const Stmt* st : s->clauses) {
        auto* cc = static_cast<const CommClause*>(st);
        if (!cc->comm) {
            if (firstDefault)
                error(cc->pos, "multiple defaults (first at " + diags_.filename() + ":" + std::to_string(firstDefault->pos.line) + ":" +
                                   std::to_string(firstDefault->pos.col) + ")");
            else
                firstDefault = cc;
        }
    }
    auto isReceive = [](const Expr* e) {
        while (e && e->kind == ast::Kind::ParenExpr) e = static_cast<const ParenExpr*>(e)->x;
        auto* u = e ? as<UnaryExpr>(const_cast<Expr*>(e)) : nullptr;
        return u && u->op == Tok::Arrow;
    };
    for (const Stmt* st : s->clauses) {
        auto* cc = static_cast<const CommClause*>(st);
        const Stmt* comm = cc->comm;
        bool valid = !comm || comm->kind == ast::Kind::SendStmt;
        const Expr* rhs = nullptr;
        if (comm && comm->kind == ast::Kind::ExprStmt) rhs = static_cast<const ExprStmt*>(comm)->x;
        if (comm && comm->kind == ast::Kind::AssignStmt) {
            auto* a = static_cast<const AssignStmt*>(comm);
            if (a->rhs.size == 1) rhs = a->rhs[0];
        }
        if (rhs && isReceive(rhs)) valid = true;
        if (!valid) {
            error(startPos(comm), "select case must be send or receive (possibly with assignment)");
            continue;
        }
        openScope();
        if (comm) stmt(comm);
        stmtList(cc->body);
        closeScope();
    }
}

// Labels of one function body: every label declared once and used,
// every break/continue/goto target valid.
void Checker::labels(const BlockStmt* body) {
    if (!body) return;
    std::map<std::string_view, const LabeledStmt*> declared;
    std::set<std::string_view> used;
    std::function<void(const Stmt*)> collect = [&](const Stmt* s) {
        if (!s) return;
        switch (s->kind) {
            case ast::Kind::LabeledStmt: {
                auto* l = static_cast<const LabeledStmt*>(s);
                if (l->label->name != "_") {
                    if (declared.count(l->label->name)) error(l->label->pos, "label " + std::string(l->label->name) + " already defined");
                    else declared[l->label->name] = l;
                }
                collect(l->stmt);
                break;
            }
            case ast::Kind::BlockStmt:
                for (Stmt* c : static_cast<const BlockStmt*>(s)->list) collect(c);
                break;
            case ast::Kind::IfStmt: {
                auto* i = static_cast<const IfStmt*>(s);
                collect(i->body);
                collect(i->els);
                break;
            }
            case ast::Kind::ForStmt: collect(static_cast<const ForStmt*>(s)->body); break;
            case ast::Kind::RangeStmt: collect(static_cast<const RangeStmt*>(s)->body); break;
            case ast::Kind::SwitchStmt:
            case ast::Kind::TypeSwitchStmt:
                for (Stmt* c : clausesOf(s))
                    for (Stmt* b : static_cast<const CaseClause*>(c)->body) collect(b);
                break;
            case ast::Kind::SelectStmt:
                for (Stmt* c : static_cast<const SelectStmt*>(s)->clauses)
                    for (Stmt* b : static_cast<const CommClause*>(c)->body) collect(b);
                break;
            default: break;
        }
    };
    for (Stmt* s : body->list) collect(s);

    // check branch targets, knowing the enclosing labeled statements
    std::vector<const LabeledStmt*> enclosing;
    std::function<void(const Stmt*, bool, bool, bool)> walk = [&](const Stmt* s, bool inLoop, bool inSwitch, bool directSwitch) {
        if (!s) return;
        switch (s->kind) {
            case ast::Kind::LabeledStmt: {
                auto* l = static_cast<const LabeledStmt*>(s);
                enclosing.push_back(l);
                walk(l->stmt, inLoop, inSwitch, directSwitch);
                enclosing.pop_back();
                break;
            }
            case ast::Kind::BranchStmt: {
                auto* b = static_cast<const BranchStmt*>(s);
                if (b->tok == Tok::Fallthrough) {
                    if (!directSwitch) error(b->pos, "fallthrough statement out of place");
                    break;
                }
                if (!b->label) {
                    if (b->tok == Tok::Break && !inLoop && !inSwitch) error(b->pos, "break is not in a loop, switch, or select");
                    if (b->tok == Tok::Continue && !inLoop) error(b->pos, "continue is not in a loop");
                    break;
                }
                std::string_view name = b->label->name;
                used.insert(name);
                if (!declared.count(name)) {
                    if (b->tok == Tok::Goto) error(b->label->pos, "label " + std::string(name) + " not defined");
                    else error(b->label->pos, std::string("invalid ") + (b->tok == Tok::Break ? "break" : "continue") +
                                                  " label " + std::string(name));
                    break;
                }
                if (b->tok == Tok::Goto) break;
                const LabeledStmt* target = nullptr;
                for (const LabeledStmt* l : enclosing)
                    if (l->label->name == name) target = l;
                auto k = target ? target->stmt->kind : ast::Kind::BadStmt;
                bool loop = k == ast::Kind::ForStmt || k == ast::Kind::RangeStmt;
                bool sw = k == ast::Kind::SwitchStmt || k == ast::Kind::TypeSwitchStmt || k == ast::Kind::SelectStmt;
                if (b->tok == Tok::Continue && !loop)
                    error(b->label->pos, "invalid continue label " + std::string(name));
                else if (b->tok == Tok::Break && !loop && !sw)
                    error(b->label->pos, "invalid break label " + std::string(name));
                break;
            }
            case ast::Kind::BlockStmt:
                for (Stmt* c : static_cast<const BlockStmt*>(s)->list) walk(c, inLoop, inSwitch, false);
                break;
            case ast::Kind::IfStmt: {
                auto* i = static_cast<const IfStmt*>(s);
                walk(i->body, inLoop, inSwitch, false);
                walk(i->els, inLoop, inSwitch, false);
                break;
            }
            case ast::Kind::ForStmt: walk(static_cast<const ForStmt*>(s)->body, true, inSwitch, false); break;
            case ast::Kind::RangeStmt: walk(static_cast<const RangeStmt*>(s)->body, true, inSwitch, false); break;
            case ast::Kind::SwitchStmt:
            case ast::Kind::TypeSwitchStmt:
                for (Stmt* c : clausesOf(s))
                    for (Stmt* b : static_cast<const CaseClause*>(c)->body) walk(b, inLoop, true, true);
                break;
            case ast::Kind::SelectStmt:
                for (Stmt* c : static_cast<const SelectStmt*>(s)->clauses)
                    for (Stmt* b : static_cast<const CommClause*>(c)->body) walk(b, inLoop, true, false);
                break;
            default: break;
        }
    };
    for (Stmt* s : body->list) walk(s, false, false, false);
    for (auto& [name, l] : declared)
        if (!used.count(name)) error(l->label->pos, "label " + std::string(name) + " defined and not used");
    gotoChecks(body);
}

// A goto may not jump over a variable declaration in its block, nor into
// a block that does not contain it (the spec's rules, gc's messages).
void Checker::gotoChecks(const BlockStmt* body) {
    struct List {
        const List* parent;
        Pos start;
        std::vector<const Stmt*> stmts;
    };
    std::vector<std::unique_ptr<List>> lists;
    struct Where {
        const List* list;
        size_t index;
    };
    std::map<std::string_view, Where> labelsAt;
    std::vector<std::pair<const BranchStmt*, std::vector<Where>>> gotos;  // with the chain of enclosing positions
    std::vector<Where> chain;
    std::function<void(const List*, const Stmt*)> walk;
    auto walkList = [&](const List* parent, Pos start, const ast::List<Stmt>& stmts) {
        lists.push_back(std::make_unique<List>(List{parent, start, {stmts.begin(), stmts.end()}}));
        const List* l = lists.back().get();
        for (size_t i = 0; i < l->stmts.size(); ++i) {
            chain.push_back({l, i});
            walk(l, l->stmts[i]);
            chain.pop_back();
        }
    };
    walk = [&](const List* l, const Stmt* st) {
        switch (st->kind) {
            case ast::Kind::LabeledStmt: {
                auto* ls = static_cast<const LabeledStmt*>(st);
                labelsAt[ls->label->name] = chain.back();
                walk(l, ls->stmt);
                break;
            }
            case ast::Kind::BranchStmt: {
                auto* b = static_cast<const BranchStmt*>(st);
                if (b->tok == Tok::Goto && b->label) gotos.push_back({b, chain});
                break;
            }
            case ast::Kind::BlockStmt: walkList(l, st->pos, static_cast<const BlockStmt*>(st)->list); break;
            case ast::Kind::IfStmt: {
                auto* i = static_cast<const IfStmt*>(st);
                walkList(l, i->body->pos, i->body->list);
                if (i->els) walk(l, i->els);
                break;
            }
            case ast::Kind::ForStmt: walkList(l, static_cast<const ForStmt*>(st)->body->pos, static_cast<const ForStmt*>(st)->body->list); break;
            case ast::Kind::RangeStmt: walkList(l, static_cast<const RangeStmt*>(st)->body->pos, static_cast<const RangeStmt*>(st)->body->list); break;
            case ast::Kind::SelectStmt:
                for (Stmt* c : static_cast<const SelectStmt*>(st)->clauses)
                    walkList(l, c->pos, static_cast<const CommClause*>(c)->body);
                break;
            case ast::Kind::SwitchStmt:
            case ast::Kind::TypeSwitchStmt:
                for (Stmt* c : clausesOf(st))
                    walkList(l, c->pos, static_cast<const CaseClause*>(c)->body);
                break;
            default: break;
        }
    };
    walkList(nullptr, body->pos, body->list);

    auto declaredIn = [](const Stmt* st, std::string& name) -> const Node* {
        if (auto* ls = as<LabeledStmt>(const_cast<Stmt*>(st))) st = ls->stmt;
        if (auto* a = as<AssignStmt>(const_cast<Stmt*>(st)); a && a->op == Tok::Define) {
            if (auto* id = as<Ident>(a->lhs[0])) name = std::string(id->name);
            return a;
        }
        if (auto* d = as<DeclStmt>(const_cast<Stmt*>(st)); d && d->decl->tok == Tok::Var && !d->decl->specs.empty()) {
            auto* vs = static_cast<const ValueSpec*>(d->decl->specs[0]);
            name = std::string(vs->names[0]->name);
            return vs->names[0];
        }
        return nullptr;
    };
    for (auto& [g, where] : gotos) {
        auto it = labelsAt.find(g->label->name);
        if (it == labelsAt.end()) continue;
        const Where& target = it->second;
        const Where* same = nullptr;
        for (const Where& w : where)
            if (w.list == target.list) same = &w;
        std::string label(g->label->name);
        if (!same) {
            // the outermost block holding the label but not the goto
            const List* block = target.list;
            for (;;) {
                bool enclosesGoto = false;
                for (const Where& w : where)
                    if (w.list == block->parent) enclosesGoto = true;
                if (enclosesGoto || !block->parent) break;
                block = block->parent;
            }
            error(g->pos, "goto " + label + " jumps into block starting at " + diags_.filename() + ":" +
                              std::to_string(block->start.line) + ":" + std::to_string(block->start.col));
            continue;
        }
        for (size_t i = same->index + 1; i < target.index; ++i) {
            std::string name;
            if (const Node* d = declaredIn(target.list->stmts[i], name)) {
                error(g->pos, "goto " + label + " jumps over declaration of " + name + " at " + diags_.filename() + ":" +
                                  std::to_string(d->pos.line) + ":" + std::to_string(d->pos.col));
                break;
            }
        }
    }
}

// The spec's terminating statements.
bool Checker::isTerminating(const Stmt* s, std::string_view label) const {
    guardStack(s);
    switch (s->kind) {
        case ast::Kind::ReturnStmt: return true;
        case ast::Kind::BranchStmt: {
            auto* b = static_cast<const BranchStmt*>(s);
            return b->tok == Tok::Goto || b->tok == Tok::Fallthrough;
        }
        case ast::Kind::ExprStmt: {
            auto* c = as<CallExpr>(static_cast<const ExprStmt*>(s)->x);
            if (!c) return false;
            auto* id = as<Ident>(c->fun);
            if (!id) return false;
            auto it = info_.uses.find(id);
            return it != info_.uses.end() && it->second->kind == Object::Kind::Builtin &&
                   it->second->builtin == Builtin::Panic;
        }
        case ast::Kind::BlockStmt: {
            auto* b = static_cast<const BlockStmt*>(s);
            return !b->list.empty() && isTerminating(b->list.back());
        }
        case ast::Kind::IfStmt: {
            auto* i = static_cast<const IfStmt*>(s);
            return i->els && isTerminating(i->body) && isTerminating(i->els);
        }
        case ast::Kind::LabeledStmt: {
            auto* l = static_cast<const LabeledStmt*>(s);
            return isTerminating(l->stmt, l->label->name);
        }
        case ast::Kind::ForStmt: {
            auto* f = static_cast<const ForStmt*>(s);
            return !f->cond && !hasBreak(f->body, label, true);
        }
        case ast::Kind::SwitchStmt:
        case ast::Kind::TypeSwitchStmt: {
            bool hasDefault = false;
            for (Stmt* c : clausesOf(s)) {
                auto* cc = static_cast<const CaseClause*>(c);
                if (cc->isDefault) hasDefault = true;
                if (cc->body.empty()) return false;
                const Stmt* last = cc->body.back();
                if (!isTerminating(last)) return false;
                for (Stmt* b : cc->body)
                    if (hasBreak(b, label, true)) return false;
            }
            return hasDefault;
        }
        case ast::Kind::SelectStmt:
            for (Stmt* c : static_cast<const SelectStmt*>(s)->clauses) {
                auto* cc = static_cast<const CommClause*>(c);
                if (cc->body.empty() || !isTerminating(cc->body.back())) return false;
                for (Stmt* b : cc->body)
                    if (hasBreak(b, label, true)) return false;
            }
            return true;
        default: return false;
    }
}

bool Checker::hasBreak(const Stmt* s, std::string_view label, bool implicit) const {
    if (!s) return false;
    guardStack(s);
    switch (s->kind) {
        case ast::Kind::BranchStmt: {
            auto* b = static_cast<const BranchStmt*>(s);
            if (b->tok != Tok::Break) return false;
            if (!b->label) return implicit;
            return b->label->name == label;
        }
        case ast::Kind::BlockStmt:
            for (Stmt* c : static_cast<const BlockStmt*>(s)->list)
                if (hasBreak(c, label, implicit)) return true;
            return false;
        case ast::Kind::LabeledStmt: return hasBreak(static_cast<const LabeledStmt*>(s)->stmt, label, implicit);
        case ast::Kind::IfStmt: {
            auto* i = static_cast<const IfStmt*>(s);
            return hasBreak(i->body, label, implicit) || hasBreak(i->els, label, implicit);
        }
        // a break inside a nested loop or switch breaks out of that one
        case ast::Kind::ForStmt: return hasBreak(static_cast<const ForStmt*>(s)->body, label, false);
        case ast::Kind::RangeStmt: return hasBreak(static_cast<const RangeStmt*>(s)->body, label, false);
        case ast::Kind::SwitchStmt:
        case ast::Kind::TypeSwitchStmt:
            for (Stmt* c : clausesOf(s))
                for (Stmt* b : static_cast<const CaseClause*>(c)->body)
                    if (hasBreak(b, label, false)) return true;
            return false;
        case ast::Kind::SelectStmt:
            for (Stmt* c : static_cast<const SelectStmt*>(s)->clauses)
                for (Stmt* b : static_cast<const CommClause*>(c)->body)
                    if (hasBreak(b, label, false)) return true;
            return false;
        default: return false;
    }
}

bool checkFile(const File& file, Diagnostics& diags, types::TypeTable& types, const PackageLoader& loader, Info& info) {
    Checker c(file, diags, types, loader, info);
    try {
        return c.run();
    } catch (const support::NestingTooDeep& n) {
        diags.error({n.line, n.col}, "too deeply nested");
        return false;
    }
}

bool checkInput(const File& file, Diagnostics& diags, types::TypeTable& types, const PackageLoader& loader, Info& info,
                SessionState& session) {
    Checker c(file, diags, types, loader, info, &session);
    try {
        return c.run();
    } catch (const support::NestingTooDeep& n) {
        c.takeBackMethods();
        diags.error({n.line, n.col}, "too deeply nested");
        return false;
    }
}

}  // namespace gos::check
