// The code generator: walks the checked tree and emits register bytecode.
//
// Frames. A function's frame holds its parameters from slot 0 (each taking
// nslots(T) slots), then its local variables, then temporaries, allocated
// and released in stack order. A call puts the arguments at the first free
// slot, which becomes the callee's slot 0; the results come back there.
//
// Where a variable lives:
//   - a local that does not escape: in its own slots, which expressions use
//     directly (no copy);
//   - a local that escapes (address taken, captured by a closure): on the
//     heap; its slot holds the pointer, and reads and writes go through it;
//   - a variable captured by a closure: the closure holds the pointer, which
//     the closure's code loads into a slot on entry (UPVAL);
//   - a package-level variable: at a fixed offset in the globals area.
// An aggregate (struct, array) in slots is laid out exactly as in memory,
// so a field is a byte offset into the variable's slots.
//
// Constant expressions were folded by the checker; the generator only
// materialises their values in the type the checker settled on.
//
// Sessions. One Generator serves every input of a session: each run
// compiles the functions the Info gained since the last, places the new
// package-level variables in a globals area of the input's own (GADDRX
// reaches areas past the first), and makes the input's entry the
// program's. What earlier runs made (function indexes, wrappers, global
// places) stays valid and is reused.
#include "compiler/codegen_impl.h"

namespace gos::codegen {

// ---- functions ------------------------------------------------------------------------------

void FuncGen::compileBody() {
    const BlockStmt* body = info_->decl ? info_->decl->body : info_->lit->body;
    setLine(info_->decl ? static_cast<const Node*>(info_->decl) : info_->lit);
    // parameters in slots 0..; escaping ones move to the heap
    int at = 0;
    std::vector<std::pair<const Object*, int>> moved;
    for (const Object* p : info_->params) {
        slots_[p] = at;
        if (inMemory(p)) moved.push_back({p, at});
        at += nslots(p->type);
    }
    fn_->paramSlots = at;
    top_ = at;
    if (top_ > fn_->frameSlots) fn_->frameSlots = top_;
    int resultSlots = 0;
    for (types::Type* t : info_->sig->results) resultSlots += nslots(t);
    fn_->resultSlots = resultSlots;
    if (resultSlots > top_) alloc(resultSlots - top_);  // RET writes results from slot 0
    // captured variables of enclosing functions: their cells' pointers
    fn_->captures = static_cast<int32_t>(info_->captures.size());
    for (size_t k = 0; k < info_->captures.size(); ++k) {
        int s = alloc(1);
        emit(Op::UPVAL, s, static_cast<int>(k));
        slots_[info_->captures[k]] = s;
    }
    for (auto& [p, slot] : moved) {
        chargeCell(p);
        int cell = alloc(1);
        emit(Op::NEW, cell, g_.program_.typeIndex(p->type));
        storeInto(cell, 0, p->type, slot);
        slots_[p] = cell;
    }
    // named results start zeroed
    for (const Object* r : info_->results) {
        if (r->name.empty()) continue;
        declareLocal(r, -1, false);
    }
    if (body) stmts(body->list);
    // falling off the end (or jumping there, past a final RET)
    if (fn_->code.empty() || fn_->code.back().op != Op::RET || endIsTarget()) {
        if (resultSlots == 0 && !info_->hasDefer) {
            emit(Op::RET, 0, 0);
        } else if (resultSlots == 0 || hasNamedResults()) {
            ReturnStmt r{};
            r.kind = ast::Kind::ReturnStmt;
            returnStmt(&r);
        } else {
            emit(Op::UNREACHABLE);
        }
    }
    if (info_->hasDefer) recoveryEpilogue();
    for (auto& [pc, name] : gotos_) {
        auto it = labelPcs_.find(name);
        if (it != labelPcs_.end()) patchJump(pc, it->second);
    }
    if (cellBytes_ > 0) chargeStack();
}

// A local Go keeps in the frame that gos keeps in a heap cell (an array, or
// a struct holding one, whose address never escapes): its bytes count
// towards the goroutine's stack limit while the function runs, as they do
// in Go. Locals too large for Go's stack (over 10 MB) are on the heap in Go
// too and are not counted.
void FuncGen::chargeCell(const Object* v) {
    constexpr int64_t kMaxStackVarBytes = int64_t(10) << 20;  // gc's maxStackVarSize
    if (v->escapes || v->type->size > kMaxStackVarBytes || !charged_.insert(v).second) return;
    cellBytes_ += v->type->size;
}

// Makes the finished function charge fn_->stackBytes on entry (STACKCHARGE,
// inserted first: relative jumps are unchanged) and release them when it
// returns (RETC for RET; unwinding releases them too).
void FuncGen::chargeStack() {
    fn_->stackBytes = cellBytes_;
    vm::Instr charge;
    charge.op = Op::STACKCHARGE;
    fn_->code.insert(fn_->code.begin(), charge);
    fn_->lines.insert(fn_->lines.begin(), fn_->lines.empty() ? line() : fn_->lines.front());
    if (fn_->recoverPc >= 0) ++fn_->recoverPc;
    for (vm::Instr& in : fn_->code)
        if (in.op == Op::RET) in.op = Op::RETC;
}

// A function that calls method m of named with a receiver it loads through
// a pointer: from its first parameter (an interface's data word, or the
// pointer of a (*T).M method expression), or, when bound, from the cell its
// closure captured (a method value x.M).
int32_t Generator::wrapper(const types::Method* m, types::Named* named, bool bound) {
    auto key = std::make_pair(m, bound);
    auto it = wrappers_.find(key);
    if (it != wrappers_.end()) return it->second;
    auto fn = std::make_unique<vm::Function>();
    fn->name = "main." + named->name + "." + m->name + (bound ? "-fm" : "");
    fn->file = filename_;
    fn->wrapper = true;
    int paramSlots = 0, resultSlots = 0;
    for (types::Type* t : m->sig->params) paramSlots += nslots(t);
    for (types::Type* t : m->sig->results) resultSlots += nslots(t);
    int ptr, params, base;
    Emitter out(fn.get());
    auto emit = [&](Op op, int64_t a, int64_t b, int64_t c) { out.emit(op, a, b, c); };
    if (bound) {
        params = 0;
        ptr = paramSlots;
        base = paramSlots + 1;
        fn->captures = 1;
        emit(Op::UPVAL, ptr, 0, 0);
    } else {
        ptr = 0;
        params = 1;
        base = 1 + paramSlots;
        // a value method called through a nil *T (an interface holding
        // one, or (*T).M): Go's wrapper panics before copying *p
        if (!m->pointerReceiver) emit(Op::NILWRAP, ptr, program_.typeIndex(named), 0);
    }
    fn->paramSlots = bound ? paramSlots : 1 + paramSlots;
    int recvSlots;
    if (m->pointerReceiver) {
        recvSlots = 1;
        emit(Op::LOAD_64, base, ptr, 0);  // the cell holds the pointer
    } else {
        recvSlots = nslots(named);
        if (isScalar(named)) emit(loadOp(named), base, ptr, 0);
        else if (named->size > 0) emit(Op::LOADN, base, ptr, named->size);
    }
    if (paramSlots > 0) emit(Op::MOVN, base + recvSlots, params, paramSlots);
    emit(Op::CALL, base, m->function, 0);
    emit(Op::RET, base, resultSlots, 0);
    fn->resultSlots = resultSlots;
    fn->frameSlots = base + recvSlots + std::max(paramSlots, resultSlots) + 1;
    int32_t index = static_cast<int32_t>(program_.functions.size());
    program_.functions.push_back(std::move(fn));
    wrappers_[key] = index;
    return index;
}

int32_t Generator::interfaceMethodWrapper(types::Func* sig, const std::string& name, bool bound) {
    auto key = std::make_tuple(sig, name, bound);
    auto it = interfaceWrappers_.find(key);
    if (it != interfaceWrappers_.end()) return it->second;
    auto fn = std::make_unique<vm::Function>();
    fn->name = "main.interface." + name + (bound ? "-fm" : "");
    fn->file = filename_;
    fn->wrapper = true;
    int paramSlots = 0, resultSlots = 0;
    for (types::Type* t : sig->params) paramSlots += nslots(t);
    for (types::Type* t : sig->results) resultSlots += nslots(t);
    Emitter out(fn.get());
    // bound: the parameters, the cell, the interface; else the interface, the parameters
    int params = bound ? 0 : 2;
    int iv = bound ? paramSlots + 1 : 0;
    int base = params + paramSlots + (bound ? 3 : 0);
    if (bound) {
        fn->captures = 1;
        out.emit(Op::UPVAL, paramSlots, 0, 0);
        out.emit(Op::LOADN, iv, paramSlots, 16);
    }
    fn->paramSlots = params + paramSlots;
    if (paramSlots > 0) out.emit(Op::MOVN, base + 1, params, paramSlots);
    out.emit(Op::CALLI, base, iv, program_.methodNameIndex(name));
    out.emit(Op::RET, base, resultSlots, 0);
    fn->resultSlots = resultSlots;
    fn->frameSlots = base + 1 + std::max(paramSlots, resultSlots) + 1;
    int32_t index = static_cast<int32_t>(program_.functions.size());
    program_.functions.push_back(std::move(fn));
    interfaceWrappers_[key] = index;
    return index;
}

// A function that calls native method m of named (a library type): it
// builds the receiver word the native takes, as an interface call passes
// it (the pointer for a pointer receiver; for a value receiver the value
// when pointer-shaped, else a pointer to a private copy), then the
// arguments above it, and returns the native's results.
int32_t Generator::nativeMethodWrapper(const types::Method* m, types::Named* named, NativeReceiver how) {
    auto key = std::make_pair(m, how);
    auto it = nativeMethodWrappers_.find(key);
    if (it != nativeMethodWrappers_.end()) return it->second;
    auto fn = std::make_unique<vm::Function>();
    fn->name = named->pkg + "." + named->name + "." + m->name + (how == NativeReceiver::Bound ? "-fm" : "");
    fn->file = filename_;
    fn->wrapper = true;
    int paramSlots = 0, resultSlots = 0;
    for (types::Type* t : m->sig->params) paramSlots += nslots(t);
    for (types::Type* t : m->sig->results) resultSlots += nslots(t);
    bool viaPointer = m->pointerReceiver;
    int recvSlots = how == NativeReceiver::Bound ? 0 : how == NativeReceiver::Pointer || viaPointer ? 1 : nslots(named);
    int params = how == NativeReceiver::Bound ? 0 : recvSlots;
    int cell = paramSlots;  // Bound: where UPVAL puts the captured cell
    int base = how == NativeReceiver::Bound ? paramSlots + 1 : recvSlots + paramSlots;
    int tmp = base + 1 + std::max(paramSlots, resultSlots);
    int scratch = tmp + 1;
    fn->paramSlots = how == NativeReceiver::Bound ? paramSlots : recvSlots + paramSlots;
    fn->resultSlots = resultSlots;
    fn->frameSlots = scratch + nslots(named) + 1;
    Emitter out(fn.get());
    auto emit = [&](Op op, int64_t a, int64_t b, int64_t c) { out.emit(op, a, b, c); };
    // a private copy of the value at *from into a new cell, its pointer in `base`
    auto copyToCell = [&](int from) {
        emit(Op::NEW, tmp, program_.typeIndex(named), 0);
        if (named->size > 0) {
            if (isScalar(named)) {
                emit(loadOp(named), scratch, from, 0);
                emit(storeOp(named->size), tmp, scratch, 0);
            } else {
                emit(Op::LOADN, scratch, from, named->size);
                emit(Op::STOREN, tmp, scratch, named->size);
            }
        }
        emit(Op::MOV, base, tmp, 0);
    };
    if (how == NativeReceiver::Bound) {
        fn->captures = 1;
        emit(Op::UPVAL, cell, 0, 0);
        // the cell holds the pointer (pointer receiver) or a copy of the value
        if (viaPointer || types::isPointerShaped(named)) emit(Op::LOAD_64, base, cell, 0);
        else emit(Op::MOV, base, cell, 0);
    } else if (how == NativeReceiver::Pointer) {
        if (viaPointer) {
            emit(Op::MOV, base, 0, 0);
        } else {
            emit(Op::NILWRAP, 0, program_.typeIndex(named), 0);
            if (types::isPointerShaped(named)) emit(Op::LOAD_64, base, 0, 0);
            else copyToCell(0);
        }
    } else if (viaPointer || types::isPointerShaped(named)) {
        emit(Op::MOV, base, 0, 0);
    } else {
        // the value is in slots 0..: box it
        emit(Op::NEW, tmp, program_.typeIndex(named), 0);
        if (named->size > 0) {
            if (isScalar(named)) emit(storeOp(named->size), tmp, 0, 0);
            else emit(Op::STOREN, tmp, 0, named->size);
        }
        emit(Op::MOV, base, tmp, 0);
    }
    if (paramSlots > 0) emit(Op::MOVN, base + 1, params, paramSlots);
    emit(Op::CALLN, base, m->native, 0);
    emit(Op::RET, base, resultSlots, 0);
    int32_t index = static_cast<int32_t>(program_.functions.size());
    program_.functions.push_back(std::move(fn));
    nativeMethodWrappers_[key] = index;
    return index;
}

// The interface-call function of a method that `outer` gets from an
// embedded field: it takes a pointer to the outer value (the interface's
// data word, or the receiver of a (*T).M method expression), walks the
// fields of pm->path to the embedded value, and calls the method there
// with the value or pointer it wants. byValue: it takes the outer value
// itself (a T.M method expression).
int32_t Generator::promotedWrapper(const types::Method* pm, types::Type* outer, bool byValue) {
    auto fn = std::make_unique<vm::Function>();
    fn->name = "main." + types::typeString(outer, false) + "." + pm->name;
    fn->file = filename_;
    fn->wrapper = true;
    const types::Method* m = pm->target;
    int paramSlots = 0, resultSlots = 0;
    for (types::Type* t : pm->sig->params) paramSlots += nslots(t);
    for (types::Type* t : pm->sig->results) resultSlots += nslots(t);
    // the outer receiver: a pointer in slot 0, or (byValue) the value itself
    const int first = byValue ? std::max(1, nslots(outer)) : 1;  // the parameters
    fn->paramSlots = first + paramSlots;
    Emitter out(fn.get());
    auto emit = [&](Op op, int64_t a, int64_t b, int64_t c) { out.emit(op, a, b, c); };
    const int ptr = first + paramSlots;  // the walking pointer
    const int base = ptr + 1;            // the call's frame
    if (byValue) {
        // T.M of a promoted method: walk a boxed copy of the value
        emit(Op::NEW, ptr, program_.typeIndex(outer), 0);
        if (outer->size > 0) {
            if (isScalar(outer)) emit(storeOp(outer->size), ptr, 0, 0);
            else emit(Op::STOREN, ptr, 0, outer->size);
        }
    } else {
        emit(Op::MOV, ptr, 0, 0);
    }
    types::Type* t = outer;
    int64_t off = 0;
    for (int index : pm->path) {
        const types::Field& f = static_cast<types::Struct*>(types::underlying(t))->fields[static_cast<size_t>(index)];
        off += f.offset;
        t = f.type;
        if (t->kind == Kind::Pointer) {
            emit(Op::LOAD_64, ptr, ptr, off);
            off = 0;
            t = static_cast<types::Pointer*>(t)->elem;
        }
    }
    if (off != 0) emit(Op::ADDR, ptr, ptr, off);  // a nil outer pointer panics here
    if (pm->viaInterface) {
        // the embedded interface: call the method on its dynamic value
        const int ifc = base + 1 + std::max(paramSlots, resultSlots);
        emit(Op::LOADN, ifc, ptr, 16);
        if (paramSlots > 0) emit(Op::MOVN, base + 1, first, paramSlots);
        emit(Op::CALLI, base, ifc, static_cast<int>(program_.methodNameIndex(pm->name)));
        emit(Op::RET, base, resultSlots, 0);
        fn->resultSlots = resultSlots;
        fn->frameSlots = ifc + 2;
        int32_t index = static_cast<int32_t>(program_.functions.size());
        program_.functions.push_back(std::move(fn));
        return index;
    }
    int recvSlots = 1;
    if (m->pointerReceiver) {
        emit(Op::MOV, base, ptr, 0);
    } else {
        emit(Op::NILCHK, ptr, 0, 0);
        recvSlots = nslots(t);
        if (isScalar(t)) emit(loadOp(t), base, ptr, 0);
        else if (t->size > 0) emit(Op::LOADN, base, ptr, t->size);
    }
    if (paramSlots > 0) emit(Op::MOVN, base + recvSlots, first, paramSlots);
    emit(Op::CALL, base, m->function, 0);
    emit(Op::RET, base, resultSlots, 0);
    fn->resultSlots = resultSlots;
    fn->frameSlots = base + recvSlots + std::max(paramSlots, resultSlots) + 1;
    int32_t index = static_cast<int32_t>(program_.functions.size());
    program_.functions.push_back(std::move(fn));
    return index;
}

int32_t Generator::promotedMethodExpr(const check::Selection& sel, types::Type* outer, bool byValue) {
    auto key = std::make_tuple(outer, sel.method, byValue);
    auto it = promotedExprs_.find(key);
    if (it != promotedExprs_.end()) return it->second;
    types::Method pm;
    pm.name = sel.method->name;
    pm.sig = sel.method->sig;
    pm.path = sel.path;
    pm.target = sel.method;
    int32_t index = promotedWrapper(&pm, outer, byValue);
    promotedExprs_[key] = index;
    return index;
}

// A library function used as a value: a function that calls the native.
int32_t Generator::nativeWrapper(const Object* f) {
    auto it = nativeWrappers_.find(f);
    if (it != nativeWrappers_.end()) return it->second;
    auto* sig = static_cast<types::Func*>(f->type);
    auto fn = std::make_unique<vm::Function>();
    fn->name = program_.natives[static_cast<size_t>(f->native)].name;
    fn->file = filename_;
    for (types::Type* t : sig->params) fn->paramSlots += nslots(t);
    for (types::Type* t : sig->results) fn->resultSlots += nslots(t);
    fn->frameSlots = std::max(fn->paramSlots, fn->resultSlots) + 1;
    Emitter out(fn.get());
    out.emit(Op::CALLN, 0, f->native);
    out.emit(Op::RET, 0, fn->resultSlots);
    int32_t index = static_cast<int32_t>(program_.functions.size());
    program_.functions.push_back(std::move(fn));
    nativeWrappers_[f] = index;
    return index;
}

// Before a value of type t goes into an interface: the methods its type
// gets from embedded fields, callable through the interface.
void Generator::addPromoted(types::Type* t) {
    if (t->kind == Kind::Pointer) t = static_cast<types::Pointer*>(t)->elem;
    types::Promoted* p = types::promotedOf(t);
    if (!p || p->promotedComputed) return;
    types::computePromoted(t);
    for (types::Method& pm : p->promoted) {
        if (!pm.viaInterface && pm.target->function < 0) continue;  // a library method: not reachable by embedding yet
        pm.ifaceFunction = promotedWrapper(&pm, t);
    }
}

bool Generator::run(const File& file, std::string filename, Diagnostics& diags, bool session) {
    filename_ = std::move(filename);
    diags_ = &diags;
    failed_ = false;
    const size_t firstFunction = program_.functions.size();
    // a session's input keeps its globals in an area of its own
    if (session) program_.globalAreas.push_back(0);
    const std::vector<check::FuncInfo*> functions(info_.functions.begin() + static_cast<ptrdiff_t>(doneFunctions_),
                                                  info_.functions.end());
    doneFunctions_ = info_.functions.size();
    // every package-level variable its place, used or not (gc refuses a
    // symbol too large even when nothing uses it)
    for (size_t k = doneGlobals_; k < info_.globals.size(); ++k)
        if (info_.globals[k]->name != "_" && info_.globals[k]->type) globalPlace(info_.globals[k]);
    doneGlobals_ = info_.globals.size();
    // a function index for every function and method
    std::unordered_map<const types::Method*, int32_t> declared;
    for (check::FuncInfo* f : functions) {
        auto fn = std::make_unique<vm::Function>();
        fn->name = f->name;
        fn->file = filename_;
        index_[f] = static_cast<int32_t>(program_.functions.size());
        program_.functions.push_back(std::move(fn));
        // a top-level function a host may call by name
        if (f->decl && !f->decl->recv && f->decl->name->name != "init" && f->decl->name->name != "_")
            program_.exports[std::string(f->decl->name->name)] = {index_[f], f->sig};
    }
    // methods: the functions of method declarations
    for (Node* item : file.items) {
        auto* fd = as<FuncDecl>(item);
        if (!fd || !fd->recv) continue;
        const check::FuncInfo* fi = info_.funcs.at(fd);
        const types::Type* rt = fi->params.empty() ? nullptr : fi->params[0]->type;
        if (!rt) continue;
        const types::Type* base = rt->kind == Kind::Pointer ? static_cast<const types::Pointer*>(rt)->elem : rt;
        if (base->kind != Kind::Named) continue;
        auto* named = static_cast<const types::Named*>(base);
        if (const types::Method* m = named->findMethod(fd->name->name)) declared[m] = methods_[m] = index_[fi];
    }
    // the methods as interface calls and runtime descriptors see them
    for (auto& [m, index] : declared) const_cast<types::Method*>(m)->function = index;
    for (auto& [m, index] : declared) {
        auto* mm = const_cast<types::Method*>(m);
        if (mm->pointerReceiver) {
            mm->ifaceFunction = index;
            continue;
        }
        // the named type declaring it
        types::Named* owner = nullptr;
        for (check::FuncInfo* f : functions) {
            if (!f->decl || !f->decl->recv || index_[f] != index || f->params.empty()) continue;
            types::Type* rt = f->params[0]->type;
            if (rt->kind == Kind::Named) owner = static_cast<types::Named*>(rt);
        }
        if (!owner || types::isPointerShaped(owner)) mm->ifaceFunction = index;
        else mm->ifaceFunction = wrapper(m, owner, false);
    }
    for (check::FuncInfo* f : functions) {
        if (f->decl && !f->decl->body) {
            error(f->decl->pos, "missing function body");
            continue;
        }
        if (f == info_.main && file.script()) continue;
        current_ = f;
        FuncGen g(*this, program_.functions[static_cast<size_t>(index_[f])].get(), f);
        g.compileBody();
        reportLimit(g);
    }
    // the script's body, or the program's entry: initialise the globals in
    // order, run the init functions, then main
    auto entry = std::make_unique<vm::Function>();
    entry->name = "runtime.main";
    entry->file = filename_;
    vm::Function* e = entry.get();
    program_.entry = static_cast<int32_t>(program_.functions.size());
    program_.functions.push_back(std::move(entry));
    check::FuncInfo entryInfo;
    entryInfo.sig = program_.types->func({}, {}, false);
    if (file.script()) {
        vm::Function* mainFn = program_.functions[static_cast<size_t>(index_[info_.main])].get();
        FuncGen g(*this, mainFn, info_.main);
        mainFn->captures = 0;
        for (const Node* item : info_.scriptItems) g.stmt(static_cast<const Stmt*>(item));
        if (info_.main->hasDefer) g.emit(Op::RUNDEFERS);
        g.emit(Op::RET, 0, 0);
        if (info_.main->hasDefer) g.recoveryEpilogue();
        for (auto& [pc, name] : g.gotos_) {
            auto it = g.labelPcs_.find(name);
            if (it != g.labelPcs_.end()) g.patchJump(pc, it->second);
        }
        reportLimit(g);
    }
    FuncGen g(*this, e, &entryInfo);
    for (const Object* v : info_.initOrder) {
        const ValueSpec* vs = static_cast<const ValueSpec*>(v->declNode);
        g.setLine(vs);
        int mark = g.top_;
        if (vs->values.size == vs->names.size) {
            for (uint32_t k = 0; k < vs->names.size; ++k) {
                auto d = info_.defs.find(vs->names[k]);
                if (d == info_.defs.end() || d->second != v) continue;
                int s = g.alloc(std::max(1, nslots(v->type)));
                g.exprTo(vs->values[k], s, v->type);
                if (v->name != "_") {
                    int p = g.alloc(1);
                    g.globalAddress(p, v);
                    g.storeInto(p, 0, v->type, s);
                }
            }
        } else {
            int s;
            types::Tuple* tu = g.multiValue(vs->values[0], s);
            int at = s;
            for (uint32_t k = 0; k < vs->names.size; ++k) {
                auto d = info_.defs.find(vs->names[k]);
                types::Type* vt = tu->types[k];
                if (d != info_.defs.end() && d->second->name != "_") {
                    int p = g.alloc(1);
                    g.globalAddress(p, d->second);
                    int c = g.alloc(std::max(1, nslots(d->second->type)));
                    g.convertValue(at, vt, c, d->second->type);
                    g.storeInto(p, 0, d->second->type, c);
                }
                at += nslots(vt);
            }
        }
        g.top_ = mark;
    }
    for (size_t k = doneInits_; k < info_.inits.size(); ++k)
        g.emit(Op::CALL, g.top_, static_cast<uint32_t>(index_[info_.inits[k]]));
    doneInits_ = info_.inits.size();
    if (info_.main) g.emit(Op::CALL, g.top_, static_cast<uint32_t>(index_[info_.main]));
    g.emit(Op::RET, 0, 0);
    if (e->frameSlots < 1) e->frameSlots = 1;
    reportLimit(g);
    // the code made must be code the interpreter can run to a RET
    for (size_t k = firstFunction; k < program_.functions.size() && !failed_; ++k) {
        const vm::Function& f = *program_.functions[k];
        if (std::string fault = vm::codeFault(f); !fault.empty())
            error({static_cast<uint32_t>(f.lines.empty() ? 1 : std::max(1, f.lines.back())), 1},
                  "internal error: " + f.name + ": " + fault);
    }
    return !failed_;
}


void Generator::reportLimit(const Emitter& e) {
    if (e.failed()) error({static_cast<uint32_t>(e.failedLine()), 1}, e.failure());
}

bool compile(const File& file, const check::Info& info, vm::Program& program, const std::string& filename,
             Diagnostics& diags) {
    Generator g(info, program);
    try {
        return g.run(file, filename, diags, false);
    } catch (const support::NestingTooDeep& n) {
        diags.error({n.line, n.col}, "too deeply nested");
        return false;
    }
}

Session::Session(const check::Info& info, vm::Program& program) : gen_(std::make_unique<Generator>(info, program)) {}

Session::~Session() = default;

bool Session::compile(const File& input, const std::string& filename, Diagnostics& diags) {
    try {
        return gen_->run(input, filename, diags, true);
    } catch (const support::NestingTooDeep& n) {
        diags.error({n.line, n.col}, "too deeply nested");
        return false;
    }
}

}  // namespace gos::codegen
