// Package runtime: what a Go program asks of the scheduler.
//
// gos runs goroutines as Go does with GOMAXPROCS=1 (see vm/sched.cpp), so
// GOMAXPROCS reports 1 and cannot be raised.
#include <thread>

#include "stdlib/stdlib.h"

namespace gos::stdlib {

namespace {

using types::Kind;

void nGosched(vm::VM& vm, uint64_t*) { vm.yield(); }

void nGoexit(vm::VM& vm, uint64_t*) { vm.goexit(); }

void nNumGoroutine(vm::VM& vm, uint64_t* a) { a[0] = static_cast<uint64_t>(vm.liveGoroutines()); }

void nGOMAXPROCS(vm::VM&, uint64_t* a) { a[0] = 1; }

void nNumCPU(vm::VM&, uint64_t* a) {
    unsigned n = std::thread::hardware_concurrency();
    a[0] = n > 0 ? n : 1;
}

}  // namespace

void declareRuntime(PackageBuilder& b) {
    types::TypeTable& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    b.func("Gosched", tt.func({}, {}, false), nGosched);
    b.func("Goexit", tt.func({}, {}, false), nGoexit);
    b.func("NumGoroutine", tt.func({}, {intT}, false), nNumGoroutine);
    b.func("GOMAXPROCS", tt.func({intT}, {intT}, false), nGOMAXPROCS);
    b.func("NumCPU", tt.func({}, {intT}, false), nNumCPU);
}

}  // namespace gos::stdlib
