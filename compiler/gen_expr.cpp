// Expressions: constants, conversions, operators, selectors, slicing,
// type assertions, closures and composite literals, each compiled into the
// slots the caller names.
#include "compiler/codegen_impl.h"

#include <cstring>

#include "parser/syntax_string.h"

namespace gos::codegen {

// ---- expressions --------------------------------------------------------------------------

// Returns a slot holding the value of e: the variable's own slot for a
// local that lives in slots, else a new temporary.
int FuncGen::exprAny(const Expr* e) {
    while (e->kind == ast::Kind::ParenExpr) e = static_cast<const ParenExpr*>(e)->x;
    const check::TypeAndValue* tv = g_.info_.typeOf(e);
    if (e->kind == ast::Kind::Ident && tv && tv->mode == Mode::Variable) {
        auto it = g_.info_.uses.find(static_cast<const Ident*>(e));
        if (it != g_.info_.uses.end() && !it->second->global && !inMemory(it->second)) {
            int s = localSlotFor(it->second);
            if (s >= 0) return s;
        }
    }
    types::Type* t = typeOf(e);
    int dst = alloc(std::max(1, t ? nslots(t) : 1));
    exprTo(e, dst);
    return dst;
}

void FuncGen::constantTo(const check::TypeAndValue& tv, int dst, types::Type* t) {
    if (!t) t = tv.type;
    types::Type* u = types::underlying(t);
    if (u->kind == Kind::Interface) {
        // a constant stored in an interface: its default type
        g_.error({static_cast<uint32_t>(line()), 1}, "internal error: untyped constant in interface");
        return;
    }
    const constant::Value& v = tv.value;
    switch (u->kind) {
        case Kind::Bool:
        case Kind::UntypedBool: emit(Op::LOADI, dst, constant::boolVal(v) ? 1 : 0); return;
        case Kind::String:
        case Kind::UntypedString: {
            const std::string& s = g_.program_.internString(constant::stringVal(v));
            emit(Op::LOADKN, dst, stringConstant(s.empty() ? nullptr : s.data(), s.size()), 2);
            return;
        }
        case Kind::Float32: {
            float f = constant::toFloat32(v);
            uint64_t bits = 0;
            std::memcpy(&bits, &f, 4);
            emit(Op::LOADK, dst, constant(bits));
            return;
        }
        case Kind::Float64:
        case Kind::UntypedFloat: {
            double d = constant::toFloat64(v);
            uint64_t bits;
            std::memcpy(&bits, &d, 8);
            emit(Op::LOADK, dst, constant(bits));
            return;
        }
        case Kind::Complex64: {
            float parts[2] = {constant::toFloat32(constant::real(v)), constant::toFloat32(constant::imag(v))};
            uint64_t bits;
            std::memcpy(&bits, parts, 8);
            emit(Op::LOADK, dst, constant(bits));
            return;
        }
        case Kind::Complex128:
        case Kind::UntypedComplex: {
            double re = constant::toFloat64(constant::real(v)), im = constant::toFloat64(constant::imag(v));
            uint64_t b1, b2;
            std::memcpy(&b1, &re, 8);
            std::memcpy(&b2, &im, 8);
            emit(Op::LOADK, dst, constant(b1));
            emit(Op::LOADK, dst + 1, constant(b2));
            return;
        }
        default:
            if (types::isInteger(u)) {
                constant::Value iv = constant::toInt(v);
                bool exact;
                if (types::isUnsigned(u)) {
                    uint64_t x = constant::uint64Val(iv, &exact);
                    if (x <= INT32_MAX) loadInt(dst, static_cast<int64_t>(x));
                    else emit(Op::LOADK, dst, constant(x));
                } else {
                    loadInt(dst, constant::int64Val(iv, &exact));
                }
                return;
            }
            emit(Op::ZERO, dst, std::max(1, nslots(t)));  // nil
    }
}

// Converts the value in src (of type from) into dst as type to: numeric
// conversions, and boxing a concrete value into an interface.
void FuncGen::convertValue(int src, types::Type* from, int dst, types::Type* to) {
    types::Type* fu = types::underlying(from);
    types::Type* tu = types::underlying(to);
    if (tu->kind == Kind::Interface && fu->kind != Kind::Interface) {
        if (fu->kind == Kind::UntypedNil) {
            emit(Op::ZERO, dst, 2);
            return;
        }
        g_.addPromoted(from);
        emit(Op::MKIFACE, dst, src, static_cast<int>(g_.program_.typeIndex(from)));
        return;
    }
    auto fk = fu->kind, tk = tu->kind;
    bool fInt = types::isInteger(fu), tInt = types::isInteger(tu);
    bool fF32 = fk == Kind::Float32, fF64 = fk == Kind::Float64;
    bool tF32 = tk == Kind::Float32, tF64 = tk == Kind::Float64;
    if (fInt && tInt) {
        if (src != dst) emit(Op::MOV, dst, src);
        if (tu->size < 8) normalize(dst, to);
        return;
    }
    if (fInt && (tF32 || tF64)) {
        bool u = types::isUnsigned(fu);
        emit(tF64 ? (u ? Op::CVT_U64_F64 : Op::CVT_I64_F64) : (u ? Op::CVT_U64_F32 : Op::CVT_I64_F32), dst, src);
        return;
    }
    if ((fF32 || fF64) && tInt) {
        // as gc on amd64: 64-bit targets convert to 64 bits (unsigned with
        // Go's branchy sequence), uint32 converts to int64 and truncates,
        // the other narrow types convert to int32 and truncate, so values
        // out of range and NaN give what the hardware gives
        Op op;
        if (tu->size == 8) op = types::isUnsigned(tu) ? (fF64 ? Op::CVT_F64_U64 : Op::CVT_F32_U64) : (fF64 ? Op::CVT_F64_I64 : Op::CVT_F32_I64);
        else if (tk == Kind::Uint32) op = fF64 ? Op::CVT_F64_I64 : Op::CVT_F32_I64;
        else op = fF64 ? Op::CVT_F64_I32 : Op::CVT_F32_I32;
        emit(op, dst, src);
        if (tu->size < 8) normalize(dst, to);
        return;
    }
    if (fF64 && tF32) {
        emit(Op::CVT_F64_F32, dst, src);
        return;
    }
    if (fF32 && tF64) {
        emit(Op::CVT_F32_F64, dst, src);
        return;
    }
    if (fk == Kind::Complex64 && tk == Kind::Complex128) {
        emit(Op::CVT_C64_C128, dst, src);
        return;
    }
    if (fk == Kind::Complex128 && tk == Kind::Complex64) {
        emit(Op::CVT_C128_C64, dst, src);
        return;
    }
    if (fInt && tk == Kind::String) {
        emit(Op::STR_RUNE, dst, src);
        return;
    }
    if (tk == Kind::String && fk == Kind::Slice) {
        bool bytes = types::underlying(static_cast<types::Slice*>(fu)->elem)->kind == Kind::Uint8;
        emit(bytes ? Op::BYTES_STR : Op::RUNES_STR, dst, src);
        return;
    }
    if (fk == Kind::Slice && tk == Kind::Pointer) {
        // (*[N]T)(s): s's data pointer, once len(s) >= N is checked
        auto* arr = static_cast<types::Array*>(types::underlying(static_cast<types::Pointer*>(tu)->elem));
        int n = alloc(1);
        loadInt(n, arr->len);
        emit(Op::SLICE2ARR, src, n);
        emit(Op::MOV, dst, src);
        return;
    }
    if (fk == Kind::String && tk == Kind::Slice) {
        bool bytes = types::underlying(static_cast<types::Slice*>(tu)->elem)->kind == Kind::Uint8;
        emit(bytes ? Op::STR_BYTES : Op::STR_RUNES, dst, src);
        return;
    }
    int n = nslots(to);
    if (src != dst) {
        if (n == 1) emit(Op::MOV, dst, src);
        else if (n > 1) emit(Op::MOVN, dst, src, n);
    }
}

void FuncGen::exprTo(const Expr* e, int dst, types::Type* target) {
    guardStack(e);
    setLine(e);
    const check::TypeAndValue* tv = g_.info_.typeOf(e);
    types::Type* t = tv ? tv->type : nullptr;
    if (target && t && isIface(target) && !isIface(t)) {
        int mark = top_;
        int tmp = t->kind == Kind::UntypedNil ? dst : exprAny(e);
        convertValue(tmp, t, dst, target);
        top_ = std::max(mark, dst + 2 > mark ? mark : mark);
        return;
    }
    if (tv && tv->mode == Mode::Constant) {
        constantTo(*tv, dst, t);
        return;
    }
    switch (e->kind) {
        case ast::Kind::ParenExpr: exprTo(static_cast<const ParenExpr*>(e)->x, dst, target); return;
        case ast::Kind::Ident: {
            auto* id = static_cast<const Ident*>(e);
            auto it = g_.info_.uses.find(id);
            if (it == g_.info_.uses.end()) break;
            const Object* obj = it->second;
            if (obj->kind == Object::Kind::Nil) {
                emit(Op::ZERO, dst, std::max(1, t ? nslots(t) : 1));
                return;
            }
            if (obj->kind == Object::Kind::Func) {
                funcValueTo(obj, dst);
                return;
            }
            int mark = top_;
            Place p = place(e);
            load(p, dst);
            top_ = std::max(mark, top_ > dst ? mark : mark);
            top_ = mark;
            return;
        }
        case ast::Kind::BinaryExpr: binaryTo(static_cast<const BinaryExpr*>(e), dst); return;
        case ast::Kind::UnaryExpr: unaryTo(static_cast<const UnaryExpr*>(e), dst); return;
        case ast::Kind::CallExpr: callTo(static_cast<const CallExpr*>(e), dst, 1); return;
        case ast::Kind::StarExpr: {
            int mark = top_;
            Place p = place(e);
            load(p, dst);
            top_ = mark;
            return;
        }
        case ast::Kind::SelectorExpr: selectorTo(static_cast<const SelectorExpr*>(e), dst); return;
        case ast::Kind::IndexExpr: {
            auto* ix = static_cast<const IndexExpr*>(e);
            types::Type* bt = typeOf(ix->x);
            int mark = top_;
            if (types::isString(bt)) {
                int s = exprAny(ix->x);
                int i = exprAny(ix->index);
                emit(Op::INDEX_STR, dst, s, i);
                top_ = mark;
                return;
            }
            Place p = place(e);
            load(p, dst);
            top_ = mark;
            return;
        }
        case ast::Kind::SliceExpr: sliceTo(static_cast<const SliceExpr*>(e), dst); return;
        case ast::Kind::TypeAssertExpr: assertTo(static_cast<const TypeAssertExpr*>(e), dst, -1); return;
        case ast::Kind::CompositeLit: compositeTo(static_cast<const CompositeLit*>(e), t, dst); return;
        case ast::Kind::FuncLit: closureTo(static_cast<const FuncLit*>(e), dst); return;
        default: break;
    }
    g_.error(e->pos, std::string("cannot compile ") + kindName(e->kind) + " yet");
}

// x[lo:hi] and x[lo:hi:max] of a string, a slice, an addressable array or a
// pointer to an array: the checks Go makes, in Go's order, then
// (ptr + lo*size, hi-lo, max-lo).
void FuncGen::sliceTo(const SliceExpr* se, int dst) {
    using vm::SliceBound;
    int mark = top_;
    types::Type* u = types::underlying(typeOf(se->x));
    int ptr, len, cap;
    int64_t esize = 1;
    bool isString = u->kind == Kind::String, isSlice = u->kind == Kind::Slice;
    if (isString || isSlice) {
        if (isSlice) esize = static_cast<types::Slice*>(u)->elem->size;
        ptr = exprAny(se->x);
        len = ptr + 1;
        cap = isSlice ? ptr + 2 : len;
    } else {
        types::Array* arr;
        if (u->kind == Kind::Pointer) {
            arr = static_cast<types::Array*>(types::underlying(static_cast<types::Pointer*>(u)->elem));
            ptr = exprAny(se->x);
            emit(Op::NILCHK, ptr);
        } else {
            arr = static_cast<types::Array*>(u);
            ptr = addressOf(se->x);
        }
        esize = arr->elem->size;
        len = cap = alloc(1);
        loadInt(len, arr->len);
    }
    auto operand = [&](const Expr* x, int dflt) {
        if (!x) return dflt;
        int r = alloc(1);
        exprTo(x, r, g_.program_.types->basic(Kind::Int));
        return r;
    };
    int lo = se->low ? operand(se->low, -1) : alloc(1);
    if (!se->low) emit(Op::LOADI, lo, 0);
    int hi = operand(se->high, len);
    int max = operand(se->max, cap);
    auto check = [&](int a, int b, SliceBound which) { emit(Op::BOUNDS_SLICE, a, b, static_cast<int>(which)); };
    if (se->slice3) {
        check(max, cap, isSlice ? SliceBound::Slice3ACap : SliceBound::Slice3ALen);
        check(hi, max, SliceBound::Slice3B);
        check(lo, hi, SliceBound::Slice3C);
    } else {
        if (se->high) check(hi, cap, isSlice ? SliceBound::ACap : SliceBound::ALen);
        check(lo, hi, SliceBound::B);
    }
    int res = alloc(3);
    int off = alloc(1);
    loadInt(off, esize);
    emit(Op::MUL_I64, off, off, lo);
    emit(Op::ADD_I64, res, ptr, off);
    emit(Op::SUB_I64, res + 1, hi, lo);
    if (!isString) emit(Op::SUB_I64, res + 2, max, lo);
    emit(Op::MOVN, dst, res, isString ? 2 : 3);
    top_ = mark;
}

// The values of a multi-valued expression, a call with several results or
// a comma-ok form, left in consecutive slots from `slot` (each value in
// its own slots); returns their types.
types::Tuple* FuncGen::multiValue(const Expr* e, int& slot) {
    while (e->kind == ast::Kind::ParenExpr) e = static_cast<const ParenExpr*>(e)->x;
    types::TypeTable& tt = *g_.program_.types;
    types::Tuple* tu;
    auto ok = g_.info_.commaOk.find(e);
    if (ok != g_.info_.commaOk.end()) tu = tt.tuple({ok->second, tt.basic(Kind::Bool)});
    else tu = static_cast<types::Tuple*>(typeOf(e));
    int n = 0;
    for (types::Type* t : tu->types) n += nslots(t);
    slot = alloc(std::max(1, n));
    if (e->kind == ast::Kind::TypeAssertExpr) {
        assertTo(static_cast<const TypeAssertExpr*>(e), slot, slot + nslots(tu->types[0]));
    } else if (e->kind == ast::Kind::IndexExpr) {
        // v, ok := m[k]
        int mark = top_;
        Place entry = mapEntry(static_cast<const IndexExpr*>(e));
        load(mapLookup(entry, slot + nslots(tu->types[0])), slot);
        top_ = mark;
    } else if (e->kind == ast::Kind::CallExpr) {
        callTo(static_cast<const CallExpr*>(e), slot, static_cast<int>(tu->types.size()));
    } else {
        // v, ok := <-c
        int n = nslots(tu->types[0]);
        if (auto r = received_.find(e); r != received_.end()) {
            if (n > 0) emit(n == 1 ? Op::MOV : Op::MOVN, slot, r->second.val, n);
            emit(Op::MOV, slot + n, r->second.ok);
        } else {
            int mark = top_;
            int ch = exprAny(static_cast<const UnaryExpr*>(e)->x);
            emit(Op::RECVOK, slot, ch, slot + n);
            top_ = mark;
        }
    }
    return tu;
}

// m[k] as a place: the map and the key evaluated into consecutive slots.
Place FuncGen::mapEntry(const IndexExpr* ix) {
    auto* mt = static_cast<types::Map*>(types::underlying(typeOf(ix->x)));
    Place p;
    p.where = Place::Where::MapEntry;
    p.map = mt;
    p.type = mt->elem;
    p.slot = alloc(1 + std::max(1, nslots(mt->key)));
    exprTo(ix->x, p.slot);
    exprTo(ix->index, p.slot + 1, mt->key);
    return p;
}

// Reading m[k]: the element's address (the zero value's when k is absent),
// as a memory place; with ok >= 0, ok tells whether k was present.
Place FuncGen::mapLookup(const Place& entry, int ok) {
    int addr = ok >= 0 ? alloc(2) : alloc(1);
    emit(ok >= 0 ? Op::MAPACCESS2 : Op::MAPACCESS, addr, entry.slot, static_cast<int>(g_.program_.typeIndex(entry.map)));
    if (ok >= 0) emit(Op::MOV, ok, addr + 1);
    Place p;
    p.where = Place::Where::Memory;
    p.slot = addr;
    p.offset = entry.offset;
    p.type = entry.type;
    return p;
}

// x.(T) into dst: with ok >= 0 the comma-ok form (ok gets the outcome, dst
// the zero value on failure), else a failed assertion panics.
void FuncGen::assertTo(const TypeAssertExpr* e, int dst, int ok) {
    int mark = top_;
    auto commaOk = g_.info_.commaOk.find(e);
    types::Type* t = commaOk != g_.info_.commaOk.end() ? commaOk->second : typeOf(e);
    types::Type* st = typeOf(e->x);
    int x = alloc(2);
    exprTo(e->x, x, st);
    int r = ok >= 0 ? ok : alloc(1);
    bool toIface = isIface(t);
    emit(toIface ? Op::IMPLEMENTS : Op::ISTYPE, r, x, static_cast<int>(g_.program_.typeIndex(t)));
    size_t fail = jump(Op::JF, r);
    if (toIface) {
        emit(Op::MOVN, dst, x, 2);
    } else if (types::isPointerShaped(t)) {
        emit(Op::MOV, dst, x + 1);
    } else {
        Place p{Place::Where::Memory, x + 1, 0, t, false};
        load(p, dst);
    }
    size_t done = jump();
    patchJump(fail, here());
    if (ok >= 0) {
        emit(Op::ZERO, dst, std::max(1, nslots(t)));
    } else {
        setLine(e);
        emit(Op::ASSERTFAIL, x, static_cast<int>(g_.program_.typeIndex(st)), static_cast<int>(g_.program_.typeIndex(t)));
    }
    patchJump(done, here());
    top_ = mark;
}

void FuncGen::funcValueTo(const Object* f, int dst) {
    if (f->native >= 0) {
        emit(Op::FUNC, dst, static_cast<uint32_t>(g_.nativeWrapper(f)));
        return;
    }
    auto it = g_.info_.funcs.find(f->decl);
    emit(Op::FUNC, dst, static_cast<uint32_t>(g_.functionIndex(it->second)));
}

void FuncGen::closureTo(const FuncLit* e, int dst) {
    auto it = g_.info_.funcs.find(e);
    const check::FuncInfo* fi = it->second;
    int idx = g_.functionIndex(fi);
    if (fi->captures.empty()) {
        emit(Op::FUNC, dst, static_cast<uint32_t>(idx));
        return;
    }
    int mark = top_;
    int caps = alloc(static_cast<int>(fi->captures.size()));
    for (size_t k = 0; k < fi->captures.size(); ++k) {
        int s = localSlotFor(fi->captures[k]);
        if (s < 0) {
            g_.error(e->pos, "internal error: capture of " + fi->captures[k]->name);
            return;
        }
        emit(Op::MOV, caps + static_cast<int>(k), s);
    }
    emit(Op::CLOSURE, dst, idx, caps);
    top_ = mark;
}

void FuncGen::selectorTo(const SelectorExpr* e, int dst) {
    auto it = g_.info_.selections.find(e);
    if (it == g_.info_.selections.end()) {
        g_.error(e->pos, "internal error: unresolved selector");
        return;
    }
    const Selection& sel = it->second;
    int mark = top_;
    switch (sel.kind) {
        case Selection::Kind::Qualified: {
            const Object* m = sel.member;
            if (m->kind == Object::Kind::Var) {
                Place p = place(e);
                load(p, dst);
                top_ = mark;
                return;
            }
            if (m->kind == Object::Kind::Func) {
                funcValueTo(m, dst);
                return;
            }
            break;
        }
        case Selection::Kind::Field: {
            Place p = place(e);
            load(p, dst);
            top_ = mark;
            return;
        }
        case Selection::Kind::MethodExpr: {
            types::Type* recvT = typeOf(e->x);
            if (sel.interfaceMethod) {
                for (const types::InterfaceMethod& m : static_cast<types::Interface*>(types::underlying(recvT))->methods)
                    if (m.name == sel.methodName)
                        emit(Op::FUNC, dst, static_cast<uint32_t>(g_.interfaceMethodWrapper(m.sig, m.name, false)));
                return;
            }
            bool viaPointer = recvT && recvT->kind == Kind::Pointer && !sel.method->pointerReceiver;
            if (sel.method && !sel.path.empty()) {
                // a promoted method: a wrapper walks from the outer receiver
                types::Type* outerT = recvT->kind == Kind::Pointer ? static_cast<types::Pointer*>(recvT)->elem : recvT;
                if (sel.method->native >= 0) {
                    g_.error(e->pos, "this method expression is not supported yet");
                    return;
                }
                emit(Op::FUNC, dst, static_cast<uint32_t>(g_.promotedMethodExpr(sel, outerT, recvT->kind != Kind::Pointer)));
                return;
            }
            if (sel.method && sel.method->native >= 0) {
                auto how = viaPointer ? Generator::NativeReceiver::Pointer : Generator::NativeReceiver::Value;
                emit(Op::FUNC, dst, static_cast<uint32_t>(g_.nativeMethodWrapper(sel.method, sel.recvNamed, how)));
                return;
            }
            auto mit = g_.methods_.find(sel.method);
            if (mit == g_.methods_.end()) break;
            int32_t f = viaPointer ? g_.wrapper(sel.method, sel.recvNamed, false) : mit->second;
            emit(Op::FUNC, dst, static_cast<uint32_t>(f));
            return;
        }
        case Selection::Kind::Method: {
            // a method value: a closure over a copy of the receiver (or the pointer)
            bool native = sel.method && sel.method->native >= 0;
            if (sel.interfaceMethod) {
                // x.M of an interface x (or of one embedded in x): the
                // interface is evaluated now, and a nil one panics now
                types::Type* it = g_.program_.types->emptyInterface();
                int v;
                if (sel.path.empty()) {
                    v = exprAny(e->x);
                } else {
                    v = alloc(2);
                    load(fieldPlace(e->x, sel.path), v);
                }
                emit(Op::NILCHK, v, 0, 0);
                int cell = alloc(1);
                emit(Op::NEW, cell, g_.program_.typeIndex(it));
                storeInto(cell, 0, it, v);
                auto* sig = static_cast<types::Func*>(types::underlying(typeOf(e)));
                emit(Op::CLOSURE, dst, g_.interfaceMethodWrapper(sig, sel.methodName, true), cell);
                top_ = mark;
                return;
            }
            if (sel.interfaceMethod || !sel.method || (sel.method->function < 0 && !native)) {
                g_.error(e->pos, "this method value is not supported yet");
                return;
            }
            bool ptrRecv = sel.method->pointerReceiver;
            types::Type* recvT = ptrRecv ? static_cast<types::Type*>(g_.program_.types->pointer(sel.recvNamed)) : sel.recvNamed;
            int v = alloc(std::max(1, nslots(recvT)));
            receiverValueTo(e->x, sel, v);  // the cell is the copy a native gets
            int cell = alloc(1);
            emit(Op::NEW, cell, g_.program_.typeIndex(recvT));
            storeInto(cell, 0, recvT, v);
            int32_t f = native ? g_.nativeMethodWrapper(sel.method, sel.recvNamed, Generator::NativeReceiver::Bound)
                               : g_.wrapper(sel.method, sel.recvNamed, true);
            emit(Op::CLOSURE, dst, f, cell);
            top_ = mark;
            return;
        }
    }
    g_.error(e->pos, "cannot compile selector " + exprString(e) + " yet");
}

// The place of the field reached from x through the field indices of path
// (embedded fields on the way, following embedded pointers).
Place FuncGen::fieldPlace(const Expr* x, const std::vector<int>& path) {
    types::Type* t = typeOf(x);
    Place base;
    if (types::underlying(t)->kind == Kind::Pointer) {
        base.where = Place::Where::Memory;
        base.slot = exprAny(x);
        base.mayBeNil = true;
        base.type = static_cast<types::Pointer*>(types::underlying(t))->elem;
        t = base.type;
    } else {
        base = place(x);
        if (base.where == Place::Where::Discard) {
            // a value that is not a variable (a call's result): evaluate into slots
            base.where = Place::Where::Slots;
            base.slot = exprAny(x);
            base.type = t;
        }
        if (base.where == Place::Where::MapEntry) base = mapLookup(base);  // m[k].f: read only
    }
    base.whole = false;
    for (size_t k = 0; k < path.size(); ++k) {
        auto* st = static_cast<types::Struct*>(types::underlying(t));
        const types::Field& f = st->fields[static_cast<size_t>(path[k])];
        base.offset += f.offset;
        base.type = f.type;
        t = f.type;
        if (k + 1 < path.size() && types::underlying(t)->kind == Kind::Pointer) {
            // an embedded pointer: load it and continue through it
            int ptr = alloc(1);
            load(base, ptr);
            emit(Op::NILCHK, ptr);
            base.where = Place::Where::Memory;
            base.slot = ptr;
            base.offset = 0;
            base.mayBeNil = false;
            t = static_cast<types::Pointer*>(types::underlying(t))->elem;
            base.type = t;
        }
    }
    return base;
}

// Leaves in slots from `at` the receiver method sel.method takes when
// called on x: the value, or a pointer to it, found through sel.path.
void FuncGen::receiverTo(const Expr* x, const Selection& sel, int at) {
    if (boxedReceiver(sel)) {
        // a library method with a value receiver takes it as an interface
        // call passes it: a pointer to a copy
        int mark = top_;
        int v = alloc(std::max(1, nslots(sel.recvNamed)));
        receiverValueTo(x, sel, v);
        int box = alloc(1);
        emit(Op::NEW, box, g_.program_.typeIndex(sel.recvNamed));
        storeInto(box, 0, sel.recvNamed, v);
        emit(Op::MOV, at, box);
        top_ = mark;
        return;
    }
    receiverValueTo(x, sel, at);
}

void FuncGen::receiverValueTo(const Expr* x, const Selection& sel, int at) {
    const types::Method* m = sel.method;
    if (sel.path.empty()) {
        types::Type* rt = typeOf(x);
        if (sel.addressRecv) {
            int p = addressOf(x);
            emit(Op::MOV, at, p);
        } else if (sel.derefRecv || (!m->pointerReceiver && types::underlying(rt)->kind == Kind::Pointer)) {
            int p = exprAny(x);
            emit(Op::NILCHK, p);
            if (sel.recvNamed->size > 0) emit(Op::LOADN, at, p, sel.recvNamed->size);
        } else {
            exprTo(x, at);
        }
        return;
    }
    Place f = fieldPlace(x, sel.path);
    if (f.type->kind == Kind::Pointer) {
        // an embedded *N
        int p = alloc(1);
        load(f, p);
        if (m->pointerReceiver) {
            emit(Op::MOV, at, p);
        } else {
            emit(Op::NILCHK, p);
            Place v{Place::Where::Memory, p, 0, sel.recvNamed, false};
            load(v, at);
        }
        return;
    }
    if (!m->pointerReceiver) {
        load(f, at);
        return;
    }
    if (f.where != Place::Where::Memory) {
        g_.error(x->pos, "internal error: address of an embedded value in registers");
        return;
    }
    if (f.offset == 0) {
        emit(Op::NILCHK, f.slot);
        emit(Op::MOV, at, f.slot);
    } else {
        emit(Op::MOV, at, fieldAddress(f.slot, f.offset));
    }
}

int FuncGen::addressOf(const Expr* e) {
    while (e->kind == ast::Kind::ParenExpr) e = static_cast<const ParenExpr*>(e)->x;
    if (e->kind == ast::Kind::CompositeLit) {
        types::Type* t = typeOf(e);
        int ptr = alloc(1);
        emit(Op::NEW, ptr, g_.program_.typeIndex(t));
        int mark = top_;
        int v = alloc(std::max(1, nslots(t)));
        exprTo(e, v);
        storeInto(ptr, 0, t, v);
        top_ = mark;
        return ptr;
    }
    Place p = place(e);
    if (p.where != Place::Where::Memory) {
        g_.error(e->pos, "internal error: address of a value in registers");
        return alloc(1);
    }
    if (p.offset != 0) return fieldAddress(p.slot, p.offset);
    if (p.mayBeNil) emit(Op::NILCHK, p.slot);  // &*p and &p.f check p, as Go does
    return p.slot;
}

void FuncGen::unaryTo(const UnaryExpr* e, int dst) {
    types::Type* t = typeOf(e);
    int mark = top_;
    if (e->op == Tok::Arrow) {
        int n = nslots(t);
        if (auto r = received_.find(e); r != received_.end()) {
            if (n > 0) emit(n == 1 ? Op::MOV : Op::MOVN, dst, r->second.val, n);
        } else {
            int ch = exprAny(e->x);
            emit(Op::RECV, dst, ch);
        }
        top_ = mark;
        return;
    }
    if (e->op == Tok::And) {
        int p = addressOf(e->x);
        if (p != dst) emit(Op::MOV, dst, p);
        top_ = mark;
        return;
    }
    int x = exprAny(e->x);
    types::Type* u = types::underlying(t);
    switch (e->op) {
        case Tok::Add:
            if (x != dst) emit(nslots(t) > 1 ? Op::MOVN : Op::MOV, dst, x, nslots(t));
            break;
        case Tok::Sub:
            if (u->kind == Kind::Float64) emit(Op::NEG_F64, dst, x);
            else if (u->kind == Kind::Float32) emit(Op::NEG_F32, dst, x);
            else if (u->kind == Kind::Complex128) emit(Op::NEG_C128, dst, x);
            else if (u->kind == Kind::Complex64) emit(Op::NEG_C64, dst, x);
            else {
                emit(Op::NEG_I64, dst, x);
                normalize(dst, t);
            }
            break;
        case Tok::Xor:
            emit(Op::COM_I64, dst, x);
            normalize(dst, t);
            break;
        case Tok::Not: emit(Op::NOT, dst, x); break;
        default: g_.error(e->pos, "cannot compile unary " + std::string(tokenSpelling(e->op)) + " yet");
    }
    top_ = mark;
}

void FuncGen::compareTo(Tok op, types::Type* t, int x, int y, int dst) {
    types::Type* u = types::underlying(t);
    bool swap = op == Tok::Gtr || op == Tok::Geq;
    if (swap) std::swap(x, y);
    bool strict = op == Tok::Lss || op == Tok::Gtr;
    auto pick = [&](Op lt, Op le) { return strict ? lt : le; };
    switch (u->kind) {
        case Kind::Float64:
        case Kind::UntypedFloat:
            if (op == Tok::Eql) emit(Op::EQ_F64, dst, x, y);
            else if (op == Tok::Neq) emit(Op::NE_F64, dst, x, y);
            else emit(pick(Op::LT_F64, Op::LE_F64), dst, x, y);
            return;
        case Kind::Float32:
            if (op == Tok::Eql) emit(Op::EQ_F32, dst, x, y);
            else if (op == Tok::Neq) emit(Op::NE_F32, dst, x, y);
            else emit(pick(Op::LT_F32, Op::LE_F32), dst, x, y);
            return;
        case Kind::Complex128:
            emit(Op::EQ_C128, dst, x, y);
            if (op == Tok::Neq) emit(Op::NOT, dst, dst);
            return;
        case Kind::Complex64:
            emit(Op::EQ_C64, dst, x, y);
            if (op == Tok::Neq) emit(Op::NOT, dst, dst);
            return;
        case Kind::String:
            if (op == Tok::Eql || op == Tok::Neq) {
                emit(Op::EQ_STR, dst, x, y);
                if (op == Tok::Neq) emit(Op::NOT, dst, dst);
            } else {
                emit(pick(Op::LT_STR, Op::LE_STR), dst, x, y);
            }
            return;
        case Kind::Interface:
            emit(Op::EQ_IFACE, dst, x, y);
            if (op == Tok::Neq) emit(Op::NOT, dst, dst);
            return;
        case Kind::Struct:
        case Kind::Array:
            loadInt(dst, g_.program_.typeIndex(t));
            emit(Op::EQ_VAL, dst, x, y);
            if (op == Tok::Neq) emit(Op::NOT, dst, dst);
            return;
        default:
            if (op == Tok::Eql) emit(Op::EQ_I64, dst, x, y);
            else if (op == Tok::Neq) emit(Op::NE_I64, dst, x, y);
            else if (types::isUnsigned(u)) emit(pick(Op::LT_U64, Op::LE_U64), dst, x, y);
            else emit(pick(Op::LT_I64, Op::LE_I64), dst, x, y);
    }
}

void FuncGen::binaryTo(const BinaryExpr* e, int dst) {
    if (e->op == Tok::LAnd || e->op == Tok::LOr) {
        exprTo(e->x, dst);
        size_t j = jump(e->op == Tok::LAnd ? Op::JF : Op::JT, dst);
        exprTo(e->y, dst);
        patchJump(j, here());
        return;
    }
    int mark = top_;
    types::Type* t = typeOf(e);
    if (e->op == Tok::Eql || e->op == Tok::Neq || e->op == Tok::Lss || e->op == Tok::Leq || e->op == Tok::Gtr ||
        e->op == Tok::Geq) {
        types::Type* ot = typeOf(e->x);
        types::Type* yt = typeOf(e->y);
        if (ot && ot->kind == Kind::UntypedNil) ot = yt;
        // comparison with nil
        const check::TypeAndValue* xtv = g_.info_.typeOf(e->x);
        const check::TypeAndValue* ytv = g_.info_.typeOf(e->y);
        bool xnil = xtv && xtv->type && types::underlying(xtv->type)->kind != Kind::Interface && xtv->type->kind == Kind::UntypedNil;
        (void)xnil;
        (void)ytv;
        int x = exprAny(e->x);
        int y = exprAny(e->y);
        // an interface compared with a concrete value: box the value
        if (isIface(typeOf(e->x)) && !isIface(typeOf(e->y))) {
            int b = alloc(2);
            convertValue(y, typeOf(e->y), b, typeOf(e->x));
            y = b;
            ot = typeOf(e->x);
        } else if (isIface(typeOf(e->y)) && !isIface(typeOf(e->x))) {
            int b = alloc(2);
            convertValue(x, typeOf(e->x), b, typeOf(e->y));
            x = b;
            ot = typeOf(e->y);
        }
        types::Type* cu = types::underlying(ot);
        if (cu->kind == Kind::Slice || cu->kind == Kind::Map || cu->kind == Kind::Func || cu->kind == Kind::Pointer ||
            cu->kind == Kind::Chan || cu->kind == Kind::UnsafePointer) {
            emit(e->op == Tok::Eql ? Op::EQ_I64 : Op::NE_I64, dst, x, y);
        } else {
            compareTo(e->op, ot, x, y, dst);
        }
        top_ = mark;
        return;
    }
    types::Type* u = types::underlying(t);
    if (e->op == Tok::Shl || e->op == Tok::Shr) {
        int x = exprAny(e->x);
        int y = exprAny(e->y);
        arith(e->op, t, typeOf(e->y), dst, x, y);
        top_ = mark;
        return;
    }
    int x = exprAny(e->x);
    // x + constant: the immediate form
    const check::TypeAndValue* ytv = g_.info_.typeOf(e->y);
    if ((e->op == Tok::Add || e->op == Tok::Sub) && types::isInteger(u) && ytv && ytv->mode == Mode::Constant) {
        bool exact;
        int64_t c = constant::int64Val(constant::toInt(ytv->value), &exact);
        if (e->op == Tok::Sub) c = -c;
        if (exact && fitsImmediate(c)) {
            emit(Op::ADDI_I64, dst, x, c);
            normalize(dst, t);
            top_ = mark;
            return;
        }
    }
    int y = exprAny(e->y);
    if (!arith(e->op, t, nullptr, dst, x, y)) g_.error(e->pos, "cannot compile operator " + std::string(tokenSpelling(e->op)) + " yet");
    top_ = mark;
}

// dst = x op y for values of type t (shifts count with a value of type
// countType): the one place that picks an arithmetic instruction.
bool FuncGen::arith(Tok op, types::Type* t, types::Type* countType, int dst, int x, int y) {
    types::Type* u = types::underlying(t);
    if (op == Tok::Shl || op == Tok::Shr) {
        if (countType && !types::isUnsigned(countType)) emit(Op::SHIFTCHK, y);
        emit(op == Tok::Shl ? Op::SHL_I64 : types::isUnsigned(u) ? Op::SHR_U64 : Op::SHR_I64, dst, x, y);
        normalize(dst, t);
        return true;
    }
    auto pick = [&](Op add, Op sub, Op mul, Op quo) {
        return op == Tok::Add ? add : op == Tok::Sub ? sub : op == Tok::Mul ? mul : op == Tok::Quo ? quo : Op::NOP;
    };
    bool uns = types::isUnsigned(u);
    Op o = Op::NOP;
    switch (u->kind) {
        case Kind::String:
            if (op == Tok::Add) o = Op::CONCAT;
            break;
        case Kind::Float64: o = pick(Op::ADD_F64, Op::SUB_F64, Op::MUL_F64, Op::DIV_F64); break;
        case Kind::Float32: o = pick(Op::ADD_F32, Op::SUB_F32, Op::MUL_F32, Op::DIV_F32); break;
        case Kind::Complex128: o = pick(Op::ADD_C128, Op::SUB_C128, Op::MUL_C128, Op::DIV_C128); break;
        case Kind::Complex64: o = pick(Op::ADD_C64, Op::SUB_C64, Op::MUL_C64, Op::DIV_C64); break;
        default:
            if (!types::isInteger(u)) break;
            switch (op) {
                case Tok::Rem: o = uns ? Op::REM_U64 : Op::REM_I64; break;
                case Tok::And: o = Op::AND_I64; break;
                case Tok::Or: o = Op::OR_I64; break;
                case Tok::Xor: o = Op::XOR_I64; break;
                case Tok::AndNot: o = Op::ANDNOT_I64; break;
                default: o = pick(Op::ADD_I64, Op::SUB_I64, Op::MUL_I64, uns ? Op::DIV_U64 : Op::DIV_I64);
            }
    }
    if (o == Op::NOP) return false;
    emit(o, dst, x, y);
    if (types::isInteger(u)) normalize(dst, t);
    return true;
}

// Jumps when e evaluates to jumpIf; fuses integer comparisons into one instruction.
void FuncGen::condJump(const Expr* e, bool jumpIf, std::vector<size_t>& patches) {
    guardStack(e);
    while (e->kind == ast::Kind::ParenExpr) e = static_cast<const ParenExpr*>(e)->x;
    setLine(e);
    int mark = top_;
    if (auto* b = as<BinaryExpr>(const_cast<Expr*>(e))) {
        if (b->op == Tok::LAnd || b->op == Tok::LOr) {
            bool shortCircuitOn = b->op == Tok::LOr;  // || jumps when true, && when false
            if (jumpIf == shortCircuitOn) {
                condJump(b->x, jumpIf, patches);
                condJump(b->y, jumpIf, patches);
            } else {
                std::vector<size_t> skip;
                condJump(b->x, !jumpIf, skip);
                condJump(b->y, jumpIf, patches);
                for (size_t p : skip) patchJump(p, here());
            }
            return;
        }
        types::Type* ot = typeOf(b->x);
        bool cmp = b->op == Tok::Eql || b->op == Tok::Neq || b->op == Tok::Lss || b->op == Tok::Leq ||
                   b->op == Tok::Gtr || b->op == Tok::Geq;
        if (cmp && ot && types::isInteger(ot) && types::isInteger(typeOf(b->y))) {
            Tok op = b->op;
            if (!jumpIf) {
                switch (op) {
                    case Tok::Eql: op = Tok::Neq; break;
                    case Tok::Neq: op = Tok::Eql; break;
                    case Tok::Lss: op = Tok::Geq; break;
                    case Tok::Leq: op = Tok::Gtr; break;
                    case Tok::Gtr: op = Tok::Leq; break;
                    default: op = Tok::Lss; break;
                }
            }
            bool uns = types::isUnsigned(ot);
            int x = exprAny(b->x);
            const check::TypeAndValue* ytv = g_.info_.typeOf(b->y);
            if (!uns && ytv && ytv->mode == Mode::Constant) {
                bool exact;
                int64_t c = constant::int64Val(constant::toInt(ytv->value), &exact);
                if (exact && fitsImmediate(c)) {
                    Op jop = op == Tok::Eql ? Op::JEQI_I64 : op == Tok::Neq ? Op::JNEI_I64 : op == Tok::Lss ? Op::JLTI_I64
                             : op == Tok::Leq ? Op::JLEI_I64 : op == Tok::Gtr ? Op::JGTI_I64 : Op::JGEI_I64;
                    patches.push_back(emit(jop, x, c, 0));
                    top_ = mark;
                    return;
                }
            }
            int y = exprAny(b->y);
            Op jop;
            int a1 = x, a2 = y;
            switch (op) {
                case Tok::Eql: jop = Op::JEQ_I64; break;
                case Tok::Neq: jop = Op::JNE_I64; break;
                case Tok::Lss: jop = uns ? Op::JLT_U64 : Op::JLT_I64; break;
                case Tok::Leq: jop = uns ? Op::JLE_U64 : Op::JLE_I64; break;
                case Tok::Gtr: jop = uns ? Op::JLT_U64 : Op::JLT_I64, std::swap(a1, a2); break;
                default: jop = uns ? Op::JLE_U64 : Op::JLE_I64, std::swap(a1, a2); break;
            }
            patches.push_back(emit(jop, a1, a2, 0));
            top_ = mark;
            return;
        }
    }
    if (auto* u = as<UnaryExpr>(const_cast<Expr*>(e)); u && u->op == Tok::Not) {
        condJump(u->x, !jumpIf, patches);
        return;
    }
    int c = exprAny(e);
    patches.push_back(jump(jumpIf ? Op::JT : Op::JF, c));
    top_ = mark;
}

// An element of a composite literal, in new slots: a literal whose type
// is elided takes the element type.
int FuncGen::elementTo(const Expr* val, types::Type* t) {
    int v = alloc(std::max(1, nslots(t)));
    if (val->kind == ast::Kind::CompositeLit && !static_cast<const CompositeLit*>(val)->type)
        compositeTo(static_cast<const CompositeLit*>(val), t, v);
    else
        exprTo(val, v, t);
    return v;
}

void FuncGen::compositeTo(const CompositeLit* e, types::Type* t, int dst) {
    guardStack(e);
    types::Type* u = types::underlying(t);
    if (u->kind == Kind::Pointer) {
        // an elided &T{...} (an element of type *T): a new T
        types::Type* elem = static_cast<types::Pointer*>(u)->elem;
        int mark = top_;
        int v = alloc(std::max(1, nslots(elem)));
        compositeTo(e, elem, v);
        int p = alloc(1);
        emit(Op::NEW, p, g_.program_.typeIndex(elem));
        storeInto(p, 0, elem, v);
        emit(Op::MOV, dst, p);
        top_ = mark;
        return;
    }
    int n = nslots(t);
    int mark = top_;
    switch (u->kind) {
        case Kind::Struct: {
            auto* st = static_cast<types::Struct*>(u);
            int tmp = alloc(std::max(1, n));
            if (n) emit(Op::ZERO, tmp, n);
            size_t k = 0;
            for (Expr* el : e->elts) {
                const types::Field* f;
                const Expr* val = el;
                if (auto* kv = as<KeyValueExpr>(el)) {
                    auto* key = static_cast<Ident*>(kv->key);
                    f = nullptr;
                    for (const types::Field& ff : st->fields)
                        if (ff.name == key->name) f = &ff;
                    val = kv->value;
                } else {
                    f = &st->fields[k++];
                }
                if (!f) continue;
                int m2 = top_;
                int v = elementTo(val, f->type);
                Place p;
                p.where = Place::Where::Slots;
                p.slot = tmp;
                p.offset = f->offset;
                p.type = f->type;
                store(p, v);
                top_ = m2;
            }
            if (n) emit(n == 1 ? Op::MOV : Op::MOVN, dst, tmp, n);
            break;
        }
        case Kind::Array: {
            auto* arr = static_cast<types::Array*>(u);
            int tmp = alloc(std::max(1, n));
            if (n) emit(Op::ZERO, tmp, n);
            int64_t idx = 0;
            for (Expr* el : e->elts) {
                const Expr* val = el;
                if (auto* kv = as<KeyValueExpr>(el)) {
                    idx = constant::int64Val(constant::toInt(g_.info_.typeOf(kv->key)->value));
                    val = kv->value;
                }
                int m2 = top_;
                int v = elementTo(val, arr->elem);
                Place p;
                p.where = Place::Where::Slots;
                p.slot = tmp;
                p.offset = idx * arr->elem->size;
                p.type = arr->elem;
                store(p, v);
                top_ = m2;
                ++idx;
            }
            if (n) emit(n == 1 ? Op::MOV : Op::MOVN, dst, tmp, n);
            break;
        }
        case Kind::Slice: {
            auto* sl = static_cast<types::Slice*>(u);
            int64_t count = 0, idx = 0;
            for (Expr* el : e->elts) {
                if (auto* kv = as<KeyValueExpr>(el)) idx = constant::int64Val(constant::toInt(g_.info_.typeOf(kv->key)->value));
                ++idx;
                count = std::max(count, idx);
            }
            int hdr = alloc(3);
            types::Type* arrT = g_.program_.types->array(count, sl->elem);
            emit(Op::NEW, hdr, g_.program_.typeIndex(arrT));
            idx = 0;
            for (Expr* el : e->elts) {
                const Expr* val = el;
                if (auto* kv = as<KeyValueExpr>(el)) {
                    idx = constant::int64Val(constant::toInt(g_.info_.typeOf(kv->key)->value));
                    val = kv->value;
                }
                int m2 = top_;
                int v = elementTo(val, sl->elem);
                storeInto(hdr, idx * sl->elem->size, sl->elem, v);
                top_ = m2;
                ++idx;
            }
            loadInt(hdr + 1, count);
            emit(Op::MOV, hdr + 2, hdr + 1);
            emit(Op::MOVN, dst, hdr, 3);
            break;
        }
        case Kind::Map: {
            // make(map, len), then each key: value in order
            auto* mt = static_cast<types::Map*>(u);
            int m = alloc(1);
            int hint = alloc(1);
            loadInt(hint, static_cast<int64_t>(e->elts.size));
            emit(Op::MAKEMAP, m, hint, static_cast<int>(g_.program_.typeIndex(mt)));
            for (Expr* el : e->elts) {
                auto* kv = static_cast<const KeyValueExpr*>(el);
                int m2 = top_;
                Place entry;
                entry.where = Place::Where::MapEntry;
                entry.map = mt;
                entry.type = mt->elem;
                entry.slot = alloc(1 + std::max(1, nslots(mt->key)));
                emit(Op::MOV, entry.slot, m);
                int k = elementTo(kv->key, mt->key);
                if (k != entry.slot + 1) emit(nslots(mt->key) > 1 ? Op::MOVN : Op::MOV, entry.slot + 1, k, nslots(mt->key));
                int v = elementTo(kv->value, mt->elem);
                store(entry, v);
                top_ = m2;
            }
            emit(Op::MOV, dst, m);
            break;
        }
        default: g_.error(e->pos, "composite literal of " + types::typeString(t) + " not supported yet");
    }
    top_ = mark;
}

}  // namespace gos::codegen
