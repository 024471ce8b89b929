// The code generator's private header: what its parts share.
//
// The generator is split at its own sections, one file each:
//   emitter.cpp    instructions, operand ranges, jumps, the constant pool
//   gen_place.cpp  places (where a value lives) and memory access
//   gen_expr.cpp   expressions
//   gen_call.cpp   calls, built-ins and gc's order of evaluation
//   gen_stmt.cpp   statements
//   codegen.cpp    functions, wrappers and the program's assembly
// A FuncGen compiles one function: it is the function's Emitter, and walks
// the checked tree. The Generator holds what is shared across functions.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/codegen.h"
#include "compiler/emitter.h"
#include "vm/chan.h"
#include "support/stack.h"

namespace gos::codegen {

using namespace gos::ast;
using check::Object;
using check::Selection;
using types::Kind;
using vm::Op;

// Go limits a stack frame to 1 GB; so does gos, counted in slots.
constexpr int kMaxFrameSlots = (1 << 30) / 8;

inline int nslots(const types::Type* t) { return static_cast<int>(types::slotsOf(t)); }
using Mode = check::TypeAndValue::Mode;

// Arrays (and structs holding them) are indexed with computed offsets, so
// locals of such types live in a heap cell, like escaping ones.
inline bool holdsArray(types::Type* t) {
    types::Type* u = types::underlying(t);
    if (u->kind == Kind::Array) return true;
    if (u->kind == Kind::Struct)
        for (const types::Field& f : static_cast<types::Struct*>(u)->fields)
            if (holdsArray(f.type)) return true;
    return false;
}

inline bool inMemory(const Object* v) { return v->escapes || holdsArray(v->type); }

inline bool isIface(const types::Type* t) { return t && types::underlying(const_cast<types::Type*>(t))->kind == Kind::Interface; }

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
    bool mayBeNil = false;      // Memory: the pointer is the program's own (*p, p.f), not
                                // one gos made; a field's address must check it first
    // An index checked when the place is stored to, not when it is made
    // (a tuple assignment's: a, s[i] = 1, 2 assigns a before s[i] panics):
    // index slot, and the length's slot or (boundsLenSlot < 0) constant.
    int boundsIndex = -1;
    int boundsLenSlot = -1;
    int64_t boundsLen = 0;
    bool boundsUnsigned = false;
    int nilCheckSlot = -1;  // likewise, a pointer to an array checked for nil when stored to
};

class Generator;

class FuncGen : public Emitter {
public:
    FuncGen(Generator& g, vm::Function* fn, const check::FuncInfo* info) : Emitter(fn), g_(g), info_(info) {}

    void compileBody();
    void chargeCell(const Object* v);
    void chargeStack();
    std::set<const Object*> charged_;  // cells counted in cellBytes_
    int64_t cellBytes_ = 0;
    // place() of an index expression leaves its bounds check to store()
    // (set for the left side of a tuple assignment; the index's own
    // operands are still checked at once)
    bool deferBounds_ = false;

    // Every recursive walk calls this at each level (support/stack.h).
    static void guardStack(const Node* n) {
        if (support::stackExhausted()) throw support::NestingTooDeep{n->pos.line, n->pos.col};
    }

    // ---- frame slots ----
    // Reserves n slots above the current top; a frame over Go's 1 GB limit
    // is an error.
    int alloc(int n);
    using Emitter::setLine;
    void setLine(const Node* n) {
        if (n && n->pos.line) setLine(static_cast<int32_t>(n->pos.line));
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
    // A new slot holding the address ptr + offset of a field or element in
    // memory; a nil pointer panics here, before the offset is added.
    int fieldAddress(int ptrSlot, int64_t offset);
    // R[dst] = the address of the package-level variable v.
    void globalAddress(int dst, const Object* v);
    void boundsCheck(int index, int64_t len, bool isUnsigned);
    bool isUnsignedIndex(const Expr* index) const {
        types::Type* t = typeOf(index);
        return t && types::isUnsigned(t);
    }
    static bool fitsOffset(int64_t offset) { return offset >= 0 && offset <= static_cast<int64_t>(UINT32_MAX); }
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
    void goOrDefer(const Stmt* s, const Expr* call, Op op);
    void chanRange(const RangeStmt* s, std::string_view label);
    void selectStmt(const SelectStmt* s, std::string_view label);
    // a select case's receive, done by SELECT: where its value (and ok) are
    struct Received {
        int val, ok;
    };
    std::unordered_map<const Expr*, Received> received_;
    void stmtInOrder(const Stmt* s);
    void showValues(const Expr* e);
    bool readsShared(const Expr* e) const;
    bool orderWalk(const Expr* e, bool& sawShared, bool hoist);
    // force: hoist every call, needed or not (a tuple assignment's)
    void orderCalls(const std::vector<const Expr*>& exprs, bool force = false);
    // The arguments of a built-in call (see Info::spreadCalls).
    struct BuiltinArgs {
        FuncGen& g;
        const CallExpr* e;
        std::vector<types::Type*> types;  // a spread call's values, in slots
        std::vector<int> slots;
        BuiltinArgs(FuncGen& g, const CallExpr* e);
        uint32_t count() const { return slots.empty() ? e->args.size : static_cast<uint32_t>(slots.size()); }
        types::Type* type(uint32_t k) const;
        void to(uint32_t k, int dst, types::Type* t) const;  // t: the type wanted (null: as is)
        int any(uint32_t k) const;
    };
    std::unordered_map<const CallExpr*, int> hoisted_;  // calls evaluated ahead: their result slots
    void builtinThunk(const CallExpr* call, check::Builtin b, int f, Op op);
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
    void assignOne(const Expr* lhs, const Expr* rhs);
    void assignTuple(const AssignStmt* s);
    Place placeForTuple(const Expr* lhs, int mark);
    bool fieldOfValue(const SelectorExpr* se) const;
    void placeOperands(const Expr* e, std::vector<const Expr*>& out) const;
    void declareLocal(const Object* v, int valueSlot, bool initialized);
    int localSlotFor(const Object* v);
    void forStmt(const ForStmt* s, std::string_view label);
    void loopBody(const BlockStmt* body, std::string_view label, size_t top, const std::vector<size_t>& exits,
                  const std::function<void()>& step);
    void rangeStmt(const RangeStmt* s, std::string_view label);
    void switchStmt(const SwitchStmt* s, std::string_view label);
    void ifStmt(const IfStmt* s);
    void returnStmt(const ReturnStmt* s);
    void varSpec(const ValueSpec* vs);

    Generator& g_;
    const check::FuncInfo* info_;
    int top_ = 0;
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
    Generator(const check::Info& info, vm::Program& program) : info_(info), program_(program) {}

    // Compiles a checked file, or the latest input of a session (whose
    // functions are those info gained since the last run): the program's
    // entry is then the file's.
    bool run(const File& file, std::string filename, Diagnostics& diags, bool session);
    // An error for a limit a function's code hit (see emitter.h).
    void reportLimit(const Emitter& e);
    void error(Pos pos, const std::string& msg) {
        if (!failed_) diags_->error(pos, msg);
        failed_ = true;
    }

    const check::Info& info_;
    vm::Program& program_;
    std::string filename_;
    Diagnostics* diags_ = nullptr;
    bool failed_ = false;
    size_t doneFunctions_ = 0;    // info_.functions compiled by earlier runs
    size_t doneInits_ = 0;
    size_t doneGlobals_ = 0;
    std::unordered_map<const check::FuncInfo*, int32_t> index_;   // function → program index
    // A package-level variable's place: its globals area and the offset in it.
    struct GlobalPlace {
        uint32_t area;
        int64_t offset;
    };
    std::unordered_map<const Object*, GlobalPlace> globals_;
    std::unordered_map<const types::Method*, int32_t> methods_;
    const check::FuncInfo* current_ = nullptr;

    int32_t functionIndex(const check::FuncInfo* f) { return index_.at(f); }
    int32_t wrapper(const types::Method* m, types::Named* named, bool bound);
    int32_t promotedWrapper(const types::Method* pm, types::Type* outer, bool byValue = false);
    // T.M or (*T).M of a method T gets from an embedded field
    int32_t promotedMethodExpr(const check::Selection& sel, types::Type* outer, bool byValue);
    std::map<std::tuple<types::Type*, const types::Method*, bool>, int32_t> promotedExprs_;
    int32_t nativeWrapper(const Object* f);
    std::map<const Object*, int32_t> nativeWrappers_;
    // How a function made for a library (native) method gets its receiver:
    // captured by a method value, through a pointer ((*T).M, or an
    // interface's data word), or as a value in its first slots (T.M).
    enum class NativeReceiver { Bound, Pointer, Value };
    int32_t nativeMethodWrapper(const types::Method* m, types::Named* named, NativeReceiver how);
    std::map<std::pair<const types::Method*, NativeReceiver>, int32_t> nativeMethodWrappers_;
    int deferThunks_ = 0;  // functions made for deferred built-in calls
    void addPromoted(types::Type* t);
    std::map<std::pair<const types::Method*, bool>, int32_t> wrappers_;
    // The function of I.M for a method M of signature sig (bound: of the
    // method value x.M, with the interface x captured in a cell): it calls
    // M through the interface.
    int32_t interfaceMethodWrapper(types::Func* sig, const std::string& name, bool bound);
    std::map<std::tuple<types::Func*, std::string, bool>, int32_t> interfaceWrappers_;
    // Where v lives, given a place in the newest area on first use.
    GlobalPlace globalPlace(const Object* v) {
        auto it = globals_.find(v);
        if (it != globals_.end()) return it->second;
        constexpr int64_t kMaxSymbolBytes = 2000000000;  // gc's limit on one symbol
        if (v->type->size > kMaxSymbolBytes) {
            error(v->pos, "main." + v->name + ": symbol too large (" + std::to_string(v->type->size) + " bytes > " +
                              std::to_string(kMaxSymbolBytes) + " bytes)");
            return globals_[v] = {0, 0};  // no program is made; a session's areas stay as they were
        }
        int64_t& size = program_.globalAreas.back();
        int64_t off = (size + v->type->align - 1) / v->type->align * v->type->align;
        size = off + std::max<int64_t>(v->type->size, 1);
        GlobalPlace place{static_cast<uint32_t>(program_.globalAreas.size() - 1), off};
        globals_[v] = place;
        return place;
    }
};

// The typed load and store instructions for a scalar of type t.
Op loadOp(types::Type* t);
Op floadOp(types::Type* t);
Op storeOp(int64_t size);
// A scalar that fits one slot and is loaded with a typed op.
bool isScalar(types::Type* t);

}  // namespace gos::codegen
