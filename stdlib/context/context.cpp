// Package context: cancellation, deadlines and request-scoped values.
//
// The contexts are Go's four kinds, with Go's dynamic types (so %T and
// type switches see *context.cancelCtx and the rest):
//   - *emptyCtx: Background and TODO, never done;
//   - *cancelCtx (WithCancel): a done channel made on first use and closed
//     by the first cancel, the error it was cancelled with, and the
//     children to cancel with it;
//   - *timerCtx (WithDeadline, WithTimeout): a cancelCtx plus a deadline
//     and a timer on the VM's timer heap that cancels it then, from a new
//     goroutine as Go's time.AfterFunc does;
//   - *valueCtx (WithValue): a key and a value over a parent.
// All four are one C++ record (Ctx) whose `kind` says which. A child
// registers with the nearest cancelCtx above it, found as Go finds it
// (Value(&cancelCtxKey), then checking that its done channel is the
// parent's), so a context embedded in a program's own type still
// propagates without a goroutine. A parent the package does not know
// (the program's own Context) is watched by a goroutine selecting on its
// Done channel and the child's, as in Go; that goroutine is bytecode built
// here: SELECT over the two channels between two natives.
//
// Walking up a chain of contexts (Done, Err, Value, Deadline through
// valueCtx and cancelCtx parents) and cancelling a tree of children are
// loops, not recursion, so chains of any length work. A method of a
// context the program defines is called through the VM, which is why
// every function taking a Context runs on a fiber (Native::callsGo).
#include <cstring>

#include "compiler/emitter.h"
#include "stdlib/errors/errors.h"
#include "stdlib/stdlib.h"
#include "stdlib/time/time.h"
#include "vm/chan.h"
#include "vm/goroutine.h"
#include "vm/runtime.h"
#include "vm/timers.h"
#include "vm/value.h"

namespace gos::stdlib {

namespace {

using timepkg::Time;
using types::Kind;

enum CtxKind : int64_t { kCancel = 1, kTimer = 2, kValue = 3 };

struct Ctx {
    vm::Iface parent;
    int64_t kind;
    // cancelCtx and timerCtx
    vm::Chan* done;  // null until Done or cancel
    vm::Iface err;
    Ctx* children;  // the first child registered here
    Ctx* next;      // siblings, in the list of `owner`
    Ctx* prev;
    Ctx* owner;  // the cancelCtx this one is registered with
    // timerCtx
    vm::Timer* timer;
    Time deadline;
    // valueCtx
    vm::Iface key, val;
};

// The package's per-VM state: its types, and its variables and values.
struct State {
    types::Type* emptyT;  // *context.emptyCtx
    types::Type* cancelT;
    types::Type* timerT;
    types::Type* valueT;
    types::Type* keyT;       // *int, the type of &cancelCtxKey
    types::Type* doneChanT;  // chan struct{}
    types::Type* deadlineT;  // context.deadlineExceededError
    int64_t background, todo, cancelCtxKey;
    vm::Iface canceled, deadlineExceeded;  // the variables Canceled and DeadlineExceeded
    vm::Chan* closedchan;                  // the done channel of a context cancelled before Done
    // the functions the package builds (closureFunction), whose closures
    // the natives make
    int32_t cancelAndRemove;  // func() { c.cancel(true, Canceled) }
    int32_t cancelKeep;       // func() { c.cancel(false, Canceled) }
    int32_t deadlineExpired;  // func() { c.cancel(true, DeadlineExceeded) }
    int32_t watcher;          // the goroutine watching a parent the package does not know
};

const char kStateKey = 0;

State& state(vm::VM& vm) {
    bool fresh;
    auto* s = static_cast<State*>(vm.libraryVariable(&kStateKey, sizeof(State), fresh));
    if (fresh) {
        const auto& lib = vm.program().libraryTypes;
        s->emptyT = lib.at("context.emptyCtx");
        s->cancelT = lib.at("context.cancelCtx");
        s->timerT = lib.at("context.timerCtx");
        s->valueT = lib.at("context.valueCtx");
        s->keyT = lib.at("context.keyType");
        s->doneChanT = lib.at("context.doneChan");
        s->deadlineT = lib.at("context.deadlineExceededError");
        s->canceled = makeError(vm, "errors.errorString", "context canceled");
        s->deadlineExceeded = {s->deadlineT, &s->cancelCtxKey};  // a struct{}: any address will do
        const auto& fns = vm.program().libraryFunctions;
        s->cancelAndRemove = fns.at("context.WithCancel.func1");
        s->cancelKeep = fns.at("context.WithDeadline.func1");
        s->deadlineExpired = fns.at("context.WithDeadline.func2");
        s->watcher = fns.at("context.propagateCancel.func1");
        s->closedchan = vm.makeChan(s->doneChanT, 0);
        vm.closeChan(s->closedchan);
    }
    return *s;
}

Ctx* known(State& st, const vm::Iface& c) {
    if (c.type == st.cancelT || c.type == st.timerT || c.type == st.valueT) return static_cast<Ctx*>(c.data);
    return nullptr;
}
bool isEmpty(State& st, const vm::Iface& c) { return c.type == st.emptyT; }

// Calls the method `name` of a Context the program defined.
void callForeign(vm::VM& vm, const vm::Iface& c, const char* name, std::span<const uint64_t> args,
                 std::span<uint64_t> results) {
    if (!c.type) vm.runtimeError(vm::kNilDeref, true);
    const types::Method* m = vm::findMethod(c.type, name);
    if (!m) vm.runtimeError(vm::kNilDeref, true);
    vm::callMethod(vm, c, m, args, results);
}

vm::Chan* cancelDone(vm::VM& vm, Ctx* c) {
    if (!c->done) c->done = vm.makeChan(state(vm).doneChanT, 0);
    return c->done;
}

vm::Chan* doneOf(vm::VM& vm, vm::Iface c) {
    State& st = state(vm);
    for (;;) {
        if (isEmpty(st, c)) return nullptr;
        Ctx* k = known(st, c);
        if (!k) {
            uint64_t r[1];
            callForeign(vm, c, "Done", {}, r);
            return reinterpret_cast<vm::Chan*>(r[0]);
        }
        if (k->kind != kValue) return cancelDone(vm, k);
        c = k->parent;
    }
}

vm::Iface errOf(vm::VM& vm, vm::Iface c) {
    State& st = state(vm);
    for (;;) {
        if (isEmpty(st, c)) return {};
        Ctx* k = known(st, c);
        if (!k) {
            uint64_t r[2];
            callForeign(vm, c, "Err", {}, r);
            vm::Iface e;
            std::memcpy(&e, r, sizeof e);
            return e;
        }
        if (k->kind != kValue) {
            vm.raceAcquire(k);
            return k->err;
        }
        c = k->parent;
    }
}

// Deadline(): the deadline and whether there is one.
bool deadlineOf(vm::VM& vm, vm::Iface c, Time& out) {
    State& st = state(vm);
    for (;;) {
        if (isEmpty(st, c)) return false;
        Ctx* k = known(st, c);
        if (!k) {
            uint64_t r[4];
            callForeign(vm, c, "Deadline", {}, r);
            std::memcpy(&out, r, sizeof out);
            return r[3] & 1;
        }
        if (k->kind == kTimer) {
            out = k->deadline;
            return true;
        }
        c = k->parent;
    }
}

bool isCancelKey(State& st, const vm::Iface& key) { return key.type == st.keyT && key.data == &st.cancelCtxKey; }

vm::Iface valueOf(vm::VM& vm, vm::Iface c, const vm::Iface& key) {
    State& st = state(vm);
    for (;;) {
        if (isEmpty(st, c)) return {};
        Ctx* k = known(st, c);
        if (!k) {
            uint64_t args[2], r[2];
            std::memcpy(args, &key, sizeof key);
            callForeign(vm, c, "Value", args, r);
            vm::Iface v;
            std::memcpy(&v, r, sizeof v);
            return v;
        }
        if (k->kind == kValue) {
            if (vm::ifacesEqual(vm, &key, &k->key)) return k->val;
        } else if (isCancelKey(st, key)) {
            return {st.cancelT, k};  // a timerCtx's cancelCtx is at its start
        }
        c = k->parent;
    }
}

// Go's parentCancelCtx: the cancelCtx whose done channel parent's Done
// returns, or null.
Ctx* parentCancelCtx(vm::VM& vm, const vm::Iface& parent) {
    State& st = state(vm);
    vm::Chan* done = doneOf(vm, parent);
    if (!done || done == st.closedchan) return nullptr;
    vm::Iface key{st.keyT, &st.cancelCtxKey};
    vm::Iface p = valueOf(vm, parent, key);
    if (p.type != st.cancelT) return nullptr;
    auto* c = static_cast<Ctx*>(p.data);
    return c->done == done ? c : nullptr;
}

void unlink(Ctx* c) {
    if (!c->owner) return;
    if (c->prev) c->prev->next = c->next;
    else c->owner->children = c->next;
    if (c->next) c->next->prev = c->prev;
    c->owner = c->next = c->prev = nullptr;
}

// Marks one context cancelled (not its children): false if it already was.
bool cancelOne(vm::VM& vm, Ctx* c, const vm::Iface& err) {
    if (c->err.type) return false;
    c->err = err;
    vm.raceRelease(c);
    if (c->done) vm.closeChan(c->done);
    else c->done = state(vm).closedchan;
    if (c->kind == kTimer && c->timer) {
        vm.stopTimer(c->timer);
        c->timer = nullptr;
    }
    return true;
}

// Go's cancel: c and, depth first, every context registered below it.
void cancel(vm::VM& vm, Ctx* c, bool removeFromParent, const vm::Iface& err) {
    if (!err.type) panicString(vm, "context: internal error: missing cancel error");
    if (!cancelOne(vm, c, err)) return;
    // walk the tree of children without recursion: down the first child,
    // along the siblings, back up through owner, emptying each list once
    // its members are done
    Ctx* node = c->children;
    while (node && node != c) {
        cancelOne(vm, node, err);
        if (node->children) {
            node = node->children;
            continue;
        }
        while (node != c && !node->next) {
            Ctx* up = node->owner;
            // every child of `up` is done: drop the list
            for (Ctx* k = up->children; k;) {
                Ctx* following = k->next;
                k->owner = k->next = k->prev = nullptr;
                k = following;
            }
            up->children = nullptr;
            node = up;
        }
        if (node != c) node = node->next;
    }
    c->children = nullptr;
    if (removeFromParent) unlink(c);
}

Ctx* newCtx(vm::VM& vm, CtxKind kind, const vm::Iface& parent) {
    auto* c = static_cast<Ctx*>(vm.allocate(sizeof(Ctx), false));
    c->parent = parent;
    c->kind = kind;
    return c;
}

void requireParent(vm::VM& vm, const vm::Iface& parent) {
    if (!parent.type) panicString(vm, "cannot create context from nil parent");
}

// Go's propagateCancel: child is cancelled with parent.
void propagateCancel(vm::VM& vm, const vm::Iface& parent, Ctx* child) {
    vm::Chan* done = doneOf(vm, parent);
    if (!done) return;  // never cancelled
    if (done->closed && done->count == 0) {
        cancel(vm, child, false, errOf(vm, parent));
        return;
    }
    if (Ctx* p = parentCancelCtx(vm, parent)) {
        if (p->err.type) {
            cancel(vm, child, false, p->err);
        } else {
            child->owner = p;
            child->next = p->children;
            if (p->children) p->children->prev = child;
            p->children = child;
        }
        return;
    }
    vm.go(makeClosure(vm, state(vm).watcher, child));
}

// ---- the natives ----

void putCtx(uint64_t* a, types::Type* t, Ctx* c) { setIface(a, 0, {t, c}); }

void nBackground(vm::VM& vm, uint64_t* a) { setIface(a, 0, {state(vm).emptyT, &state(vm).background}); }
void nTODO(vm::VM& vm, uint64_t* a) { setIface(a, 0, {state(vm).emptyT, &state(vm).todo}); }

void nWithCancel(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    vm::Iface parent = ifaceArg(a, 0);
    requireParent(vm, parent);
    Ctx* c = newCtx(vm, kCancel, parent);
    propagateCancel(vm, parent, c);
    uint64_t* r = results.get(vm);
    putCtx(r, state(vm).cancelT, c);
    r[2] = reinterpret_cast<uint64_t>(makeClosure(vm, state(vm).cancelAndRemove, c));
}

void withDeadline(vm::VM& vm, uint64_t* out, const vm::Iface& parent, const Time& d) {
    State& st = state(vm);
    ResultSlots results(vm, out);
    requireParent(vm, parent);
    Time cur;
    if (deadlineOf(vm, parent, cur) && timepkg::beforeTimes(cur, d)) {
        // the parent's deadline comes first: a plain cancelCtx
        Ctx* c = newCtx(vm, kCancel, parent);
        propagateCancel(vm, parent, c);
        uint64_t* r = results.get(vm);
        putCtx(r, st.cancelT, c);
        r[2] = reinterpret_cast<uint64_t>(makeClosure(vm, state(vm).cancelAndRemove, c));
        return;
    }
    Ctx* c = newCtx(vm, kTimer, parent);
    c->deadline = d;
    propagateCancel(vm, parent, c);
    int64_t dur = timepkg::subTimes(d, timepkg::now(vm));
    int32_t cancelFn = state(vm).cancelAndRemove;
    if (dur <= 0) {
        cancel(vm, c, true, st.deadlineExceeded);  // already past
        cancelFn = state(vm).cancelKeep;
    } else if (!c->err.type) {
        auto* t = static_cast<vm::Timer*>(vm.allocate(sizeof(vm::Timer), false));
        t->fire = [](vm::VM& v, vm::Timer* timer, int64_t) { v.go(timer->f); };
        t->f = makeClosure(vm, state(vm).deadlineExpired, c);
        c->timer = t;
        int64_t when;
        if (__builtin_add_overflow(vm.nanotime(), dur, &when)) when = INT64_MAX;
        vm.startTimer(t, when);
    }
    uint64_t* r = results.get(vm);
    putCtx(r, st.timerT, c);
    r[2] = reinterpret_cast<uint64_t>(makeClosure(vm, cancelFn, c));
}

void nWithDeadline(vm::VM& vm, uint64_t* a) { withDeadline(vm, a, ifaceArg(a, 0), timepkg::timeArg(a, 2)); }

void nWithTimeout(vm::VM& vm, uint64_t* a) {
    withDeadline(vm, a, ifaceArg(a, 0), timepkg::addDuration(timepkg::now(vm), static_cast<int64_t>(a[2])));
}

void nWithValue(vm::VM& vm, uint64_t* a) {
    vm::Iface parent = ifaceArg(a, 0), key = ifaceArg(a, 2), val = ifaceArg(a, 4);
    requireParent(vm, parent);
    if (!key.type) panicString(vm, "nil key");
    if (!types::comparable(key.type)) panicString(vm, "key is not comparable");
    Ctx* c = newCtx(vm, kValue, parent);
    c->key = key;
    c->val = val;
    putCtx(a, state(vm).valueT, c);
}

// The closures' bodies: slot 0 is the captured context.
void nCancelAndRemove(vm::VM& vm, uint64_t* a) { cancel(vm, reinterpret_cast<Ctx*>(a[0]), true, state(vm).canceled); }
void nCancelKeep(vm::VM& vm, uint64_t* a) { cancel(vm, reinterpret_cast<Ctx*>(a[0]), false, state(vm).canceled); }
void nDeadlineExpired(vm::VM& vm, uint64_t* a) {
    cancel(vm, reinterpret_cast<Ctx*>(a[0]), true, state(vm).deadlineExceeded);
}

// The watcher goroutine: prepare gives the parent's and the child's done
// channels for its SELECT; finish cancels the child when the parent's
// case was chosen (case 0).
void nWatchPrepare(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    auto* child = reinterpret_cast<Ctx*>(a[0]);
    vm::Chan* parentDone = doneOf(vm, child->parent);
    vm::Chan* childDone = cancelDone(vm, child);
    uint64_t* r = results.get(vm);
    r[0] = reinterpret_cast<uint64_t>(parentDone);
    r[1] = reinterpret_cast<uint64_t>(childDone);
}

void nWatchFinish(vm::VM& vm, uint64_t* a) {
    auto* child = reinterpret_cast<Ctx*>(a[0]);
    if (a[1] == 0) cancel(vm, child, false, errOf(vm, child->parent));
}

// ---- methods ----

Ctx* self(vm::VM& vm, const uint64_t* a) {
    auto* c = reinterpret_cast<Ctx*>(a[0]);
    if (!c) vm.runtimeError(vm::kNilDeref, true);
    return c;
}

void nEmptyDeadline(vm::VM&, uint64_t* a) { std::memset(a, 0, 4 * sizeof(uint64_t)); }
void nEmptyDone(vm::VM&, uint64_t* a) { a[0] = 0; }
void nEmptyErr(vm::VM&, uint64_t* a) { setIface(a, 0, {}); }
void nEmptyValue(vm::VM&, uint64_t* a) { setIface(a, 0, {}); }
void nEmptyString(vm::VM& vm, uint64_t* a) {
    State& st = state(vm);
    auto* e = reinterpret_cast<const int64_t*>(a[0]);
    const char* s = e == &st.background ? "context.Background" : e == &st.todo ? "context.TODO" : "unknown empty Context";
    setString(a, 0, vm.makeString(s));
}

void nCtxDeadline(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    Ctx* c = self(vm, a);
    Time d{};
    bool ok = c->kind == kTimer ? (d = c->deadline, true) : deadlineOf(vm, c->parent, d);
    uint64_t* r = results.get(vm);
    timepkg::putTime(r, ok ? d : Time{});
    r[3] = ok;
}

void nCtxDone(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    Ctx* c = self(vm, a);
    vm::Chan* d = c->kind == kValue ? doneOf(vm, c->parent) : cancelDone(vm, c);
    results.get(vm)[0] = reinterpret_cast<uint64_t>(d);
}

void nCtxErr(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    Ctx* c = self(vm, a);
    vm::Iface e;
    if (c->kind == kValue) {
        e = errOf(vm, c->parent);
    } else {
        vm.raceAcquire(c);
        e = c->err;
    }
    setIface(results.get(vm), 0, e);
}

void nCtxValue(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    Ctx* c = self(vm, a);
    vm::Iface key = ifaceArg(a, 1);
    State& st = state(vm);
    vm::Iface v = valueOf(vm, {c->kind == kValue ? st.valueT : c->kind == kTimer ? st.timerT : st.cancelT, c}, key);
    setIface(results.get(vm), 0, v);
}

// contextName: String() when the context has one, else its type.
std::string contextName(vm::VM& vm, const vm::Iface& c) {
    if (const types::Method* m = vm::stringMethod(c.type, "String")) {
        std::string s;
        vm::callStringMethod(vm, c, m, s);
        return s;
    }
    return types::typeString(c.type, true);
}

void nCtxString(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    Ctx* c = self(vm, a);
    vm.guardNativeStack();
    std::string s = contextName(vm, c->parent);
    if (c->kind == kCancel) {
        s += ".WithCancel";
    } else if (c->kind == kTimer) {
        s += ".WithDeadline(" + timepkg::timeString(c->deadline) + " [" +
             timepkg::durationString(timepkg::subTimes(c->deadline, timepkg::now(vm))) + "])";
    } else {
        // stringify: a Stringer's String, a string as it is
        std::string val = "<not Stringer>";
        if (const types::Method* m = c->val.type ? vm::stringMethod(c->val.type, "String") : nullptr)
            vm::callStringMethod(vm, c->val, m, val);
        else if (c->val.type == vm.program().types->basic(Kind::String))
            val = std::string(static_cast<const vm::GoString*>(c->val.data)->view());
        s += ".WithValue(type " + types::typeString(c->key.type, true) + ", val " + val + ")";
    }
    setString(results.get(vm), 0, vm.makeString(s));
}

void nDeadlineError(vm::VM& vm, uint64_t* a) { setString(a, 0, vm.makeString("context deadline exceeded")); }
void nTrue(vm::VM&, uint64_t* a) { a[0] = 1; }

void nCanceledVar(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(&state(vm).canceled); }
void nDeadlineExceededVar(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(&state(vm).deadlineExceeded); }

// The watcher's bytecode: watch(child) { p, d := prepare(child); select
// { case <-p: case <-d: }; finish(child, chosen) }.
void buildWatcher(PackageBuilder& b) {
    auto f = std::make_unique<vm::Function>();
    f->name = "context.propagateCancel.func1";
    f->captures = 1;
    f->frameSlots = 8;
    codegen::Emitter out(f.get());
    using vm::Op;
    out.emit(Op::UPVAL, 0, 0);
    out.emit(Op::MOV, 1, 0);
    out.emit(Op::CALLN, 1, b.native("context.watchPrepare", nWatchPrepare, true));
    out.emit(Op::SELECT, 3, 2, 0);
    out.emit(Op::SELCASE, 1, 4, vm::selcaseFlags(false, -1));
    out.emit(Op::SELCASE, 2, 5, vm::selcaseFlags(false, -1));
    out.emit(Op::MOV, 6, 0);
    out.emit(Op::MOV, 7, 3);
    out.emit(Op::CALLN, 6, b.native("context.watchFinish", nWatchFinish, true));
    out.emit(Op::RET, 0, 0);
    auto& fns = b.program().functions;
    fns.push_back(std::move(f));
    b.program().libraryFunctions[fns.back()->name] = static_cast<int32_t>(fns.size() - 1);
}

}  // namespace

void declareContext(PackageBuilder& b) {
    types::TypeTable& tt = b.types();
    check::Package* timePkg = b.import("time");
    b.import("errors");  // the type of Canceled
    types::Type* timeT = timePkg->members.at("Time")->type;
    types::Type* duration = timePkg->members.at("Duration")->type;
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* str = b.basic(Kind::String);
    types::Type* intT = b.basic(Kind::Int);
    types::Type* any = tt.emptyInterface();
    types::Type* errT = tt.errorType();
    types::Type* emptyStruct = tt.structType({});
    types::Type* doneT = tt.chan(types::ChanDir::Recv, emptyStruct);

    types::Named* context = tt.named("Context", "context");
    types::Func* deadlineSig = tt.func({}, {timeT, boolT}, false);
    types::Func* doneSig = tt.func({}, {doneT}, false);
    types::Func* errSig = tt.func({}, {errT}, false);
    types::Func* valueSig = tt.func({any}, {any}, false);
    types::Func* stringSig = tt.func({}, {str}, false);
    tt.setUnderlying(context, tt.interfaceType({{"Deadline", deadlineSig}, {"Done", doneSig}, {"Err", errSig}, {"Value", valueSig}}));
    b.typeName("Context", context);
    types::Named* cancelFunc = tt.named("CancelFunc", "context");
    tt.setUnderlying(cancelFunc, tt.func({}, {}, false));
    b.typeName("CancelFunc", cancelFunc);

    // the dynamic types, laid out as the Ctx record (for the collector and
    // for fmt's %#v, which prints the fields)
    types::Type* ctxPtr = nullptr;
    auto ctxStruct = [&](types::Named* self) {
        ctxPtr = tt.pointer(self);
        return tt.structType({{"Context", context, 0, false, ""},
                              {"kind", intT, 0, false, ""},
                              {"done", tt.chan(types::ChanDir::Both, emptyStruct), 0, false, ""},
                              {"err", errT, 0, false, ""},
                              {"children", ctxPtr, 0, false, ""},
                              {"next", ctxPtr, 0, false, ""},
                              {"prev", ctxPtr, 0, false, ""},
                              {"owner", ctxPtr, 0, false, ""},
                              {"timer", tt.pointer(b.basic(Kind::Int64)), 0, false, ""},
                              {"deadline", timeT, 0, false, ""},
                              {"key", any, 0, false, ""},
                              {"val", any, 0, false, ""}});
    };
    auto declareCtx = [&](const char* name) {
        types::Named* t = tt.named(name, "context");
        tt.setUnderlying(t, ctxStruct(t));
        if (t->size != static_cast<int64_t>(sizeof(Ctx))) throw std::logic_error("context: Ctx layout");
        b.method(t, "Deadline", deadlineSig, true, nCtxDeadline);
        b.method(t, "Done", doneSig, true, nCtxDone);
        b.method(t, "Err", errSig, true, nCtxErr);
        b.method(t, "Value", valueSig, true, nCtxValue);
        b.method(t, "String", stringSig, true, nCtxString);
        b.program().libraryTypes[std::string("context.") + name] = tt.pointer(t);
    };
    declareCtx("cancelCtx");
    declareCtx("timerCtx");
    declareCtx("valueCtx");

    types::Named* emptyCtx = tt.named("emptyCtx", "context");
    tt.setUnderlying(emptyCtx, intT);
    b.method(emptyCtx, "Deadline", deadlineSig, true, nEmptyDeadline);
    b.method(emptyCtx, "Done", doneSig, true, nEmptyDone);
    b.method(emptyCtx, "Err", errSig, true, nEmptyErr);
    b.method(emptyCtx, "Value", valueSig, true, nEmptyValue);
    b.method(emptyCtx, "String", stringSig, true, nEmptyString);
    b.program().libraryTypes["context.emptyCtx"] = tt.pointer(emptyCtx);

    types::Named* deadlineErr = tt.named("deadlineExceededError", "context");
    tt.setUnderlying(deadlineErr, emptyStruct);
    b.method(deadlineErr, "Error", stringSig, false, nDeadlineError);
    b.method(deadlineErr, "Timeout", tt.func({}, {boolT}, false), false, nTrue);
    b.method(deadlineErr, "Temporary", tt.func({}, {boolT}, false), false, nTrue);
    b.program().libraryTypes["context.deadlineExceededError"] = deadlineErr;
    b.program().libraryTypes["context.keyType"] = tt.pointer(intT);
    b.program().libraryTypes["context.doneChan"] = tt.chan(types::ChanDir::Both, emptyStruct);

    b.closureFunction("context.WithCancel.func1", 0, 0, nCancelAndRemove, false);
    b.closureFunction("context.WithDeadline.func1", 0, 0, nCancelKeep, false);
    b.closureFunction("context.WithDeadline.func2", 0, 0, nDeadlineExpired, false);
    buildWatcher(b);
    b.func("Background", tt.func({}, {context}, false), nBackground);
    b.func("TODO", tt.func({}, {context}, false), nTODO);
    b.func("WithCancel", tt.func({context}, {context, cancelFunc}, false), nWithCancel);
    b.func("WithDeadline", tt.func({context, timeT}, {context, cancelFunc}, false), nWithDeadline);
    b.func("WithTimeout", tt.func({context, duration}, {context, cancelFunc}, false), nWithTimeout);
    b.func("WithValue", tt.func({context, any, any}, {context}, false), nWithValue);
    b.var("Canceled", errT, nCanceledVar);
    b.var("DeadlineExceeded", errT, nDeadlineExceededVar);
}

}  // namespace gos::stdlib
