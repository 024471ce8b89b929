// Packages container/heap and container/ring.
//
// heap: the binary min-heap operations over a program's heap.Interface
// (sort.Interface plus Push and Pop). Init, Push, Pop, Remove and Fix make
// the calls Go's make, in the same order (sift down choosing the smaller
// child, sift up while less than the parent), so a Less or Swap with side
// effects, and the order of equal elements, are as in Go. Every method is
// the program's, so these natives run on fibers.
//
// ring: Go's circular list, type Ring struct{ next, prev *Ring; Value any },
// with the same layout, so a program reads and writes r.Value itself. A
// zero Ring is a ring of one, made so lazily as Go's are. Move by more
// than the ring's length goes around once per length, not step by step.
#include <cstring>

#include "stdlib/stdlib.h"
#include "vm/runtime.h"
#include "vm/value.h"

namespace gos::stdlib {

namespace {

using types::Kind;

// ---- heap ----

// A program's heap.Interface and calls of its methods.
class Heap {
public:
    Heap(vm::VM& vm, const vm::Iface& h) : vm_(vm), h_(h) {
        if (!h.type) vm.runtimeError(vm::kNilDeref, true);
    }
    int64_t len() { return static_cast<int64_t>(call("Len", {}, 1)[0]); }
    bool less(int64_t i, int64_t j) {
        uint64_t args[2] = {static_cast<uint64_t>(i), static_cast<uint64_t>(j)};
        return call("Less", args, 1)[0] & 1;
    }
    void swap(int64_t i, int64_t j) {
        uint64_t args[2] = {static_cast<uint64_t>(i), static_cast<uint64_t>(j)};
        call("Swap", args, 0);
    }
    void push(const vm::Iface& x) {
        uint64_t args[2];
        std::memcpy(args, &x, sizeof x);
        call("Push", args, 0);
    }
    vm::Iface pop() {
        const uint64_t* r = call("Pop", {}, 2);
        vm::Iface v;
        std::memcpy(&v, r, sizeof v);
        return v;
    }

    void up(int64_t j) {
        for (;;) {
            int64_t i = (j - 1) / 2;  // the parent
            if (i == j || !less(j, i)) break;
            swap(i, j);
            j = i;
        }
    }
    // true if the element at i0 moved down
    bool down(int64_t i0, int64_t n) {
        int64_t i = i0;
        for (;;) {
            int64_t j1 = 2 * i + 1;
            if (j1 >= n || j1 < 0) break;  // j1 < 0: int overflow
            int64_t j = j1;
            if (int64_t j2 = j1 + 1; j2 < n && less(j2, j1)) j = j2;  // the smaller child
            if (!less(j, i)) break;
            swap(i, j);
            i = j;
        }
        return i > i0;
    }

private:
    const uint64_t* call(const char* name, std::span<const uint64_t> args, size_t results) {
        const types::Method* m = vm::findMethod(h_.type, name);
        if (!m) vm_.runtimeError(vm::kNilDeref, true);
        vm::callMethod(vm_, h_, m, args, std::span<uint64_t>(result_, results));
        return result_;
    }

    vm::VM& vm_;
    vm::Iface h_;
    uint64_t result_[2] = {};
};

void nHeapInit(vm::VM& vm, uint64_t* a) {
    Heap h(vm, ifaceArg(a, 0));
    int64_t n = h.len();
    for (int64_t i = n / 2 - 1; i >= 0; --i) h.down(i, n);
}

void nHeapPush(vm::VM& vm, uint64_t* a) {
    Heap h(vm, ifaceArg(a, 0));
    h.push(ifaceArg(a, 2));
    h.up(h.len() - 1);
}

void nHeapPop(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    Heap h(vm, ifaceArg(a, 0));
    int64_t n = h.len() - 1;
    h.swap(0, n);
    h.down(0, n);
    vm::Iface v = h.pop();
    setIface(results.get(vm), 0, v);
}

void nHeapRemove(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    Heap h(vm, ifaceArg(a, 0));
    int64_t i = static_cast<int64_t>(a[2]);
    int64_t n = h.len() - 1;
    if (n != i) {
        h.swap(i, n);
        if (!h.down(i, n)) h.up(i);
    }
    vm::Iface v = h.pop();
    setIface(results.get(vm), 0, v);
}

void nHeapFix(vm::VM& vm, uint64_t* a) {
    Heap h(vm, ifaceArg(a, 0));
    int64_t i = static_cast<int64_t>(a[2]);
    if (!h.down(i, h.len())) h.up(i);
}

// ---- ring ----

struct Ring {
    Ring* next;
    Ring* prev;
    vm::Iface value;
};

Ring* init(Ring* r) {
    r->next = r;
    r->prev = r;
    return r;
}

Ring* self(vm::VM& vm, const uint64_t* a) {
    auto* r = reinterpret_cast<Ring*>(a[0]);
    if (!r) vm.runtimeError(vm::kNilDeref, true);
    return r;
}

Ring* next(Ring* r) { return r->next ? r->next : init(r); }
Ring* prev(Ring* r) { return r->next ? r->prev : init(r); }

int64_t length(Ring* r) {
    int64_t n = 1;
    for (Ring* p = next(r); p != r; p = p->next) ++n;
    return n;
}

Ring* move(Ring* r, int64_t n) {
    if (!r->next) return init(r);
    // a whole number of turns ends where it began
    constexpr int64_t kManySteps = 1 << 16;
    if (n > kManySteps || n < -kManySteps) n %= length(r);
    for (; n < 0; ++n) r = r->prev;
    for (; n > 0; --n) r = r->next;
    return r;
}

Ring* link(Ring* r, Ring* s) {
    Ring* n = next(r);
    if (s) {
        Ring* p = prev(s);
        r->next = s;
        s->prev = r;
        n->prev = p;
        p->next = n;
    }
    return n;
}

void put(uint64_t* a, Ring* r) { a[0] = reinterpret_cast<uint64_t>(r); }

void nRingNew(vm::VM& vm, uint64_t* a) {
    int64_t n = static_cast<int64_t>(a[0]);
    if (n <= 0) {
        put(a, nullptr);
        return;
    }
    auto* r = static_cast<Ring*>(vm.allocate(sizeof(Ring), false));
    Ring* p = r;
    for (int64_t i = 1; i < n; ++i) {
        auto* q = static_cast<Ring*>(vm.allocate(sizeof(Ring), false));
        q->prev = p;
        p->next = q;
        p = q;
    }
    p->next = r;
    r->prev = p;
    put(a, r);
}

void nRingNext(vm::VM& vm, uint64_t* a) { put(a, next(self(vm, a))); }
void nRingPrev(vm::VM& vm, uint64_t* a) { put(a, prev(self(vm, a))); }
void nRingMove(vm::VM& vm, uint64_t* a) { put(a, move(self(vm, a), static_cast<int64_t>(a[1]))); }
void nRingLink(vm::VM& vm, uint64_t* a) { put(a, link(self(vm, a), reinterpret_cast<Ring*>(a[1]))); }

void nRingUnlink(vm::VM& vm, uint64_t* a) {
    int64_t n = static_cast<int64_t>(a[1]);
    if (n <= 0) {
        put(a, nullptr);
        return;
    }
    Ring* r = self(vm, a);
    put(a, link(r, move(r, n + 1)));
}

void nRingLen(vm::VM&, uint64_t* a) {
    auto* r = reinterpret_cast<Ring*>(a[0]);
    a[0] = r ? static_cast<uint64_t>(length(r)) : 0;
}

// Do calls f on every Value, r first; f may change the ring (as in Go,
// the walk follows the links as they are after each call).
void nRingDo(vm::VM& vm, uint64_t* a) {
    auto* r = reinterpret_cast<Ring*>(a[0]);
    auto* f = reinterpret_cast<const vm::Closure*>(a[1]);
    if (!r) return;
    auto callWith = [&](Ring* p) {
        uint64_t args[2];
        std::memcpy(args, &p->value, sizeof p->value);
        vm.call(f, args, {});
    };
    callWith(r);
    for (Ring* p = next(r); p != r; p = p->next) callWith(p);
}

}  // namespace

void declareHeap(PackageBuilder& b) {
    types::TypeTable& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    types::Type* any = tt.emptyInterface();
    types::Named* iface = tt.named("Interface", "heap");
    tt.setUnderlying(iface, tt.interfaceType({{"Len", tt.func({}, {intT}, false)},
                                              {"Less", tt.func({intT, intT}, {b.basic(Kind::Bool)}, false)},
                                              {"Pop", tt.func({}, {any}, false)},
                                              {"Push", tt.func({any}, {}, false)},
                                              {"Swap", tt.func({intT, intT}, {}, false)}}));
    b.typeName("Interface", iface);
    b.func("Init", tt.func({iface}, {}, false), nHeapInit);
    b.func("Push", tt.func({iface, any}, {}, false), nHeapPush);
    b.func("Pop", tt.func({iface}, {any}, false), nHeapPop);
    b.func("Remove", tt.func({iface, intT}, {any}, false), nHeapRemove);
    b.func("Fix", tt.func({iface, intT}, {}, false), nHeapFix);
}

void declareRing(PackageBuilder& b) {
    types::TypeTable& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    types::Type* any = tt.emptyInterface();
    types::Named* ring = tt.named("Ring", "ring");
    types::Type* ringPtr = tt.pointer(ring);
    tt.setUnderlying(ring, tt.structType({{"next", ringPtr, 0, false, ""},
                                          {"prev", ringPtr, 0, false, ""},
                                          {"Value", any, 0, false, ""}}));
    b.method(ring, "Next", tt.func({}, {ringPtr}, false), true, nRingNext);
    b.method(ring, "Prev", tt.func({}, {ringPtr}, false), true, nRingPrev);
    b.method(ring, "Move", tt.func({intT}, {ringPtr}, false), true, nRingMove);
    b.method(ring, "Link", tt.func({ringPtr}, {ringPtr}, false), true, nRingLink);
    b.method(ring, "Unlink", tt.func({intT}, {ringPtr}, false), true, nRingUnlink);
    b.method(ring, "Len", tt.func({}, {intT}, false), true, nRingLen);
    b.method(ring, "Do", tt.func({tt.func({any}, {}, false)}, {}, false), true, nRingDo);
    b.typeName("Ring", ring);
    b.func("New", tt.func({intT}, {ringPtr}, false), nRingNew);
}

}  // namespace gos::stdlib
