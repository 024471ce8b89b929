// Places and memory access: where a value lives (slots of the frame, a
// field inside an aggregate held in slots, memory behind a pointer, a map
// entry) and the typed loads and stores between places and slots.
//
// Addresses. A field or element address derived from a pointer is made by
// ADDR, which panics on a nil pointer before adding the offset, as Go's nil
// checks do: p.f, p.a[i] and &p.f on a nil p are nil dereferences, never an
// access to a small address.
#include "compiler/codegen_impl.h"

namespace gos::codegen {

int FuncGen::alloc(int n) {
    int s = top_;
    if (n > kMaxFrameSlots - top_) {
        fail("stack frame too large (>1GB)");
        return s;  // the function is not run: keep the frame in range
    }
    top_ += n;
    if (top_ > fn_->frameSlots) fn_->frameSlots = top_;
    return s;
}

types::Type* FuncGen::typeOf(const Expr* e) const {
    const check::TypeAndValue* tv = g_.info_.typeOf(e);
    return tv ? tv->type : nullptr;
}

// ---- memory access --------------------------------------------------------------------

Op loadOp(types::Type* t) {
    switch (types::underlying(t)->kind) {
        case Kind::Int8: return Op::LOAD_I8;
        case Kind::Bool:
        case Kind::Uint8: return Op::LOAD_U8;
        case Kind::Int16: return Op::LOAD_I16;
        case Kind::Uint16: return Op::LOAD_U16;
        case Kind::Int32: return Op::LOAD_I32;
        case Kind::Uint32:
        case Kind::Float32: return Op::LOAD_U32;
        default: return Op::LOAD_64;
    }
}

Op floadOp(types::Type* t) {
    switch (types::underlying(t)->kind) {
        case Kind::Int8: return Op::FLOAD_I8;
        case Kind::Bool:
        case Kind::Uint8: return Op::FLOAD_U8;
        case Kind::Int16: return Op::FLOAD_I16;
        case Kind::Uint16: return Op::FLOAD_U16;
        case Kind::Int32: return Op::FLOAD_I32;
        default: return Op::FLOAD_U32;  // uint32, float32
    }
}

Op storeOp(int64_t size) {
    switch (size) {
        case 1: return Op::STORE_8;
        case 2: return Op::STORE_16;
        case 4: return Op::STORE_32;
        default: return Op::STORE_64;
    }
}

// A scalar that fits one slot and is loaded with a typed op.
bool isScalar(types::Type* t) {
    types::Type* u = types::underlying(t);
    switch (u->kind) {
        case Kind::Struct:
        case Kind::Array:
        case Kind::String:
        case Kind::Interface:
        case Kind::Slice:
        case Kind::Complex128: return false;
        default: return true;
    }
}

void FuncGen::load(const Place& p, int dst) {
    if (p.where == Place::Where::MapEntry) {
        load(mapLookup(p), dst);
        return;
    }
    types::Type* t = p.type;
    int n = nslots(t);
    if (p.where == Place::Where::Slots) {
        if (p.whole || (p.offset % 8 == 0 && (t->size % 8 == 0 || !isScalar(t)))) {
            int src = p.slot + static_cast<int>(p.offset / 8);
            if (src == dst) return;
            if (n == 1) emit(Op::MOV, dst, src);
            else if (n > 1) emit(Op::MOVN, dst, src, n);
            return;
        }
        if (isScalar(t)) {
            if (t->size == 8) {
                emit(Op::MOV, dst, p.slot + static_cast<int>(p.offset / 8));
                return;
            }
            emit(floadOp(t), dst, p.slot, p.offset);
            return;
        }
        load(spill(p), dst);
        return;
    }
    if (p.where == Place::Where::Memory) {
        int mark = top_;  // dst was allocated before: temporaries here are freed at once
        if (isScalar(t)) {
            if (fitsOffset(p.offset)) emit(loadOp(t), dst, p.slot, p.offset);
            else emit(loadOp(t), dst, fieldAddress(p.slot, p.offset), 0);
        } else if (t->size > 0) {
            emit(Op::LOADN, dst, p.offset ? fieldAddress(p.slot, p.offset) : p.slot, t->size);
        } else {
            emit(Op::NILCHK, p.slot);  // a zero-size value read through a pointer
        }
        top_ = mark;
    }
}

// i must be in [0, len): BOUNDSK with len as an operand when it fits.
void FuncGen::boundsCheck(int i, int64_t len, bool isUnsigned) {
    if (fitsOffset(len)) {
        emit(Op::BOUNDSK, i, len, isUnsigned);
        return;
    }
    int n = alloc(1);
    loadInt(n, len);
    emit(Op::BOUNDS, i, n, isUnsigned);
}

void FuncGen::globalAddress(int dst, const Object* v) {
    Generator::GlobalPlace at = g_.globalPlace(v);
    if (at.area == 0) emit(Op::GADDR, dst, at.offset);
    else emit(Op::GADDRX, dst, at.offset, at.area);
}

int FuncGen::fieldAddress(int ptrSlot, int64_t offset) {
    int ptr = alloc(1);
    if (fitsOffset(offset)) {
        emit(Op::ADDR, ptr, ptrSlot, offset);
    } else {
        emit(Op::NILCHK, ptrSlot);
        addImmediate(ptr, ptrSlot, offset);
    }
    return ptr;
}

// An aggregate field that does not start on a slot boundary (inside a
// struct held in slots): the slots it spans, copied to memory, as a memory
// place. Such fields hold no pointers (anything with a pointer is 8-aligned).
Place FuncGen::spill(const Place& p) {
    int first = p.slot + static_cast<int>(p.offset / 8);
    int n = static_cast<int>((p.offset % 8 + p.type->size + 7) / 8);
    types::TypeTable& tt = *g_.program_.types;
    int cell = alloc(1);
    emit(Op::NEW, cell, g_.program_.typeIndex(tt.array(n, tt.basic(Kind::Uint64))));
    emit(Op::STOREN, cell, first, n * 8);
    Place m{Place::Where::Memory, cell, p.offset % 8, p.type, false};
    return m;
}

void FuncGen::store(const Place& p, int src) {
    if (p.nilCheckSlot >= 0) emit(Op::NILCHK, p.nilCheckSlot);
    if (p.boundsIndex >= 0) {
        if (p.boundsLenSlot >= 0) emit(Op::BOUNDS, p.boundsIndex, p.boundsLenSlot, p.boundsUnsigned);
        else boundsCheck(p.boundsIndex, p.boundsLen, p.boundsUnsigned);
    }
    if (p.where == Place::Where::Discard || !p.type) return;
    if (p.where == Place::Where::MapEntry) {
        int addr = alloc(1);
        emit(Op::MAPASSIGN, addr, p.slot, static_cast<int>(g_.program_.typeIndex(p.map)));
        storeInto(addr, p.offset, p.type, src);
        return;
    }
    types::Type* t = p.type;
    int n = nslots(t);
    if (p.where == Place::Where::Slots) {
        if (p.whole || (p.offset % 8 == 0 && (t->size % 8 == 0 || !isScalar(t)))) {
            int d = p.slot + static_cast<int>(p.offset / 8);
            if (d == src) return;
            if (n == 1) emit(Op::MOV, d, src);
            else if (n > 1) emit(Op::MOVN, d, src, n);
            return;
        }
        if (isScalar(t)) {
            Op op = t->size == 1 ? Op::FSTORE_8 : t->size == 2 ? Op::FSTORE_16 : Op::FSTORE_32;
            emit(op, p.slot, src, p.offset);
            return;
        }
        // an unaligned aggregate: change it in a memory copy of its slots
        Place m = spill(p);
        storeInto(m.slot, m.offset, t, src);
        int first = p.slot + static_cast<int>(p.offset / 8);
        int n = static_cast<int>((p.offset % 8 + t->size + 7) / 8);
        emit(Op::LOADN, first, m.slot, n * 8);
        return;
    }
    storeInto(p.slot, p.offset, t, src);
}

void FuncGen::storeInto(int ptrSlot, int64_t offset, types::Type* t, int src) {
    int mark = top_;
    if (isScalar(t)) {
        if (fitsOffset(offset)) emit(storeOp(t->size), ptrSlot, src, offset);
        else emit(storeOp(t->size), fieldAddress(ptrSlot, offset), src, 0);
    } else if (t->size > 0) {
        emit(Op::STOREN, offset ? fieldAddress(ptrSlot, offset) : ptrSlot, src, t->size);
    } else {
        emit(Op::NILCHK, ptrSlot);  // a zero-size value written through a pointer
    }
    top_ = mark;
}

// Re-normalises an integer after an operation that may overflow its width.
void FuncGen::normalize(int slot, types::Type* t) {
    switch (types::underlying(t)->kind) {
        case Kind::Int8: emit(Op::EXT_I8, slot, slot); break;
        case Kind::Int16: emit(Op::EXT_I16, slot, slot); break;
        case Kind::Int32: emit(Op::EXT_I32, slot, slot); break;
        case Kind::Uint8: emit(Op::EXT_U8, slot, slot); break;
        case Kind::Uint16: emit(Op::EXT_U16, slot, slot); break;
        case Kind::Uint32: emit(Op::EXT_U32, slot, slot); break;
        default: break;
    }
}

// ---- places ------------------------------------------------------------------------------

int FuncGen::localSlotFor(const Object* v) {
    auto it = slots_.find(v);
    if (it != slots_.end()) return it->second;
    return -1;
}

Place FuncGen::place(const Expr* e) {
    guardStack(e);
    Place p;
    p.type = typeOf(e);
    switch (e->kind) {
        case ast::Kind::ParenExpr: return place(static_cast<const ParenExpr*>(e)->x);
        case ast::Kind::Ident: {
            auto* id = static_cast<const Ident*>(e);
            if (id->name == "_") return p;
            auto it = g_.info_.uses.find(id);
            const Object* v = it != g_.info_.uses.end() ? it->second : nullptr;
            if (!v) {
                auto d = g_.info_.defs.find(id);
                if (d != g_.info_.defs.end()) v = d->second;
            }
            if (!v || v->kind != Object::Kind::Var) break;
            p.type = v->type;
            if (v->global) {
                int ptr = alloc(1);
                globalAddress(ptr, v);
                p.where = Place::Where::Memory;
                p.slot = ptr;
                return p;
            }
            int s = localSlotFor(v);
            if (s < 0) {
                g_.error(id->pos, "internal error: no slot for " + v->name);
                return p;
            }
            if (inMemory(v)) {
                p.where = Place::Where::Memory;
                p.slot = s;
                return p;
            }
            p.where = Place::Where::Slots;
            p.slot = s;
            p.whole = true;
            return p;
        }
        case ast::Kind::StarExpr: {
            int ptr = exprAny(static_cast<const StarExpr*>(e)->x);
            p.where = Place::Where::Memory;
            p.slot = ptr;
            p.mayBeNil = true;
            return p;
        }
        case ast::Kind::SelectorExpr: {
            auto* s = static_cast<const SelectorExpr*>(e);
            auto it = g_.info_.selections.find(s);
            if (it == g_.info_.selections.end()) break;
            const Selection& sel = it->second;
            if (sel.kind == Selection::Kind::Qualified) {
                const Object* m = sel.member;
                if (m->kind == Object::Kind::Var) {
                    // a standard library variable: a native gives its address
                    int ptr = alloc(1);
                    emit(Op::CALLN, ptr, static_cast<uint32_t>(m->native));
                    p.where = Place::Where::Memory;
                    p.slot = ptr;
                    p.type = m->type;
                    return p;
                }
                break;
            }
            if (sel.kind != Selection::Kind::Field) break;
            return fieldPlace(s->x, sel.path);
        }
        case ast::Kind::IndexExpr: {
            auto* ix = static_cast<const IndexExpr*>(e);
            const bool deferCheck = std::exchange(deferBounds_, false);
            // a slot checked later must still hold what it holds now: a
            // variable's (below entry) is copied, as an assignment before
            // the store may change the variable
            const int entry = top_;
            auto kept = [&](int slot) {
                if (slot >= entry) return slot;
                int copy = alloc(1);
                emit(Op::MOV, copy, slot);
                return copy;
            };
            types::Type* t = typeOf(ix->x);
            types::Type* u = types::underlying(t);
            bool viaPtr = u->kind == Kind::Pointer;
            if (viaPtr) u = types::underlying(static_cast<types::Pointer*>(u)->elem);
            if (u->kind == Kind::Map) return mapEntry(ix);
            if (u->kind == Kind::Array) {
                auto* arr = static_cast<types::Array*>(u);
                const check::TypeAndValue* itv = g_.info_.typeOf(ix->index);
                Place base;
                if (viaPtr) {
                    base.where = Place::Where::Memory;
                    base.slot = exprAny(ix->x);
                    if (deferCheck) base.nilCheckSlot = base.slot;
                    else emit(Op::NILCHK, base.slot);
                } else {
                    base = place(ix->x);
                    if (base.where == Place::Where::Discard) {
                        base.where = Place::Where::Slots;
                        base.slot = exprAny(ix->x);
                    }
                    if (base.where == Place::Where::MapEntry) base = mapLookup(base);
                }
                base.type = arr->elem;
                base.whole = false;
                if (itv && itv->mode == Mode::Constant) {
                    base.offset += constant::int64Val(itv->value) * arr->elem->size;
                    return base;
                }
                // a variable index: the array must be in memory
                int i = exprAny(ix->index);
                if (deferCheck) {
                    base.boundsIndex = kept(i);
                    base.boundsLen = arr->len;
                    base.boundsUnsigned = isUnsignedIndex(ix->index);
                } else {
                    boundsCheck(i, arr->len, isUnsignedIndex(ix->index));
                }
                if (base.where == Place::Where::Slots) {
                    // an array value in slots (a call's result): index a heap copy
                    int cell = alloc(1);
                    emit(Op::NEW, cell, g_.program_.typeIndex(arr));
                    storeInto(cell, 0, arr, base.slot + static_cast<int>(base.offset / 8));
                    base.where = Place::Where::Memory;
                    base.slot = cell;
                    base.offset = 0;
                }
                if (base.offset) {
                    base.slot = fieldAddress(base.slot, base.offset);
                    base.offset = 0;
                } else if (base.mayBeNil) {
                    emit(Op::NILCHK, base.slot);
                }
                base.mayBeNil = false;
                int off = alloc(1);
                loadInt(off, arr->elem->size);
                emit(Op::MUL_I64, off, off, i);
                emit(Op::ADD_I64, off, off, base.slot);
                base.slot = off;
                return base;
            }
            if (u->kind == Kind::Slice) {
                auto* sl = static_cast<types::Slice*>(u);
                int s = exprAny(ix->x);
                int i = exprAny(ix->index);
                if (deferCheck) {
                    p.boundsIndex = kept(i);
                    p.boundsLenSlot = kept(s + 1);
                    p.boundsUnsigned = isUnsignedIndex(ix->index);
                } else {
                    emit(Op::BOUNDS, i, s + 1, isUnsignedIndex(ix->index));
                }
                int addr = alloc(1);
                loadInt(addr, sl->elem->size);
                emit(Op::MUL_I64, addr, addr, i);
                emit(Op::ADD_I64, addr, addr, s);
                p.where = Place::Where::Memory;
                p.slot = addr;
                p.type = sl->elem;
                return p;
            }
            break;
        }
        default: break;
    }
    return p;  // Discard: not a variable
}

}  // namespace gos::codegen
