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
#include "compiler/codegen.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "parser/syntax_string.h"
#include "vm/runtime.h"

namespace gos::codegen {

using namespace gos::ast;
using check::Object;
using check::Selection;
using types::Kind;
using vm::Op;

namespace {

int nslots(const types::Type* t) { return static_cast<int>(types::slotsOf(t)); }
using Mode = check::TypeAndValue::Mode;

// Arrays (and structs holding them) are indexed with computed offsets, so
// locals of such types live in a heap cell, like escaping ones.
bool holdsArray(types::Type* t) {
    types::Type* u = types::underlying(t);
    if (u->kind == Kind::Array) return true;
    if (u->kind == Kind::Struct)
        for (const types::Field& f : static_cast<types::Struct*>(u)->fields)
            if (holdsArray(f.type)) return true;
    return false;
}

bool inMemory(const Object* v) { return v->escapes || holdsArray(v->type); }

bool isIface(const types::Type* t) { return t && types::underlying(const_cast<types::Type*>(t))->kind == Kind::Interface; }

// Where a value is: in slots (possibly at a byte offset inside an
// aggregate held in slots), or in memory at [pointer slot] + offset.
struct Place {
    // MapEntry: m[k], with the map and the key in slots from `slot`; loads
    // look the key up, stores insert it (see mapEntry)
    enum class Where { Slots, Memory, Discard, MapEntry } where = Where::Discard;
    int slot = 0;        // Slots: first slot of the containing value; Memory: the pointer's slot
    int64_t offset = 0;  // bytes
    types::Type* type = nullptr;
    bool whole = false;  // Slots: a whole variable (a scalar is kept normalised in its slot),
                         // not a field inside an aggregate (kept in Go's memory layout)
    types::Map* map = nullptr;  // MapEntry: the map's type
};

class Generator;

class FuncGen {
public:
    FuncGen(Generator& g, vm::Function* fn, const check::FuncInfo* info) : g_(g), fn_(fn), info_(info) {}

    void compileBody();
    void compileEntry();

    // ---- emission ----
    size_t emit(Op op, int a = 0, int b = 0, int c = 0) {
        vm::Instr in;
        in.op = op;
        in.a = static_cast<uint16_t>(a);
        in.b = static_cast<uint16_t>(b);
        in.c = static_cast<uint16_t>(c);
        fn_->code.push_back(in);
        fn_->lines.push_back(line_);
        return fn_->code.size() - 1;
    }
    size_t emitBx(Op op, int a, uint32_t bx) {
        size_t pc = emit(op, a, static_cast<int>(bx & 0xFFFF), static_cast<int>(bx >> 16));
        return pc;
    }
    size_t jump(Op op = Op::JMP, int a = 0) { return emitBx(op, a, 0); }
    void patchJump(size_t at, size_t target) {
        int32_t off = static_cast<int32_t>(target) - static_cast<int32_t>(at) - 1;
        vm::Instr& in = fn_->code[at];
        if (vm::opFormat(in.op) == vm::Format::AsBx) {
            in.b = static_cast<uint16_t>(static_cast<uint32_t>(off) & 0xFFFF);
            in.c = static_cast<uint16_t>(static_cast<uint32_t>(off) >> 16);
        } else {
            in.c = static_cast<uint16_t>(static_cast<int16_t>(off));
        }
    }
    size_t here() const { return fn_->code.size(); }
    int alloc(int n) {
        int s = top_;
        top_ += n;
        if (top_ > fn_->frameSlots) fn_->frameSlots = top_;
        if (top_ > 65000) tooBig();
        return s;
    }
    void tooBig();
    void setLine(const Node* n) {
        if (n && n->pos.line) line_ = static_cast<int32_t>(n->pos.line);
    }
    uint32_t constant(uint64_t v) {
        for (size_t k = 0; k < fn_->constants.size(); ++k)
            if (fn_->constants[k] == v) return static_cast<uint32_t>(k);
        fn_->constants.push_back(v);
        return static_cast<uint32_t>(fn_->constants.size() - 1);
    }
    void loadInt(int dst, int64_t v) {
        if (v >= INT32_MIN && v <= INT32_MAX) emitBx(Op::LOADI, dst, static_cast<uint32_t>(static_cast<int32_t>(v)));
        else emitBx(Op::LOADK, dst, constant(static_cast<uint64_t>(v)));
    }

    // ---- values ----
    types::Type* typeOf(const Expr* e) const;
    void exprTo(const Expr* e, int dst, types::Type* target = nullptr);
    int exprAny(const Expr* e);
    void constantTo(const check::TypeAndValue& tv, int dst, types::Type* t);
    void convertValue(int src, types::Type* from, int dst, types::Type* to);
    Place place(const Expr* e);
    void load(const Place& p, int dst);
    void store(const Place& p, int src);
    void normalize(int slot, types::Type* t);
    void binaryTo(const BinaryExpr* e, int dst);
    bool arith(Tok op, types::Type* t, types::Type* countType, int dst, int x, int y);
    void unaryTo(const UnaryExpr* e, int dst);
    void compareTo(Tok op, types::Type* t, int x, int y, int dst);
    void callTo(const CallExpr* e, int dst, int resultCount);
    int callArgs(const CallExpr* e, types::Func* sig, const Expr* recv, const Selection* sel);
    void builtinTo(const CallExpr* e, check::Builtin b, int dst);
    void conversionTo(const CallExpr* e, types::Type* t, int dst);
    void compositeTo(const CompositeLit* e, types::Type* t, int dst);
    int elementTo(const Expr* val, types::Type* t);
    void storeInto(int ptrSlot, int64_t offset, types::Type* t, int src);
    void funcValueTo(const Object* f, int dst);
    void closureTo(const FuncLit* e, int dst);
    void selectorTo(const SelectorExpr* e, int dst);
    int addressOf(const Expr* e);
    void sliceTo(const SliceExpr* se, int dst);
    types::Tuple* multiValue(const Expr* e, int& slot);
    Place mapEntry(const IndexExpr* ix);
    Place spill(const Place& p);
    Place mapLookup(const Place& entry, int ok = -1);
    void mapRange(const RangeStmt* s, std::string_view label);
    Place rangeVar(const RangeStmt* s, const Expr* e);
    Place rangePlace(const RangeStmt* s, const Expr* e, const Place& declared);
    void namedResults(int out, bool load);
    bool hasNamedResults() const { return !info_->results.empty() && !info_->results[0]->name.empty(); }
    void recoveryEpilogue();
    void deferStmt(const DeferStmt* s);
    void stmtInOrder(const Stmt* s);
    bool readsShared(const Expr* e) const;
    bool orderWalk(const Expr* e, bool& sawShared, bool hoist);
    void orderCalls(const std::vector<const Expr*>& exprs);
    std::unordered_map<const CallExpr*, int> hoisted_;  // calls evaluated ahead: their result slots
    void deferBuiltin(const CallExpr* call, check::Builtin b, int f);
    void printSlot(int v, types::Type* t);
    void assertTo(const TypeAssertExpr* e, int dst, int ok);
    void typeSwitchStmt(const TypeSwitchStmt* s, std::string_view label);
    Place fieldPlace(const Expr* x, const std::vector<int>& path);
    void receiverTo(const Expr* x, const check::Selection& sel, int at);
    void receiverValueTo(const Expr* x, const check::Selection& sel, int at);
    static bool boxedReceiver(const check::Selection& sel) {
        return sel.method->native >= 0 && !sel.method->pointerReceiver && !types::isPointerShaped(sel.recvNamed);
    }
    void condJump(const Expr* e, bool jumpIf, std::vector<size_t>& patches);

    // ---- statements ----
    void stmt(const Stmt* s);
    void stmts(const List<Stmt>& l) {
        for (Stmt* s : l) stmt(s);
    }
    void assign(const AssignStmt* s);
    void declareLocal(const Object* v, int valueSlot, bool initialized);
    int localSlotFor(const Object* v);
    void forStmt(const ForStmt* s, std::string_view label);
    void rangeStmt(const RangeStmt* s, std::string_view label);
    void switchStmt(const SwitchStmt* s, std::string_view label);
    void ifStmt(const IfStmt* s);
    void returnStmt(const ReturnStmt* s);
    void varSpec(const ValueSpec* vs);

    Generator& g_;
    vm::Function* fn_;
    const check::FuncInfo* info_;
    int top_ = 0;
    int32_t line_ = 0;
    std::unordered_map<const Object*, int> slots_;  // a local's value (or its heap pointer)
    struct Loop {
        std::string_view label;
        bool isSwitch;
        std::vector<size_t> breaks, continues;
    };
    std::vector<Loop> loops_;
    std::map<std::string_view, size_t> labelPcs_;
    std::vector<std::pair<size_t, std::string_view>> gotos_;
    std::vector<size_t> fallthroughs_;
};

class Generator {
public:
    Generator(const File& file, const check::Info& info, vm::Program& program, std::string filename, Diagnostics& diags)
        : file_(file), info_(info), program_(program), filename_(std::move(filename)), diags_(diags) {}

    bool run();
    void error(Pos pos, const std::string& msg) {
        if (!failed_) diags_.error(pos, msg);
        failed_ = true;
    }

    const File& file_;
    const check::Info& info_;
    vm::Program& program_;
    std::string filename_;
    Diagnostics& diags_;
    bool failed_ = false;
    std::unordered_map<const check::FuncInfo*, int32_t> index_;   // function → program index
    std::unordered_map<const Object*, int64_t> globals_;           // global var → offset
    std::unordered_map<const types::Method*, int32_t> methods_;
    const check::FuncInfo* current_ = nullptr;

    int32_t functionIndex(const check::FuncInfo* f) { return index_.at(f); }
    int32_t wrapper(const types::Method* m, types::Named* named, bool bound);
    int32_t promotedWrapper(const types::Method* pm, types::Named* outer);
    int32_t nativeWrapper(const Object* f);
    std::map<const Object*, int32_t> nativeWrappers_;
    int deferThunks_ = 0;  // functions made for deferred built-in calls
    void addPromoted(types::Type* t);
    std::map<std::pair<const types::Method*, bool>, int32_t> wrappers_;
    int64_t globalOffset(const Object* v) {
        auto it = globals_.find(v);
        if (it != globals_.end()) return it->second;
        int64_t off = (program_.globalsSize + v->type->align - 1) / v->type->align * v->type->align;
        program_.globalsSize = off + std::max<int64_t>(v->type->size, 1);
        globals_[v] = off;
        return off;
    }
};

void FuncGen::tooBig() { g_.error({static_cast<uint32_t>(line_), 1}, "function too large for the gos VM (frame over 65000 slots)"); }

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
            emit(floadOp(t), dst, p.slot, static_cast<int>(p.offset));
            return;
        }
        load(spill(p), dst);
        return;
    }
    if (p.where == Place::Where::Memory) {
        if (isScalar(t)) {
            emit(loadOp(t), dst, p.slot, static_cast<int>(p.offset));
            return;
        }
        int ptr = p.slot;
        if (p.offset) {
            ptr = alloc(1);
            emit(Op::ADDI_I64, ptr, p.slot, static_cast<int>(p.offset));
            top_ = ptr;  // freed at once: dst does not overlap (allocated before)
        }
        if (t->size > 0) emit(Op::LOADN, dst, ptr, static_cast<int>(t->size));
    }
}

// An aggregate field that does not start on a slot boundary (inside a
// struct held in slots): the slots it spans, copied to memory, as a memory
// place. Such fields hold no pointers (anything with a pointer is 8-aligned).
Place FuncGen::spill(const Place& p) {
    int first = p.slot + static_cast<int>(p.offset / 8);
    int n = static_cast<int>((p.offset % 8 + p.type->size + 7) / 8);
    types::TypeTable& tt = *g_.program_.types;
    int cell = alloc(1);
    emitBx(Op::NEW, cell, g_.program_.typeIndex(tt.array(n, tt.basic(Kind::Uint64))));
    emit(Op::STOREN, cell, first, n * 8);
    Place m{Place::Where::Memory, cell, p.offset % 8, p.type, false};
    return m;
}

void FuncGen::store(const Place& p, int src) {
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
            emit(op, p.slot, src, static_cast<int>(p.offset));
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
    if (isScalar(t)) {
        emit(storeOp(t->size), ptrSlot, src, static_cast<int>(offset));
        return;
    }
    int mark = top_;
    int ptr = ptrSlot;
    if (offset) {
        ptr = alloc(1);
        emit(Op::ADDI_I64, ptr, ptrSlot, static_cast<int>(offset));
    }
    if (t->size > 0) emit(Op::STOREN, ptr, src, static_cast<int>(t->size));
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
                emitBx(Op::GADDR, ptr, static_cast<uint32_t>(g_.globalOffset(v)));
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
                    emitBx(Op::CALLN, ptr, static_cast<uint32_t>(m->native));
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
                    emit(Op::NILCHK, base.slot);
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
                emitBx(Op::BOUNDSK, i, static_cast<uint32_t>(arr->len));
                if (base.where == Place::Where::Slots) {
                    // an array value in slots (a call's result): index a heap copy
                    int cell = alloc(1);
                    emitBx(Op::NEW, cell, g_.program_.typeIndex(arr));
                    storeInto(cell, 0, arr, base.slot + static_cast<int>(base.offset / 8));
                    base.where = Place::Where::Memory;
                    base.slot = cell;
                    base.offset = 0;
                }
                if (base.offset) {
                    int moved = alloc(1);
                    emit(Op::ADDI_I64, moved, base.slot, static_cast<int>(base.offset));
                    base.slot = moved;
                    base.offset = 0;
                }
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
                emit(Op::BOUNDS, i, s + 1);
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
        g_.error({static_cast<uint32_t>(line_), 1}, "internal error: untyped constant in interface");
        return;
    }
    const constant::Value& v = tv.value;
    switch (u->kind) {
        case Kind::Bool:
        case Kind::UntypedBool: emitBx(Op::LOADI, dst, constant::boolVal(v) ? 1 : 0); return;
        case Kind::String:
        case Kind::UntypedString: {
            const std::string& s = g_.program_.internString(constant::stringVal(v));
            uint32_t k1 = constant(reinterpret_cast<uint64_t>(s.empty() ? nullptr : s.data()));
            (void)k1;
            // two consecutive constants
            fn_->constants.push_back(reinterpret_cast<uint64_t>(s.empty() ? nullptr : s.data()));
            fn_->constants.push_back(s.size());
            emit(Op::LOADKN, dst, static_cast<int>(fn_->constants.size() - 2), 2);
            return;
        }
        case Kind::Float32: {
            float f = constant::toFloat32(v);
            uint64_t bits = 0;
            std::memcpy(&bits, &f, 4);
            emitBx(Op::LOADK, dst, constant(bits));
            return;
        }
        case Kind::Float64:
        case Kind::UntypedFloat: {
            double d = constant::toFloat64(v);
            uint64_t bits;
            std::memcpy(&bits, &d, 8);
            emitBx(Op::LOADK, dst, constant(bits));
            return;
        }
        case Kind::Complex64: {
            float parts[2] = {constant::toFloat32(constant::real(v)), constant::toFloat32(constant::imag(v))};
            uint64_t bits;
            std::memcpy(&bits, parts, 8);
            emitBx(Op::LOADK, dst, constant(bits));
            return;
        }
        case Kind::Complex128:
        case Kind::UntypedComplex: {
            double re = constant::toFloat64(constant::real(v)), im = constant::toFloat64(constant::imag(v));
            uint64_t b1, b2;
            std::memcpy(&b1, &re, 8);
            std::memcpy(&b2, &im, 8);
            emitBx(Op::LOADK, dst, constant(b1));
            emitBx(Op::LOADK, dst + 1, constant(b2));
            return;
        }
        default:
            if (types::isInteger(u)) {
                constant::Value iv = constant::toInt(v);
                bool exact;
                if (types::isUnsigned(u)) {
                    uint64_t x = constant::uint64Val(iv, &exact);
                    if (x <= INT32_MAX) loadInt(dst, static_cast<int64_t>(x));
                    else emitBx(Op::LOADK, dst, constant(x));
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
        bool u = types::isUnsigned(tu);
        emit(fF64 ? (u ? Op::CVT_F64_U64 : Op::CVT_F64_I64) : (u ? Op::CVT_F32_U64 : Op::CVT_F32_I64), dst, src);
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
    if (!se->low) emitBx(Op::LOADI, lo, 0);
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
    } else {
        callTo(static_cast<const CallExpr*>(e), slot, static_cast<int>(tu->types.size()));
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
        emitBx(Op::FUNC, dst, static_cast<uint32_t>(g_.nativeWrapper(f)));
        return;
    }
    auto it = g_.info_.funcs.find(f->decl);
    emitBx(Op::FUNC, dst, static_cast<uint32_t>(g_.functionIndex(it->second)));
}

void FuncGen::closureTo(const FuncLit* e, int dst) {
    auto it = g_.info_.funcs.find(e);
    const check::FuncInfo* fi = it->second;
    int idx = g_.functionIndex(fi);
    if (fi->captures.empty()) {
        emitBx(Op::FUNC, dst, static_cast<uint32_t>(idx));
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
            auto mit = g_.methods_.find(sel.method);
            if (mit == g_.methods_.end()) break;
            types::Type* recvT = typeOf(e->x);
            bool viaPointer = recvT && recvT->kind == Kind::Pointer && !sel.method->pointerReceiver;
            int32_t f = viaPointer ? g_.wrapper(sel.method, sel.recvNamed, false) : mit->second;
            emitBx(Op::FUNC, dst, static_cast<uint32_t>(f));
            return;
        }
        case Selection::Kind::Method: {
            // a method value: a closure over a copy of the receiver (or the pointer)
            if (sel.interfaceMethod || !sel.method || sel.method->function < 0) {
                g_.error(e->pos, "this method value is not supported yet");
                return;
            }
            bool ptrRecv = sel.method->pointerReceiver;
            types::Type* recvT = ptrRecv ? static_cast<types::Type*>(g_.program_.types->pointer(sel.recvNamed)) : sel.recvNamed;
            int v = alloc(std::max(1, nslots(recvT)));
            receiverTo(e->x, sel, v);
            int cell = alloc(1);
            emitBx(Op::NEW, cell, g_.program_.typeIndex(recvT));
            storeInto(cell, 0, recvT, v);
            emit(Op::CLOSURE, dst, g_.wrapper(sel.method, sel.recvNamed, true), cell);
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
            t = static_cast<types::Pointer*>(types::underlying(t))->elem;
            base.type = t;
        }
    }
    return base;
}

// Leaves in slots from `at` the receiver method sel.method takes when
// called on x: the value, or a pointer to it, found through sel.path.
void FuncGen::receiverTo(const Expr* x, const Selection& sel, int at) {
    const types::Method* m = sel.method;
    if (boxedReceiver(sel)) {
        // a library method with a value receiver takes it as an interface
        // call passes it: a pointer to a copy
        int mark = top_;
        int v = alloc(std::max(1, nslots(sel.recvNamed)));
        receiverValueTo(x, sel, v);
        int box = alloc(1);
        emitBx(Op::NEW, box, g_.program_.typeIndex(sel.recvNamed));
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
            if (sel.recvNamed->size > 0) emit(Op::LOADN, at, p, static_cast<int>(sel.recvNamed->size));
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
    emit(Op::NILCHK, f.slot);
    if (f.offset == 0) emit(Op::MOV, at, f.slot);
    else emit(Op::ADDI_I64, at, f.slot, static_cast<int>(f.offset));
}

int FuncGen::addressOf(const Expr* e) {
    while (e->kind == ast::Kind::ParenExpr) e = static_cast<const ParenExpr*>(e)->x;
    if (e->kind == ast::Kind::CompositeLit) {
        types::Type* t = typeOf(e);
        int ptr = alloc(1);
        emitBx(Op::NEW, ptr, g_.program_.typeIndex(t));
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
    if (p.offset == 0) return p.slot;
    int ptr = alloc(1);
    emit(Op::ADDI_I64, ptr, p.slot, static_cast<int>(p.offset));
    return ptr;
}

void FuncGen::unaryTo(const UnaryExpr* e, int dst) {
    types::Type* t = typeOf(e);
    int mark = top_;
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
        if (exact && c >= INT16_MIN && c <= INT16_MAX) {
            emit(Op::ADDI_I64, dst, x, static_cast<int>(static_cast<uint16_t>(static_cast<int16_t>(c))));
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
                if (exact && c >= INT16_MIN && c <= INT16_MAX) {
                    Op jop = op == Tok::Eql ? Op::JEQI_I64 : op == Tok::Neq ? Op::JNEI_I64 : op == Tok::Lss ? Op::JLTI_I64
                             : op == Tok::Leq ? Op::JLEI_I64 : op == Tok::Gtr ? Op::JGTI_I64 : Op::JGEI_I64;
                    patches.push_back(emit(jop, x, static_cast<uint16_t>(static_cast<int16_t>(c)), 0));
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
                    emitBx(Op::NEW, off, g_.program_.typeIndex(arr));
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
                emitBx(Op::NEW, hdr, g_.program_.typeIndex(arr));
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
            bool isCall = !tv || (tv->mode != Mode::TypeExpr && tv->mode != Mode::Builtin);
            bool r = false;
            if (isCall) r = walk(c->fun);
            for (Expr* a : c->args) r = walk(a) || r;
            if (!isCall) return r;
            if (!hoist) return r || sawShared;
            auto* sig = static_cast<types::Func*>(types::underlying(tv->type));
            int n = 0;
            for (types::Type* t : sig->results) n += nslots(t);
            int slot = alloc(std::max(1, n));
            callTo(c, slot, static_cast<int>(sig->results.size()));
            hoisted_[c] = slot;
            return true;
        }
        default: return false;
    }
}

// Before a statement's expressions are compiled: hoists their calls when
// gc's order differs from the plain left-to-right one.
void FuncGen::orderCalls(const std::vector<const Expr*>& exprs) {
    bool shared = false, needed = false;
    for (const Expr* e : exprs) needed = orderWalk(e, shared, false) || needed;
    if (!needed) return;
    shared = false;
    for (const Expr* e : exprs) orderWalk(e, shared, true);
}

void FuncGen::callTo(const CallExpr* e, int dst, int resultCount) {
    setLine(e);
    if (auto h = hoisted_.find(e); h != hoisted_.end()) {
        // evaluated already, in gc's order (orderCalls)
        auto* sig = static_cast<types::Func*>(types::underlying(typeOf(e->fun)));
        int n = 0;
        for (size_t k = 0; k < sig->results.size() && static_cast<int>(k) < std::max(resultCount, 1); ++k) n += nslots(sig->results[k]);
        if (resultCount > 1) {
            n = 0;
            for (types::Type* t : sig->results) n += nslots(t);
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
        emitBx(Op::CALLN, base, static_cast<uint32_t>(callee->native));
    } else if (callee) {
        auto it = g_.info_.funcs.find(callee->decl);
        emitBx(Op::CALL, base, static_cast<uint32_t>(g_.functionIndex(it->second)));
    } else if (sel && sel->method->native >= 0) {
        // a library type's method: the receiver is the native's first argument
        emitBx(Op::CALLN, base, static_cast<uint32_t>(sel->method->native));
    } else if (sel) {
        auto mit = g_.methods_.find(sel->method);
        if (mit == g_.methods_.end()) {
            g_.error(e->pos, "internal error: method not compiled");
            return;
        }
        emitBx(Op::CALL, base, static_cast<uint32_t>(mit->second));
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

void FuncGen::builtinTo(const CallExpr* e, check::Builtin b, int dst) {
    int mark = top_;
    if (dst < 0) dst = alloc(3);  // a result nobody uses still needs a home
    types::TypeTable& tt = *g_.program_.types;
    switch (b) {
        case check::Builtin::Make: {
            if (auto* mt = types::underlying(typeOf(e)); mt->kind == Kind::Map) {
                int hint = alloc(1);
                if (e->args.size > 1) exprTo(e->args[1], hint, tt.basic(Kind::Int));
                else emitBx(Op::LOADI, hint, 0);
                emit(Op::MAKEMAP, dst, hint, static_cast<int>(g_.program_.typeIndex(mt)));
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
            exprTo(e->args[0], s, st);
            if (e->args.size == 1) {
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
                for (uint32_t k = 1; k < e->args.size; ++k) {
                    vals.push_back(alloc(std::max(1, nslots(elem))));
                    exprTo(e->args[k], vals.back(), elem);
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
        case check::Builtin::Delete: {
            auto* mt = static_cast<types::Map*>(types::underlying(typeOf(e->args[0])));
            int blk = alloc(1 + std::max(1, nslots(mt->key)));
            exprTo(e->args[0], blk);
            exprTo(e->args[1], blk + 1, mt->key);
            emit(Op::MAPDELETE, blk, 0, static_cast<int>(g_.program_.typeIndex(mt)));
            break;
        }
        case check::Builtin::Copy: {
            types::Type* du = types::underlying(typeOf(e->args[0]));
            int d = exprAny(e->args[0]);
            int src = exprAny(e->args[1]);
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
            int s = exprAny(e->args[0]);
            emit(Op::MOV, dst, s + (b == check::Builtin::Cap && t->kind == Kind::Slice ? 2 : 1));
            break;
        }
        case check::Builtin::New: {
            types::Type* t = static_cast<types::Pointer*>(typeOf(e))->elem;
            emitBx(Op::NEW, dst, g_.program_.typeIndex(t));
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
            for (uint32_t k = 0; k < e->args.size; ++k) {
                if (ln && k > 0) emit(Op::PRINT_SP);
                int m2 = top_;
                printSlot(exprAny(e->args[k]), typeOf(e->args[k]));
                top_ = m2;
            }
            if (ln) emit(Op::PRINT_NL);
            break;
        }
        case check::Builtin::Complex: {
            types::Type* t = types::underlying(typeOf(e));
            int re = exprAny(e->args[0]);
            int im = exprAny(e->args[1]);
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
    types::Type* u = types::underlying(t);
    if (u->kind == Kind::Pointer) {
        // an elided &T{...} (an element of type *T): a new T
        types::Type* elem = static_cast<types::Pointer*>(u)->elem;
        int mark = top_;
        int v = alloc(std::max(1, nslots(elem)));
        compositeTo(e, elem, v);
        int p = alloc(1);
        emitBx(Op::NEW, p, g_.program_.typeIndex(elem));
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
            emitBx(Op::NEW, hdr, g_.program_.typeIndex(arrT));
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

// ---- statements ---------------------------------------------------------------------------

// Gives a new local its storage: slots, or a heap cell if it escapes.
// valueSlot (or -1) holds its initial value.
void FuncGen::declareLocal(const Object* v, int valueSlot, bool initialized) {
    int n = std::max(1, nslots(v->type));
    if (inMemory(v)) {
        int p = alloc(1);
        emitBx(Op::NEW, p, g_.program_.typeIndex(v->type));
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
            emitBx(Op::GADDR, p, static_cast<uint32_t>(g_.globalOffset(v)));
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
                    int m2 = top_;
                    int c = vals[k];
                    if (!types::identical(vtypes[k], v->type) && !(types::isUntyped(vtypes[k]))) {
                        c = alloc(std::max(1, nslots(v->type)));
                        convertValue(vals[k], vtypes[k], c, v->type);
                    }
                    declareLocal(v, c, true);
                    (void)m2;
                }
                continue;
            }
            int m2 = top_;
            Place p;
            if (v->global) {
                p.where = Place::Where::Memory;
                p.slot = alloc(1);
                p.type = v->type;
                emitBx(Op::GADDR, p.slot, static_cast<uint32_t>(g_.globalOffset(v)));
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
            top_ = std::max(m2, top_) == m2 ? m2 : m2;
        }
        // keep the stack above all new variables
        int highest = mark;
        for (auto& [obj, slot] : slots_) highest = std::max(highest, slot + std::max(1, nslots(obj->type)));
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
    // a, b = x, y: evaluate every right side (and index operands) first
    int mark = top_;
    size_t n = s->lhs.size;
    std::vector<Place> places(n);
    for (size_t k = 0; k < n; ++k) places[k] = place(s->lhs[static_cast<uint32_t>(k)]);
    std::vector<int> vals;
    if (s->rhs.size == n) {
        for (size_t k = 0; k < n; ++k) {
            types::Type* t = places[k].type ? places[k].type : typeOf(s->rhs[static_cast<uint32_t>(k)]);
            int v = n == 1 ? -1 : alloc(std::max(1, nslots(t)));
            if (n == 1) {
                // a single assignment may compute straight into a local's slots
                if (places[k].where == Place::Where::Slots && places[k].offset == 0 && isScalar(t) && t->size == 8) {
                    exprTo(s->rhs[0], places[k].slot, t);
                    top_ = mark;
                    return;
                }
                v = alloc(std::max(1, nslots(t)));
            }
            exprTo(s->rhs[static_cast<uint32_t>(k)], v, places[k].type);
            vals.push_back(v);
        }
    } else {
        int slot;
        types::Tuple* tu = multiValue(s->rhs[0], slot);
        int at = slot;
        for (size_t k = 0; k < n; ++k) {
            int v = at;
            if (places[k].type && isIface(places[k].type) && !isIface(tu->types[k])) {
                v = alloc(2);
                convertValue(at, tu->types[k], v, places[k].type);
            }
            vals.push_back(v);
            at += nslots(tu->types[k]);
        }
    }
    for (size_t k = 0; k < n; ++k) store(places[k], vals[k]);
    top_ = mark;
}

void FuncGen::ifStmt(const IfStmt* s) {
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
    loops_.push_back({label, false, {}, {}});
    int bodyMark = top_;
    stmts(s->body->list);
    top_ = bodyMark;
    size_t cont = here();
    for (size_t p : loops_.back().continues) patchJump(p, cont);
    if (s->post) stmt(s->post);
    size_t back = jump();
    patchJump(back, top);
    for (size_t p : exits) patchJump(p, here());
    for (size_t p : loops_.back().breaks) patchJump(p, here());
    loops_.pop_back();
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
    if (wantK) {
        load(kmem, val);
        store(rangePlace(s, s->key, kp), val);
    }
    if (wantV) {
        load(vmem, val);
        store(rangePlace(s, s->value, vp), val);
    }
    loops_.push_back({label, false, {}, {}});
    int bodyMark = top_;
    stmts(s->body->list);
    top_ = bodyMark;
    size_t cont = here();
    for (size_t p : loops_.back().continues) patchJump(p, cont);
    emit(Op::MAPNEXT, it);
    size_t back = jump();
    patchJump(back, top);
    patchJump(exit, here());
    for (size_t p : loops_.back().breaks) patchJump(p, here());
    loops_.pop_back();
    top_ = mark;
}

void FuncGen::rangeStmt(const RangeStmt* s, std::string_view label) {
    setLine(s);
    if (types::underlying(typeOf(s->x))->kind == Kind::Map) {
        mapRange(s, label);
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
        emitBx(Op::NEW, x, g_.program_.typeIndex(u));
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
    emitBx(Op::LOADI, idx, 0);
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
    if (kp.where != Place::Where::Discard) store(rangePlace(s, s->key, kp), idx);
    if (wantV) store(rangePlace(s, s->value, vp), val);
    loops_.push_back({label, false, {}, {}});
    int bodyMark = top_;
    stmts(s->body->list);
    top_ = bodyMark;
    size_t cont = here();
    for (size_t p : loops_.back().continues) patchJump(p, cont);
    emit(Op::MOV, idx, next);
    size_t back = jump();
    patchJump(back, top);
    patchJump(exit, here());
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
            if (!s->tag) {
                condJump(v, true, toBody[k]);
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

// defer print(...), panic(v), delete(m, k), copy(d, s), recover(): the
// arguments are evaluated now, into the parameters of a function made for
// this statement that performs the built-in on them when it runs.
void FuncGen::deferBuiltin(const CallExpr* call, check::Builtin b, int f) {
    std::vector<types::Type*> params;
    types::TypeTable& tt = *g_.program_.types;
    for (uint32_t k = 0; k < call->args.size; ++k) {
        types::Type* t = typeOf(call->args[k]);
        if (b == check::Builtin::Panic) t = tt.emptyInterface();
        if (b == check::Builtin::Delete && k == 1) t = static_cast<types::Map*>(types::underlying(params[0]))->key;
        params.push_back(t);
        int slot = alloc(std::max(1, nslots(t)));
        exprTo(call->args[k], slot, t);
        top_ = slot + nslots(t);
    }
    auto fn = std::make_unique<vm::Function>();
    fn->name = info_->name + ".deferwrap" + std::to_string(++g_.deferThunks_);
    fn->file = g_.filename_;
    fn->wrapper = true;
    check::FuncInfo thunkInfo;
    thunkInfo.sig = tt.func(params, {}, false);
    FuncGen t(g_, fn.get(), &thunkInfo);
    t.line_ = line_;
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
        default: g_.error(call->pos, "defer of this built-in function is not supported yet"); break;
    }
    t.emit(Op::RET, 0, 0);
    int32_t index = static_cast<int32_t>(g_.program_.functions.size());
    g_.program_.functions.push_back(std::move(fn));
    emitBx(Op::FUNC, f, static_cast<uint32_t>(index));
    emit(Op::DEFER, f, at);
}

// defer f(args): the func value (a closure; a method value for x.M, a
// wrapper for a library function) and the argument slots, as for a call,
// are recorded in the frame; RUNDEFERS runs them.
void FuncGen::deferStmt(const DeferStmt* s) {
    setLine(s);
    int mark = top_;
    auto* call = static_cast<const CallExpr*>(s->call);
    int f = alloc(1);
    if (const check::TypeAndValue* tv = g_.info_.typeOf(call->fun); tv && tv->mode == Mode::Builtin) {
        const Expr* fun = call->fun;
        while (fun->kind == ast::Kind::ParenExpr) fun = static_cast<const ParenExpr*>(fun)->x;
        deferBuiltin(call, g_.info_.uses.at(static_cast<const Ident*>(fun))->builtin, f);
        top_ = mark;
        return;
    }
    auto* sig = static_cast<types::Func*>(types::underlying(typeOf(call->fun)));
    exprTo(call->fun, f);
    top_ = f + 1;
    int base = callArgs(call, sig, nullptr, nullptr);
    if (base != f + 1) {
        g_.error(s->pos, "internal error: deferred arguments misplaced");
        return;
    }
    int n = 0;
    for (types::Type* t : sig->params) n += nslots(t);
    emit(Op::DEFER, f, n);
    top_ = mark;
}

void FuncGen::stmt(const Stmt* s) {
    setLine(s);
    // calls first, as gc orders them; their temporaries are released after
    // the statement unless it declared variables above them
    int hoistMark = top_;
    std::vector<const Expr*> exprs;
    switch (s->kind) {
        case ast::Kind::ExprStmt: exprs.push_back(static_cast<const ExprStmt*>(s)->x); break;
        case ast::Kind::IncDecStmt: exprs.push_back(static_cast<const IncDecStmt*>(s)->x); break;
        case ast::Kind::AssignStmt: {
            auto* a = static_cast<const AssignStmt*>(s);
            if (a->op != Tok::Define)
                for (Expr* l : a->lhs) exprs.push_back(l);
            for (Expr* r : a->rhs) exprs.push_back(r);
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
        default: break;
    }
    if (!exprs.empty()) orderCalls(exprs);
    int afterHoist = top_;
    stmtInOrder(s);
    if (afterHoist != hoistMark && top_ <= afterHoist) top_ = hoistMark;
}

void FuncGen::stmtInOrder(const Stmt* s) {
    switch (s->kind) {
        case ast::Kind::EmptyStmt: break;
        case ast::Kind::ExprStmt: {
            int mark = top_;
            const Expr* e = static_cast<const ExprStmt*>(s)->x;
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
                emit(Op::ADDI_I64, cur, cur, i->op == Tok::Inc ? 1 : 0xFFFF);
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
        case ast::Kind::DeferStmt: deferStmt(static_cast<const DeferStmt*>(s)); break;
        case ast::Kind::LabeledStmt: {
            auto* l = static_cast<const LabeledStmt*>(s);
            labelPcs_[l->label->name] = here();
            switch (l->stmt->kind) {
                case ast::Kind::ForStmt: forStmt(static_cast<const ForStmt*>(l->stmt), l->label->name); break;
                case ast::Kind::RangeStmt: rangeStmt(static_cast<const RangeStmt*>(l->stmt), l->label->name); break;
                case ast::Kind::SwitchStmt: switchStmt(static_cast<const SwitchStmt*>(l->stmt), l->label->name); break;
                case ast::Kind::TypeSwitchStmt:
                    typeSwitchStmt(static_cast<const TypeSwitchStmt*>(l->stmt), l->label->name);
                    break;
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
        int cell = alloc(1);
        emitBx(Op::NEW, cell, g_.program_.typeIndex(p->type));
        storeInto(cell, 0, p->type, slot);
        slots_[p] = cell;
    }
    // named results start zeroed
    for (const Object* r : info_->results) {
        if (r->name.empty()) continue;
        declareLocal(r, -1, false);
    }
    if (body) stmts(body->list);
    // falling off the end
    if (fn_->code.empty() || fn_->code.back().op != Op::RET) {
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
    auto emit = [&](Op op, int a, int b, int c) {
        vm::Instr in;
        in.op = op;
        in.a = static_cast<uint16_t>(a);
        in.b = static_cast<uint16_t>(b);
        in.c = static_cast<uint16_t>(c);
        fn->code.push_back(in);
        fn->lines.push_back(0);
    };
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
    }
    fn->paramSlots = bound ? paramSlots : 1 + paramSlots;
    int recvSlots;
    if (m->pointerReceiver) {
        recvSlots = 1;
        emit(Op::LOAD_64, base, ptr, 0);  // the cell holds the pointer
    } else {
        recvSlots = nslots(named);
        if (isScalar(named)) emit(loadOp(named), base, ptr, 0);
        else if (named->size > 0) emit(Op::LOADN, base, ptr, static_cast<int>(named->size));
    }
    if (paramSlots > 0) emit(Op::MOVN, base + recvSlots, params, paramSlots);
    uint32_t target = static_cast<uint32_t>(m->function);
    emit(Op::CALL, base, static_cast<int>(target & 0xFFFF), static_cast<int>(target >> 16));
    emit(Op::RET, base, resultSlots, 0);
    fn->resultSlots = resultSlots;
    fn->frameSlots = base + recvSlots + std::max(paramSlots, resultSlots) + 1;
    int32_t index = static_cast<int32_t>(program_.functions.size());
    program_.functions.push_back(std::move(fn));
    wrappers_[key] = index;
    return index;
}

// The interface-call function of a method that `outer` gets from an
// embedded field: it takes a pointer to the outer value (the interface's
// data word), walks the fields of pm->path to the embedded value, and calls
// the method there with the value or pointer it wants.
int32_t Generator::promotedWrapper(const types::Method* pm, types::Named* outer) {
    auto fn = std::make_unique<vm::Function>();
    fn->name = "main." + outer->name + "." + pm->name;
    fn->file = filename_;
    fn->wrapper = true;
    const types::Method* m = pm->target;
    int paramSlots = 0, resultSlots = 0;
    for (types::Type* t : pm->sig->params) paramSlots += nslots(t);
    for (types::Type* t : pm->sig->results) resultSlots += nslots(t);
    fn->paramSlots = 1 + paramSlots;
    auto emit = [&](Op op, int a, int b, int c) {
        vm::Instr in;
        in.op = op;
        in.a = static_cast<uint16_t>(a);
        in.b = static_cast<uint16_t>(b);
        in.c = static_cast<uint16_t>(c);
        fn->code.push_back(in);
        fn->lines.push_back(0);
    };
    const int ptr = 1 + paramSlots;  // the walking pointer
    const int base = ptr + 1;        // the call's frame
    emit(Op::MOV, ptr, 0, 0);
    types::Type* t = outer;
    int64_t off = 0;
    for (int index : pm->path) {
        const types::Field& f = static_cast<types::Struct*>(types::underlying(t))->fields[static_cast<size_t>(index)];
        off += f.offset;
        t = f.type;
        if (t->kind == Kind::Pointer) {
            emit(Op::LOAD_64, ptr, ptr, static_cast<int>(off));
            off = 0;
            t = static_cast<types::Pointer*>(t)->elem;
        }
    }
    if (off != 0) emit(Op::ADDI_I64, ptr, ptr, static_cast<int>(off));
    if (pm->viaInterface) {
        // the embedded interface: call the method on its dynamic value
        const int ifc = base + 1 + std::max(paramSlots, resultSlots);
        emit(Op::LOADN, ifc, ptr, 16);
        if (paramSlots > 0) emit(Op::MOVN, base + 1, 1, paramSlots);
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
        else if (t->size > 0) emit(Op::LOADN, base, ptr, static_cast<int>(t->size));
    }
    if (paramSlots > 0) emit(Op::MOVN, base + recvSlots, 1, paramSlots);
    uint32_t target = static_cast<uint32_t>(m->function);
    emit(Op::CALL, base, static_cast<int>(target & 0xFFFF), static_cast<int>(target >> 16));
    emit(Op::RET, base, resultSlots, 0);
    fn->resultSlots = resultSlots;
    fn->frameSlots = base + recvSlots + std::max(paramSlots, resultSlots) + 1;
    int32_t index = static_cast<int32_t>(program_.functions.size());
    program_.functions.push_back(std::move(fn));
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
    vm::Instr call;
    call.op = Op::CALLN;
    call.a = 0;
    call.b = static_cast<uint16_t>(f->native & 0xFFFF);
    call.c = static_cast<uint16_t>(f->native >> 16);
    vm::Instr ret;
    ret.op = Op::RET;
    ret.a = 0;
    ret.b = static_cast<uint16_t>(fn->resultSlots);
    ret.c = 0;
    fn->code = {call, ret};
    fn->lines = {0, 0};
    int32_t index = static_cast<int32_t>(program_.functions.size());
    program_.functions.push_back(std::move(fn));
    nativeWrappers_[f] = index;
    return index;
}

// Before a value of type t goes into an interface: the methods its type
// gets from embedded fields, callable through the interface.
void Generator::addPromoted(types::Type* t) {
    if (t->kind == Kind::Pointer) t = static_cast<types::Pointer*>(t)->elem;
    if (t->kind != Kind::Named) return;
    auto* n = static_cast<types::Named*>(t);
    if (n->promotedComputed) return;
    types::computePromoted(n);
    for (types::Method& pm : n->promoted) {
        if (!pm.viaInterface && pm.target->function < 0) continue;  // a library method: not reachable by embedding yet
        pm.ifaceFunction = promotedWrapper(&pm, n);
    }
}

bool Generator::run() {
    // a function index for every function and method
    for (check::FuncInfo* f : info_.functions) {
        auto fn = std::make_unique<vm::Function>();
        fn->name = f->name;
        fn->file = filename_;
        index_[f] = static_cast<int32_t>(program_.functions.size());
        program_.functions.push_back(std::move(fn));
    }
    // methods: the functions of method declarations
    for (Node* item : file_.items) {
        auto* fd = as<FuncDecl>(item);
        if (!fd || !fd->recv) continue;
        const check::FuncInfo* fi = info_.funcs.at(fd);
        const types::Type* rt = fi->params.empty() ? nullptr : fi->params[0]->type;
        if (!rt) continue;
        const types::Type* base = rt->kind == Kind::Pointer ? static_cast<const types::Pointer*>(rt)->elem : rt;
        if (base->kind != Kind::Named) continue;
        auto* named = static_cast<const types::Named*>(base);
        if (const types::Method* m = named->findMethod(fd->name->name)) methods_[m] = index_[fi];
    }
    // the methods as interface calls and runtime descriptors see them
    for (auto& [m, index] : methods_) const_cast<types::Method*>(m)->function = index;
    for (auto& [m, index] : methods_) {
        auto* mm = const_cast<types::Method*>(m);
        if (mm->pointerReceiver) {
            mm->ifaceFunction = index;
            continue;
        }
        // the named type declaring it
        types::Named* owner = nullptr;
        for (check::FuncInfo* f : info_.functions) {
            if (!f->decl || !f->decl->recv || index_[f] != index || f->params.empty()) continue;
            types::Type* rt = f->params[0]->type;
            if (rt->kind == Kind::Named) owner = static_cast<types::Named*>(rt);
        }
        if (!owner || types::isPointerShaped(owner)) mm->ifaceFunction = index;
        else mm->ifaceFunction = wrapper(m, owner, false);
    }
    for (check::FuncInfo* f : info_.functions) {
        if (f->decl && !f->decl->body) {
            error(f->decl->pos, "missing function body");
            continue;
        }
        if (f == info_.main && file_.script()) continue;
        current_ = f;
        FuncGen g(*this, program_.functions[static_cast<size_t>(index_[f])].get(), f);
        g.compileBody();
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
    if (file_.script()) {
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
                    g.emitBx(Op::GADDR, p, static_cast<uint32_t>(globalOffset(v)));
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
                    g.emitBx(Op::GADDR, p, static_cast<uint32_t>(globalOffset(d->second)));
                    int c = g.alloc(std::max(1, nslots(d->second->type)));
                    g.convertValue(at, vt, c, d->second->type);
                    g.storeInto(p, 0, d->second->type, c);
                }
                at += nslots(vt);
            }
        }
        g.top_ = mark;
    }
    for (check::FuncInfo* init : info_.inits) g.emitBx(Op::CALL, g.top_, static_cast<uint32_t>(index_[init]));
    if (info_.main) g.emitBx(Op::CALL, g.top_, static_cast<uint32_t>(index_[info_.main]));
    g.emit(Op::RET, 0, 0);
    if (e->frameSlots < 1) e->frameSlots = 1;
    return !failed_;
}

}  // namespace

bool compile(const File& file, const check::Info& info, vm::Program& program, const std::string& filename,
             Diagnostics& diags) {
    Generator g(file, info, program, filename, diags);
    return g.run();
}

}  // namespace gos::codegen
