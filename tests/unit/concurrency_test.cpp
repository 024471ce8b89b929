// Unit tests of the pieces goroutines stand on: fibers (support/fiber.h)
// and the vector clocks of the map misuse detector (vm/race.h).
#include <doctest/doctest.h>

#include <gc/gc.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "support/fiber.h"
#include "support/stack.h"
#include "vm/race.h"

using gos::support::Fiber;
using gos::vm::VClock;

namespace {

struct Steps {
    Fiber* fiber;
    std::vector<int> log;
};

void twoSuspends(void* p) {
    auto* s = static_cast<Steps*>(p);
    s->log.push_back(1);
    s->fiber->suspend();
    s->log.push_back(2);
    s->fiber->suspend();
    s->log.push_back(3);
}

// Recurses until the stack is reported exhausted; the call goes through a
// volatile pointer so that it cannot become a loop.
int depth(int n);
int (*volatile recurse)(int) = depth;
int depth(int n) {
    if (gos::support::stackExhausted()) return n;
    volatile char pad[4096];
    pad[n % 4096] = 1;
    int r = recurse(n + 1);
    return r + pad[n % 4096] - 1;
}

}  // namespace

TEST_CASE("a fiber runs, suspends, resumes and finishes; it can be reused") {
    Fiber f;
    REQUIRE(f.ok());
    for (int round = 0; round < 2; ++round) {
        Steps s{&f, {}};
        CHECK_FALSE(f.run(twoSuspends, &s));
        CHECK(f.suspended());
        CHECK(s.log == std::vector<int>{1});
        CHECK_FALSE(f.resume());
        CHECK(s.log == std::vector<int>{1, 2});
        CHECK(f.resume());
        CHECK_FALSE(f.suspended());
        CHECK(s.log == std::vector<int>{1, 2, 3});
    }
}

TEST_CASE("an exception thrown on a fiber comes out of run") {
    Fiber f;
    REQUIRE(f.ok());
    CHECK_THROWS_AS(f.run([](void*) { throw std::runtime_error("boom"); }, nullptr), std::runtime_error);
    // and the fiber is usable again
    int n = 0;
    CHECK(f.run([](void* p) { *static_cast<int*>(p) = 7; }, &n));
    CHECK(n == 7);
}

TEST_CASE("the collector sees what a suspended fiber and the thread hold") {
    Fiber f;
    REQUIRE(f.ok());
    struct Holder {
        Fiber* f;
        void** out;
    } h{&f, nullptr};
    // the fiber allocates, keeps the object only in a local, and suspends
    static void* kept = nullptr;
    CHECK_FALSE(f.run(
        [](void* p) {
            auto* h = static_cast<Holder*>(p);
            auto* obj = static_cast<long*>(GC_MALLOC(64));
            obj[0] = 42;
            h->f->suspend();
            kept = obj;  // still the same object after collections
            CHECK(obj[0] == 42);
        },
        &h));
    for (int k = 0; k < 3; ++k) {
        GC_gcollect();
        for (int j = 0; j < 1000; ++j) static_cast<long*>(GC_MALLOC(64))[0] = -1;  // reuse freed memory
    }
    CHECK(f.resume());
    CHECK(static_cast<long*>(kept)[0] == 42);
}

TEST_CASE("deep recursion on a fiber meets stackExhausted, not the guard page") {
    Fiber f;
    REQUIRE(f.ok());
    int reached = 0;
    CHECK(f.run([](void* p) { *static_cast<int*>(p) = depth(0); }, &reached));
    CHECK(reached > 1000);
}

TEST_CASE("vector clocks: get, set, join") {
    VClock a, b;
    CHECK(a.get(5) == 0);
    a.set(5, 3);
    a.set(2, 1);
    a.set(5, 2);  // never lowers
    CHECK(a.get(5) == 3);
    CHECK(a.get(2) == 1);
    b.set(2, 4);
    b.set(9, 1);
    a.join(b);
    CHECK(a.get(2) == 4);
    CHECK(a.get(5) == 3);
    CHECK(a.get(9) == 1);
    CHECK(a.e.size() == 3);
    CHECK(a.e[0].g == 2);
    CHECK(a.e[2].g == 9);
}
