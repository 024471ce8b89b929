// Statements: declarations, assignments, control flow, defer and return.
#include "compiler/codegen_impl.h"

namespace gos::codegen {

// ---- statements ---------------------------------------------------------------------------

// Gives a new local its storage: slots, or a heap cell if it escapes.
// valueSlot (or -1) holds its initial value.
void FuncGen::declareLocal(const Object* v, int valueSlot, bool initialized) {
    int n = std::max(1, nslots(v->type));
    if (inMemory(v)) {
        chargeCell(v);
        int p = alloc(1);
        emit(Op::NEW, p, g_.program_.typeIndex(v->type));
        if (initialized && valueSlot >= 0) storeInto(p, 0, v->type, valueSlot);
        slots_[v] = p;
        return;
    }
    int s = alloc(n);
    if (initialized && valueSlot >= 0) {
        if (valueSlot != s) emit(n == 1 ? Op::MOV : Op::MOVN, s, valueSlot, n);
    } else {
        emit(Op::ZERO, s, n);
    }
    slots_[v] = s;
}

void FuncGen::varSpec(const ValueSpec* vs) {
    std::vector<const Object*> objs;
    for (Ident* id : vs->names) {
        auto it = g_.info_.defs.find(id);
        objs.push_back(it != g_.info_.defs.end() ? it->second : nullptr);
    }
    if (vs->values.empty()) {
        for (const Object* v : objs)
            if (v && v->name != "_") {
                if (v->global) {
                    // a script's top-level var: zero it (globals start zeroed)
                    continue;
                }
                declareLocal(v, -1, false);
            }
        return;
    }
    // evaluate all values first, then declare
    std::vector<int> vals;
    if (vs->values.size == vs->names.size) {
        for (size_t k = 0; k < objs.size(); ++k) {
            types::Type* t = objs[k] ? objs[k]->type : typeOf(vs->values[static_cast<uint32_t>(k)]);
            int s = alloc(std::max(1, nslots(t)));
            exprTo(vs->values[static_cast<uint32_t>(k)], s, t);
            vals.push_back(s);
        }
    } else {
        int s;
        types::Tuple* tu = multiValue(vs->values[0], s);
        int at = s;
        for (size_t k = 0; k < objs.size(); ++k) {
            int c = alloc(std::max(1, nslots(objs[k] ? objs[k]->type : tu->types[k])));
            convertValue(at, tu->types[k], c, objs[k] ? objs[k]->type : tu->types[k]);
            vals.push_back(c);
            at += nslots(tu->types[k]);
        }
    }
    for (size_t k = 0; k < objs.size(); ++k) {
        const Object* v = objs[k];
        if (!v || v->name == "_") continue;
        if (v->global) {
            int p = alloc(1);
            globalAddress(p, v);
            storeInto(p, 0, v->type, vals[k]);
            continue;
        }
        declareLocal(v, vals[k], true);
    }
}

void FuncGen::assign(const AssignStmt* s) {
    setLine(s);
    if (s->op == Tok::Define) {
        // evaluate the right-hand sides, then bind (new variables get fresh storage)
        size_t n = s->lhs.size;
        std::vector<int> vals;
        std::vector<types::Type*> vtypes;
        int mark = top_;
        if (s->rhs.size == n) {
            for (size_t k = 0; k < n; ++k) {
                const Expr* l = s->lhs[static_cast<uint32_t>(k)];
                const Object* v = nullptr;
                auto d = g_.info_.defs.find(static_cast<const Ident*>(l));
                if (d != g_.info_.defs.end()) v = d->second;
                else {
                    auto u = g_.info_.uses.find(static_cast<const Ident*>(l));
                    if (u != g_.info_.uses.end()) v = u->second;
                }
                types::Type* t = v ? v->type : typeOf(s->rhs[static_cast<uint32_t>(k)]);
                int slot = alloc(std::max(1, nslots(t)));
                exprTo(s->rhs[static_cast<uint32_t>(k)], slot, t);
                vals.push_back(slot);
                vtypes.push_back(t);
            }
        } else {
            int slot;
            types::Tuple* tu = multiValue(s->rhs[0], slot);
            int at = slot;
            for (types::Type* t : tu->types) {
                vals.push_back(at);
                vtypes.push_back(t);
                at += nslots(t);
            }
        }
        // new variables are allocated above the values; move them down afterwards is not
        // possible (slots are stack ordered), so the values stay as temporaries below.
        int highest = mark;  // the stack stays above every new variable
        for (size_t k = 0; k < n; ++k) {
            auto* id = static_cast<const Ident*>(s->lhs[static_cast<uint32_t>(k)]);
            if (id->name == "_") continue;
            auto d = g_.info_.defs.find(id);
            const Object* v = nullptr;
            bool isNew = false;
            if (d != g_.info_.defs.end() && localSlotFor(d->second) < 0 && !d->second->global) {
                v = d->second;
                isNew = true;
            } else {
                auto u = g_.info_.uses.find(id);
                v = u != g_.info_.uses.end() ? u->second : (d != g_.info_.defs.end() ? d->second : nullptr);
            }
            if (!v) continue;
            if (isNew) {
                if (!inMemory(v) && vals[k] >= mark) {
                    // the value's temporary becomes the variable's home
                    slots_[v] = vals[k];
                    if (!types::identical(vtypes[k], v->type)) convertValue(vals[k], vtypes[k], vals[k], v->type);
                } else {
                    int c = vals[k];
                    if (!types::identical(vtypes[k], v->type) && !(types::isUntyped(vtypes[k]))) {
                        c = alloc(std::max(1, nslots(v->type)));
                        convertValue(vals[k], vtypes[k], c, v->type);
                    }
                    declareLocal(v, c, true);
                }
                // its slots: the value's, or the one holding its cell's pointer
                highest = std::max(highest, slots_[v] + (inMemory(v) ? 1 : std::max(1, nslots(v->type))));
                continue;
            }
            int m2 = top_;
            Place p;
            if (v->global) {
                p.where = Place::Where::Memory;
                p.slot = alloc(1);
                p.type = v->type;
                globalAddress(p.slot, v);
            } else {
                p.where = inMemory(v) ? Place::Where::Memory : Place::Where::Slots;
                p.slot = localSlotFor(v);
                p.type = v->type;
                p.whole = true;
            }
            int c = vals[k];
            if (!types::identical(vtypes[k], v->type) && isIface(v->type)) {
                c = alloc(2);
                convertValue(vals[k], vtypes[k], c, v->type);
            }
            store(p, c);
            top_ = m2;
        }
        top_ = std::max(top_, highest);
        return;
    }
    if (s->op != Tok::Assign) {
        // x op= y: x = x op y, evaluating x's place once
        Tok op;
        switch (s->op) {
            case Tok::AddAssign: op = Tok::Add; break;
            case Tok::SubAssign: op = Tok::Sub; break;
            case Tok::MulAssign: op = Tok::Mul; break;
            case Tok::QuoAssign: op = Tok::Quo; break;
            case Tok::RemAssign: op = Tok::Rem; break;
            case Tok::AndAssign: op = Tok::And; break;
            case Tok::OrAssign: op = Tok::Or; break;
            case Tok::XorAssign: op = Tok::Xor; break;
            case Tok::ShlAssign: op = Tok::Shl; break;
            case Tok::ShrAssign: op = Tok::Shr; break;
            default: op = Tok::AndNot; break;
        }
        int mark = top_;
        Place p = place(s->lhs[0]);
        types::Type* t = p.type;
        int cur = alloc(std::max(1, nslots(t)));
        load(p, cur);
        // compute cur op rhs into cur
        int y = exprAny(s->rhs[0]);
        if (!arith(op, t, typeOf(s->rhs[0]), cur, cur, y)) g_.error(s->pos, "cannot compile this assignment yet");
        store(p, cur);
        top_ = mark;
        return;
    }
    int mark = top_;
    size_t n = s->lhs.size;
    if (s->rhs.size == n) {
        if (n == 1) assignOne(s->lhs[0], s->rhs[0]);
        else assignTuple(s);
        top_ = mark;
        return;
    }
    // a, b = f(): the places' operands, the call, then each store in turn
    // (an index on the left is checked when its turn comes)
    std::vector<Place> places(n);
    for (size_t k = 0; k < n; ++k) {
        deferBounds_ = s->lhs[static_cast<uint32_t>(k)]->kind == ast::Kind::IndexExpr;
        places[k] = placeForTuple(s->lhs[static_cast<uint32_t>(k)], mark);
    }
    int slot;
    types::Tuple* tu = multiValue(s->rhs[0], slot);
    int at = slot;
    for (size_t k = 0; k < n; ++k) {
        int v = at;
        if (places[k].type && isIface(places[k].type) && !isIface(tu->types[k])) {
            v = alloc(2);
            convertValue(at, tu->types[k], v, places[k].type);
        }
        store(places[k], v);
        at += nslots(tu->types[k]);
    }
    top_ = mark;
}

// What evaluating e as a place reads: not the variable or element it
// names, only the values that lead there (a slice, map or pointer, an
// index, a key), in order.
void FuncGen::placeOperands(const Expr* e, std::vector<const Expr*>& out) const {
    guardStack(e);
    switch (e->kind) {
        case ast::Kind::Ident: return;
        case ast::Kind::ParenExpr: placeOperands(static_cast<const ParenExpr*>(e)->x, out); return;
        case ast::Kind::IndexExpr: {
            auto* ix = static_cast<const IndexExpr*>(e);
            types::Type* t = typeOf(ix->x);
            if (t && types::underlying(t)->kind == Kind::Array) placeOperands(ix->x, out);
            else out.push_back(ix->x);
            out.push_back(ix->index);
            return;
        }
        case ast::Kind::SelectorExpr: {
            auto* se = static_cast<const SelectorExpr*>(e);
            if (fieldOfValue(se)) placeOperands(se->x, out);
            else out.push_back(se->x);
            return;
        }
        case ast::Kind::StarExpr: out.push_back(static_cast<const StarExpr*>(e)->x); return;
        default: out.push_back(e); return;
    }
}

// Whether se is a field of a struct value, reached through no pointer (x.f,
// x.Embedded.f): it reads no memory of its own.
bool FuncGen::fieldOfValue(const SelectorExpr* se) const {
    auto it = g_.info_.selections.find(se);
    types::Type* t = typeOf(se->x);
    if (it == g_.info_.selections.end() || it->second.kind != Selection::Kind::Field || !t) return false;
    for (int index : it->second.path) {
        types::Type* u = types::underlying(t);
        if (u->kind != Kind::Struct) return false;  // through a pointer
        t = static_cast<types::Struct*>(u)->fields[static_cast<size_t>(index)].type;
    }
    return true;
}

// The place of a tuple assignment's left side, made before some of the
// stores: p, *p = ... means the old p's target, so a pointer read from a
// variable is copied.
Place FuncGen::placeForTuple(const Expr* lhs, int mark) {
    Place p = place(lhs);
    deferBounds_ = false;
    if (p.where == Place::Where::Memory && p.slot < mark) {
        int copy = alloc(1);
        emit(Op::MOV, copy, p.slot);
        if (p.nilCheckSlot == p.slot) p.nilCheckSlot = copy;
        p.slot = copy;
    }
    return p;
}

// x = y: as gc, the right side first, then the left's place, then the
// store, which checks an index on the left (s[i] = t[j] with both out of
// range reports j); a left side with a call of its own is evaluated
// first, as the order of calls demands.
void FuncGen::assignOne(const Expr* lhs, const Expr* rhs) {
    bool readAssumed = true;  // so that any call on the left says it is there
    const bool callOnLeft = orderWalk(lhs, readAssumed, false);
    types::Type* t = typeOf(lhs);
    if (!callOnLeft) {
        Place p;
        bool direct = lhs->kind == ast::Kind::Ident;
        if (direct) p = place(lhs);
        // a local scalar's slots are computed straight into
        if (direct && p.where == Place::Where::Slots && p.offset == 0 && p.type && isScalar(p.type) && p.type->size == 8) {
            exprTo(rhs, p.slot, p.type);
            return;
        }
        types::Type* vt = t ? t : typeOf(rhs);
        int v = alloc(std::max(1, nslots(vt)));
        exprTo(rhs, v, t);
        if (!direct) p = place(lhs);  // its checks now: the store follows at once
        store(p, v);
        return;
    }
    deferBounds_ = lhs->kind == ast::Kind::IndexExpr;
    Place p = place(lhs);
    deferBounds_ = false;
    int v = alloc(std::max(1, nslots(p.type ? p.type : typeOf(rhs))));
    exprTo(rhs, v, p.type);
    store(p, v);
}

// a, b = x, y as gc compiles it (its walk's ascompatee): the statement's
// calls first, in order; then each assignment in turn, a left side's
// operands and the right side evaluated just before it, except those an
// earlier assignment of the statement could change, which are evaluated
// before any: a variable assigned earlier, or anything read through memory
// once an earlier assignment wrote memory (a global, a variable whose
// address is taken, an element, a field through a pointer), or everything
// once a named result of a function with defers is assigned. So
// m[k], s[i] = 1, 2 sets m[k] before s[i] panics, and
// s[i], s[j] = s[j], s[i] reads s[i] before it stores s[i].
void FuncGen::assignTuple(const AssignStmt* s) {
    int mark = top_;
    size_t n = s->lhs.size;
    // (stmt hoisted every call of the statement already)
    std::set<const Object*> assigned;
    bool memWrite = false, everything = false;
    auto varOf = [&](const Expr* e) -> const Object* {
        auto* id = as<Ident>(const_cast<Expr*>(e));
        if (!id) return nullptr;
        auto it = g_.info_.uses.find(id);
        return it != g_.info_.uses.end() && it->second->kind == Object::Kind::Var ? it->second : nullptr;
    };
    std::function<bool(const Expr*)> affected = [&](const Expr* e) -> bool {
        if (!e) return false;
        guardStack(e);
        if (everything) return true;
        switch (e->kind) {
            case ast::Kind::Ident: {
                const Object* v = varOf(e);
                return v && (assigned.count(v) || (memWrite && (v->global || v->escapes)));
            }
            case ast::Kind::BasicLit: return false;
            case ast::Kind::ParenExpr: return affected(static_cast<const ParenExpr*>(e)->x);
            case ast::Kind::UnaryExpr: {
                auto* u = static_cast<const UnaryExpr*>(e);
                if (u->op == Tok::And || u->op == Tok::Arrow) return memWrite || affected(u->x);
                return affected(u->x);
            }
            case ast::Kind::BinaryExpr: {
                auto* b = static_cast<const BinaryExpr*>(e);
                return affected(b->x) || affected(b->y);
            }
            case ast::Kind::TypeAssertExpr: return affected(static_cast<const TypeAssertExpr*>(e)->x);
            case ast::Kind::SelectorExpr: {
                auto* se = static_cast<const SelectorExpr*>(e);
                auto it = g_.info_.selections.find(se);
                if (it == g_.info_.selections.end()) return false;
                if (it->second.kind == Selection::Kind::Qualified) {
                    const Object* m = it->second.member;
                    return memWrite && m && m->kind == Object::Kind::Var;
                }
                return (!fieldOfValue(se) && memWrite) || affected(se->x);
            }
            case ast::Kind::CallExpr: {
                auto* c = static_cast<const CallExpr*>(e);
                if (hoisted_.count(c)) return false;  // a temporary by now
                const check::TypeAndValue* tv = g_.info_.typeOf(c);
                if (tv && tv->mode == Mode::Constant) return false;
                bool r = memWrite;  // a conversion reads nothing itself
                if (const check::TypeAndValue* ftv = g_.info_.typeOf(c->fun); ftv && ftv->mode == Mode::TypeExpr) r = false;
                for (Expr* a : c->args) r = affected(a) || r;
                return r;
            }
            default: {
                // index, slice, dereference, literals: they read memory
                if (memWrite) return true;
                bool r = false;
                if (e->kind == ast::Kind::IndexExpr) {
                    auto* ix = static_cast<const IndexExpr*>(e);
                    r = affected(ix->x) || affected(ix->index);
                } else if (e->kind == ast::Kind::SliceExpr) {
                    auto* se = static_cast<const SliceExpr*>(e);
                    r = affected(se->x) || affected(se->low) || affected(se->high) || affected(se->max);
                } else if (e->kind == ast::Kind::StarExpr) {
                    r = affected(static_cast<const StarExpr*>(e)->x);
                } else if (e->kind == ast::Kind::CompositeLit) {
                    for (Expr* el : static_cast<const CompositeLit*>(e)->elts) r = affected(el) || r;
                } else if (e->kind == ast::Kind::KeyValueExpr) {
                    auto* kv = static_cast<const KeyValueExpr*>(e);
                    r = affected(kv->key) || affected(kv->value);
                } else if (e->kind == ast::Kind::FuncLit) {
                    r = !assigned.empty();  // it may capture one
                }
                return r;
            }
        }
    };
    // which left sides (their operands) and right sides go early
    std::vector<bool> earlyLeft(n), earlyRight(n);
    for (size_t k = 0; k < n; ++k) {
        const Expr* l = s->lhs[static_cast<uint32_t>(k)];
        bool saved = false;
        for (;;) {
            if (l->kind == ast::Kind::ParenExpr) {
                l = static_cast<const ParenExpr*>(l)->x;
                continue;
            }
            if (l->kind == ast::Kind::IndexExpr) {
                auto* ix = static_cast<const IndexExpr*>(l);
                types::Type* xt = typeOf(ix->x);
                if (xt && types::underlying(xt)->kind == Kind::Array) {
                    saved = affected(ix->index) || saved;
                    l = ix->x;
                    continue;
                }
            }
            if (l->kind == ast::Kind::SelectorExpr && fieldOfValue(static_cast<const SelectorExpr*>(l))) {
                l = static_cast<const SelectorExpr*>(l)->x;
                continue;
            }
            break;
        }
        const Object* name = varOf(l);
        if (!name) {
            if (l->kind == ast::Kind::IndexExpr) {
                auto* ix = static_cast<const IndexExpr*>(l);
                saved = affected(ix->x) || affected(ix->index) || saved;
            } else if (l->kind == ast::Kind::StarExpr) {
                saved = affected(static_cast<const StarExpr*>(l)->x) || saved;
            } else if (l->kind == ast::Kind::SelectorExpr) {
                saved = affected(static_cast<const SelectorExpr*>(l)->x) || saved;
            }
        }
        earlyLeft[k] = saved;
        earlyRight[k] = affected(s->rhs[static_cast<uint32_t>(k)]);
        // what this assignment may change, for the ones after it
        auto* id = as<Ident>(const_cast<Expr*>(l));
        if (id && id->name == "_") continue;
        if (!name) {
            memWrite = true;
        } else if (info_->hasDefer && std::find(info_->results.begin(), info_->results.end(), name) != info_->results.end()) {
            everything = true;
        } else if (name->global || name->escapes) {
            memWrite = true;
        } else {
            assigned.insert(name);
        }
    }
    std::vector<Place> places(n);
    std::vector<int> vals(n, -1);
    // an early place's index is checked at its store; a late one's at
    // once, as its store follows
    auto placeOf = [&](size_t k, bool early) {
        deferBounds_ = early && s->lhs[static_cast<uint32_t>(k)]->kind == ast::Kind::IndexExpr;
        places[k] = placeForTuple(s->lhs[static_cast<uint32_t>(k)], mark);
    };
    auto valueOf = [&](size_t k) {
        types::Type* t = typeOf(s->lhs[static_cast<uint32_t>(k)]);
        const Expr* r = s->rhs[static_cast<uint32_t>(k)];
        vals[k] = alloc(std::max(1, nslots(t ? t : typeOf(r))));
        exprTo(r, vals[k], t);
    };
    for (size_t k = 0; k < n; ++k) {
        if (earlyLeft[k]) placeOf(k, true);
        if (earlyRight[k]) valueOf(k);
    }
    for (size_t k = 0; k < n; ++k) {
        if (!earlyRight[k]) valueOf(k);
        if (!earlyLeft[k]) placeOf(k, false);
        store(places[k], vals[k]);
    }
}

void FuncGen::ifStmt(const IfStmt* s) {
    guardStack(s);
    setLine(s);
    int mark = top_;
    auto saved = slots_;
    if (s->init) stmt(s->init);
    std::vector<size_t> toElse;
    orderCalls({s->cond});
    condJump(s->cond, false, toElse);
    stmts(s->body->list);
    if (s->els) {
        size_t toEnd = jump();
        for (size_t p : toElse) patchJump(p, here());
        if (s->els->kind == ast::Kind::IfStmt) ifStmt(static_cast<const IfStmt*>(s->els));
        else stmts(static_cast<const BlockStmt*>(s->els)->list);
        patchJump(toEnd, here());
    } else {
        for (size_t p : toElse) patchJump(p, here());
    }
    top_ = mark;
}

// A loop's body and its back edge: continue lands on `step` (a for
// statement's post statement, a range's advance), which jumps back to
// `top`; the exits and every break land after the loop.
void FuncGen::loopBody(const BlockStmt* body, std::string_view label, size_t top, const std::vector<size_t>& exits,
                       const std::function<void()>& step) {
    loops_.push_back({label, false, {}, {}});
    int bodyMark = top_;
    stmts(body->list);
    top_ = bodyMark;
    size_t cont = here();
    for (size_t p : loops_.back().continues) patchJump(p, cont);
    step();
    size_t back = jump();
    patchJump(back, top);
    for (size_t p : exits) patchJump(p, here());
    for (size_t p : loops_.back().breaks) patchJump(p, here());
    loops_.pop_back();
}

void FuncGen::forStmt(const ForStmt* s, std::string_view label) {
    setLine(s);
    int mark = top_;
    if (s->init) stmt(s->init);
    size_t top = here();
    std::vector<size_t> exits;
    if (s->cond) {
        orderCalls({s->cond});
        condJump(s->cond, false, exits);
    }
    loopBody(s->body, label, top, exits, [&] {
        if (s->post) stmt(s->post);
    });
    top_ = mark;
}

// The place a range loop's key or value goes: a new variable (:=), an
// existing place (=), or nowhere.
Place FuncGen::rangeVar(const RangeStmt* s, const Expr* e) {
    Place p;
    if (!e) return p;
    auto* id = as<Ident>(const_cast<Expr*>(e));
    if (s->tok != Tok::Define) {
        // assigned on each iteration (its index operands evaluated anew):
        // only the type is known here, see rangePlace
        if (id && id->name == "_") return p;
        p.where = Place::Where::Slots;
        p.slot = -1;
        p.type = typeOf(e);
        return p;
    }
    if (s->tok == Tok::Define && id) {
        if (id->name == "_") return p;
        auto d = g_.info_.defs.find(id);
        if (d == g_.info_.defs.end()) return p;
        declareLocal(d->second, -1, false);
        p.where = inMemory(d->second) ? Place::Where::Memory : Place::Where::Slots;
        p.slot = localSlotFor(d->second);
        p.type = d->second->type;
        p.whole = true;
        return p;
    }
    return place(e);
}

// Where this iteration's key or value goes: the variable, or for the `=`
// form the place of e evaluated now.
Place FuncGen::rangePlace(const RangeStmt* s, const Expr* e, const Place& declared) {
    if (s->tok == Tok::Define) return declared;
    return place(e);
}

// for k, v := range m: an iterator (MAPITER) positioned on an entry, whose
// key and element addresses MAPKEY reads (null when done); MAPNEXT moves on.
void FuncGen::mapRange(const RangeStmt* s, std::string_view label) {
    int mark = top_;
    auto* mt = static_cast<types::Map*>(types::underlying(typeOf(s->x)));
    int it = alloc(1);
    int m = exprAny(s->x);
    emit(Op::MAPITER, it, m, static_cast<int>(g_.program_.typeIndex(mt)));
    Place kp = rangeVar(s, s->key);
    Place vp = rangeVar(s, s->value);
    bool wantK = kp.where != Place::Where::Discard, wantV = vp.where != Place::Where::Discard;
    int kv = alloc(2);
    int val = alloc(std::max(1, std::max(nslots(mt->key), nslots(mt->elem))));
    size_t top = here();
    emit(Op::MAPKEY, kv, it);
    size_t exit = jump(Op::JF, kv);
    Place kmem{Place::Where::Memory, kv, 0, mt->key, false};
    Place vmem{Place::Where::Memory, kv + 1, 0, mt->elem, false};
    // both places first, as an assignment evaluates its operands
    // (for k, m[k] = range ...)
    Place kdst = wantK ? rangePlace(s, s->key, kp) : Place{};
    Place vdst = wantV ? rangePlace(s, s->value, vp) : Place{};
    if (wantK) {
        load(kmem, val);
        store(kdst, val);
    }
    if (wantV) {
        load(vmem, val);
        store(vdst, val);
    }
    loopBody(s->body, label, top, {exit}, [&] { emit(Op::MAPNEXT, it); });
    top_ = mark;
}

void FuncGen::rangeStmt(const RangeStmt* s, std::string_view label) {
    setLine(s);
    if (types::underlying(typeOf(s->x))->kind == Kind::Map) {
        mapRange(s, label);
        return;
    }
    if (types::underlying(typeOf(s->x))->kind == Kind::Chan) {
        chanRange(s, label);
        return;
    }
    int mark = top_;
    types::Type* xt = typeOf(s->x);
    types::Type* u = types::underlying(xt);
    bool isStr = u->kind == Kind::String;
    int x;
    int len = -1;
    if (u->kind == Kind::Pointer) {
        // range over *[N]T: through the pointer
        u = types::underlying(static_cast<types::Pointer*>(u)->elem);
        x = alloc(1);
        exprTo(s->x, x);
        len = alloc(1);
        loadInt(len, static_cast<types::Array*>(u)->len);
    } else if (u->kind == Kind::Array) {
        // range over an array value ranges over a copy of it
        int v = alloc(std::max(1, nslots(xt)));
        exprTo(s->x, v);
        x = alloc(1);
        emit(Op::NEW, x, g_.program_.typeIndex(u));
        storeInto(x, 0, u, v);
        len = alloc(1);
        loadInt(len, static_cast<types::Array*>(u)->len);
    } else {
        x = alloc(std::max(1, nslots(xt)));
        exprTo(s->x, x);
        len = alloc(1);
        emit(Op::MOV, len, x + 1);
    }
    int idx = alloc(1);
    emit(Op::LOADI, idx, 0);
    int next = alloc(1);
    types::Type* elem = isStr ? g_.program_.types->basic(Kind::Int32)
                        : u->kind == Kind::Array ? static_cast<types::Array*>(u)->elem
                                                 : u->kind == Kind::Slice ? static_cast<types::Slice*>(u)->elem : nullptr;
    if (!elem) {
        g_.error(s->x->pos, "range over " + types::typeString(xt) + " is not supported yet");
        return;
    }
    int val = alloc(std::max(2, nslots(elem)));
    Place kp = rangeVar(s, s->key);
    Place vp = rangeVar(s, s->value);
    bool wantV = vp.where != Place::Where::Discard;
    size_t top = here();
    size_t exit = emit(Op::JLE_I64, len, idx, 0);  // idx >= len: done
    if (isStr) {
        emit(Op::RANGE_STR, val, x, idx);
        emit(Op::ADD_I64, next, idx, val + 1);
    } else {
        emit(Op::ADDI_I64, next, idx, 1);
        if (wantV) {
            // x is the slice's data pointer, or a pointer to the array (or its copy)
            int addr = alloc(1);
            loadInt(addr, elem->size);
            emit(Op::MUL_I64, addr, addr, idx);
            emit(Op::ADD_I64, addr, addr, x);
            Place ep;
            ep.where = Place::Where::Memory;
            ep.slot = addr;
            ep.type = elem;
            load(ep, val);
        }
    }
    // both places first, as an assignment evaluates its operands
    // (for i, x[i] = range ... sets x at the old i)
    Place kdst = kp.where != Place::Where::Discard ? rangePlace(s, s->key, kp) : Place{};
    Place vdst = wantV ? rangePlace(s, s->value, vp) : Place{};
    if (kp.where != Place::Where::Discard) store(kdst, idx);
    if (wantV) store(vdst, val);
    loopBody(s->body, label, top, {exit}, [&] { emit(Op::MOV, idx, next); });
    top_ = mark;
}

// for v := range c: receive until c is closed and drained.
void FuncGen::chanRange(const RangeStmt* s, std::string_view label) {
    int mark = top_;
    auto* ct = static_cast<types::Chan*>(types::underlying(typeOf(s->x)));
    int ch = alloc(1);
    exprTo(s->x, ch);
    Place kp = rangeVar(s, s->key);
    int val = alloc(std::max(1, nslots(ct->elem)));
    int ok = alloc(1);
    size_t top = here();
    setLine(s);
    emit(Op::RECVOK, val, ch, ok);
    size_t exit = jump(Op::JF, ok);
    if (kp.where != Place::Where::Discard) store(rangePlace(s, s->key, kp), val);
    loopBody(s->body, label, top, {exit}, [] {});
    top_ = mark;
}

// The receive of a select case (<-c, v := <-c, v, ok = <-c), or null.
static const UnaryExpr* caseReceive(const Stmt* comm) {
    const Expr* e = nullptr;
    if (comm->kind == ast::Kind::ExprStmt) e = static_cast<const ExprStmt*>(comm)->x;
    else if (comm->kind == ast::Kind::AssignStmt) e = static_cast<const AssignStmt*>(comm)->rhs[0];
    while (e && e->kind == ast::Kind::ParenExpr) e = static_cast<const ParenExpr*>(e)->x;
    return e && e->kind == ast::Kind::UnaryExpr ? static_cast<const UnaryExpr*>(e) : nullptr;
}

// select: the channels and sent values are evaluated once, in source
// order; SELECT picks a case (its SELCASEs name the operands), and a test
// per case jumps to its body. A receive case's value lands in a temporary
// the case's assignment then reads (received_), so the assignment and its
// declarations compile as ordinary statements.
void FuncGen::selectStmt(const SelectStmt* s, std::string_view label) {
    setLine(s);
    int mark = top_;
    struct Case {
        const CommClause* clause;
        bool send;
        int ch, val, ok;
    };
    std::vector<Case> cases;
    const CommClause* deflt = nullptr;
    for (Stmt* st : s->clauses) {
        auto* cc = static_cast<const CommClause*>(st);
        if (!cc->comm) {
            deflt = cc;
            continue;
        }
        Case c{cc, cc->comm->kind == ast::Kind::SendStmt, alloc(1), -1, -1};
        if (c.send) {
            auto* ss = static_cast<const SendStmt*>(cc->comm);
            auto* ct = static_cast<types::Chan*>(types::underlying(typeOf(ss->chan)));
            exprTo(ss->chan, c.ch);
            c.val = alloc(std::max(1, nslots(ct->elem)));
            exprTo(ss->value, c.val, ct->elem);
        } else {
            const UnaryExpr* r = caseReceive(cc->comm);
            auto* ct = static_cast<types::Chan*>(types::underlying(typeOf(r->x)));
            exprTo(r->x, c.ch);
            c.val = alloc(std::max(1, nslots(ct->elem)));
            if (cc->comm->kind == ast::Kind::AssignStmt && static_cast<const AssignStmt*>(cc->comm)->lhs.size == 2) c.ok = alloc(1);
        }
        cases.push_back(c);
    }
    int chosen = alloc(1);
    setLine(s);
    emit(Op::SELECT, chosen, static_cast<uint32_t>(cases.size()), deflt ? 1 : 0);
    for (const Case& c : cases) emit(Op::SELCASE, c.ch, c.val, vm::selcaseFlags(c.send, c.ok));
    loops_.push_back({label, true, {}, {}});
    std::vector<size_t> ends;
    for (size_t k = 0; k < cases.size(); ++k) {
        const Case& c = cases[k];
        size_t skip = emit(Op::JNEI_I64, chosen, static_cast<uint32_t>(k), 0);
        int caseMark = top_;
        if (!c.send && c.clause->comm->kind == ast::Kind::AssignStmt) {
            received_[caseReceive(c.clause->comm)] = {c.val, c.ok};
            stmt(c.clause->comm);
        }
        stmts(c.clause->body);
        top_ = caseMark;
        ends.push_back(jump());
        patchJump(skip, here());
    }
    if (deflt) {
        int caseMark = top_;
        stmts(deflt->body);
        top_ = caseMark;
    }
    for (size_t p : ends) patchJump(p, here());
    for (size_t p : loops_.back().breaks) patchJump(p, here());
    loops_.pop_back();
    top_ = mark;
}

void FuncGen::switchStmt(const SwitchStmt* s, std::string_view label) {
    setLine(s);
    int mark = top_;
    if (s->init) stmt(s->init);
    types::Type* tagT = s->tag ? typeOf(s->tag) : g_.program_.types->basic(Kind::Bool);
    int tag = -1;
    if (s->tag) {
        orderCalls({s->tag});
        tag = alloc(std::max(1, nslots(tagT)));
        exprTo(s->tag, tag);
    }
    loops_.push_back({label, true, {}, {}});
    // tests: for each clause, jump to its body when a value matches
    std::vector<std::vector<size_t>> toBody(s->clauses.size);
    int defaultIndex = -1;
    for (size_t k = 0; k < s->clauses.size; ++k) {
        auto* cc = static_cast<const CaseClause*>(s->clauses[static_cast<uint32_t>(k)]);
        if (cc->isDefault) defaultIndex = static_cast<int>(k);
        for (Expr* v : cc->list) {
            setLine(v);
            int m2 = top_;
            types::Type* vt = typeOf(v);
            bool toInterface = types::underlying(vt)->kind == Kind::Interface &&
                               types::underlying(tagT)->kind != Kind::Interface;
            if (!s->tag && !toInterface) {
                condJump(v, true, toBody[k]);
            } else if (toInterface) {
                // tag == v with v an interface: the tag (true when there is
                // none) is converted to v's type and compared there
                int val = alloc(nslots(vt));
                exprTo(v, val);
                int t = tag;
                if (!s->tag) {
                    t = alloc(1);
                    emit(Op::LOADI, t, 1);
                }
                int boxed = alloc(nslots(vt));
                convertValue(t, tagT, boxed, vt);
                int r = alloc(1);
                compareTo(Tok::Eql, vt, boxed, val, r);
                toBody[k].push_back(jump(Op::JT, r));
            } else {
                int val = alloc(std::max(1, nslots(tagT)));
                exprTo(v, val, tagT);
                int r = alloc(1);
                types::Type* cu = types::underlying(tagT);
                if (cu->kind == Kind::Pointer || cu->kind == Kind::Func || cu->kind == Kind::Map || cu->kind == Kind::Chan || cu->kind == Kind::Slice)
                    emit(Op::EQ_I64, r, tag, val);
                else
                    compareTo(Tok::Eql, tagT, tag, val, r);
                toBody[k].push_back(jump(Op::JT, r));
            }
            top_ = m2;
        }
    }
    size_t toDefault = jump();
    std::vector<size_t> bodyStart(s->clauses.size);
    std::vector<size_t> ends;
    std::vector<size_t> pendingFallthrough;
    for (size_t k = 0; k < s->clauses.size; ++k) {
        auto* cc = static_cast<const CaseClause*>(s->clauses[static_cast<uint32_t>(k)]);
        bodyStart[k] = here();
        for (size_t p : pendingFallthrough) patchJump(p, here());
        pendingFallthrough.clear();
        for (size_t p : toBody[k]) patchJump(p, here());
        int m2 = top_;
        bool fell = false;
        for (Stmt* st : cc->body) {
            if (auto* b = as<BranchStmt>(st); b && b->tok == Tok::Fallthrough) {
                pendingFallthrough.push_back(jump());
                fell = true;
                continue;
            }
            stmt(st);
        }
        top_ = m2;
        if (!fell) ends.push_back(jump());
    }
    if (defaultIndex >= 0) patchJump(toDefault, bodyStart[static_cast<size_t>(defaultIndex)]);
    else ends.push_back(toDefault);
    for (size_t p : ends) patchJump(p, here());
    for (size_t p : pendingFallthrough) patchJump(p, here());
    for (size_t p : loops_.back().breaks) patchJump(p, here());
    loops_.pop_back();
    top_ = mark;
}

// switch [v :=] x.(type): x's type word is tested against each case in
// order (ISTYPE for a concrete type, IMPLEMENTS for an interface, zero for
// nil); the chosen clause binds its own v.
void FuncGen::typeSwitchStmt(const TypeSwitchStmt* s, std::string_view label) {
    setLine(s);
    int mark = top_;
    if (s->init) stmt(s->init);
    const TypeAssertExpr* guard = nullptr;
    if (auto* a = as<AssignStmt>(const_cast<Stmt*>(s->assign))) guard = as<TypeAssertExpr>(a->rhs[0]);
    else guard = as<TypeAssertExpr>(static_cast<const ExprStmt*>(s->assign)->x);
    types::Type* st = typeOf(guard->x);
    int x = alloc(2);
    exprTo(guard->x, x, st);
    loops_.push_back({label, true, {}, {}});
    std::vector<std::vector<size_t>> toBody(s->clauses.size);
    int defaultIndex = -1;
    int r = alloc(1);
    for (size_t k = 0; k < s->clauses.size; ++k) {
        auto* cc = static_cast<const CaseClause*>(s->clauses[static_cast<uint32_t>(k)]);
        if (cc->isDefault) defaultIndex = static_cast<int>(k);
        for (Expr* e : cc->list) {
            setLine(e);
            const check::TypeAndValue* tv = g_.info_.typeOf(e);
            if (!tv || tv->mode != Mode::TypeExpr) {  // nil
                toBody[k].push_back(jump(Op::JF, x));
                continue;
            }
            emit(isIface(tv->type) ? Op::IMPLEMENTS : Op::ISTYPE, r, x, static_cast<int>(g_.program_.typeIndex(tv->type)));
            toBody[k].push_back(jump(Op::JT, r));
        }
    }
    size_t toDefault = jump();
    std::vector<size_t> bodyStart(s->clauses.size), ends;
    for (size_t k = 0; k < s->clauses.size; ++k) {
        auto* cc = static_cast<const CaseClause*>(s->clauses[static_cast<uint32_t>(k)]);
        bodyStart[k] = here();
        for (size_t p : toBody[k]) patchJump(p, here());
        int m2 = top_;
        auto v = g_.info_.implicits.find(cc);
        if (v != g_.info_.implicits.end() && v->second->name != "_") {
            const Object* obj = v->second;
            types::Type* vt = obj->type;
            int val = x;
            if (!isIface(vt)) {
                val = alloc(std::max(1, nslots(vt)));
                if (types::isPointerShaped(vt)) {
                    emit(Op::MOV, val, x + 1);
                } else {
                    Place p{Place::Where::Memory, x + 1, 0, vt, false};
                    load(p, val);
                }
            }
            declareLocal(obj, val, true);
        }
        stmts(cc->body);
        top_ = m2;
        ends.push_back(jump());
    }
    if (defaultIndex >= 0) patchJump(toDefault, bodyStart[static_cast<size_t>(defaultIndex)]);
    else ends.push_back(toDefault);
    for (size_t p : ends) patchJump(p, here());
    for (size_t p : loops_.back().breaks) patchJump(p, here());
    loops_.pop_back();
    top_ = mark;
}

void FuncGen::returnStmt(const ReturnStmt* s) {
    setLine(s);
    int mark = top_;
    types::Func* sig = info_->sig;
    int total = 0;
    for (types::Type* t : sig->results) total += nslots(t);
    int out = alloc(std::max(1, total));
    if (s->results.size == sig->results.size() && !s->results.empty()) {
        int at = out;
        for (size_t k = 0; k < sig->results.size(); ++k) {
            exprTo(s->results[static_cast<uint32_t>(k)], at, sig->results[k]);
            at += nslots(sig->results[k]);
        }
    } else if (!s->results.empty()) {
        // return f() with several results
        auto* tu = static_cast<types::Tuple*>(typeOf(s->results[0]));
        int tmp = alloc(std::max(1, nslots(tu)));
        callTo(static_cast<const CallExpr*>(s->results[0]), tmp, static_cast<int>(tu->types.size()));
        int at = out, src = tmp;
        for (size_t k = 0; k < sig->results.size(); ++k) {
            convertValue(src, tu->types[k], at, sig->results[k]);
            at += nslots(sig->results[k]);
            src += nslots(tu->types[k]);
        }
    }
    bool named = hasNamedResults();
    // with defers, the results are set first (deferred calls may change
    // named ones), then the deferred calls run, then the function returns
    if (named && !s->results.empty() && info_->hasDefer) namedResults(out, false);
    if (info_->hasDefer) emit(Op::RUNDEFERS);
    if (named && (s->results.empty() || info_->hasDefer)) namedResults(out, true);
    emit(Op::RET, out, total);
    top_ = mark;
}

// Loads the named result variables into slots from `out` (or stores them).
void FuncGen::namedResults(int out, bool load) {
    int at = out;
    for (const Object* r : info_->results) {
        Place p;
        p.where = inMemory(r) ? Place::Where::Memory : Place::Where::Slots;
        p.slot = localSlotFor(r);
        p.type = r->type;
        p.whole = true;
        if (load) this->load(p, at);
        else store(p, at);
        at += nslots(r->type);
    }
}

// Where a function that defers resumes when a deferred call recovers a
// panic: the other deferred calls run, then it returns its named results
// (zero values when they are not named).
void FuncGen::recoveryEpilogue() {
    fn_->recoverPc = static_cast<int32_t>(here());
    int total = 0;
    for (types::Type* t : info_->sig->results) total += nslots(t);
    emit(Op::RUNDEFERS);
    int out = alloc(std::max(1, total));
    if (hasNamedResults()) namedResults(out, true);
    else if (total > 0) emit(Op::ZERO, out, total);
    emit(Op::RET, out, total);
}

// defer f(args) and go f(args): the func value (a closure; a method value
// for x.M, a wrapper for a library function) and the argument slots are
// evaluated now, as for a call; DEFER records them in the frame (RUNDEFERS
// runs them), GO starts a goroutine with them.
void FuncGen::goOrDefer(const Stmt* s, const Expr* callExpr, Op op) {
    int mark = top_;
    auto* call = static_cast<const CallExpr*>(callExpr);
    int f = alloc(1);
    if (const check::TypeAndValue* tv = g_.info_.typeOf(call->fun); tv && tv->mode == Mode::Builtin) {
        const Expr* fun = call->fun;
        while (fun->kind == ast::Kind::ParenExpr) fun = static_cast<const ParenExpr*>(fun)->x;
        builtinThunk(call, g_.info_.uses.at(static_cast<const Ident*>(fun))->builtin, f, op);
        top_ = mark;
        return;
    }
    auto* sig = static_cast<types::Func*>(types::underlying(typeOf(call->fun)));
    exprTo(call->fun, f);
    top_ = f + 1;
    int base = callArgs(call, sig, nullptr, nullptr);
    if (base != f + 1) {
        g_.error(call->pos, "internal error: call arguments misplaced");
        return;
    }
    int n = 0;
    for (types::Type* t : sig->params) n += nslots(t);
    setLine(s);
    emit(op, f, n);
    top_ = mark;
}

void FuncGen::stmt(const Stmt* s) {
    guardStack(s);
    setLine(s);
    // calls first, as gc orders them; their temporaries are released after
    // the statement unless it declared variables above them
    int hoistMark = top_;
    std::vector<const Expr*> exprs;
    bool everyCall = false;  // a tuple assignment's calls all come first, as in gc
    switch (s->kind) {
        case ast::Kind::ExprStmt: exprs.push_back(static_cast<const ExprStmt*>(s)->x); break;
        case ast::Kind::IncDecStmt: exprs.push_back(static_cast<const IncDecStmt*>(s)->x); break;
        case ast::Kind::AssignStmt: {
            auto* a = static_cast<const AssignStmt*>(s);
            // x op= y reads x; x = y reads only the operands of x's place
            if (a->op == Tok::Assign)
                for (Expr* l : a->lhs) placeOperands(l, exprs);
            else if (a->op != Tok::Define)
                for (Expr* l : a->lhs) exprs.push_back(l);
            for (Expr* r : a->rhs) exprs.push_back(r);
            everyCall = a->op == Tok::Assign && a->lhs.size > 1 && a->rhs.size == a->lhs.size;
            break;
        }
        case ast::Kind::ReturnStmt:
            for (Expr* r : static_cast<const ReturnStmt*>(s)->results) exprs.push_back(r);
            break;
        case ast::Kind::DeclStmt:
            for (Node* n : static_cast<const DeclStmt*>(s)->decl->specs)
                if (auto* vs = as<ValueSpec>(n))
                    for (Expr* v : vs->values) exprs.push_back(v);
            break;
        case ast::Kind::DeferStmt:
            // the deferred call's operands (the call itself runs later)
            for (Expr* a : static_cast<const CallExpr*>(static_cast<const DeferStmt*>(s)->call)->args) exprs.push_back(a);
            break;
        case ast::Kind::GoStmt:
            for (Expr* a : static_cast<const CallExpr*>(static_cast<const GoStmt*>(s)->call)->args) exprs.push_back(a);
            break;
        default: break;
    }
    if (!exprs.empty()) orderCalls(exprs, everyCall);
    int afterHoist = top_;
    stmtInOrder(s);
    if (afterHoist != hoistMark && top_ <= afterHoist) top_ = hoistMark;
}

// A session input's expression statement: each value goes to the
// program's show native as an interface, with its static type's name.
void FuncGen::showValues(const Expr* e) {
    types::TypeTable& tt = *g_.program_.types;
    std::vector<types::Type*> values;
    int slot;
    types::Type* t = typeOf(e);
    if (t->kind == Kind::Tuple) {
        types::Tuple* tu = multiValue(e, slot);
        values = tu->types;
    } else {
        values.push_back(t);
        slot = alloc(std::max(1, nslots(t)));
        exprTo(e, slot, t);
    }
    for (types::Type* v : values) {
        int args = alloc(4);  // the value as an interface, then its type's name
        convertValue(slot, v, args, tt.emptyInterface());
        check::TypeAndValue name;
        name.mode = Mode::Constant;
        name.type = tt.basic(Kind::String);
        name.value = constant::makeString(types::typeString(v, true));
        constantTo(name, args + 2, name.type);
        emit(Op::CALLN, args, g_.program_.showNative);
        slot += nslots(v);
    }
}

void FuncGen::stmtInOrder(const Stmt* s) {
    switch (s->kind) {
        case ast::Kind::EmptyStmt: break;
        case ast::Kind::ExprStmt: {
            int mark = top_;
            const Expr* e = static_cast<const ExprStmt*>(s)->x;
            if (g_.info_.shown.count(s)) {
                showValues(e);
                top_ = mark;
                break;
            }
            while (e->kind == ast::Kind::ParenExpr) e = static_cast<const ParenExpr*>(e)->x;
            if (e->kind == ast::Kind::CallExpr) callTo(static_cast<const CallExpr*>(e), -1, 0);
            else exprAny(e);
            top_ = mark;
            break;
        }
        case ast::Kind::DeclStmt: {
            auto* d = static_cast<const DeclStmt*>(s)->decl;
            if (d->tok != Tok::Var) break;
            for (Node* n : d->specs) varSpec(static_cast<const ValueSpec*>(n));
            break;
        }
        case ast::Kind::AssignStmt: assign(static_cast<const AssignStmt*>(s)); break;
        case ast::Kind::IncDecStmt: {
            auto* i = static_cast<const IncDecStmt*>(s);
            int mark = top_;
            Place p = place(i->x);
            types::Type* t = p.type;
            types::Type* u = types::underlying(t);
            int cur = p.where == Place::Where::Slots && p.offset == 0 && t->size == 8 ? p.slot : alloc(std::max(1, nslots(t)));
            load(p, cur);
            if (types::isInteger(u)) {
                emit(Op::ADDI_I64, cur, cur, i->op == Tok::Inc ? 1 : -1);
                normalize(cur, t);
            } else {
                int one = alloc(2);
                check::TypeAndValue tv;
                tv.value = constant::makeInt64(1);
                tv.type = t;
                constantTo(tv, one, t);
                Op op;
                switch (u->kind) {
                    case Kind::Float32: op = i->op == Tok::Inc ? Op::ADD_F32 : Op::SUB_F32; break;
                    case Kind::Complex128: op = i->op == Tok::Inc ? Op::ADD_C128 : Op::SUB_C128; break;
                    case Kind::Complex64: op = i->op == Tok::Inc ? Op::ADD_C64 : Op::SUB_C64; break;
                    default: op = i->op == Tok::Inc ? Op::ADD_F64 : Op::SUB_F64; break;
                }
                emit(op, cur, cur, one);
            }
            store(p, cur);
            top_ = mark;
            break;
        }
        case ast::Kind::ReturnStmt: returnStmt(static_cast<const ReturnStmt*>(s)); break;
        case ast::Kind::BlockStmt: {
            int mark = top_;
            stmts(static_cast<const BlockStmt*>(s)->list);
            top_ = mark;
            break;
        }
        case ast::Kind::IfStmt: ifStmt(static_cast<const IfStmt*>(s)); break;
        case ast::Kind::ForStmt: forStmt(static_cast<const ForStmt*>(s), {}); break;
        case ast::Kind::RangeStmt: rangeStmt(static_cast<const RangeStmt*>(s), {}); break;
        case ast::Kind::SwitchStmt: switchStmt(static_cast<const SwitchStmt*>(s), {}); break;
        case ast::Kind::TypeSwitchStmt: typeSwitchStmt(static_cast<const TypeSwitchStmt*>(s), {}); break;
        case ast::Kind::DeferStmt: goOrDefer(s, static_cast<const DeferStmt*>(s)->call, Op::DEFER); break;
        case ast::Kind::GoStmt: goOrDefer(s, static_cast<const GoStmt*>(s)->call, Op::GO); break;
        case ast::Kind::SendStmt: {
            auto* ss = static_cast<const SendStmt*>(s);
            auto* ct = static_cast<types::Chan*>(types::underlying(typeOf(ss->chan)));
            int mark = top_;
            int ch = alloc(1);
            exprTo(ss->chan, ch);
            int v = alloc(std::max(1, nslots(ct->elem)));
            exprTo(ss->value, v, ct->elem);
            setLine(s);
            emit(Op::SEND, ch, v);
            top_ = mark;
            break;
        }
        case ast::Kind::SelectStmt: selectStmt(static_cast<const SelectStmt*>(s), {}); break;
        case ast::Kind::LabeledStmt: {
            auto* l = static_cast<const LabeledStmt*>(s);
            labelPcs_[l->label->name] = here();
            markTarget(here());
            switch (l->stmt->kind) {
                case ast::Kind::ForStmt: forStmt(static_cast<const ForStmt*>(l->stmt), l->label->name); break;
                case ast::Kind::RangeStmt: rangeStmt(static_cast<const RangeStmt*>(l->stmt), l->label->name); break;
                case ast::Kind::SwitchStmt: switchStmt(static_cast<const SwitchStmt*>(l->stmt), l->label->name); break;
                case ast::Kind::TypeSwitchStmt:
                    typeSwitchStmt(static_cast<const TypeSwitchStmt*>(l->stmt), l->label->name);
                    break;
                case ast::Kind::SelectStmt: selectStmt(static_cast<const SelectStmt*>(l->stmt), l->label->name); break;
                default: stmt(l->stmt);
            }
            break;
        }
        case ast::Kind::BranchStmt: {
            auto* b = static_cast<const BranchStmt*>(s);
            if (b->tok == Tok::Goto) {
                gotos_.push_back({jump(), b->label->name});
                break;
            }
            if (b->tok == Tok::Fallthrough) break;  // handled by switchStmt
            Loop* target = nullptr;
            for (size_t k = loops_.size(); k-- > 0;) {
                Loop& l = loops_[k];
                if (b->label ? l.label == b->label->name : (b->tok == Tok::Continue ? !l.isSwitch : true)) {
                    target = &l;
                    break;
                }
            }
            if (!target) break;
            if (b->tok == Tok::Break) target->breaks.push_back(jump());
            else target->continues.push_back(jump());
            break;
        }
        default: g_.error(s->pos, std::string(kindName(s->kind)) + " is not supported yet"); break;
    }
}

}  // namespace gos::codegen
