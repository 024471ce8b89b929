// Package sync: Mutex, RWMutex, WaitGroup, Once, Cond, Map, Pool.
//
// Each type has Go's size, so structs that embed one are laid out as Go
// lays them out, and its zero value is ready to use. Waiting goroutines
// park on the VM's semaphores (vm.semaWait), keyed by the address of the
// value, as Go's runtime keys them; with one goroutine running at a time
// the state needs no atomics. Ownership is handed over: Unlock with a
// goroutine waiting leaves the mutex locked and readies the waiter, which
// returns from Lock owning it, first come first served.
//
//   Mutex     {state int32; sema uint32}: state 1 when locked
//   RWMutex   24 bytes: writer held (int32 at 0), active readers (16),
//             waiting writers (20); writers wait at +8, readers at +12.
//             Unlock lets the readers that waited in first, as Go does;
//             RLock waits while a writer holds or waits for the lock
//   WaitGroup 16 bytes: the counter (int64 at 0); waiters wait at 0
//   Once      {done uint32; m Mutex}: Do holds m while f runs, so a second
//             Do waits for the first to finish (inside the native: Do runs
//             on a fiber, see vm/sched.cpp, and blocks there)
//   Cond      {L Locker; 32 opaque bytes}: waiters wait at the address of
//             the opaque part; Wait unlocks L, waits, and locks L again
//   Map       32 bytes, the first a map[any]any made on the first store:
//             with one goroutine running at a time Go's read-only map and
//             dirty map (there to spare readers a lock) have nothing to do;
//             Range visits the entries in the map's random order and sees
//             what the callback stores meanwhile as Go's may
//   Pool      {32 opaque bytes; New func() any}: a stack of the values Put
//             back (Get takes the last one, or calls New); Go drops pooled
//             values at collections, gos keeps them until taken
#include <cstdint>
#include <cstring>

#include "stdlib/stdlib.h"
#include "vm/map.h"
#include "vm/runtime.h"
#include "vm/slice.h"

namespace gos::stdlib {

namespace {

using types::Kind;

constexpr const char* kWaitReason = "semacquire";  // Go 1.19's words for these waits

template <class T>
T* receiver(vm::VM& vm, const uint64_t* a) {
    auto* p = reinterpret_cast<T*>(a[0]);
    if (!p) vm.runtimeError(vm::kNilDeref, true);
    return p;
}

// ---- Mutex ----

struct Mutex {
    int32_t state;
    uint32_t sema;
};
static_assert(sizeof(Mutex) == 8);

// Every hand-over of a lock is also a happens-before edge (vm/race.h):
// Unlock releases into the lock's clock, and whoever gets the lock next
// acquires from it.
void lockMutex(vm::VM& vm, Mutex* m) {
    if (m->state == 0) {
        m->state = 1;
        vm.raceAcquire(m);
    } else {
        vm.semaWait(m, kWaitReason);
    }
}

void unlockMutex(vm::VM& vm, Mutex* m) {
    if (m->state == 0) vm.fatal("sync: unlock of unlocked mutex");
    vm.raceRelease(m);
    if (vm::Goroutine* w = vm.semaWake(m)) vm.raceAcquire(m, w);  // handed to the waiter
    else m->state = 0;
}

void nMutexLock(vm::VM& vm, uint64_t* a) { lockMutex(vm, receiver<Mutex>(vm, a)); }
void nMutexUnlock(vm::VM& vm, uint64_t* a) { unlockMutex(vm, receiver<Mutex>(vm, a)); }
void nMutexTryLock(vm::VM& vm, uint64_t* a) {
    Mutex* m = receiver<Mutex>(vm, a);
    bool ok = m->state == 0;
    if (ok) {
        m->state = 1;
        vm.raceAcquire(m);
    }
    a[0] = ok;
}

// ---- RWMutex ----

struct RWMutex {
    int32_t writer;
    int32_t unused_;
    uint32_t writerSem;
    uint32_t readerSem;
    int32_t readers;
    int32_t waitingWriters;
};
static_assert(sizeof(RWMutex) == 24);

void nRWLock(vm::VM& vm, uint64_t* a) {
    auto* m = receiver<RWMutex>(vm, a);
    if (m->writer == 0 && m->readers == 0) {
        m->writer = 1;
        vm.raceAcquire(m);
        return;
    }
    ++m->waitingWriters;
    vm.semaWait(&m->writerSem, kWaitReason);
}

// The lock is free: waiting writer next, if any (it then holds it).
void handToWriter(vm::VM& vm, RWMutex* m) {
    if (m->waitingWriters == 0) return;
    if (vm::Goroutine* w = vm.semaWake(&m->writerSem)) {
        --m->waitingWriters;
        m->writer = 1;
        vm.raceAcquire(m, w);
    }
}

void nRWUnlock(vm::VM& vm, uint64_t* a) {
    auto* m = receiver<RWMutex>(vm, a);
    if (m->writer == 0) vm.fatal("sync: Unlock of unlocked RWMutex");
    m->writer = 0;
    vm.raceRelease(m);
    // the readers that waited go first
    while (vm::Goroutine* r = vm.semaWake(&m->readerSem)) {
        ++m->readers;
        vm.raceAcquire(m, r);
    }
    if (m->readers == 0) handToWriter(vm, m);
}

void nRWRLock(vm::VM& vm, uint64_t* a) {
    auto* m = receiver<RWMutex>(vm, a);
    if (m->writer == 0 && m->waitingWriters == 0) {
        ++m->readers;
        vm.raceAcquire(m);
        return;
    }
    vm.semaWait(&m->readerSem, kWaitReason);
}

void nRWRUnlock(vm::VM& vm, uint64_t* a) {
    auto* m = receiver<RWMutex>(vm, a);
    if (m->readers <= 0) vm.fatal("sync: RUnlock of unlocked RWMutex");
    vm.raceRelease(m);
    if (--m->readers == 0) handToWriter(vm, m);
}

void nRWTryLock(vm::VM& vm, uint64_t* a) {
    auto* m = receiver<RWMutex>(vm, a);
    bool ok = m->writer == 0 && m->readers == 0;
    if (ok) {
        m->writer = 1;
        vm.raceAcquire(m);
    }
    a[0] = ok;
}

void nRWTryRLock(vm::VM& vm, uint64_t* a) {
    auto* m = receiver<RWMutex>(vm, a);
    bool ok = m->writer == 0 && m->waitingWriters == 0;
    if (ok) {
        ++m->readers;
        vm.raceAcquire(m);
    }
    a[0] = ok;
}

// ---- WaitGroup ----

struct WaitGroup {
    int64_t counter;
    uint32_t sema;
};
static_assert(sizeof(WaitGroup) == 16);

void addWaitGroup(vm::VM& vm, WaitGroup* w, int64_t delta) {
    w->counter += delta;
    if (w->counter < 0) panicString(vm, "sync: negative WaitGroup counter");
    if (delta < 0) vm.raceRelease(w);
    if (w->counter == 0)
        while (vm::Goroutine* g = vm.semaWake(w)) vm.raceAcquire(w, g);
}

void nWGAdd(vm::VM& vm, uint64_t* a) {
    auto* w = receiver<WaitGroup>(vm, a);
    addWaitGroup(vm, w, static_cast<int64_t>(a[1]));
}

void nWGDone(vm::VM& vm, uint64_t* a) { addWaitGroup(vm, receiver<WaitGroup>(vm, a), -1); }

void nWGWait(vm::VM& vm, uint64_t* a) {
    auto* w = receiver<WaitGroup>(vm, a);
    if (w->counter != 0) vm.semaWait(w, kWaitReason);
    else vm.raceAcquire(w);
}

// ---- Once ----

struct Once {
    uint32_t done;
    Mutex m;
};
static_assert(sizeof(Once) == 12);

// A native method that parks (Mutex.Lock) called from a native: wait here.
void waitIfParked(vm::VM& vm) {
    if (vm.current()->status != vm::GStatus::Running) vm.block();
}

void nOnceDo(vm::VM& vm, uint64_t* a) {
    auto* o = receiver<Once>(vm, a);
    auto* f = reinterpret_cast<const vm::Closure*>(a[1]);
    if (o->done) {
        vm.raceAcquire(o);
        return;
    }
    lockMutex(vm, &o->m);
    waitIfParked(vm);  // the lock is handed over when the running Do ends
    if (o->done) {
        vm.raceAcquire(o);
        unlockMutex(vm, &o->m);
        return;
    }
    // done even when f panics, as Go's deferred store makes it
    struct Finish {
        vm::VM& vm;
        Once* o;
        ~Finish() {
            o->done = 1;
            vm.raceRelease(o);
            if (!vm.semaWake(&o->m)) o->m.state = 0;
        }
    } finish{vm, o};
    vm.call(f, {}, {});
}

// ---- Cond ----

struct Cond {
    vm::Iface l;
    uint64_t notify[4];
};
static_assert(sizeof(Cond) == 48);

// Calls L.Lock or L.Unlock of a Cond.
void callLocker(vm::VM& vm, const vm::Iface& l, const char* name) {
    if (!l.type) vm.runtimeError(vm::kNilDeref, true);
    const types::Method* m = vm::findMethod(l.type, name);
    if (!m) vm.runtimeError(vm::kNilDeref, true);
    uint64_t slots[1] = {reinterpret_cast<uint64_t>(l.data)};
    if (m->native >= 0) {
        vm.program().natives[static_cast<size_t>(m->native)].fn(vm, slots);
        waitIfParked(vm);
        return;
    }
    vm.call(m->ifaceFunction, slots, {});
}

void nCondWait(vm::VM& vm, uint64_t* a) {
    auto* c = receiver<Cond>(vm, a);
    vm::Iface l = c->l;
    callLocker(vm, l, "Unlock");
    vm.semaWait(c->notify, "sync.Cond.Wait");
    vm.block();
    callLocker(vm, l, "Lock");
}

void nCondSignal(vm::VM& vm, uint64_t* a) {
    auto* c = receiver<Cond>(vm, a);
    vm.raceRelease(c->notify);
    if (vm::Goroutine* g = vm.semaWake(c->notify)) vm.raceAcquire(c->notify, g);
}

void nCondBroadcast(vm::VM& vm, uint64_t* a) {
    auto* c = receiver<Cond>(vm, a);
    vm.raceRelease(c->notify);
    while (vm::Goroutine* g = vm.semaWake(c->notify)) vm.raceAcquire(c->notify, g);
}

void nNewCond(vm::VM& vm, uint64_t* a) {
    auto* c = static_cast<Cond*>(vm.allocate(sizeof(Cond), false));
    std::memcpy(&c->l, a, sizeof c->l);
    a[0] = reinterpret_cast<uint64_t>(c);
}

// ---- Map ----

struct SyncMap {
    vm::HMap* m;
    uint64_t unused[3];
};
static_assert(sizeof(SyncMap) == 32);

const types::Map* anyMap(vm::VM& vm) {
    return static_cast<const types::Map*>(vm.program().libraryTypes.at("sync.anyMap"));
}

// Every operation of a Map synchronises with the others (vm/race.h), so
// the map inside is never reported as shared without order.
struct MapOp {
    vm::VM& vm;
    SyncMap* s;
    MapOp(vm::VM& vm, uint64_t* a) : vm(vm), s(receiver<SyncMap>(vm, a)) { vm.raceAcquire(s); }
    ~MapOp() { vm.raceRelease(s); }
    vm::HMap* map() {
        if (!s->m) s->m = vm::makeMap(vm, anyMap(vm), 0);
        return s->m;
    }
};

// The value stored for key (slots a[k], a[k+1]), or null.
const vm::Iface* lookup(vm::VM& vm, SyncMap* s, const uint64_t* key) {
    return static_cast<const vm::Iface*>(vm::mapAccess(vm, anyMap(vm), s->m, key));
}

void nMapLoad(vm::VM& vm, uint64_t* a) {
    MapOp op(vm, a);
    const vm::Iface* v = lookup(vm, op.s, a + 1);
    vm::Iface out = v ? *v : vm::Iface{};
    std::memcpy(a, &out, sizeof out);
    a[2] = v != nullptr;
}

void nMapStore(vm::VM& vm, uint64_t* a) {
    MapOp op(vm, a);
    auto* slot = static_cast<vm::Iface*>(vm::mapAssign(vm, anyMap(vm), op.map(), a + 1));
    std::memcpy(slot, a + 3, sizeof *slot);
}

void nMapLoadOrStore(vm::VM& vm, uint64_t* a) {
    MapOp op(vm, a);
    const vm::Iface* v = lookup(vm, op.s, a + 1);
    bool loaded = v != nullptr;
    vm::Iface out;
    if (loaded) {
        out = *v;
    } else {
        std::memcpy(&out, a + 3, sizeof out);
        auto* slot = static_cast<vm::Iface*>(vm::mapAssign(vm, anyMap(vm), op.map(), a + 1));
        *slot = out;
    }
    std::memcpy(a, &out, sizeof out);
    a[2] = loaded;
}

void nMapLoadAndDelete(vm::VM& vm, uint64_t* a) {
    MapOp op(vm, a);
    const vm::Iface* v = lookup(vm, op.s, a + 1);
    vm::Iface out = v ? *v : vm::Iface{};
    bool loaded = v != nullptr;
    if (loaded) vm::mapDelete(vm, anyMap(vm), op.s->m, a + 1);
    std::memcpy(a, &out, sizeof out);
    a[2] = loaded;
}

void nMapDelete(vm::VM& vm, uint64_t* a) {
    MapOp op(vm, a);
    vm::mapDelete(vm, anyMap(vm), op.s->m, a + 1);
}

void nMapRange(vm::VM& vm, uint64_t* a) {
    SyncMap* s = receiver<SyncMap>(vm, a);
    auto* f = reinterpret_cast<const vm::Closure*>(a[1]);
    if (!s->m) return;
    // the iterator holds pointers into the map: collected memory
    auto* it = static_cast<vm::MapIter*>(vm.allocate(sizeof(vm::MapIter), false));
    vm.raceAcquire(s);
    vm::mapIterInit(vm, anyMap(vm), s->m, it);
    while (it->key) {
        uint64_t args[4];
        std::memcpy(args, it->key, 16);
        std::memcpy(args + 2, it->elem, 16);
        uint64_t more = 0;
        vm.raceRelease(s);
        vm.call(f, args, std::span<uint64_t>(&more, 1));
        if (!(more & 0xFF)) return;
        vm.raceAcquire(s);
        vm::mapIterNext(vm, it);
    }
    vm.raceRelease(s);
}

// ---- Pool ----

struct Pool {
    vm::GoSlice items;  // of any
    uint64_t unused;
    const vm::Closure* newFn;
};
static_assert(sizeof(Pool) == 40);

void nPoolPut(vm::VM& vm, uint64_t* a) {
    auto* p = receiver<Pool>(vm, a);
    vm::Iface x;
    std::memcpy(&x, a + 1, sizeof x);
    if (!x.type) return;
    types::Type* any = vm.program().types->emptyInterface();
    if (p->items.len == p->items.cap) p->items = vm::growSlice(vm, any, p->items, p->items.len + 1);
    static_cast<vm::Iface*>(p->items.data)[p->items.len++] = x;
}

void nPoolGet(vm::VM& vm, uint64_t* a) {
    auto* p = receiver<Pool>(vm, a);
    vm::Iface out{};
    if (p->items.len > 0) {
        auto* items = static_cast<vm::Iface*>(p->items.data);
        out = items[--p->items.len];
        items[p->items.len] = {};
    } else if (p->newFn) {
        uint64_t result[2] = {0, 0};
        vm.call(p->newFn, {}, result);
        std::memcpy(&out, result, sizeof out);
    }
    std::memcpy(a, &out, sizeof out);
}

// A struct type of `bytes` bytes whose fields a program cannot see.
// The Go type of a sync value the natives keep as the C++ struct T: its
// size and its alignment (a WaitGroup is 8-aligned, as in Go), so that a
// global or a field of that type is where the natives may read T.
template <class T>
types::Type* opaque(types::TypeTable& tt) {
    static_assert(alignof(T) == 4 || alignof(T) == 8);
    const Kind word = alignof(T) == 8 ? Kind::Uint64 : Kind::Uint32;
    std::vector<types::Field> fields;
    for (size_t k = 0; k < sizeof(T) / alignof(T); ++k)
        fields.push_back({"state" + std::to_string(k), tt.basic(word), 0, false, ""});
    return tt.structType(fields);
}

}  // namespace

void declareSync(PackageBuilder& b) {
    types::TypeTable& tt = b.types();
    types::Type* boolT = b.basic(Kind::Bool);
    types::Func* none = tt.func({}, {}, false);
    types::Func* tryLock = tt.func({}, {boolT}, false);

    types::Named* locker = tt.named("Locker", "sync");
    tt.setUnderlying(locker, tt.interfaceType({{"Lock", none}, {"Unlock", none}}));
    b.typeName("Locker", locker);

    types::Named* mutex = tt.named("Mutex", "sync");
    tt.setUnderlying(mutex, opaque<Mutex>(tt));
    b.method(mutex, "Lock", none, true, nMutexLock);
    b.method(mutex, "Unlock", none, true, nMutexUnlock);
    b.method(mutex, "TryLock", tryLock, true, nMutexTryLock);
    b.typeName("Mutex", mutex);

    types::Named* rw = tt.named("RWMutex", "sync");
    tt.setUnderlying(rw, opaque<RWMutex>(tt));
    b.method(rw, "Lock", none, true, nRWLock);
    b.method(rw, "Unlock", none, true, nRWUnlock);
    b.method(rw, "RLock", none, true, nRWRLock);
    b.method(rw, "RUnlock", none, true, nRWRUnlock);
    b.method(rw, "TryLock", tryLock, true, nRWTryLock);
    b.method(rw, "TryRLock", tryLock, true, nRWTryRLock);
    b.typeName("RWMutex", rw);

    types::Named* wg = tt.named("WaitGroup", "sync");
    tt.setUnderlying(wg, opaque<WaitGroup>(tt));
    b.method(wg, "Add", tt.func({b.basic(Kind::Int)}, {}, false), true, nWGAdd);
    b.method(wg, "Done", none, true, nWGDone);
    b.method(wg, "Wait", none, true, nWGWait);
    b.typeName("WaitGroup", wg);

    types::Named* once = tt.named("Once", "sync");
    tt.setUnderlying(once, opaque<Once>(tt));
    b.method(once, "Do", tt.func({none}, {}, false), true, nOnceDo);
    b.typeName("Once", once);

    types::Named* cond = tt.named("Cond", "sync");
    std::vector<types::Field> condFields{{"L", locker, 0, false, ""}};
    for (int k = 0; k < 8; ++k) condFields.push_back({"notify" + std::to_string(k), tt.basic(Kind::Uint32), 0, false, ""});
    tt.setUnderlying(cond, tt.structType(condFields));
    b.method(cond, "Wait", none, true, nCondWait);
    b.method(cond, "Signal", none, true, nCondSignal);
    b.method(cond, "Broadcast", none, true, nCondBroadcast);
    b.typeName("Cond", cond);
    b.func("NewCond", tt.func({locker}, {tt.pointer(cond)}, false), nNewCond);

    types::Type* any = tt.emptyInterface();
    b.program().libraryTypes["sync.anyMap"] = tt.map(any, any);
    types::Named* smap = tt.named("Map", "sync");
    tt.setUnderlying(smap, tt.structType({{"m", tt.map(any, any), 0, false, ""},
                                          {"state1", b.basic(Kind::Uint64), 0, false, ""},
                                          {"state2", b.basic(Kind::Uint64), 0, false, ""},
                                          {"state3", b.basic(Kind::Uint64), 0, false, ""}}));
    types::Func* loadSig = tt.func({any}, {any, boolT}, false);
    b.method(smap, "Load", loadSig, true, nMapLoad);
    b.method(smap, "Store", tt.func({any, any}, {}, false), true, nMapStore);
    b.method(smap, "LoadOrStore", tt.func({any, any}, {any, boolT}, false), true, nMapLoadOrStore);
    b.method(smap, "LoadAndDelete", loadSig, true, nMapLoadAndDelete);
    b.method(smap, "Delete", tt.func({any}, {}, false), true, nMapDelete);
    b.method(smap, "Range", tt.func({tt.func({any, any}, {boolT}, false)}, {}, false), true, nMapRange);
    b.typeName("Map", smap);

    types::Named* pool = tt.named("Pool", "sync");
    tt.setUnderlying(pool, tt.structType({{"items", tt.slice(any), 0, false, ""},
                                          {"unused", b.basic(Kind::Uint64), 0, false, ""},
                                          {"New", tt.func({}, {any}, false), 0, false, ""}}));
    b.method(pool, "Get", tt.func({}, {any}, false), true, nPoolGet);
    b.method(pool, "Put", tt.func({any}, {}, false), true, nPoolPut);
    b.typeName("Pool", pool);
}

}  // namespace gos::stdlib
