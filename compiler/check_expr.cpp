// The type checker, part two: expressions.
//
// Every expression is checked into an Operand and recorded in Info::types
// with its final type: for an untyped constant that is the type the context
// gave it (its default type when the context gave none), so the code
// generator can materialise it without looking further.
#include <cctype>
#include <algorithm>
#include <cmath>
#include <utility>

#include "compiler/checker_impl.h"
#include "lexer/unicode.h"
#include "parser/syntax_string.h"

namespace gos::check {

using namespace gos::ast;
using types::Kind;

namespace {

bool basicKindOf(const types::Type* t, constant::BasicKind& out) {
    using BK = constant::BasicKind;
    switch (types::underlying(const_cast<types::Type*>(t))->kind) {
        case Kind::Bool: out = BK::Bool; return true;
        case Kind::Int: out = BK::Int; return true;
        case Kind::Int8: out = BK::Int8; return true;
        case Kind::Int16: out = BK::Int16; return true;
        case Kind::Int32: out = BK::Int32; return true;
        case Kind::Int64: out = BK::Int64; return true;
        case Kind::Uint: out = BK::Uint; return true;
        case Kind::Uint8: out = BK::Uint8; return true;
        case Kind::Uint16: out = BK::Uint16; return true;
        case Kind::Uint32: out = BK::Uint32; return true;
        case Kind::Uint64: out = BK::Uint64; return true;
        case Kind::Uintptr: out = BK::Uintptr; return true;
        case Kind::Float32: out = BK::Float32; return true;
        case Kind::Float64: out = BK::Float64; return true;
        case Kind::Complex64: out = BK::Complex64; return true;
        case Kind::Complex128: out = BK::Complex128; return true;
        case Kind::String: out = BK::String; return true;
        case Kind::UntypedBool: out = BK::UntypedBool; return true;
        case Kind::UntypedInt: out = BK::UntypedInt; return true;
        case Kind::UntypedRune: out = BK::UntypedRune; return true;
        case Kind::UntypedFloat: out = BK::UntypedFloat; return true;
        case Kind::UntypedComplex: out = BK::UntypedComplex; return true;
        case Kind::UntypedString: out = BK::UntypedString; return true;
        default: return false;
    }
}

constant::Op constOp(Tok t) {
    switch (t) {
        case Tok::Add: return constant::Op::Add;
        case Tok::Sub: return constant::Op::Sub;
        case Tok::Mul: return constant::Op::Mul;
        case Tok::Quo: return constant::Op::Quo;
        case Tok::Rem: return constant::Op::Rem;
        case Tok::And: return constant::Op::And;
        case Tok::Or: return constant::Op::Or;
        case Tok::Xor: return constant::Op::Xor;
        case Tok::AndNot: return constant::Op::AndNot;
        case Tok::LAnd: return constant::Op::LAnd;
        case Tok::LOr: return constant::Op::LOr;
        case Tok::Not: return constant::Op::Not;
        case Tok::Eql: return constant::Op::Eql;
        case Tok::Neq: return constant::Op::Neq;
        case Tok::Lss: return constant::Op::Lss;
        case Tok::Leq: return constant::Op::Leq;
        case Tok::Gtr: return constant::Op::Gtr;
        case Tok::Geq: return constant::Op::Geq;
        case Tok::Shl: return constant::Op::Shl;
        default: return constant::Op::Shr;
    }
}

// The "rank" of an untyped kind: mixing untyped operands gives the larger.
int untypedRank(Kind k) {
    switch (k) {
        case Kind::UntypedInt: return 1;
        case Kind::UntypedRune: return 2;
        case Kind::UntypedFloat: return 3;
        case Kind::UntypedComplex: return 4;
        default: return 0;
    }
}

bool isComparisonOp(Tok t) {
    return t == Tok::Eql || t == Tok::Neq || t == Tok::Lss || t == Tok::Leq || t == Tok::Gtr || t == Tok::Geq;
}

}  // namespace

// ---- operand descriptions -------------------------------------------------------

bool Checker::hasCallOrRecv(const Expr* e) const {
    if (!e) return false;
    switch (e->kind) {
        case ast::Kind::FuncLit: return false;  // its body runs later
        case ast::Kind::ParenExpr: return hasCallOrRecv(static_cast<const ParenExpr*>(e)->x);
        case ast::Kind::UnaryExpr: {
            auto* u = static_cast<const UnaryExpr*>(e);
            return u->op == Tok::Arrow || hasCallOrRecv(u->x);
        }
        case ast::Kind::StarExpr: return hasCallOrRecv(static_cast<const StarExpr*>(e)->x);
        case ast::Kind::BinaryExpr: {
            auto* b = static_cast<const BinaryExpr*>(e);
            return hasCallOrRecv(b->x) || hasCallOrRecv(b->y);
        }
        case ast::Kind::SelectorExpr: return hasCallOrRecv(static_cast<const SelectorExpr*>(e)->x);
        case ast::Kind::IndexExpr: {
            auto* ix = static_cast<const IndexExpr*>(e);
            return hasCallOrRecv(ix->x) || hasCallOrRecv(ix->index);
        }
        case ast::Kind::SliceExpr: {
            auto* se = static_cast<const SliceExpr*>(e);
            return hasCallOrRecv(se->x) || hasCallOrRecv(se->low) || hasCallOrRecv(se->high) || hasCallOrRecv(se->max);
        }
        case ast::Kind::TypeAssertExpr: return hasCallOrRecv(static_cast<const TypeAssertExpr*>(e)->x);
        case ast::Kind::KeyValueExpr: {
            auto* kv = static_cast<const KeyValueExpr*>(e);
            return hasCallOrRecv(kv->key) || hasCallOrRecv(kv->value);
        }
        case ast::Kind::CompositeLit:
            for (const Expr* el : static_cast<const CompositeLit*>(e)->elts)
                if (hasCallOrRecv(el)) return true;
            return false;
        case ast::Kind::CallExpr: {
            auto* c = static_cast<const CallExpr*>(e);
            const TypeAndValue* tv = info_.typeOf(c);
            if (tv && tv->mode == Mode::Constant) return false;
            const TypeAndValue* fv = info_.typeOf(c->fun);
            if (!fv || fv->mode != Mode::TypeExpr) return true;  // a call (conversions are not)
            for (const Expr* a : c->args)
                if (hasCallOrRecv(a)) return true;
            return false;
        }
        default: return false;
    }
}

std::string Checker::describe(const Operand& x) const {
    if (x.type && x.type->kind == Kind::UntypedNil) return "nil";
    std::string e = x.expr ? exprString(x.expr) : "";
    std::string out;
    if (!e.empty()) out = e + " (";
    bool hasType = false;
    switch (x.mode) {
        case Mode::NoValue:
        case Mode::Builtin:
        case Mode::TypeExpr: break;
        default:
            if (x.type) {
                if (types::isUntyped(x.type)) {
                    out += typeName(x.type) + " ";
                } else {
                    hasType = true;
                }
            }
    }
    switch (x.mode) {
        case Mode::NoValue: out += "no value"; break;
        case Mode::Builtin: out += "built-in"; break;
        case Mode::TypeExpr: out += "type"; break;
        case Mode::Constant: out += "constant"; break;
        case Mode::Variable: out += "variable"; break;
        case Mode::MapIndex: out += "map index expression"; break;
        case Mode::CommaOk: out += "comma, ok expression"; break;
        case Mode::Value: out += "value"; break;
    }
    if (x.mode == Mode::Constant) {
        std::string s = constant::toString(x.value);
        if (s != e) out += " " + s;
    }
    if (hasType) out += " of type " + typeName(x.type);
    if (!e.empty()) out += ")";
    return out;
}

types::Type* Checker::defaultType(types::Type* t) const {
    switch (t->kind) {
        case Kind::UntypedBool: return tt_.basic(Kind::Bool);
        case Kind::UntypedInt: return tt_.basic(Kind::Int);
        case Kind::UntypedRune: return tt_.runeType();
        case Kind::UntypedFloat: return tt_.basic(Kind::Float64);
        case Kind::UntypedComplex: return tt_.basic(Kind::Complex128);
        case Kind::UntypedString: return tt_.basic(Kind::String);
        default: return t;
    }
}

void Checker::record(const Operand& x) {
    if (!x.expr) return;
    info_.types[x.expr] = {x.mode, x.type, x.value};
}

// Records the final type of an untyped expression and, for untyped
// operations, of its operands (so that `1 << n` in a float context knows
// its type).
void Checker::updateExprType(const Expr* e, types::Type* t, bool final) {
    guardStack(e);
    auto it = info_.types.find(e);
    if (it == info_.types.end()) return;
    if (!types::isUntyped(it->second.type) && it->second.type) return;
    switch (e->kind) {
        case ast::Kind::ParenExpr: updateExprType(static_cast<const ParenExpr*>(e)->x, t, final); break;
        case ast::Kind::UnaryExpr:
            if (it->second.mode != Mode::Constant) updateExprType(static_cast<const UnaryExpr*>(e)->x, t, final);
            break;
        case ast::Kind::BinaryExpr: {
            auto* b = static_cast<const BinaryExpr*>(e);
            if (it->second.mode == Mode::Constant) break;
            if (isComparisonOp(b->op)) break;  // the operands keep their own type
            if (b->op == Tok::Shl || b->op == Tok::Shr) {
                updateExprType(b->x, t, final);
            } else {
                updateExprType(b->x, t, final);
                updateExprType(b->y, t, final);
            }
            break;
        }
        default: break;
    }
    if (types::isUntyped(t) && !final) return;
    it->second.type = t;
}

// ---- untyped conversion and assignability ------------------------------------------------------

bool Checker::representable(Operand& x, types::Type* t, bool report, const std::string& context) {
    constant::BasicKind bk;
    if (!basicKindOf(t, bk)) return true;
    constant::Value rounded;
    if (constant::representable(x.value, bk, &rounded)) {
        if (!types::isUntyped(t) && !rounded.isUnknown()) x.value = rounded;
        return true;
    }
    if (!report) return false;
    types::Type* u = types::underlying(t);
    std::string why;
    if (types::isNumeric(x.type) && types::isNumeric(u)) {
        bool xInt = x.value.kind() == constant::Kind::Int;
        if (types::isInteger(u) && !xInt && constant::toInt(x.value).kind() != constant::Kind::Int) why = " (truncated)";
        else if (types::isInteger(u) || types::isFloat(u) || types::isComplex(u)) why = " (overflows)";
        if (types::isInteger(u) && x.value.kind() == constant::Kind::Complex) why = " (truncated)";
    }
    if (!context.empty()) {
        if (why.empty()) {
            error(startPos(x.expr), "cannot use " + describe(x) + " as " + typeName(t) + " value in " + context);
        } else {
            error(startPos(x.expr), "cannot use " + describe(x) + " as " + typeName(t) + " value in " + context + why);
        }
    } else if (why == " (truncated)") {
        error(startPos(x.expr), describe(x) + " truncated to " + typeName(t));
    } else if (!why.empty()) {
        error(startPos(x.expr), describe(x) + " overflows " + typeName(t));
    } else {
        error(startPos(x.expr), "cannot convert " + describe(x) + " to type " + typeName(t));
    }
    x.invalid = true;
    return false;
}

bool Checker::convertUntyped(Operand& x, types::Type* target) {
    if (x.invalid || !x.type || !types::isUntyped(x.type)) return !x.invalid;
    if (!target) target = defaultType(x.type);
    if (x.type->kind == Kind::UntypedNil) {
        if (!types::hasNil(target)) {
            error(startPos(x.expr), "cannot use nil as " + typeName(target) + " value in assignment");
            x.invalid = true;
            return false;
        }
        x.type = target;
        updateExprType(x.expr, target, true);
        record(x);
        return true;
    }
    types::Type* u = types::underlying(target);
    if (types::isUntyped(target)) {
        // both untyped: the larger kind wins (for numbers)
        if (types::isNumeric(x.type) && types::isNumeric(target)) {
            if (untypedRank(target->kind) > untypedRank(x.type->kind)) x.type = target;
        }
        updateExprType(x.expr, x.type, false);
        return true;
    }
    bool ok = false;
    if (u->kind == Kind::Interface) {
        // an untyped value in an interface context takes its default type
        types::Type* d = defaultType(x.type);
        if (static_cast<types::Interface*>(u)->methods.empty()) {
            x.type = d;
            updateExprType(x.expr, d, true);
            record(x);
            return true;
        }
        target = d;
        u = d;
    }
    if (types::isBoolean(x.type)) ok = types::isBoolean(u);
    else if (types::isString(x.type)) ok = types::isString(u);
    else if (types::isNumeric(x.type)) ok = types::isNumeric(u);
    if (!ok) {
        error(startPos(x.expr), "cannot convert " + describe(x) + " to " + typeName(target));
        x.invalid = true;
        return false;
    }
    if (x.mode == Mode::Constant && !representable(x, target, true, "")) return false;
    x.type = target;
    updateExprType(x.expr, target, true);
    record(x);
    return true;
}

bool Checker::assignableTo(const Operand& x, types::Type* t) const {
    types::Type* v = x.type;
    if (!v || !t) return true;
    if (types::identical(v, t)) return true;
    types::Type* vu = types::underlying(v);
    types::Type* tu = types::underlying(t);
    if (types::isUntyped(v)) {
        if (v->kind == Kind::UntypedNil) return types::hasNil(t);
        if (tu->kind == Kind::Interface) return static_cast<types::Interface*>(tu)->methods.empty();
        if (types::isBoolean(v)) return types::isBoolean(tu);
        if (types::isString(v)) return types::isString(tu);
        if (types::isNumeric(v)) return types::isNumeric(tu);
        return false;
    }
    // identical underlying types and at least one is not named
    // (predeclared types have names too: float64 is not assignable to Meters)
    auto hasName = [](const types::Type* y) { return y->kind == Kind::Named || types::isBasic(y); };
    if (vu == tu && (!hasName(v) || !hasName(t)) && vu->kind != Kind::Invalid) return true;
    if (tu->kind == Kind::Interface) {
        // v implements the interface
        return missingMethod(v, static_cast<types::Interface*>(tu)).empty();
    }
    // bidirectional channel to a directional one
    if (vu->kind == Kind::Chan && tu->kind == Kind::Chan) {
        auto* vc = static_cast<types::Chan*>(vu);
        auto* tc = static_cast<types::Chan*>(tu);
        return vc->dir == types::ChanDir::Both && vc->elem == tc->elem && (v->kind != Kind::Named || t->kind != Kind::Named);
    }
    return false;
}

// Why v does not implement interface t, in gc's words: "(missing M
// method)", "(M method has pointer receiver)", "(wrong type for M method)"
// with have/want lines; empty when it does. Like types2, the first of t's
// methods (in name order) that v lacks decides, and a method found only on
// *v or only by folding case is shown as what v has.
std::string Checker::missingMethod(types::Type* v, types::Interface* t) const {
    auto funcString = [&](const std::string& name, types::Func* sig) {
        std::string s = typeName(sig);  // "func(int) string"
        return name + s.substr(4);
    };
    auto haveWant = [&](const std::string& haveName, types::Func* have, const std::string& wantName, types::Func* want) {
        return "\n\t\thave " + funcString(haveName, have) + "\n\t\twant " + funcString(wantName, want);
    };
    if (types::underlying(v)->kind == Kind::Interface) {
        auto* vi = static_cast<types::Interface*>(types::underlying(v));
        for (const types::InterfaceMethod& m : t->methods) {
            const types::InterfaceMethod* f = nullptr;
            for (const auto& im : vi->methods)
                if (im.name == m.name) f = &im;
            if (!f) return "(missing " + m.name + " method)";
            if (f->sig != m.sig) return "(wrong type for " + m.name + " method)" + haveWant(f->name, f->sig, m.name, m.sig);
        }
        return "";
    }
    for (const types::InterfaceMethod& m : t->methods) {
        types::Lookup l = types::lookupFieldOrMethod(v, m.name);
        if (l.ifaceMethod) {
            if (l.ifaceMethod->sig == m.sig) continue;
            return "(wrong type for " + m.name + " method)" + haveWant(l.ifaceMethod->name, l.ifaceMethod->sig, m.name, m.sig);
        }
        bool inSet = l.method && !(l.method->pointerReceiver && !l.indirect && v->kind != Kind::Pointer);
        if (inSet && l.method->sig == m.sig) continue;
        const types::Method* alt = l.method;  // found on *v when not in v's method set
        if (!alt && !l.field) {
            types::Lookup folded = types::lookupFieldOrMethod(v, m.name, true);
            if (folded.method && !(folded.method->pointerReceiver && !folded.indirect && v->kind != Kind::Pointer))
                alt = folded.method;
        }
        if (!alt) return "(missing " + m.name + " method)";
        if (alt->name != m.name) return "(missing " + m.name + " method)" + haveWant(alt->name, alt->sig, m.name, m.sig);
        if (alt->sig == m.sig) return "(" + m.name + " method has pointer receiver)";
        return "(wrong type for " + m.name + " method)" + haveWant(alt->name, alt->sig, m.name, m.sig);
    }
    return "";
}

bool Checker::assignment(Operand& x, types::Type* t, const std::string& context) {
    if (x.invalid || !t || t->kind == Kind::Invalid) return false;
    if (x.mode == Mode::NoValue) {
        error(startPos(x.expr), exprString(x.expr) + " (no value) used as value");
        x.invalid = true;
        return false;
    }
    if (x.mode == Mode::TypeExpr) {
        error(startPos(x.expr), exprString(x.expr) + " (type) is not an expression");
        x.invalid = true;
        return false;
    }
    if (x.mode == Mode::Builtin) {
        error(startPos(x.expr), exprString(x.expr) + " (built-in) must be called");
        x.invalid = true;
        return false;
    }
    if (types::isUntyped(x.type)) {
        types::Type* tu = types::underlying(t);
        bool fits = x.type->kind == Kind::UntypedNil ? types::hasNil(t)
                    : tu->kind == Kind::Interface    ? true
                    : types::isBoolean(x.type)       ? types::isBoolean(tu)
                    : types::isString(x.type)        ? types::isString(tu)
                    : types::isNumeric(x.type)       ? types::isNumeric(tu)
                                                     : false;
        if (!fits) {
            error(startPos(x.expr), "cannot use " + describe(x) + " as " + typeName(t) + " value in " + context);
            x.invalid = true;
            return false;
        }
        if (x.mode == Mode::Constant && tu->kind != Kind::Interface) {
            if (!representable(x, t, true, context)) return false;
            x.type = t;
            updateExprType(x.expr, t, true);
            record(x);
            return true;
        }
        return convertUntyped(x, t);
    }
    if (!assignableTo(x, t)) {
        std::string why;
        types::Type* tu = types::underlying(t);
        if (tu->kind == Kind::Interface)
            why = ":\n\t" + typeName(x.type) + " does not implement " + typeName(t) + " " +
                  missingMethod(x.type, static_cast<types::Interface*>(tu));
        else if (types::underlying(x.type)->kind == Kind::Interface &&
                 missingMethod(t, static_cast<types::Interface*>(types::underlying(x.type))).empty())
            why = ":\n\tneed type assertion";  // t implements x's interface: x.(t) would do
        error(startPos(x.expr), "cannot use " + describe(x) + " as type " + typeName(t) + " in " + context + why);
        x.invalid = true;
        return false;
    }
    return true;
}

// ---- expressions ------------------------------------------------------------------------------

void Checker::use(const Expr* e) {
    Operand x;
    rawExpr(x, e, nullptr);
}

void Checker::expr(Operand& x, const Expr* e, types::Type* hint) {
    rawExpr(x, e, hint);
    if (x.invalid) return;
    if (x.mode == Mode::NoValue) {
        error(startPos(e), exprString(e) + " (no value) used as value");
        x.invalid = true;
    } else if (x.mode == Mode::TypeExpr) {
        error(startPos(e), exprString(e) + " (type) is not an expression");
        x.invalid = true;
    } else if (x.mode == Mode::Builtin) {
        error(startPos(e), exprString(e) + " (built-in) must be called");
        x.invalid = true;
    } else if (x.type && x.type->kind == Kind::Tuple) {
        error(e->pos, "multiple-value " + exprString(e) + " (value of type " + typeName(x.type) + ") in single-value context");
        x.invalid = true;
    }
}

void Checker::exprOrType(Operand& x, const Expr* e, types::Type* hint) {
    rawExpr(x, e, hint);
    if (!x.invalid && x.mode == Mode::NoValue) {
        error(e->pos, exprString(e) + " (no value) used as value");
        x.invalid = true;
    } else if (!x.invalid && x.type && x.type->kind == Kind::Tuple) {
        error(e->pos, "multiple-value " + exprString(e) + " (value of type " + typeName(x.type) + ") in single-value context");
        x.invalid = true;
    }
}

void Checker::multiExpr(std::vector<Operand>& out, const Expr* e, bool commaOk) {
    Operand x;
    rawExpr(x, e, nullptr);
    if (x.invalid) {
        out.push_back(x);
        return;
    }
    if (commaOk && (x.mode == Mode::CommaOk || x.mode == Mode::MapIndex)) {
        // v, ok = x.(T): the value and an untyped boolean
        const Expr* inner = e;
        while (auto* p = as<ParenExpr>(const_cast<Expr*>(inner))) inner = p->x;
        info_.commaOk[inner] = x.type;
        x.mode = Mode::Value;
        out.push_back(x);
        Operand ok;
        ok.mode = Mode::Value;
        ok.type = tt_.basic(Kind::UntypedBool);
        ok.expr = e;
        out.push_back(ok);
        return;
    }
    if (x.type && x.type->kind == Kind::Tuple) {
        for (types::Type* t : static_cast<types::Tuple*>(x.type)->types) {
            Operand o;
            o.mode = Mode::Value;
            o.type = t;
            o.expr = e;
            out.push_back(o);
        }
        return;
    }
    if (x.mode == Mode::NoValue) return;
    if (x.mode == Mode::Builtin || x.mode == Mode::TypeExpr) {
        error(startPos(e), exprString(e) + (x.mode == Mode::Builtin ? " (built-in) must be called" : " (type) is not an expression"));
        x.invalid = true;
    }
    out.push_back(x);
}

void Checker::rawExpr(Operand& x, const Expr* e, types::Type* hint) {
    guardStack(e);
    x = Operand{};
    x.expr = e;
    switch (e->kind) {
        case ast::Kind::BadExpr: x.invalid = true; return;
        case ast::Kind::Ident: ident(x, static_cast<const Ident*>(e)); break;
        case ast::Kind::BasicLit: {
            auto* lit = static_cast<const BasicLit*>(e);
            constant::LitKind lk;
            Kind k;
            switch (lit->lit) {
                case Tok::Int: lk = constant::LitKind::IntLit, k = Kind::UntypedInt; break;
                case Tok::Float: lk = constant::LitKind::FloatLit, k = Kind::UntypedFloat; break;
                case Tok::Imag: lk = constant::LitKind::ImagLit, k = Kind::UntypedComplex; break;
                case Tok::Char: lk = constant::LitKind::CharLit, k = Kind::UntypedRune; break;
                default: lk = constant::LitKind::StringLit, k = Kind::UntypedString; break;
            }
            // types2's cap on numeric literals: longer ones mean nothing at 512 bits
            constexpr size_t kMaxLiteralChars = 10000;
            if ((k == Kind::UntypedInt || k == Kind::UntypedFloat || k == Kind::UntypedComplex) &&
                lit->value.size() > kMaxLiteralChars) {
                error(e->pos, "excessively long constant: " + std::string(lit->value.substr(0, 10)) + "... (" +
                                  std::to_string(lit->value.size()) + " chars)");
                x.invalid = true;
                return;
            }
            if (lit->bad) {
                x.invalid = true;
                return;
            }
            if (lk == constant::LitKind::IntLit || lk == constant::LitKind::FloatLit || lk == constant::LitKind::ImagLit) {
                // bytes the source reader skipped (a NUL) stay in the text
                for (char c : lit->value) {
                    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '+' && c != '-') {
                        error(e->pos, "malformed constant: " + std::string(lit->value));
                        x.invalid = true;
                        return;
                    }
                }
            }
            x.mode = Mode::Constant;
            x.type = tt_.basic(k);
            x.value = constant::fromLiteral(lk, lit->value);
            if (x.value.isUnknown()) {
                error(e->pos, "excessively large constant " + std::string(lit->value));
                x.invalid = true;
                return;
            }
            break;
        }
        case ast::Kind::ParenExpr: {
            rawExpr(x, static_cast<const ParenExpr*>(e)->x, hint);
            x.expr = e;
            break;
        }
        case ast::Kind::SelectorExpr: selector(x, static_cast<const SelectorExpr*>(e)); break;
        case ast::Kind::IndexExpr: indexExpr(x, static_cast<const IndexExpr*>(e)); break;
        case ast::Kind::SliceExpr: sliceExpr(x, static_cast<const SliceExpr*>(e)); break;
        case ast::Kind::CallExpr: call(x, static_cast<const CallExpr*>(e)); break;
        case ast::Kind::StarExpr: {
            auto* s = static_cast<const StarExpr*>(e);
            Operand p;
            exprOrType(p, s->x);
            if (p.invalid) {
                x.invalid = true;
                return;
            }
            if (p.mode == Mode::TypeExpr) {
                x.mode = Mode::TypeExpr;
                x.type = tt_.pointer(p.type);
                break;
            }
            if (p.mode == Mode::Builtin) {
                error(startPos(s->x), "invalid operation: cannot indirect " + exprString(s->x) + " (built-in)");
                x.invalid = true;
                return;
            }
            if (p.type->kind == Kind::UntypedNil) {
                error(e->pos, "invalid operation: cannot indirect nil");
                x.invalid = true;
                return;
            }
            types::Type* u = types::underlying(p.type);
            if (u->kind != Kind::Pointer) {
                error(e->pos, "invalid operation: cannot indirect " + describe(p));
                x.invalid = true;
                return;
            }
            x.mode = Mode::Variable;
            x.type = static_cast<types::Pointer*>(u)->elem;
            break;
        }
        case ast::Kind::UnaryExpr: unary(x, static_cast<const UnaryExpr*>(e), hint); break;
        case ast::Kind::BinaryExpr: binary(x, static_cast<const BinaryExpr*>(e), hint); break;
        case ast::Kind::CompositeLit: compositeLit(x, static_cast<const CompositeLit*>(e), hint); break;
        case ast::Kind::FuncLit: funcLit(x, static_cast<const FuncLit*>(e)); break;
        case ast::Kind::ArrayType:
        case ast::Kind::StructType:
        case ast::Kind::FuncType:
        case ast::Kind::InterfaceType:
        case ast::Kind::MapType:
        case ast::Kind::ChanType:
            x.mode = Mode::TypeExpr;
            x.type = typeExpr(e);
            break;
        case ast::Kind::TypeAssertExpr:
            typeAssertion(x, static_cast<const TypeAssertExpr*>(e));
            if (x.invalid) return;
            break;
        case ast::Kind::KeyValueExpr:
            error(e->pos, "unexpected key:value expression");
            x.invalid = true;
            return;
        default:
            error(e->pos, std::string(kindName(e->kind)) + " is not supported yet");
            x.invalid = true;
            return;
    }
    if (!x.invalid) record(x);
}

void Checker::ident(Operand& x, const Ident* id) {
    if (id->name == "_") {
        error(id->pos, "cannot use _ as value");
        x.invalid = true;
        return;
    }
    Object* obj = nullptr;
    Scope* found = nullptr;
    for (Scope* s = scope_; s; s = s->parent) {
        if ((obj = s->lookupLocal(id->name))) {
            found = s;
            break;
        }
    }
    if (!obj && file_.script()) {
        // a script imports standard packages by naming them
        auto it = importedByName_.find(std::string(id->name));
        Package* pkg = it != importedByName_.end() ? it->second : loader_(id->name, tt_);
        if (pkg && pkg->unavailable) {
            error(id->pos, "package " + pkg->path + " is not available");
            x.invalid = true;
            return;
        }
        if (pkg) {
            importedByName_[std::string(id->name)] = pkg;
            obj = newObjectPkg(pkg, id);
        }
    }
    if (!obj) {
        error(id->pos, "undefined: " + std::string(id->name));
        x.invalid = true;
        return;
    }
    info_.uses[id] = obj;
    obj->used = true;
    switch (obj->kind) {
        case Object::Kind::PkgName:
            error(id->pos, "use of package " + obj->name + " without selector");
            x.invalid = true;
            return;
        case Object::Kind::Const:
            if (obj->name == "iota" && found == &universe_) {
                if (iota_ < 0) {
                    error(id->pos, "cannot use iota outside constant declaration");
                    x.invalid = true;
                    return;
                }
                x.mode = Mode::Constant;
                x.type = tt_.basic(Kind::UntypedInt);
                x.value = constant::makeInt64(iota_);
                return;
            }
            resolve(obj);
            if (obj->declNode && depOwner_) deps_[depOwner_].insert(obj);
            if (!obj->type || obj->type->kind == Kind::Invalid) {
                x.invalid = true;
                return;
            }
            x.mode = Mode::Constant;
            x.type = obj->type;
            x.value = obj->value;
            return;
        case Object::Kind::TypeName:
            if (indirectTypes_ > 0 && found == pkgScope_ && obj->state == Object::State::Unresolved &&
                obj->declNode && obj->declNode->kind == ast::Kind::TypeSpec &&
                !static_cast<const TypeSpec*>(obj->declNode)->alias) {
                // not needed complete here: completed when its turn comes
                if (!obj->type) obj->type = tt_.named(obj->name, "main");
            } else {
                resolve(obj);
            }
            x.mode = Mode::TypeExpr;
            x.type = obj->type;
            if (!x.type) {
                error(id->pos, "invalid use of type " + obj->name + " in its own declaration");
                x.invalid = true;
            }
            return;
        case Object::Kind::Var:
            resolve(obj);
            if (obj->global && depOwner_) deps_[depOwner_].insert(obj);
            // a variable of an enclosing function, used by a literal: captured
            if (!obj->global && obj->owner && func_ && obj->owner != func_) {
                if (!obj->captured) {
                    obj->captured = true;
                    if (!obj->escapes) {
                        obj->escapes = true;
                        info_.escapes.push_back({obj->pos, "moved to heap: " + obj->name});
                    }
                }
                for (FuncInfo* f = func_; f && f != obj->owner; f = f->outer) {
                    if (std::find(f->captures.begin(), f->captures.end(), obj) == f->captures.end())
                        f->captures.push_back(obj);
                }
            }
            x.mode = Mode::Variable;
            x.type = obj->type;
            if (!x.type || x.type->kind == Kind::Invalid) x.invalid = true;
            return;
        case Object::Kind::Func:
            resolve(obj);
            if (depOwner_) deps_[depOwner_].insert(obj);
            x.mode = Mode::Value;
            x.type = obj->type;
            return;
        case Object::Kind::Builtin:
            x.mode = Mode::Builtin;
            x.builtinObj = obj;
            return;
        case Object::Kind::Nil:
            x.mode = Mode::Value;
            x.type = tt_.basic(Kind::UntypedNil);
            return;
        default: x.invalid = true; return;
    }
}

Object* Checker::newObjectPkg(Package* pkg, const Ident* id) {
    auto obj = std::make_unique<Object>();
    obj->kind = Object::Kind::PkgName;
    obj->name = pkg->name;
    obj->package = pkg;
    obj->pos = id->pos;
    obj->used = true;
    Object* raw = obj.get();
    info_.objects.push_back(std::move(obj));
    pkgScope_->names[raw->name] = raw;
    return raw;
}

// ---- selectors -------------------------------------------------------------------------------

// Whether a field or method found by lookup may be named here: an
// unexported one only in the package that declared it (every package but
// main is a library whose unexported members stay hidden).
bool Checker::visibleHere(types::Type* base, const types::Lookup& l, std::string_view sel) const {
    if (sel.empty() || (sel[0] >= 'A' && sel[0] <= 'Z')) return true;
    const types::Named* owner = l.methodOwner;
    if (l.field) {
        // the struct the field is in: follow the embedded fields of the path
        types::Type* t = base;
        for (size_t k = 0; k + 1 < l.path.size(); ++k) {
            types::Type* u = types::underlying(t);
            if (u->kind == Kind::Pointer) u = types::underlying(static_cast<types::Pointer*>(u)->elem);
            if (u->kind != Kind::Struct) return true;
            t = static_cast<types::Struct*>(u)->fields[static_cast<size_t>(l.path[k])].type;
        }
        if (t->kind == Kind::Pointer) t = static_cast<types::Pointer*>(t)->elem;
        owner = t->kind == Kind::Named ? static_cast<const types::Named*>(t) : nullptr;
    }
    return !owner || owner->pkg.empty() || owner->pkg == "main";
}

void Checker::selector(Operand& x, const SelectorExpr* e) {
    std::string_view sel = e->sel->name;
    // a package member
    if (auto* id = as<Ident>(e->x)) {
        Object* obj = nullptr;
        for (Scope* s = scope_; s && !obj; s = s->parent) obj = s->lookupLocal(id->name);
        if (!obj && file_.script()) {
            auto it = importedByName_.find(std::string(id->name));
            Package* pkg = it != importedByName_.end() ? it->second : loader_(id->name, tt_);
            if (pkg && pkg->unavailable) {
                error(id->pos, "package " + pkg->path + " is not available");
                x.invalid = true;
                return;
            }
            if (pkg) {
                importedByName_[std::string(id->name)] = pkg;
                obj = newObjectPkg(pkg, id);
            }
        }
        if (obj && obj->kind == Object::Kind::PkgName) {
            obj->used = true;
            info_.uses[id] = obj;
            Package* pkg = obj->package;
            auto it = pkg->members.find(sel);
            if (it == pkg->members.end() || sel.empty() || !(sel[0] >= 'A' && sel[0] <= 'Z')) {
                if (it != pkg->members.end() || (!sel.empty() && sel[0] >= 'a' && sel[0] <= 'z'))
                    error(e->sel->pos, "name " + std::string(sel) + " not exported by package " + pkg->name);
                else
                    error(e->sel->pos, "undefined: " + std::string(id->name) + "." + std::string(sel));
                x.invalid = true;
                return;
            }
            Object* m = it->second;
            Selection s;
            s.kind = Selection::Kind::Qualified;
            s.member = m;
            info_.selections[e] = s;
            info_.uses[e->sel] = m;
            switch (m->kind) {
                case Object::Kind::Const:
                    x.mode = Mode::Constant;
                    x.type = m->type;
                    x.value = m->value;
                    return;
                case Object::Kind::TypeName:
                    x.mode = Mode::TypeExpr;
                    x.type = m->type;
                    return;
                case Object::Kind::Var:
                    x.mode = Mode::Variable;
                    x.type = m->type;
                    return;
                case Object::Kind::Func:
                    x.mode = Mode::Value;
                    x.type = m->type;
                    return;
                default: x.invalid = true; return;
            }
        }
    }

    Operand base;
    exprOrType(base, e->x);
    if (base.invalid) {
        x.invalid = true;
        return;
    }
    if (base.mode == Mode::NoValue || base.mode == Mode::Builtin || !base.type) {
        error(e->x->pos, exprString(e->x) + (base.mode == Mode::Builtin ? " (built-in) must be called" : " (no value) used as value"));
        x.invalid = true;
        return;
    }
    if (base.type->kind == Kind::UntypedNil) {
        error(e->pos, "use of untyped nil");
        x.invalid = true;
        return;
    }
    if (base.mode == Mode::Constant && types::isUntyped(base.type)) convertUntyped(base, nullptr);
    if (types::underlying(base.type)->kind == Kind::Interface) {
        for (const auto& m : static_cast<types::Interface*>(types::underlying(base.type))->methods) {
            if (m.name != sel) continue;
            Selection s;
            s.interfaceMethod = true;
            s.methodName = m.name;
            x.mode = Mode::Value;
            if (base.mode == Mode::TypeExpr) {
                // the method expression I.M: a function of the interface value, then M's parameters
                s.kind = Selection::Kind::MethodExpr;
                std::vector<types::Type*> params{base.type};
                for (types::Type* p : m.sig->params) params.push_back(p);
                x.type = tt_.func(params, m.sig->results, m.sig->variadic);
            } else {
                s.kind = Selection::Kind::Method;
                x.type = m.sig;
            }
            info_.selections[e] = s;
            return;
        }
    }
    types::Lookup l = types::lookupFieldOrMethod(base.type, sel);
    if (!l.field && !l.method && base.mode != Mode::TypeExpr && base.type->kind == Kind::Named &&
        types::underlying(base.type)->kind == Kind::Pointer) {
        // x.f for x of a defined pointer type is (*x).f, for fields only
        types::Lookup viaPointer = types::lookupFieldOrMethod(types::underlying(base.type), sel);
        if (viaPointer.field) l = viaPointer;
    }
    if (sel == "_" || !visibleHere(base.type, l, sel)) l = {};
    if (l.ifaceMethod && base.mode != Mode::TypeExpr) {
        // a method of an embedded interface field: dispatched on that field
        Selection s;
        s.kind = Selection::Kind::Method;
        s.interfaceMethod = true;
        s.methodName = l.ifaceMethod->name;
        s.path = l.path;
        info_.selections[e] = s;
        x.mode = Mode::Value;
        x.type = l.ifaceMethod->sig;
        return;
    }
    if (!l.field && !l.method) {
        if (base.mode == Mode::TypeExpr) {
            error(e->sel->pos, exprString(e) + " undefined (type " + typeName(base.type) + " has no method " + std::string(sel) + ")");
        } else if (l.ambiguous) {
            error(e->sel->pos, "ambiguous selector " + exprString(e));
        } else {
            types::Type* t = base.type;
            std::string hint;
            std::string cap(sel);
            if (!cap.empty() && cap[0] >= 'a' && cap[0] <= 'z') {
                cap[0] = static_cast<char>(cap[0] - 32);
                types::Lookup other = types::lookupFieldOrMethod(base.type, cap);
                if (other.field || other.method) hint = ", but does have " + cap;
            }
            error(e->sel->pos, exprString(e) + " undefined (type " + typeName(t) + " has no field or method " +
                                   std::string(sel) + hint + ")");
        }
        x.invalid = true;
        return;
    }
    Selection s;
    s.path = l.path;
    if (base.mode == Mode::TypeExpr) {
        // method expression T.M or (*T).M
        if (!l.method) {
            error(e->sel->pos, exprString(e) + " undefined (type " + typeName(base.type) + " has no method " + std::string(sel) + ")");
            x.invalid = true;
            return;
        }
        if (l.method->pointerReceiver && base.type->kind != Kind::Pointer && !l.indirect) {
            error(e->pos, "invalid method expression " + exprString(e) + " (needs pointer receiver (*" +
                              typeName(base.type) + ")." + std::string(sel) + ")");
            x.invalid = true;
            return;
        }
        s.kind = Selection::Kind::MethodExpr;
        s.method = l.method;
        s.recvNamed = l.methodOwner;
        refersToMethod(l.method);
        std::vector<types::Type*> params{base.type};
        for (types::Type* p : l.method->sig->params) params.push_back(p);
        x.mode = Mode::Value;
        x.type = tt_.func(params, l.method->sig->results, l.method->sig->variadic);
        info_.selections[e] = s;
        return;
    }
    if (l.field) {
        s.kind = Selection::Kind::Field;
        x.mode = base.mode == Mode::Variable || l.indirect || types::underlying(base.type)->kind == Kind::Pointer
                     ? Mode::Variable
                     : Mode::Value;
        x.type = l.field->type;
        info_.selections[e] = s;
        return;
    }
    s.kind = Selection::Kind::Method;
    s.method = l.method;
    s.recvNamed = l.methodOwner;
    refersToMethod(l.method);
    bool recvIsPtr = base.type->kind == Kind::Pointer || l.indirect;
    if (l.method->pointerReceiver && !recvIsPtr) {
        if (base.mode != Mode::Variable) {
            error(e->pos, "cannot call pointer method " + std::string(sel) + " on " + typeName(base.type));
            x.invalid = true;
            return;
        }
        s.addressRecv = true;
        markAddressTaken(e->x);
    }
    if (!l.method->pointerReceiver && recvIsPtr) s.derefRecv = true;
    x.mode = Mode::Value;
    x.type = l.method->sig;
    info_.selections[e] = s;
}

// &x and implicit &x: the variable at the root of x moves to the heap.
void Checker::markAddressTaken(const Expr* e) {
    for (;;) {
        if (auto* p = as<ParenExpr>(const_cast<Expr*>(e))) {
            e = p->x;
        } else if (auto* s = as<SelectorExpr>(const_cast<Expr*>(e))) {
            auto it = info_.selections.find(s);
            if (it == info_.selections.end() || it->second.kind != Selection::Kind::Field) return;
            auto* tv = info_.typeOf(s->x);
            if (tv && tv->type && types::underlying(tv->type)->kind == Kind::Pointer) return;  // through a pointer
            e = s->x;
        } else if (auto* ix = as<IndexExpr>(const_cast<Expr*>(e))) {
            auto* tv = info_.typeOf(ix->x);
            if (!tv || !tv->type || types::underlying(tv->type)->kind != Kind::Array) return;
            e = ix->x;
        } else {
            break;
        }
    }
    auto* id = as<Ident>(const_cast<Expr*>(e));
    if (!id) return;
    auto it = info_.uses.find(id);
    if (it == info_.uses.end()) return;
    Object* v = it->second;
    if (v->kind != Object::Kind::Var || v->global || v->escapes) return;
    v->escapes = true;
    info_.escapes.push_back({v->pos, "moved to heap: " + v->name});
}

// ---- operators ----------------------------------------------------------------------------

void Checker::unary(Operand& x, const UnaryExpr* e, types::Type* hint) {
    if (e->op == Tok::And) {
        // &x, &T{}
        const Expr* inner = e->x;
        while (auto* p = as<ParenExpr>(const_cast<Expr*>(inner))) inner = p->x;
        Operand v;
        if (inner->kind == ast::Kind::CompositeLit) {
            types::Type* elemHint = nullptr;
            if (hint && types::underlying(hint)->kind == Kind::Pointer) elemHint = static_cast<types::Pointer*>(types::underlying(hint))->elem;
            rawExpr(v, inner, elemHint);
        } else {
            expr(v, e->x);
        }
        if (v.invalid) {
            x.invalid = true;
            return;
        }
        if (v.mode != Mode::Variable && inner->kind != ast::Kind::CompositeLit) {
            error(startPos(e->x), "invalid operation: cannot take address of " + describe(v));
            x.invalid = true;
            return;
        }
        if (inner->kind != ast::Kind::CompositeLit) markAddressTaken(e->x);
        x.mode = Mode::Value;
        x.type = tt_.pointer(v.type);
        return;
    }
    if (e->op == Tok::Arrow) {
        // <-ch: the element, and with it the comma-ok form's bool
        expr(x, e->x);
        if (x.invalid) return;
        types::Type* u = types::underlying(x.type);
        if (u->kind != Kind::Chan) {
            error(startPos(e->x), "invalid operation: cannot receive from non-channel " + describe(x));
            x.invalid = true;
            return;
        }
        auto* c = static_cast<types::Chan*>(u);
        if (c->dir == types::ChanDir::Send) {
            error(startPos(e->x), "invalid operation: cannot receive from send-only channel " + describe(x));
            x.invalid = true;
            return;
        }
        x.mode = Mode::CommaOk;
        x.type = c->elem;
        x.expr = e;
        return;
    }
    expr(x, e->x, hint);
    x.expr = e;
    if (x.invalid) return;
    bool ok;
    switch (e->op) {
        case Tok::Add:
        case Tok::Sub: ok = types::isNumeric(x.type); break;
        case Tok::Xor: ok = types::isInteger(x.type); break;
        case Tok::Not: ok = types::isBoolean(x.type); break;
        default: ok = false;
    }
    if (!ok) {
        Operand d = x;
        d.expr = e->x;
        error(e->pos, std::string("invalid operation: operator ") + std::string(tokenSpelling(e->op)) + " not defined on " +
                          describe(d));
        x.invalid = true;
        return;
    }
    if (x.mode == Mode::Constant) {
        unsigned prec = 0;
        if (e->op == Tok::Xor && types::isUnsigned(x.type)) prec = static_cast<unsigned>(types::underlying(x.type)->size * 8);
        x.value = constant::unaryOp(constOp(e->op), x.value, prec);
        if (!untypedIntFits(x, e, e->op == Tok::Xor ? "bitwise complement" : "")) return;
        if (!types::isUntyped(x.type)) {
            Operand chk = x;
            if (!representable(chk, x.type, false, "")) {
                error(e->pos, "constant " + constant::toString(x.value) + " overflows " + typeName(x.type));
                x.invalid = true;
            }
        }
        return;
    }
    x.mode = Mode::Value;
}

// types2's overflow check: an untyped integer constant may not grow past
// 512 bits ("constant multiplication overflow", at the operator).
bool Checker::untypedIntFits(Operand& x, const Expr* e, const char* opName) {
    if (!types::isUntyped(x.type) || x.value.kind() != constant::Kind::Int || constant::bitLen(x.value) <= constant::kIntPrecision)
        return true;
    error(e->pos, std::string("constant ") + opName + " overflow");
    x.invalid = true;
    return false;
}

void Checker::binary(Operand& x, const BinaryExpr* e, types::Type* hint) {
    Operand y;
    if (e->op == Tok::Shl || e->op == Tok::Shr) {
        expr(x, e->x, hint);
        expr(y, e->y);
        if (x.invalid || y.invalid) {
            x.invalid = true;
            return;
        }
        shift(x, y, e);
        x.expr = e;
        return;
    }
    expr(x, e->x, hint);
    expr(y, e->y, hint);
    if (x.invalid || y.invalid) {
        x.invalid = true;
        return;
    }
    if (isComparisonOp(e->op)) {
        comparison(x, y, e);
        x.expr = e;
        return;
    }
    // make the operand types match
    bool xu = types::isUntyped(x.type), yu = types::isUntyped(y.type);
    if (xu && !yu) {
        Operand save = x;
        if (!convertUntyped(x, y.type)) {
            if (save.invalid) {
            }
            x.invalid = true;
            return;
        }
    } else if (yu && !xu) {
        if (!convertUntyped(y, x.type)) {
            x.invalid = true;
            return;
        }
    } else if (xu && yu) {
        if (types::isNumeric(x.type) && types::isNumeric(y.type)) {
            types::Type* t = untypedRank(x.type->kind) >= untypedRank(y.type->kind) ? x.type : y.type;
            x.type = t;
            y.type = t;
        }
    }
    if (!types::identical(x.type, y.type) && !(xu && yu && x.type->kind == y.type->kind)) {
        if (!(x.type->kind == Kind::Invalid || y.type->kind == Kind::Invalid)) {
            Operand dx = x, dy = y;
            error(e->x->pos == e->pos ? e->pos : startPos(e), "invalid operation: " + exprString(e) + " (mismatched types " +
                                                                  typeName(x.type) + " and " + typeName(y.type) + ")");
        }
        x.invalid = true;
        return;
    }
    bool ok;
    switch (e->op) {
        case Tok::Add: ok = types::isNumeric(x.type) || types::isString(x.type); break;
        case Tok::Sub:
        case Tok::Mul:
        case Tok::Quo: ok = types::isNumeric(x.type); break;
        case Tok::Rem:
        case Tok::And:
        case Tok::Or:
        case Tok::Xor:
        case Tok::AndNot: ok = types::isInteger(x.type); break;
        case Tok::LAnd:
        case Tok::LOr: ok = types::isBoolean(x.type); break;
        default: ok = false;
    }
    if (!ok) {
        Operand d = x;
        error(startPos(e), std::string("invalid operation: operator ") + std::string(tokenSpelling(e->op)) +
                               " not defined on " + describe(d));
        x.invalid = true;
        return;
    }
    if ((e->op == Tok::Quo || e->op == Tok::Rem) && y.mode == Mode::Constant && constant::sign(y.value) == 0 &&
        types::isInteger(x.type) == types::isInteger(y.type) &&
        (types::isInteger(y.type) || x.mode == Mode::Constant || true)) {
        if (types::isInteger(x.type) || x.mode == Mode::Constant) {
            error(e->y->pos, "invalid operation: division by zero");
            x.invalid = true;
            return;
        }
    }
    if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
        constant::Op op = constOp(e->op);
        if (op == constant::Op::Quo && types::isInteger(x.type)) op = constant::Op::IntQuo;
        constant::OpError err = constant::OpError::None;
        x.value = constant::binaryOp(x.value, op, y.value, &err);
        if (err == constant::OpError::DivisionByZero) {
            error(e->y->pos, "invalid operation: division by zero");
            x.invalid = true;
            return;
        }
        const char* name = e->op == Tok::Add ? "addition" : e->op == Tok::Sub ? "subtraction" : e->op == Tok::Xor ? "bitwise XOR"
                           : e->op == Tok::Mul ? "multiplication" : "";
        if (!untypedIntFits(x, e, name)) return;
        if (!types::isUntyped(x.type)) {
            Operand chk = x;
            chk.expr = e;
            if (!representable(chk, x.type, false, "")) {
                error(startPos(e), "constant " + constant::toString(x.value) + " overflows " + typeName(x.type));
                x.invalid = true;
                return;
            }
            x.value = chk.value;
        } else if (types::isNumeric(x.type)) {
            // keep the untyped kind that matches the value
            if (x.value.kind() == constant::Kind::Int && x.type->kind == Kind::UntypedFloat) {
            }
        }
        x.expr = e;
        return;
    }
    x.mode = Mode::Value;
    x.expr = e;
}

void Checker::shift(Operand& x, Operand& y, const BinaryExpr* e) {
    // the count: an integer, or an untyped constant representable as uint
    if (y.mode == Mode::Constant && types::isUntyped(y.type) && !types::isNumeric(y.type)) {
        error(e->y->pos, "cannot convert " + describe(y) + " to uint");
        x.invalid = true;
        return;
    }
    if (y.mode == Mode::Constant) {
        constant::Value n = constant::toInt(y.value);
        if (n.kind() != constant::Kind::Int || constant::sign(n) < 0) {
            if (n.kind() == constant::Kind::Int)
                error(e->y->pos, "invalid operation: negative shift count " + describe(y));
            else
                error(e->y->pos, "invalid operation: shift count " + describe(y) + " must be integer");
            x.invalid = true;
            return;
        }
        if (types::isUntyped(y.type)) {
            y.value = n;
            Operand c = y;
            convertUntyped(c, tt_.basic(Kind::Uint));
        }
    } else if (!types::isInteger(y.type)) {
        error(e->y->pos, "invalid operation: shift count " + describe(y) + " must be integer");
        x.invalid = true;
        return;
    } else if (types::isUntyped(y.type)) {
        convertUntyped(y, tt_.basic(Kind::Uint));
    }
    if (x.mode == Mode::Constant) {
        if (types::isUntyped(x.type)) {
            constant::Value xi = constant::toInt(x.value);
            if (xi.kind() == constant::Kind::Int) {
                x.value = xi;
                if (x.type->kind != Kind::UntypedRune) x.type = tt_.basic(Kind::UntypedInt);
            }
        }
        if (!types::isInteger(x.type) && !(types::isUntyped(x.type) && x.value.kind() == constant::Kind::Int)) {
            error(e->x->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
            x.invalid = true;
            return;
        }
        if (y.mode == Mode::Constant) {
            bool exact;
            uint64_t s = constant::uint64Val(constant::toInt(y.value), &exact);
            constexpr uint64_t kShiftBound = 1023 - 1 + 52;  // types2's: smallest float64 still expressible
            if (!exact || s > kShiftBound) {
                error(e->y->pos, "invalid operation: invalid shift count " + describe(y));
                x.invalid = true;
                return;
            }
            x.value = constant::shift(x.value, constOp(e->op), s);
            if (e->op == Tok::Shl && !untypedIntFits(x, e, "shift")) return;
            if (!types::isUntyped(x.type)) {
                Operand chk = x;
                chk.expr = e;
                if (!representable(chk, x.type, false, "")) {
                    error(startPos(e), "constant " + constant::toString(x.value) + " overflows " + typeName(x.type));
                    x.invalid = true;
                }
            }
            return;
        }
        // a non-constant shift of an untyped constant: the constant takes the
        // type the context gives the shift (recorded later through updateExprType)
        if (types::isUntyped(x.type)) {
            x.mode = Mode::Value;
            return;
        }
    }
    if (!types::isInteger(x.type)) {
        error(e->x->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
        x.invalid = true;
        return;
    }
    x.mode = Mode::Value;
}

void Checker::comparison(Operand& x, Operand& y, const BinaryExpr* e) {
    bool xu = types::isUntyped(x.type), yu = types::isUntyped(y.type);
    bool withNil = x.type->kind == Kind::UntypedNil || y.type->kind == Kind::UntypedNil;
    if (withNil && !(x.type->kind == Kind::UntypedNil && y.type->kind == Kind::UntypedNil)) {
        types::Type* other = x.type->kind == Kind::UntypedNil ? y.type : x.type;
        if (!types::hasNil(other)) {
            error(startPos(e), "invalid operation: " + exprString(e) + " (mismatched types " + typeName(x.type) + " and " +
                                   typeName(y.type) + ")");
            x.invalid = true;
            return;
        }
    }
    if (xu && !yu) {
        if (!convertUntyped(x, y.type)) {
            x.invalid = true;
            return;
        }
    } else if (yu && !xu) {
        if (!convertUntyped(y, x.type)) {
            x.invalid = true;
            return;
        }
    } else if (xu && yu && types::isNumeric(x.type) && types::isNumeric(y.type)) {
        types::Type* t = untypedRank(x.type->kind) >= untypedRank(y.type->kind) ? x.type : y.type;
        x.type = y.type = t;
    }
    bool ok = assignableTo(x, y.type) || assignableTo(y, x.type);
    std::string why;
    if (!ok) {
        error(startPos(e), "invalid operation: " + exprString(e) + " (mismatched types " + typeName(x.type) + " and " +
                               typeName(y.type) + ")");
        x.invalid = true;
        return;
    }
    bool ordered = e->op != Tok::Eql && e->op != Tok::Neq;
    types::Type* t = x.type->kind == Kind::UntypedNil ? y.type : x.type;
    if (ordered) {
        bool can = types::isInteger(t) || types::isFloat(t) || types::isString(t);
        if (!can) {
            types::Type* u = types::underlying(t);
            std::string what;
            switch (u->kind) {
                case Kind::Struct: what = "struct"; break;
                case Kind::Pointer: what = "pointer"; break;
                case Kind::Interface: what = "interface"; break;
                case Kind::Chan: what = "chan"; break;
                case Kind::Array: what = "array"; break;
                case Kind::Slice: what = "slice"; break;
                case Kind::Map: what = "map"; break;
                case Kind::Func: what = "func"; break;
                default: what = typeName(t);
            }
            error(startPos(e), "invalid operation: " + exprString(e) + " (operator " + std::string(tokenSpelling(e->op)) +
                                   " not defined on " + what + ")");
            x.invalid = true;
            return;
        }
    } else if (withNil) {
        if (!types::hasNil(t)) {
            error(startPos(e), "invalid operation: " + exprString(e) + " (mismatched types " + typeName(x.type) + " and " +
                                   typeName(y.type) + ")");
            x.invalid = true;
            return;
        }
    } else if (!types::comparable(t)) {
        types::Type* u = types::underlying(t);
        std::string what = u->kind == Kind::Slice ? "slice" : u->kind == Kind::Map ? "map" : u->kind == Kind::Func ? "func" : "";
        if (!what.empty())
            error(startPos(e), "invalid operation: " + exprString(e) + " (" + what + " can only be compared to nil)");
        else
            error(startPos(e), "invalid operation: " + exprString(e) + " (" + typeName(t) + " cannot be compared)");
        x.invalid = true;
        return;
    }
    if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
        x.value = constant::makeBool(constant::compare(x.value, constOp(e->op), y.value));
        x.type = tt_.basic(Kind::UntypedBool);
        return;
    }
    // operands keep their (now final) types; the result is an untyped bool
    if (types::isUntyped(x.type) && x.type->kind != Kind::UntypedNil) convertUntyped(x, nullptr);
    if (types::isUntyped(y.type) && y.type->kind != Kind::UntypedNil) convertUntyped(y, nullptr);
    x.mode = Mode::Value;
    x.type = tt_.basic(Kind::UntypedBool);
}

// ---- calls ---------------------------------------------------------------------------------

void Checker::call(Operand& x, const CallExpr* e) {
    Operand f;
    exprOrType(f, e->fun);
    if (f.invalid) {
        for (Expr* a : e->args) use(a);
        x.invalid = true;
        return;
    }
    if (f.mode == Mode::TypeExpr) {
        conversion(x, f.type, e);
        return;
    }
    if (f.mode == Mode::Builtin) {
        builtinCall(x, e, f.builtinObj->builtin);
        return;
    }
    types::Type* u = types::underlying(f.type);
    if (u->kind != Kind::Func) {
        error(e->fun->pos == e->pos ? e->pos : startPos(e), "invalid operation: cannot call non-function " + describe(f));
        for (Expr* a : e->args) use(a);
        x.invalid = true;
        return;
    }
    auto* sig = static_cast<types::Func*>(u);
    arguments(e, sig, exprString(e->fun));
    if (sig->results.empty()) {
        x.mode = Mode::NoValue;
        x.type = nullptr;
    } else if (sig->results.size() == 1) {
        x.mode = Mode::Value;
        x.type = sig->results[0];
    } else {
        x.mode = Mode::Value;
        x.type = tt_.tuple(sig->results);
    }
}

// gc's "too many / not enough arguments in call to f" with the have and
// want lists (an untyped numeric constant is a "number").
void Checker::countMismatch(const CallExpr* e, const std::vector<Operand>& args, types::Func* sig, const std::string& fname) {
    for (const Operand& a : args)
        if (a.invalid) return;  // reported already; gc says no more of the call
    size_t np = sig->params.size(), na = args.size();
    std::string have = "(";
    for (size_t k = 0; k < na; ++k) {
        if (k) have += ", ";
        have += types::isUntyped(args[k].type) && args[k].mode == Mode::Constant && types::isNumeric(args[k].type)
                    ? "number"
                    : typeName(args[k].type);
    }
    have += ")";
    std::string want = "(";
    for (size_t k = 0; k < np; ++k) {
        if (k) want += ", ";
        if (sig->variadic && k + 1 == np) want += "..." + typeName(static_cast<types::Slice*>(sig->params[k])->elem);
        else want += typeName(sig->params[k]);
    }
    want += ")";
    Pos at = na > np ? e->args[static_cast<uint32_t>(std::min(np, static_cast<size_t>(e->args.size - 1)))]->pos : e->rparen;
    error(at, std::string(na > np ? "too many" : "not enough") + " arguments in call to " + fname + "\n\thave " + have +
                  "\n\twant " + want);
}

void Checker::arguments(const CallExpr* e, types::Func* sig, const std::string& fname) {
    std::vector<Operand> args;
    if (e->args.size == 1 && e->args[0]->kind == ast::Kind::CallExpr) {
        // (checked once: checking twice would declare its function literals twice)
        multiExpr(args, e->args[0]);
        if (args.empty()) {
            error(e->args[0]->pos, exprString(e->args[0]) + " (no value) used as value");
            return;
        }
    } else if (e->args.size == 1 && sig->params.size() != 1) {
        multiExpr(args, e->args[0]);
    } else {
        for (uint32_t k = 0; k < e->args.size; ++k) {
            types::Type* hint = nullptr;
            if (k < sig->params.size()) hint = sig->params[k];
            if (sig->variadic && k + 1 >= sig->params.size() && !e->hasDots)
                hint = static_cast<types::Slice*>(sig->params.back())->elem;
            Operand a;
            expr(a, e->args[k], hint);
            args.push_back(a);
        }
    }
    for (const Operand& a : args)
        if (a.invalid) return;
    size_t np = sig->params.size();
    size_t na = args.size();
    bool countOk = sig->variadic && !e->hasDots ? na >= np - 1 : na == np;
    if (e->hasDots && !sig->variadic) {
        error(e->args.back()->pos, "have (...) but function is not variadic: " + fname);
        return;
    }
    if (!countOk) {
        countMismatch(e, args, sig, fname);
        return;
    }
    for (size_t k = 0; k < na; ++k) {
        types::Type* t;
        if (sig->variadic && k + 1 >= np && !e->hasDots) t = static_cast<types::Slice*>(sig->params.back())->elem;
        else t = sig->params[k];
        assignment(args[k], t, "argument to " + fname);
    }
}

void Checker::conversion(Operand& x, types::Type* t, const CallExpr* e) {
    if (e->args.size != 1) {
        if (e->args.empty()) error(e->rparen, "missing argument in conversion to " + typeName(t));
        else error(e->args[1]->pos, "too many arguments in conversion to " + typeName(t));
        for (Expr* a : e->args) use(a);
        x.invalid = true;
        return;
    }
    Operand v;
    expr(v, e->args[0], t);
    if (v.invalid) {
        x.invalid = true;
        return;
    }
    types::Type* u = types::underlying(t);
    if (v.mode == Mode::Constant && types::isConstType(t)) {
        // constant conversion
        bool ok = false;
        if (types::isNumeric(v.type) && types::isNumeric(u)) {
            ok = true;
            Operand c = v;
            if (types::isInteger(u) && constant::toInt(v.value).kind() != constant::Kind::Int) {
                error(v.expr->pos, "cannot convert " + describe(v) + " to type " + typeName(t) + " (truncated)");
                x.invalid = true;
                return;
            }
            if (!representable(c, t, false, "")) {
                if (types::isUntyped(v.type) || types::isInteger(u))
                    error(v.expr->pos, "cannot convert " + describe(v) + " to type " + typeName(t));
                else
                    error(v.expr->pos, "cannot convert " + describe(v) + " to type " + typeName(t));
                x.invalid = true;
                return;
            }
            v.value = c.value;
            if (types::isInteger(u)) v.value = constant::toInt(v.value);
        } else if (types::isString(v.type) && types::isString(u)) {
            ok = true;
        } else if (types::isBoolean(v.type) && types::isBoolean(u)) {
            ok = true;
        } else if (types::isInteger(v.type) && types::isString(u)) {
            // string(rune)
            bool exact;
            int64_t r = constant::int64Val(constant::toInt(v.value), &exact);
            std::string s;
            unicode::encode(s, !exact || r < 0 || r > 0x10FFFF ? 0xFFFD : static_cast<uint32_t>(r));
            // the rune operand gets its default type; one no int holds
            // (string(1 << 100) is "\uFFFD") stays untyped, as in types2
            if (types::isUntyped(v.type) && exact) convertUntyped(v, nullptr);
            v.value = constant::makeString(s);
            ok = true;
        }
        if (ok) {
            if (types::isUntyped(v.type)) {
                Operand arg = v;
                arg.type = t;
                updateExprType(e->args[0], types::isInteger(v.type) && types::isString(u) ? defaultType(v.type) : t, true);
            }
            x.mode = Mode::Constant;
            x.type = t;
            x.value = v.value;
            return;
        }
    }
    if (!convertibleTo(v, t)) {
        error(v.expr->pos, "cannot convert " + describe(v) + " to type " + typeName(t));
        x.invalid = true;
        return;
    }
    if (types::isUntyped(v.type)) {
        types::Type* target = t;
        if (types::underlying(t)->kind == Kind::Interface || (types::isString(u) && types::isInteger(v.type)) ||
            !types::isConstType(t))
            target = defaultType(v.type);
        if (v.type->kind == Kind::UntypedNil) target = t;
        convertUntyped(v, target);
    }
    x.mode = Mode::Value;
    x.type = t;
}

bool Checker::convertibleTo(const Operand& x, types::Type* t) const {
    if (assignableTo(x, t)) return true;
    types::Type* vu = types::underlying(x.type);
    types::Type* tu = types::underlying(t);
    if (vu == tu) return true;
    if (vu->kind == Kind::Pointer && tu->kind == Kind::Pointer &&
        types::underlying(static_cast<types::Pointer*>(vu)->elem) == types::underlying(static_cast<types::Pointer*>(tu)->elem))
        return true;
    if (types::isNumeric(vu) && types::isNumeric(tu)) {
        // no conversion between complex and non-complex
        return types::isComplex(vu) == types::isComplex(tu);
    }
    if (types::isString(tu)) {
        if (types::isInteger(vu)) return true;
        if (vu->kind == Kind::Slice) {
            Kind ek = types::underlying(static_cast<types::Slice*>(vu)->elem)->kind;
            return ek == Kind::Uint8 || ek == Kind::Int32;
        }
    }
    if (types::isString(vu) && tu->kind == Kind::Slice) {
        Kind ek = types::underlying(static_cast<types::Slice*>(tu)->elem)->kind;
        return ek == Kind::Uint8 || ek == Kind::Int32;
    }
    // a slice to a pointer to an array of its element type (Go 1.17)
    if (vu->kind == Kind::Slice && tu->kind == Kind::Pointer) {
        types::Type* pe = types::underlying(static_cast<types::Pointer*>(tu)->elem);
        return pe->kind == Kind::Array &&
               types::identical(static_cast<types::Array*>(pe)->elem, static_cast<types::Slice*>(vu)->elem);
    }
    return false;
}

void Checker::builtinArg(Operand& x, const CallExpr* e, uint32_t k, types::Type* hint) {
    if (builtinArgs_) x = k < builtinArgs_->size() ? (*builtinArgs_)[k] : Operand{};
    else expr(x, e->args[k], hint);
}

void Checker::builtinUse(const CallExpr* e, uint32_t k) {
    if (!builtinArgs_) use(e->args[k]);
}

void Checker::builtinCall(Operand& x, const CallExpr* e, Builtin id) {
    size_t nargs = e->args.size;
    std::string name = exprString(e->fun);
    // append(f()), copy(f()), complex(f()), delete(f()), print(f()),
    // println(f()): the one call's values are the arguments, as gc allows
    std::vector<Operand> spread;
    std::vector<Operand>* savedArgs = std::exchange(builtinArgs_, nullptr);
    struct Restore {
        std::vector<Operand>*& slot;
        std::vector<Operand>* saved;
        ~Restore() { slot = saved; }
    } restore{builtinArgs_, savedArgs};
    const Expr* only = nargs == 1 ? e->args[0] : nullptr;
    while (only && only->kind == ast::Kind::ParenExpr) only = static_cast<const ParenExpr*>(only)->x;
    if (only && only->kind == ast::Kind::CallExpr && !e->hasDots &&
        (id == Builtin::Append || id == Builtin::Copy || id == Builtin::Complex || id == Builtin::Delete ||
         id == Builtin::Print || id == Builtin::Println)) {
        multiExpr(spread, e->args[0]);
        if (spread.empty()) {
            error(startPos(e->args[0]), exprString(e->args[0]) + " (no value) used as value");
            x.invalid = true;
            return;
        }
        builtinArgs_ = &spread;
        if (spread.size() >= 2) info_.spreadCalls.insert(e);
        nargs = spread.size();
    }
    auto argCount = [&](size_t min, size_t max) {
        if (nargs >= min && nargs <= max) return true;
        if (builtinArgs_) {
            if (!spread.empty() && spread[0].invalid) return false;
        } else if (id != Builtin::Make && id != Builtin::New) {
            // as types2 does for every built-in but make and new: the
            // arguments first, and no count error when the first is invalid
            bool firstValid = true;
            for (uint32_t k = 0; k < nargs; ++k) {
                Operand a;
                expr(a, e->args[k]);
                if (k == 0) firstValid = !a.invalid;
            }
            if (!firstValid) return false;
        } else {
            for (Expr* a : e->args) use(a);
        }
        error(startPos(e), std::string("invalid operation: ") + (nargs < min ? "not enough" : "too many") + " arguments for " +
                               exprString(e) + " (expected " + std::to_string(nargs < min ? min : max) + ", found " +
                               std::to_string(nargs) + ")");
        return false;
    };
    switch (id) {
        case Builtin::Len:
        case Builtin::Cap: {
            if (!argCount(1, 1)) break;
            Operand a;
            expr(a, e->args[0]);
            if (a.invalid) break;
            types::Type* u = types::underlying(a.type);
            if (u->kind == Kind::Pointer && types::underlying(static_cast<types::Pointer*>(u)->elem)->kind == Kind::Array)
                u = types::underlying(static_cast<types::Pointer*>(u)->elem);
            bool ok = u->kind == Kind::Array || u->kind == Kind::Slice || u->kind == Kind::Chan ||
                      (id == Builtin::Len && (types::isString(u) || u->kind == Kind::Map));
            if (!ok) {
                error(a.expr->pos, "invalid argument: " + describe(a) + " for " + name);
                break;
            }
            x.mode = Mode::Value;
            x.type = tt_.basic(Kind::Int);
            if (a.mode == Mode::Constant && types::isString(a.type)) {
                x.mode = Mode::Constant;
                x.value = constant::makeInt64(static_cast<int64_t>(constant::stringVal(a.value).size()));
                if (types::isUntyped(a.type)) convertUntyped(a, nullptr);
            } else if (u->kind == Kind::Array && !hasCallOrRecv(e->args[0])) {
                x.mode = Mode::Constant;
                x.value = constant::makeInt64(static_cast<types::Array*>(u)->len);
            }
            return;
        }
        case Builtin::New: {
            if (!argCount(1, 1)) break;
            types::Type* t = typeExpr(e->args[0]);
            if (t->kind == Kind::Invalid) break;
            x.mode = Mode::Value;
            x.type = tt_.pointer(t);
            return;
        }
        case Builtin::Panic: {
            if (!argCount(1, 1)) break;
            Operand a;
            expr(a, e->args[0], tt_.emptyInterface());
            if (a.invalid) break;
            assignment(a, tt_.emptyInterface(), "argument to panic");
            x.mode = Mode::NoValue;
            return;
        }
        case Builtin::Print:
        case Builtin::Println: {
            for (uint32_t k = 0; k < nargs; ++k) {
                Operand a;
                builtinArg(a, e, k);
                if (a.invalid) continue;
                if (a.type->kind == Kind::UntypedNil) {
                    error((builtinArgs_ ? e->args[0] : e->args[k])->pos, "use of untyped nil in argument to built-in " + name);
                    continue;
                }
                convertUntyped(a, nullptr);
            }
            x.mode = Mode::NoValue;
            return;
        }
        case Builtin::Complex: {
            if (!argCount(2, 2)) break;
            Operand re, im;
            builtinArg(re, e, 0);
            builtinArg(im, e, 1);
            if (re.invalid || im.invalid) break;
            bool reu = types::isUntyped(re.type), imu = types::isUntyped(im.type);
            if (reu && !imu) convertUntyped(re, im.type);
            else if (imu && !reu) convertUntyped(im, re.type);
            if (re.invalid || im.invalid) break;
            if (re.mode == Mode::Constant && im.mode == Mode::Constant && reu && imu) {
                x.mode = Mode::Constant;
                x.type = tt_.basic(Kind::UntypedComplex);
                x.value = constant::makeComplex(constant::toFloat(re.value), constant::toFloat(im.value));
                return;
            }
            if (reu) convertUntyped(re, tt_.basic(Kind::Float64));
            if (imu) convertUntyped(im, tt_.basic(Kind::Float64));
            if (!types::identical(re.type, im.type)) {
                error(startPos(e->args[0]), "invalid operation: " + exprString(e) + " (mismatched types " + typeName(re.type) + " and " +
                                       typeName(im.type) + ")");
                break;
            }
            Kind k = types::underlying(re.type)->kind;
            if (k != Kind::Float32 && k != Kind::Float64) {
                error(re.expr->pos, "invalid argument: arguments have type " + typeName(re.type) + ", expected floating-point");
                break;
            }
            x.mode = re.mode == Mode::Constant && im.mode == Mode::Constant ? Mode::Constant : Mode::Value;
            x.type = tt_.basic(k == Kind::Float32 ? Kind::Complex64 : Kind::Complex128);
            if (x.mode == Mode::Constant) x.value = constant::makeComplex(re.value, im.value);
            return;
        }
        case Builtin::Real:
        case Builtin::Imag: {
            if (!argCount(1, 1)) break;
            Operand a;
            expr(a, e->args[0]);
            if (a.invalid) break;
            if (a.mode == Mode::Constant && types::isUntyped(a.type) && types::isNumeric(a.type)) {
                x.mode = Mode::Constant;
                x.type = tt_.basic(Kind::UntypedFloat);
                x.value = id == Builtin::Real ? constant::real(a.value) : constant::imag(a.value);
                convertUntyped(a, tt_.basic(Kind::Complex128));
                return;
            }
            Kind k = types::underlying(a.type)->kind;
            if (k != Kind::Complex64 && k != Kind::Complex128) {
                error(a.expr->pos, "invalid argument: " + describe(a) + " for " + name);
                break;
            }
            x.mode = a.mode == Mode::Constant ? Mode::Constant : Mode::Value;
            x.type = tt_.basic(k == Kind::Complex64 ? Kind::Float32 : Kind::Float64);
            if (x.mode == Mode::Constant) x.value = id == Builtin::Real ? constant::real(a.value) : constant::imag(a.value);
            return;
        }
        case Builtin::Make: {
            if (!argCount(1, SIZE_MAX)) break;
            const Expr* arg0 = e->args[0];
            types::Type* t = typeExpr(arg0);
            if (t->kind == Kind::Invalid) {
                for (uint32_t k = 1; k < nargs; ++k) use(e->args[k]);
                break;
            }
            Kind k = types::underlying(t)->kind;
            if (k == Kind::Map || k == Kind::Chan) {
                if (nargs > 2) {
                    error(startPos(e), "invalid operation: " + exprString(e) + " expects 1 or 2 arguments; found " + std::to_string(nargs));
                    for (uint32_t j = 1; j < nargs; ++j) use(e->args[j]);
                    break;
                }
                if (nargs == 2) {
                    bool ok = true;
                    index(e->args[1], -1, ok);
                }
                x.mode = Mode::Value;
                x.type = t;
                return;
            }
            if (k != Kind::Slice) {
                error(startPos(arg0), "invalid argument: cannot make " + exprString(arg0) + "; type must be slice, map, or channel");
                for (uint32_t j = 1; j < nargs; ++j) use(e->args[j]);
                break;
            }
            if (nargs < 2 || nargs > 3) {
                error(startPos(e), "invalid operation: " + exprString(e) + " expects 2 or 3 arguments; found " + std::to_string(nargs));
                for (uint32_t j = 1; j < nargs; ++j) use(e->args[j]);
                break;
            }
            int64_t sizes[2] = {-1, -1};
            for (uint32_t j = 1; j < nargs; ++j) {
                bool ok = true;
                sizes[j - 1] = index(e->args[j], -1, ok);
            }
            if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
                error(startPos(e->args[1]), "invalid argument: length and capacity swapped");
            x.mode = Mode::Value;
            x.type = t;
            return;
        }
        case Builtin::Append: {
            if (!argCount(1, SIZE_MAX)) break;
            Operand s;
            builtinArg(s, e, 0);
            if (s.invalid) {
                for (uint32_t k = 1; k < nargs; ++k) builtinUse(e, k);
                break;
            }
            types::Type* u = types::underlying(s.type);
            if (u->kind != Kind::Slice) {
                std::string cause = s.type->kind == Kind::UntypedNil ? "have untyped nil" : "have " + describe(s);
                error(startPos(e->args[0]), "first argument to append must be a slice; " + cause);
                for (uint32_t k = 1; k < nargs; ++k) builtinUse(e, k);
                break;
            }
            types::Type* elem = static_cast<types::Slice*>(u)->elem;
            x.mode = Mode::Value;
            x.type = s.type;
            if (e->hasDots) {
                if (nargs != 2) {
                    std::vector<Operand> all{s};
                    for (uint32_t k = 1; k < nargs; ++k) {
                        all.emplace_back();
                        builtinArg(all.back(), e, k);
                    }
                    countMismatch(e, all, tt_.func({s.type, tt_.slice(elem)}, {s.type}, true), "append");
                    return;
                }
                Operand rest;
                builtinArg(rest, e, 1);
                if (rest.invalid) return;
                // append([]byte, string...): the bytes of the string
                Operand asBytes = s;
                if (types::isString(rest.type) && assignableTo(asBytes, tt_.slice(tt_.byteType()))) {
                    if (types::isUntyped(rest.type)) convertUntyped(rest, tt_.basic(Kind::String));
                    return;
                }
                assignment(rest, tt_.slice(elem), "argument to append");
                return;
            }
            for (uint32_t k = 1; k < nargs; ++k) {
                Operand a;
                builtinArg(a, e, k, elem);
                if (!a.invalid) assignment(a, elem, "argument to append");
            }
            return;
        }
        case Builtin::Delete: {
            if (!argCount(2, 2)) break;
            Operand m, k;
            builtinArg(m, e, 0);
            if (m.invalid) {
                builtinUse(e, 1);
                break;
            }
            if (types::underlying(m.type)->kind != Kind::Map) {
                error(startPos(e->args[0]), "invalid argument: " + describe(m) + " is not a map");
                builtinUse(e, 1);
                break;
            }
            auto* mt = static_cast<types::Map*>(types::underlying(m.type));
            builtinArg(k, e, 1, mt->key);
            if (k.invalid) break;
            assignment(k, mt->key, "argument to delete");
            x.mode = Mode::NoValue;
            return;
        }
        case Builtin::Recover: {
            if (!argCount(0, 0)) break;
            x.mode = Mode::Value;
            x.type = tt_.emptyInterface();
            return;
        }
        case Builtin::Copy: {
            if (!argCount(2, 2)) break;
            Operand d, s;
            builtinArg(d, e, 0);
            builtinArg(s, e, 1);
            if (d.invalid || s.invalid) break;
            types::Type* du = types::underlying(d.type);
            types::Type* su = types::underlying(s.type);
            types::Type* de = du->kind == Kind::Slice ? static_cast<types::Slice*>(du)->elem : nullptr;
            types::Type* se = su->kind == Kind::Slice    ? static_cast<types::Slice*>(su)->elem
                              : types::isString(s.type) ? tt_.byteType()
                                                        : nullptr;
            if (!de || !se) {
                error(startPos(e->args[0]), "invalid argument: copy expects slice arguments; found " + describe(d) + " and " + describe(s));
                break;
            }
            if (!types::identical(de, se)) {
                error(startPos(e->args[0]), "invalid argument: arguments to copy " + describe(d) + " and " + describe(s) +
                                                " have different element types " + typeName(de) + " and " + typeName(se));
                break;
            }
            if (types::isUntyped(s.type)) convertUntyped(s, tt_.basic(Kind::String));
            x.mode = Mode::Value;
            x.type = tt_.basic(Kind::Int);
            return;
        }
        case Builtin::Close: {
            if (!argCount(1, 1)) break;
            Operand c;
            expr(c, e->args[0]);
            if (c.invalid) break;
            types::Type* u = types::underlying(c.type);
            if (u->kind != Kind::Chan) {
                error(startPos(e->args[0]), "invalid operation: cannot close non-channel " + describe(c));
                break;
            }
            if (static_cast<types::Chan*>(u)->dir == types::ChanDir::Recv) {
                error(startPos(e->args[0]), "invalid operation: cannot close receive-only channel " + describe(c));
                break;
            }
            x.mode = Mode::NoValue;
            x.type = nullptr;
            return;
        }
        default:
            error(e->fun->pos, "builtin " + name + " is not supported yet");
            for (Expr* a : e->args) use(a);
            break;
    }
    x.invalid = true;
}

// ---- composite literals, function literals, indexing --------------------------------------------

void Checker::compositeLit(Operand& x, const CompositeLit* e, types::Type* hint) {
    guardStack(e);
    types::Type* t;
    if (e->type) {
        if (auto* at = as<ArrayType>(e->type); at && at->len && at->len->kind == ast::Kind::Ellipsis) {
            // [...]T{...}: the length is the number of elements (or the largest index + 1)
            types::Type* elem = typeExpr(at->elem);
            int64_t n = 0, idx = 0;
            for (Expr* el : e->elts) {
                if (auto* kv = as<KeyValueExpr>(el)) {
                    Operand k;
                    expr(k, kv->key);
                    bool exact;
                    if (k.mode == Mode::Constant) idx = constant::int64Val(constant::toInt(k.value), &exact);
                }
                ++idx;
                n = std::max(n, idx);
            }
            t = tt_.array(n, elem);
            info_.types[e->type] = {Mode::TypeExpr, t, {}};
        } else {
            t = typeExpr(e->type);
        }
    } else if (hint) {
        t = hint;
    } else {
        error(e->pos, "invalid composite literal type: missing type");
        x.invalid = true;
        return;
    }
    types::Type* u = types::underlying(t);
    if (u->kind == Kind::Invalid && !(t->kind == Kind::Named && !static_cast<types::Named*>(t)->underlying)) {
        x.invalid = true;  // reported where the type went wrong
        return;
    }
    if (t->kind == Kind::Named && !static_cast<types::Named*>(t)->underlying) {
        // T{...} inside T's own declaration: T has no underlying type yet
        error(e->type ? e->type->pos : e->pos, "illegal cycle in type declaration");
        x.invalid = true;
        return;
    }
    bool elided = !e->type;
    types::Type* pointerTo = nullptr;  // {...} for an element of type *T means &T{...}
    if (elided && u->kind == Kind::Pointer) {
        pointerTo = t;
        t = static_cast<types::Pointer*>(u)->elem;
        u = types::underlying(t);
    }
    switch (u->kind) {
        case Kind::Struct: {
            auto* st = static_cast<types::Struct*>(u);
            if (e->elts.empty()) break;
            bool keyed = e->elts[0]->kind == ast::Kind::KeyValueExpr;
            if (keyed) {
                std::set<std::string> seen;
                for (Expr* el : e->elts) {
                    auto* kv = as<KeyValueExpr>(el);
                    if (!kv) {
                        error(el->pos, "mixture of field:value and value elements in struct literal");
                        continue;
                    }
                    auto* key = as<Ident>(kv->key);
                    const types::Field* f = nullptr;
                    if (key)
                        for (const types::Field& ff : st->fields)
                            if (ff.name == key->name) f = &ff;
                    if (!f) {
                        error(kv->key->pos, "unknown field '" + exprString(kv->key) + "' in struct literal of type " + typeName(t));
                        use(kv->value);
                        continue;
                    }
                    if (!seen.insert(f->name).second) error(kv->key->pos, "duplicate field name " + f->name + " in struct literal");
                    Operand v;
                    expr(v, kv->value, f->type);
                    if (!v.invalid) assignment(v, f->type, "struct literal");
                }
            } else {
                size_t k = 0;
                for (Expr* el : e->elts) {
                    if (el->kind == ast::Kind::KeyValueExpr) {
                        error(el->pos, "mixture of field:value and value elements in struct literal");
                        continue;
                    }
                    if (k >= st->fields.size()) {
                        error(el->pos, "too many values in struct literal of type " + typeName(t));
                        break;
                    }
                    Operand v;
                    expr(v, el, st->fields[k].type);
                    if (!v.invalid) assignment(v, st->fields[k].type, "struct literal");
                    ++k;
                }
                if (k < st->fields.size() && k == e->elts.size)
                    error(e->rbrace, "too few values in " + exprString(e));
            }
            break;
        }
        case Kind::Array:
        case Kind::Slice: {
            types::Type* elem = u->kind == Kind::Array ? static_cast<types::Array*>(u)->elem : static_cast<types::Slice*>(u)->elem;
            int64_t idx = 0;
            std::set<int64_t> seen;
            for (Expr* el : e->elts) {
                const Expr* val = el;
                if (auto* kv = as<KeyValueExpr>(el)) {
                    Operand k;
                    expr(k, kv->key);
                    bool exact = false;
                    if (k.mode == Mode::Constant) idx = constant::int64Val(constant::toInt(k.value), &exact);
                    if (!exact || idx < 0) error(kv->key->pos, "index " + exprString(kv->key) + " must be integer constant");
                    else convertUntyped(k, tt_.basic(Kind::Int));
                    val = kv->value;
                }
                if (u->kind == Kind::Array && idx >= static_cast<types::Array*>(u)->len) {
                    error(val->pos, "index " + std::to_string(idx) + " out of bounds [0:" +
                                        std::to_string(static_cast<types::Array*>(u)->len) + "]");
                }
                if (!seen.insert(idx).second) error(el->pos, "duplicate index " + std::to_string(idx) + " in array or slice literal");
                Operand v;
                if (val->kind == ast::Kind::CompositeLit && !static_cast<const CompositeLit*>(val)->type) {
                    compositeLit(v, static_cast<const CompositeLit*>(val), elem);
                    v.expr = val;
                    if (!v.invalid) record(v);
                } else {
                    expr(v, val, elem);
                }
                if (!v.invalid) assignment(v, elem, "array or slice literal");
                ++idx;
            }
            break;
        }
        case Kind::Map: {
            auto* mt = static_cast<types::Map*>(u);
            std::map<std::string, bool> seenKeys;
            // an element or key written as an untyped composite literal
            auto part = [&](Operand& v, const Expr* ex, types::Type* want) {
                if (ex->kind == ast::Kind::CompositeLit && !static_cast<const CompositeLit*>(ex)->type) {
                    compositeLit(v, static_cast<const CompositeLit*>(ex), want);
                    v.expr = ex;
                    if (!v.invalid) record(v);
                } else {
                    expr(v, ex, want);
                }
            };
            for (Expr* el : e->elts) {
                auto* kv = as<KeyValueExpr>(el);
                if (!kv) {
                    error(startPos(el), "missing key in map literal");
                    use(el);
                    continue;
                }
                Operand k;
                part(k, kv->key, mt->key);
                if (!k.invalid && assignment(k, mt->key, "map literal") && k.mode == Mode::Constant) {
                    std::string key = typeName(k.type) + '\x00' + constant::exactString(k.value);
                    if (!seenKeys.insert({key, true}).second)
                        error(startPos(kv->key), "duplicate key " + constant::toString(k.value) + " in map literal");
                }
                Operand v;
                part(v, kv->value, mt->elem);
                if (!v.invalid) assignment(v, mt->elem, "map literal");
            }
            break;
        }
        default:
            error(e->pos, "invalid composite literal type " + typeName(t));
            for (Expr* el : e->elts) {
                if (auto* kv = as<KeyValueExpr>(el)) use(kv->value);
                else use(el);
            }
            x.invalid = true;
            return;
    }
    x.mode = Mode::Value;
    x.type = pointerTo ? pointerTo : t;
}

void Checker::funcLit(Operand& x, const FuncLit* e) {
    types::Func* sig = signature(e->type, nullptr, nullptr, nullptr);
    FuncInfo* outer = func_;
    int n = outer ? ++outer->literalCount : 0;
    std::string base = outer ? outer->name : (depOwner_ ? "main." + depOwner_->name : "main.glob.");
    FuncInfo* fi = newFunc(base + ".func" + std::to_string(n));
    fi->lit = e;
    fi->sig = sig;
    fi->outer = outer;
    info_.funcs[e] = fi;
    if (outer) outer->literals.push_back(e);
    checkFuncBody(fi, e->body, scope_);
    x.mode = Mode::Value;
    x.type = sig;
}

void Checker::indexExpr(Operand& x, const IndexExpr* e) {
    Operand base;
    expr(base, e->x);
    if (base.invalid) {
        use(e->index);
        x.invalid = true;
        return;
    }
    types::Type* u = types::underlying(base.type);
    bool viaPtr = false;
    if (u->kind == Kind::Pointer && types::underlying(static_cast<types::Pointer*>(u)->elem)->kind == Kind::Array) {
        u = types::underlying(static_cast<types::Pointer*>(u)->elem);
        viaPtr = true;
    }
    int64_t length = -1;
    switch (u->kind) {
        case Kind::String:
        case Kind::UntypedString:
            x.mode = Mode::Value;
            x.type = tt_.byteType();
            if (base.mode == Mode::Constant) length = static_cast<int64_t>(constant::stringVal(base.value).size());
            if (types::isUntyped(base.type)) convertUntyped(base, nullptr);
            break;
        case Kind::Array:
            x.mode = base.mode == Mode::Variable || viaPtr ? Mode::Variable : Mode::Value;
            x.type = static_cast<types::Array*>(u)->elem;
            length = static_cast<types::Array*>(u)->len;
            break;
        case Kind::Slice:
            x.mode = Mode::Variable;
            x.type = static_cast<types::Slice*>(u)->elem;
            break;
        case Kind::Map: {
            auto* mt = static_cast<types::Map*>(u);
            Operand k;
            expr(k, e->index, mt->key);
            if (!k.invalid) assignment(k, mt->key, "map index");
            x.mode = Mode::MapIndex;
            x.type = mt->elem;
            return;
        }
        default:
            error(e->pos, "invalid operation: cannot index " + describe(base));
            use(e->index);
            x.invalid = true;
            return;
    }
    bool ok = true;
    int64_t n = index(e->index, length, ok);
    if (!ok) {
        x.invalid = true;
        return;
    }
    if (base.mode == Mode::Constant && n >= 0 && types::isString(base.type)) {
        const std::string& s = constant::stringVal(base.value);
        x.mode = Mode::Constant;
        x.value = constant::makeInt64(static_cast<unsigned char>(s[static_cast<size_t>(n)]));
    }
}

// types2's index check: an untyped constant index becomes an int; an index
// must be an integer, and a constant one not negative and below max (when
// max >= 0). Returns a constant index's value, else -1; ok is false after
// an error.
int64_t Checker::index(const Expr* e, int64_t max, bool& ok) {
    ok = false;
    Operand i;
    expr(i, e);
    if (i.invalid) return -1;
    if (types::isUntyped(i.type) && !convertUntyped(i, tt_.basic(Kind::Int))) return -1;
    if (!types::isInteger(i.type)) {
        error(startPos(e), "invalid argument: index " + describe(i) + " must be integer");
        return -1;
    }
    if (i.mode != Mode::Constant) {
        ok = true;
        return -1;
    }
    if (constant::sign(i.value) < 0) {
        error(startPos(e), "invalid argument: index " + describe(i) + " must not be negative");
        return -1;
    }
    bool exact = false;
    int64_t v = constant::int64Val(i.value, &exact);
    if (!exact) {
        error(startPos(e), "invalid argument: index " + describe(i) + " overflows int");
        return -1;
    }
    if (max >= 0 && v >= max) {
        error(startPos(e), "invalid argument: index " + constant::toString(i.value) + " out of bounds [0:" + std::to_string(max) + "]");
        return -1;
    }
    ok = true;
    return v;
}

// x.(T): x must be an interface, and T, when not an interface, must have
// x's methods. The operand is a comma-ok expression of type T.
void Checker::typeAssertion(Operand& x, const TypeAssertExpr* e) {
    if (!e->type) {
        error(startPos(e), "invalid AST: use of .(type) outside type switch");
        x.invalid = true;
        return;
    }
    Operand v;
    expr(v, e->x);
    if (v.invalid) {
        typeExpr(e->type);
        x.invalid = true;
        return;
    }
    if (types::underlying(v.type)->kind != Kind::Interface) {
        error(startPos(e->x), "invalid operation: " + describe(v) + " is not an interface");
        typeExpr(e->type);
        x.invalid = true;
        return;
    }
    types::Type* t = typeExpr(e->type);
    if (t->kind == Kind::Invalid) {
        x.invalid = true;
        return;
    }
    if (types::underlying(t)->kind != Kind::Interface) {
        std::string why = missingMethod(t, static_cast<types::Interface*>(types::underlying(v.type)));
        if (!why.empty())
            error(startPos(e), "impossible type assertion: " + exprString(e) + "\n\t" + typeName(t) + " does not implement " +
                                   typeName(v.type) + " " + why);
    }
    x.mode = Mode::CommaOk;
    x.type = t;
}

void Checker::sliceExpr(Operand& x, const SliceExpr* e) {
    Operand base;
    expr(base, e->x);
    if (base.invalid) {
        x.invalid = true;
        return;
    }
    types::Type* u = types::underlying(base.type);
    switch (u->kind) {
        case Kind::String:
        case Kind::UntypedString:
            if (e->slice3) {
                error(e->max ? startPos(e->max) : e->pos, "invalid operation: 3-index slice of string");
                x.invalid = true;
                return;
            }
            if (types::isUntyped(base.type)) convertUntyped(base, nullptr);
            x.type = base.type;
            break;
        case Kind::Slice: x.type = base.type; break;
        case Kind::Array:
            if (base.mode != Mode::Variable) {
                error(e->pos, "invalid operation: " + exprString(e->x) + " (slice of unaddressable value)");
                x.invalid = true;
                return;
            }
            markAddressTaken(e->x);
            x.type = tt_.slice(static_cast<types::Array*>(u)->elem);
            break;
        case Kind::Pointer:
            if (auto* a = types::underlying(static_cast<types::Pointer*>(u)->elem); a->kind == Kind::Array) {
                x.type = tt_.slice(static_cast<types::Array*>(a)->elem);
                break;
            }
            [[fallthrough]];
        default:
            error(e->pos, "cannot slice " + describe(base));
            x.invalid = true;
            return;
    }
    // the length when known statically (strings constants, arrays)
    int64_t length = -1;
    if (u->kind == Kind::Array) length = static_cast<types::Array*>(u)->len;
    if (u->kind == Kind::Pointer) length = static_cast<types::Array*>(types::underlying(static_cast<types::Pointer*>(u)->elem))->len;
    if (base.mode == Mode::Constant && base.value.kind() == constant::Kind::String)
        length = static_cast<int64_t>(constant::stringVal(base.value).size());
    const Expr* idxs[3] = {e->low, e->high, e->max};
    int64_t ind[3];
    for (int k = 0; k < 3; ++k) {
        bool ok = true;
        if (idxs[k]) ind[k] = index(idxs[k], length >= 0 ? length + 1 : -1, ok);
        else ind[k] = k == 0 ? 0 : length;
    }
    // constant indices must be in order: report the first inversion
    for (int a = 0; a < 2; ++a) {
        if (ind[a] <= 0) continue;
        bool reported = false;
        for (int b = a + 1; b < 3 && !reported; ++b) {
            if (ind[b] >= 0 && ind[b] < ind[a]) {
                error(startPos(idxs[b]), "invalid slice indices: " + std::to_string(ind[b]) + " < " + std::to_string(ind[a]));
                reported = true;
            }
        }
        if (reported) break;
    }
    x.mode = Mode::Value;
}

}  // namespace gos::check
