// Calls and built-in functions, and gc's order of evaluation (the calls of
// a statement before its other operands).
#include "compiler/codegen_impl.h"

namespace gos::codegen {

// ---- calls ----------------------------------------------------------------------------------

// Evaluates the receiver and arguments of a call into consecutive slots
// starting at a new frame base; returns the base.
int FuncGen::callArgs(const CallExpr* e, types::Func* sig, const Expr* recv, const Selection* sel) {
    int base = top_;
    int at = base;
    if (recv) {
        // the receiver: a value, a pointer, or the address of an addressable value
        const types::Method* m = sel->method;
        int n = m->pointerReceiver || boxedReceiver(*sel) ? 1 : nslots(sel->recvNamed);
        alloc(std::max(1, n));
        receiverTo(recv, *sel, at);
        top_ = at + n;  // a zero-size receiver takes no slot
        at += n;
    }
    size_t np = sig->params.size();
    std::vector<const Expr*> args(e->args.begin(), e->args.end());
    // f(g()) with g returning several values: spread them over the
    // parameters (the variadic ones packed into a slice)
    if (args.size() == 1) {
        types::Type* at1 = typeOf(args[0]);
        if (at1 && at1->kind == Kind::Tuple) {
            auto* tu = static_cast<types::Tuple*>(at1);
            int tmp = alloc(std::max(1, nslots(tu)));
            callTo(static_cast<const CallExpr*>(args[0]), tmp, static_cast<int>(tu->types.size()));
            std::vector<int> parts;
            int src = tmp;
            for (types::Type* t : tu->types) {
                parts.push_back(src);
                src += nslots(t);
            }
            size_t fixed = sig->variadic ? np - 1 : np;
            int need = 0;
            for (size_t k = 0; k < np; ++k) need += nslots(sig->params[k]);
            int staged = alloc(need);
            int off = staged;
            for (size_t k = 0; k < fixed; ++k) {
                convertValue(parts[k], tu->types[k], off, sig->params[k]);
                off += nslots(sig->params[k]);
            }
            if (sig->variadic) {
                types::Type* elem = static_cast<types::Slice*>(sig->params.back())->elem;
                size_t count = tu->types.size() - fixed;
                if (count == 0) {
                    emit(Op::ZERO, off, 3);
                } else {
                    types::Type* arr = g_.program_.types->array(static_cast<int64_t>(count), elem);
                    emit(Op::NEW, off, g_.program_.typeIndex(arr));
                    for (size_t j = 0; j < count; ++j) {
                        int mark = top_;
                        int v = alloc(std::max(1, nslots(elem)));
                        convertValue(parts[fixed + j], tu->types[fixed + j], v, elem);
                        storeInto(off, static_cast<int64_t>(j) * elem->size, elem, v);
                        top_ = mark;
                    }
                    loadInt(off + 1, static_cast<int64_t>(count));
                    emit(Op::MOV, off + 2, off + 1);
                }
            }
            emit(Op::MOVN, at, staged, need);
            top_ = at + need;
            return base;
        }
    }
    for (size_t k = 0; k < np; ++k) {
        types::Type* pt = sig->params[k];
        int n = nslots(pt);
        if (sig->variadic && k + 1 == np && !e->hasDots) {
            // pack the rest into a new slice
            types::Type* elem = static_cast<types::Slice*>(pt)->elem;
            size_t count = args.size() >= np - 1 ? args.size() - (np - 1) : 0;
            int hdr = alloc(3);
            if (count == 0) {
                emit(Op::ZERO, hdr, 3);
            } else {
                types::Type* arr = g_.program_.types->array(static_cast<int64_t>(count), elem);
                emit(Op::NEW, hdr, g_.program_.typeIndex(arr));
                for (size_t j = 0; j < count; ++j) {
                    int mark = top_;
                    int v = alloc(std::max(1, nslots(elem)));
                    exprTo(args[np - 1 + j], v, elem);
                    storeInto(hdr, static_cast<int64_t>(j) * elem->size, elem, v);
                    top_ = mark;
                }
                loadInt(hdr + 1, static_cast<int64_t>(count));
                emit(Op::MOV, hdr + 2, hdr + 1);
            }
            top_ = hdr + 3;
            continue;
        }
        int slot = alloc(std::max(1, n));
        exprTo(args[k], slot, pt);
        top_ = slot + n;  // a zero-size argument takes no slot
    }
    return base;
}

// ---- the order of evaluation ----------------------------------------------------------
//
// The spec orders only calls (and receives) within a statement; gc
// evaluates every call of a statement first, in order, and the other
// operands afterwards: `fmt.Println(c.n, bump(c))` prints bump's new value
// twice. gos does the same: when a statement reads shared memory (a global,
// a heap variable, through a pointer, a slice or a map) before a call that
// could change it, its calls are evaluated first into temporaries
// (hoisted), in source order; the expressions then read the temporaries.
// Calls on the right of && and || and inside function literals stay put.

// Whether e's evaluation reads memory a call could change (not its calls).
bool FuncGen::readsShared(const Expr* e) const {
    switch (e->kind) {
        case ast::Kind::Ident: {
            auto it = g_.info_.uses.find(static_cast<const Ident*>(e));
            if (it == g_.info_.uses.end() || it->second->kind != Object::Kind::Var) return false;
            return it->second->global || inMemory(it->second);
        }
        case ast::Kind::StarExpr: return true;
        case ast::Kind::SelectorExpr: {
            auto* se = static_cast<const SelectorExpr*>(e);
            types::Type* t = typeOf(se->x);
            return t && types::underlying(t)->kind == Kind::Pointer;
        }
        case ast::Kind::IndexExpr: {
            types::Type* t = typeOf(static_cast<const IndexExpr*>(e)->x);
            Kind k = t ? types::underlying(t)->kind : Kind::Invalid;
            return k == Kind::Slice || k == Kind::Map || k == Kind::Pointer;
        }
        default: return false;
    }
}

// Walks e in evaluation order: with hoist false, tells whether a call
// follows a shared read (sawShared carries that state); with hoist true,
// evaluates the calls into temporaries.
bool FuncGen::orderWalk(const Expr* e, bool& sawShared, bool hoist) {
    if (!e) return false;
    guardStack(e);
    auto walk = [&](const Expr* x) { return orderWalk(x, sawShared, hoist); };
    switch (e->kind) {
        case ast::Kind::FuncLit: return false;
        case ast::Kind::ParenExpr: return walk(static_cast<const ParenExpr*>(e)->x);
        case ast::Kind::UnaryExpr: return walk(static_cast<const UnaryExpr*>(e)->x);
        case ast::Kind::StarExpr: {
            bool r = walk(static_cast<const StarExpr*>(e)->x);
            sawShared = true;
            return r;
        }
        case ast::Kind::BinaryExpr: {
            auto* b = static_cast<const BinaryExpr*>(e);
            bool r = walk(b->x);
            if (b->op == Tok::LAnd || b->op == Tok::LOr) return r;  // the right side is conditional
            return walk(b->y) || r;
        }
        case ast::Kind::SelectorExpr: {
            bool r = walk(static_cast<const SelectorExpr*>(e)->x);
            sawShared = sawShared || readsShared(e);
            return r;
        }
        case ast::Kind::IndexExpr: {
            auto* ix = static_cast<const IndexExpr*>(e);
            bool r = walk(ix->x);
            r = walk(ix->index) || r;
            sawShared = sawShared || readsShared(e);
            return r;
        }
        case ast::Kind::SliceExpr: {
            auto* se = static_cast<const SliceExpr*>(e);
            bool r = walk(se->x);
            r = walk(se->low) || r;
            r = walk(se->high) || r;
            return walk(se->max) || r;
        }
        case ast::Kind::TypeAssertExpr: return walk(static_cast<const TypeAssertExpr*>(e)->x);
        case ast::Kind::KeyValueExpr: {
            auto* kv = static_cast<const KeyValueExpr*>(e);
            bool r = walk(kv->key);
            return walk(kv->value) || r;
        }
        case ast::Kind::CompositeLit: {
            bool r = false;
            for (Expr* el : static_cast<const CompositeLit*>(e)->elts) r = walk(el) || r;
            return r;
        }
        case ast::Kind::Ident:
            sawShared = sawShared || readsShared(e);
            return false;
        case ast::Kind::CallExpr: {
            auto* c = static_cast<const CallExpr*>(e);
            const check::TypeAndValue* tv = g_.info_.typeOf(c->fun);
            const check::TypeAndValue* result = g_.info_.typeOf(c);
            if (result && result->mode == Mode::Constant) return false;  // len of an array, unsafe.Sizeof
            // a built-in with a value (len, append, copy, complex, ...) is
            // ordered as a call, as gc orders it; a conversion is not
            bool builtin = tv && tv->mode == Mode::Builtin;
            bool isCall = !tv || (tv->mode != Mode::TypeExpr && !builtin) ||
                          (builtin && result && result->mode != Mode::NoValue && result->type);
            const bool readBefore = sawShared;  // a read this call could change, before it
            bool r = false;
            if (isCall && !builtin) r = walk(c->fun);
            for (Expr* a : c->args) r = walk(a) || r;
            if (!isCall) return r;
            if (!hoist) return r || readBefore;
            int n = 0, results = 1;
            if (builtin) {
                n = nslots(result->type);
            } else {
                auto* sig = static_cast<types::Func*>(types::underlying(tv->type));
                for (types::Type* t : sig->results) n += nslots(t);
                results = static_cast<int>(sig->results.size());
            }
            int slot = alloc(std::max(1, n));
            callTo(c, slot, results);
            hoisted_[c] = slot;
            return true;
        }
        default: return false;
    }
}

// Before a statement's expressions are compiled: hoists their calls when
// gc's order differs from the plain left-to-right one.
void FuncGen::orderCalls(const std::vector<const Expr*>& exprs, bool force) {
    bool shared = force, needed = false;  // with a read assumed first, any call is needed
    for (const Expr* e : exprs) needed = orderWalk(e, shared, false) || needed;
    if (!needed) return;
    shared = false;
    for (const Expr* e : exprs) orderWalk(e, shared, true);
}

void FuncGen::callTo(const CallExpr* e, int dst, int resultCount) {
    setLine(e);
    if (auto h = hoisted_.find(e); h != hoisted_.end()) {
        // evaluated already, in gc's order (orderCalls)
        int n = 0;
        if (const check::TypeAndValue* ftv = g_.info_.typeOf(e->fun); ftv && ftv->mode == Mode::Builtin) {
            n = nslots(typeOf(e));
        } else {
            auto* sig = static_cast<types::Func*>(types::underlying(typeOf(e->fun)));
            for (size_t k = 0; k < sig->results.size() && static_cast<int>(k) < std::max(resultCount, 1); ++k)
                n += nslots(sig->results[k]);
            if (resultCount > 1) {
                n = 0;
                for (types::Type* t : sig->results) n += nslots(t);
            }
        }
        if (n > 0 && dst >= 0 && dst != h->second) emit(n == 1 ? Op::MOV : Op::MOVN, dst, h->second, n);
        return;
    }
    const check::TypeAndValue* ftv = g_.info_.typeOf(e->fun);
    if (ftv && ftv->mode == Mode::TypeExpr) {
        int mark = top_;
        if (dst < 0) dst = alloc(std::max(1, nslots(ftv->type)));  // a value nobody uses
        conversionTo(e, ftv->type, dst);
        top_ = mark;
        return;
    }
    if (ftv && ftv->mode == Mode::Builtin) {
        auto* id = as<Ident>(e->fun);
        const Expr* f = e->fun;
        while (!id && f->kind == ast::Kind::ParenExpr) {
            f = static_cast<const ParenExpr*>(f)->x;
            id = as<Ident>(const_cast<Expr*>(f));
        }
        builtinTo(e, g_.info_.uses.at(id)->builtin, dst);
        return;
    }
    int mark = top_;
    const Expr* fun = e->fun;
    while (fun->kind == ast::Kind::ParenExpr) fun = static_cast<const ParenExpr*>(fun)->x;
    types::Func* sig = static_cast<types::Func*>(types::underlying(ftv->type));
    // what is called: a declared function, a native, a method, or a func value
    const Object* callee = nullptr;
    const Selection* sel = nullptr;
    const Expr* recv = nullptr;
    if (auto* id = as<Ident>(const_cast<Expr*>(fun))) {
        auto it = g_.info_.uses.find(id);
        if (it != g_.info_.uses.end() && it->second->kind == Object::Kind::Func) callee = it->second;
    } else if (auto* s = as<SelectorExpr>(const_cast<Expr*>(fun))) {
        auto it = g_.info_.selections.find(s);
        if (it != g_.info_.selections.end()) {
            if (it->second.kind == Selection::Kind::Qualified && it->second.member->kind == Object::Kind::Func) {
                callee = it->second.member;
            } else if (it->second.kind == Selection::Kind::Method && it->second.interfaceMethod) {
                int iv;
                if (it->second.path.empty()) {
                    iv = exprAny(s->x);
                } else {
                    // the embedded interface field the method is promoted from
                    iv = alloc(2);
                    load(fieldPlace(s->x, it->second.path), iv);
                }
                int base = top_;
                alloc(1);  // the receiver: the interface's data word
                callArgs(e, sig, nullptr, nullptr);
                setLine(e);
                emit(Op::CALLI, base, iv, static_cast<int>(g_.program_.methodNameIndex(it->second.methodName)));
                int n = 0;
                for (size_t k = 0; k < sig->results.size(); ++k) n += nslots(sig->results[k]);
                if (n > 0 && dst >= 0 && dst != base) emit(n == 1 ? Op::MOV : Op::MOVN, dst, base, n);
                top_ = mark;
                return;
            } else if (it->second.kind == Selection::Kind::Method) {
                sel = &it->second;
                recv = s->x;
            }
        }
    }
    int fnSlot = -1;
    if (!callee && !sel) fnSlot = exprAny(fun);
    int base = callArgs(e, sig, recv, sel);
    setLine(e);
    if (callee && callee->native >= 0) {
        emit(Op::CALLN, base, static_cast<uint32_t>(callee->native));
    } else if (callee) {
        auto it = g_.info_.funcs.find(callee->decl);
        emit(Op::CALL, base, static_cast<uint32_t>(g_.functionIndex(it->second)));
    } else if (sel && sel->method->native >= 0) {
        // a library type's method: the receiver is the native's first argument
        emit(Op::CALLN, base, static_cast<uint32_t>(sel->method->native));
    } else if (sel) {
        auto mit = g_.methods_.find(sel->method);
        if (mit == g_.methods_.end()) {
            g_.error(e->pos, "internal error: method not compiled");
            return;
        }
        emit(Op::CALL, base, static_cast<uint32_t>(mit->second));
    } else {
        emit(Op::CALLC, base, fnSlot);
    }
    // the results are at base
    int n = 0;
    for (size_t k = 0; k < sig->results.size() && static_cast<int>(k) < std::max(resultCount, 1); ++k)
        n += nslots(sig->results[k]);
    if (resultCount > 1) {
        n = 0;
        for (types::Type* t : sig->results) n += nslots(t);
    }
    if (n > 0 && dst >= 0 && dst != base) emit(n == 1 ? Op::MOV : Op::MOVN, dst, base, n);
    top_ = mark;
}

void FuncGen::conversionTo(const CallExpr* e, types::Type* t, int dst) {
    const Expr* arg = e->args[0];
    types::Type* from = typeOf(arg);
    int mark = top_;
    int src = exprAny(arg);
    convertValue(src, from, dst, t);
    top_ = mark;
}

// A built-in's arguments: each expression, or (Info::spreadCalls) the
// values of its one call, evaluated first into consecutive slots.
FuncGen::BuiltinArgs::BuiltinArgs(FuncGen& g, const CallExpr* e) : g(g), e(e) {
    if (!g.g_.info_.spreadCalls.count(e)) return;
    int slot;
    types::Tuple* tu = g.multiValue(e->args[0], slot);
    for (types::Type* t : tu->types) {
        types.push_back(t);
        slots.push_back(slot);
        slot += nslots(t);
    }
}

types::Type* FuncGen::BuiltinArgs::type(uint32_t k) const {
    return slots.empty() ? g.typeOf(e->args[k]) : types[k];
}

void FuncGen::BuiltinArgs::to(uint32_t k, int dst, types::Type* t) const {
    if (slots.empty()) {
        g.exprTo(e->args[k], dst, t);
        return;
    }
    if (t && !types::identical(t, types[k])) g.convertValue(slots[k], types[k], dst, t);
    else if (int n = nslots(types[k]); n > 0 && dst != slots[k]) g.emit(n == 1 ? Op::MOV : Op::MOVN, dst, slots[k], n);
}

int FuncGen::BuiltinArgs::any(uint32_t k) const { return slots.empty() ? g.exprAny(e->args[k]) : slots[k]; }

void FuncGen::builtinTo(const CallExpr* e, check::Builtin b, int dst) {
    int mark = top_;
    if (dst < 0) dst = alloc(3);  // a result nobody uses still needs a home
    types::TypeTable& tt = *g_.program_.types;
    const BuiltinArgs args(*this, e);
    switch (b) {
        case check::Builtin::Make: {
            if (auto* mt = types::underlying(typeOf(e)); mt->kind == Kind::Map) {
                int hint = alloc(1);
                if (e->args.size > 1) exprTo(e->args[1], hint, tt.basic(Kind::Int));
                else emit(Op::LOADI, hint, 0);
                emit(Op::MAKEMAP, dst, hint, static_cast<int>(g_.program_.typeIndex(mt)));
                break;
            }
            if (auto* ct = types::underlying(typeOf(e)); ct->kind == Kind::Chan) {
                int size = alloc(1);
                if (e->args.size > 1) exprTo(e->args[1], size, tt.basic(Kind::Int));
                else emit(Op::LOADI, size, 0);
                emit(Op::MAKECHAN, dst, size, static_cast<int>(g_.program_.typeIndex(ct)));
                break;
            }
            auto* st = static_cast<types::Slice*>(types::underlying(typeOf(e)));
            int sizes = alloc(2);
            exprTo(e->args[1], sizes, tt.basic(Kind::Int));
            if (e->args.size > 2) exprTo(e->args[2], sizes + 1, tt.basic(Kind::Int));
            else emit(Op::MOV, sizes + 1, sizes);
            emit(Op::MAKESLICE, dst, sizes, static_cast<int>(g_.program_.typeIndex(st->elem)));
            break;
        }
        case check::Builtin::Append: {
            // the operands first, then room (GROWSLICE), then the new elements
            types::Type* st = typeOf(e);
            types::Type* elem = static_cast<types::Slice*>(types::underlying(st))->elem;
            int s = alloc(3);
            args.to(0, s, st);
            if (args.count() == 1) {
                emit(Op::MOVN, dst, s, 3);
                break;
            }
            int need = alloc(1);
            int at = alloc(2);  // where the new elements go: {pointer, count}
            auto toEnd = [&]() {
                loadInt(at, elem->size);
                emit(Op::MUL_I64, at, at, s + 1);
                emit(Op::ADD_I64, at, at, s);
            };
            if (e->hasDots) {
                int more = exprAny(e->args[1]);  // a slice, or a string's bytes
                emit(Op::ADD_I64, need, s + 1, more + 1);
                emit(Op::GROWSLICE, s, need, static_cast<int>(g_.program_.typeIndex(elem)));
                toEnd();
                emit(Op::MOV, at + 1, more + 1);
                int size = alloc(1);
                loadInt(size, elem->size);
                emit(Op::COPY, size, at, more);
            } else {
                std::vector<int> vals;
                for (uint32_t k = 1; k < args.count(); ++k) {
                    vals.push_back(alloc(std::max(1, nslots(elem))));
                    args.to(k, vals.back(), elem);
                }
                loadInt(need, static_cast<int64_t>(vals.size()));
                emit(Op::ADD_I64, need, need, s + 1);
                emit(Op::GROWSLICE, s, need, static_cast<int>(g_.program_.typeIndex(elem)));
                toEnd();
                for (size_t k = 0; k < vals.size(); ++k) storeInto(at, static_cast<int64_t>(k) * elem->size, elem, vals[k]);
            }
            emit(Op::MOV, s + 1, need);
            emit(Op::MOVN, dst, s, 3);
            break;
        }
        case check::Builtin::Recover: emit(Op::RECOVER, dst); break;
        case check::Builtin::Close: emit(Op::CLOSE, exprAny(e->args[0])); break;
        case check::Builtin::Delete: {
            auto* mt = static_cast<types::Map*>(types::underlying(args.type(0)));
            int blk = alloc(1 + std::max(1, nslots(mt->key)));
            args.to(0, blk, nullptr);
            args.to(1, blk + 1, mt->key);
            emit(Op::MAPDELETE, blk, 0, static_cast<int>(g_.program_.typeIndex(mt)));
            break;
        }
        case check::Builtin::Copy: {
            types::Type* du = types::underlying(args.type(0));
            int d = args.any(0);
            int src = args.any(1);
            int n = alloc(1);
            loadInt(n, static_cast<types::Slice*>(du)->elem->size);
            emit(Op::COPY, n, d, src);
            emit(Op::MOV, dst, n);
            break;
        }
        case check::Builtin::Len:
        case check::Builtin::Cap: {
            types::Type* t = types::underlying(typeOf(e->args[0]));
            if (t->kind == Kind::Map) {
                emit(Op::MAPLEN, dst, exprAny(e->args[0]));
                break;
            }
            if (t->kind == Kind::Array) {
                loadInt(dst, static_cast<types::Array*>(t)->len);
                break;
            }
            if (t->kind == Kind::Pointer) {
                // len(p) of a pointer to an array: the array's length, even
                // for nil; p is evaluated for its calls and receives
                exprAny(e->args[0]);
                loadInt(dst, static_cast<types::Array*>(types::underlying(static_cast<types::Pointer*>(t)->elem))->len);
                break;
            }
            if (t->kind == Kind::Chan) {
                emit(b == check::Builtin::Len ? Op::CHANLEN : Op::CHANCAP, dst, exprAny(e->args[0]));
                break;
            }
            int s = exprAny(e->args[0]);
            emit(Op::MOV, dst, s + (b == check::Builtin::Cap && t->kind == Kind::Slice ? 2 : 1));
            break;
        }
        case check::Builtin::New: {
            types::Type* t = static_cast<types::Pointer*>(typeOf(e))->elem;
            emit(Op::NEW, dst, g_.program_.typeIndex(t));
            break;
        }
        case check::Builtin::Panic: {
            int v = alloc(2);
            exprTo(e->args[0], v, g_.program_.types->emptyInterface());
            emit(Op::PANIC, v);
            break;
        }
        case check::Builtin::Print:
        case check::Builtin::Println: {
            bool ln = b == check::Builtin::Println;
            for (uint32_t k = 0; k < args.count(); ++k) {
                if (ln && k > 0) emit(Op::PRINT_SP);
                int m2 = top_;
                printSlot(args.any(k), args.type(k));
                top_ = m2;
            }
            if (ln) emit(Op::PRINT_NL);
            break;
        }
        case check::Builtin::Complex: {
            types::Type* t = types::underlying(typeOf(e));
            int re = args.any(0);
            int im = args.any(1);
            if (t->kind == Kind::Complex64) {
                emit(Op::MKC64, dst, re, im);
            } else {
                int tmp = alloc(2);
                emit(Op::MOV, tmp, re);
                emit(Op::MOV, tmp + 1, im);
                emit(Op::MOVN, dst, tmp, 2);
            }
            break;
        }
        case check::Builtin::Real:
        case check::Builtin::Imag: {
            types::Type* t = types::underlying(typeOf(e->args[0]));
            int c = exprAny(e->args[0]);
            if (t->kind == Kind::Complex64) emit(b == check::Builtin::Real ? Op::REAL_C64 : Op::IMAG_C64, dst, c);
            else emit(Op::MOV, dst, c + (b == check::Builtin::Real ? 0 : 1));
            break;
        }
        default: g_.error(e->pos, "builtin not supported yet"); break;
    }
    top_ = mark;
}

// print's format for one value of type t in slots from v.
void FuncGen::printSlot(int v, types::Type* t) {
    types::Type* u = types::underlying(t);
    switch (u->kind) {
        case Kind::Bool: emit(Op::PRINT_BOOL, v); break;
        case Kind::Float32: {
            int f = alloc(1);
            emit(Op::CVT_F32_F64, f, v);
            emit(Op::PRINT_F64, f);
            break;
        }
        case Kind::Float64: emit(Op::PRINT_F64, v); break;
        case Kind::Complex64: {
            int c = alloc(2);
            emit(Op::CVT_C64_C128, c, v);
            emit(Op::PRINT_C128, c);
            break;
        }
        case Kind::Complex128: emit(Op::PRINT_C128, v); break;
        case Kind::String: emit(Op::PRINT_STR, v); break;
        case Kind::Interface: emit(Op::PRINT_IFACE, v); break;
        case Kind::Slice: emit(Op::PRINT_SLICE, v); break;
        case Kind::Pointer:
        case Kind::Map:
        case Kind::Chan:
        case Kind::Func:
        case Kind::UnsafePointer: emit(Op::PRINT_PTR, v); break;
        default:
            if (types::isUnsigned(u)) emit(Op::PRINT_U64, v);
            else emit(Op::PRINT_I64, v);
    }
}

// defer or go print(...), panic(v), delete(m, k), copy(d, s), close(c),
// recover(): the arguments are evaluated now, into the parameters of a
// function made for this statement that performs the built-in on them when
// it runs.
void FuncGen::builtinThunk(const CallExpr* call, check::Builtin b, int f, Op op) {
    int32_t stmtLine = line();
    std::vector<types::Type*> params;
    types::TypeTable& tt = *g_.program_.types;
    const BuiltinArgs args(*this, call);
    for (uint32_t k = 0; k < args.count(); ++k) {
        types::Type* t = args.type(k);
        if (b == check::Builtin::Panic) t = tt.emptyInterface();
        if (b == check::Builtin::Delete && k == 1) t = static_cast<types::Map*>(types::underlying(params[0]))->key;
        params.push_back(t);
        int slot = alloc(std::max(1, nslots(t)));
        args.to(k, slot, t);
        top_ = slot + nslots(t);
    }
    auto fn = std::make_unique<vm::Function>();
    fn->name = info_->name + (op == Op::GO ? ".gowrap" : ".deferwrap") + std::to_string(++g_.deferThunks_);
    fn->file = g_.filename_;
    fn->wrapper = true;
    check::FuncInfo thunkInfo;
    thunkInfo.sig = tt.func(params, {}, false);
    FuncGen t(g_, fn.get(), &thunkInfo);
    t.setLine(line());
    int at = 0;
    std::vector<int> slots;
    for (types::Type* p : params) {
        slots.push_back(at);
        at += nslots(p);
    }
    fn->paramSlots = at;
    t.top_ = at;
    t.fn_->frameSlots = std::max(at, 1);
    switch (b) {
        case check::Builtin::Print:
        case check::Builtin::Println:
            for (size_t k = 0; k < params.size(); ++k) {
                if (b == check::Builtin::Println && k > 0) t.emit(Op::PRINT_SP);
                t.printSlot(slots[k], params[k]);
            }
            if (b == check::Builtin::Println) t.emit(Op::PRINT_NL);
            break;
        case check::Builtin::Panic: t.emit(Op::PANIC, 0); break;
        case check::Builtin::Delete: t.emit(Op::MAPDELETE, 0, 0, static_cast<int>(g_.program_.typeIndex(params[0]))); break;
        case check::Builtin::Copy: {
            int n = t.alloc(1);
            t.loadInt(n, static_cast<types::Slice*>(types::underlying(params[0]))->elem->size);
            t.emit(Op::COPY, n, slots[0], slots[1]);
            break;
        }
        case check::Builtin::Recover: t.emit(Op::RECOVER, t.alloc(2)); break;
        case check::Builtin::Close: t.emit(Op::CLOSE, 0); break;
        default: g_.error(call->pos, std::string(op == Op::GO ? "go" : "defer") + " of this built-in function is not supported yet"); break;
    }
    t.emit(Op::RET, 0, 0);
    g_.reportLimit(t);
    int32_t index = static_cast<int32_t>(g_.program_.functions.size());
    g_.program_.functions.push_back(std::move(fn));
    emit(Op::FUNC, f, static_cast<uint32_t>(index));
    setLine(stmtLine);
    emit(op, f, at);
}

}  // namespace gos::codegen
