// Unit tests of the map runtime (vm/map.h), driven directly on a VM built
// over an empty Program. The numbers checked against Go were measured with
// Go 1.19.8 (reading hmap.B and maptype through unsafe):
//
//   - B after n inserts of distinct keys into make(map[int]int): 1 at the
//     9th insert, 2 at the 14th, 3 at the 27th, 4 at the 53rd, 5 at 105,
//     6 at 209, 7 at 417, 8 at 833, 9 at 1665; from the 27th on a growth is
//     still in progress right after the insert that started it;
//   - B of make(map[int]int, hint): 0 for 0, 1, 8, -1, -100; 1 for 9 and
//     13; 2 for 14 and 26; 3 for 27 and 52; 4 for 53 and 100; 8 for 1000;
//     10 for 6656; 11 for 6657 (and a negative hint does not panic);
//   - bucket sizes: map[int]int 144, map[int64]int8 88, map[int8]int64 88,
//     map[string]int 208, map[struct{}]struct{} 16, map[int]struct{} 80,
//     map[[129]byte-struct]same 144 (indirect key and elem),
//     map[[128]byte][128]byte 2064 (still inline), map[interface{}]bool
//     152, map[S]int 272 for S{int8; _ int32; string}, map[[3]int8]int16 56.
#include <doctest/doctest.h>

#include <gc/gc.h>

#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vm/map.h"
#include "vm/runtime.h"

using namespace gos;
using gos::types::Kind;
using gos::vm::HMap;
using gos::vm::MapIter;

namespace {

struct Fixture {
    vm::Program program;
    vm::VM machine{program, vm::VMConfig{}};
    types::TypeTable& tt = *program.types;

    types::Map* intMap() { return tt.map(tt.basic(Kind::Int), tt.basic(Kind::Int)); }

    MapIter* newIter() { return static_cast<MapIter*>(machine.allocate(sizeof(MapIter), false)); }
};

void putInt(vm::VM& vm, const types::Map* t, HMap* m, int64_t k, int64_t v) {
    void* e = vm::mapAssign(vm, t, m, &k);
    std::memcpy(e, &v, 8);
}

std::optional<int64_t> getInt(vm::VM& vm, const types::Map* t, HMap* m, int64_t k) {
    const void* e = vm::mapAccess(vm, t, m, &k);
    if (!e) return std::nullopt;
    int64_t v;
    std::memcpy(&v, e, 8);
    return v;
}

types::Field field(std::string name, types::Type* type) {
    types::Field f;
    f.name = std::move(name);
    f.type = type;
    return f;
}

int64_t readInt(const void* p) {
    int64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

// Go's overLoadFactor: what B must be after n distinct inserts.
bool overLoad(int64_t n, int B) { return n > 8 && static_cast<uint64_t>(n) > 13 * ((uint64_t(1) << B) / 2); }
int expectedB(int64_t n) {
    int B = 0;
    while (overLoad(n, B)) ++B;
    return B;
}

// The panic message of a call expected to panic.
template <class F>
std::string panicMessage(F&& f, vm::GoPanic* out = nullptr) {
    try {
        f();
    } catch (vm::GoPanic& p) {
        if (out) *out = p;
        return p.message;
    }
    return "(no panic)";
}

}  // namespace

TEST_CASE("map layout matches Go's maptype") {
    Fixture fx;
    auto& tt = fx.tt;
    auto bucketSize = [&](types::Type* k, types::Type* e) { return vm::mapLayout(tt.map(k, e)).bucketSize; };
    types::Type* i64 = tt.basic(Kind::Int64);
    types::Type* i8 = tt.basic(Kind::Int8);
    types::Type* str = tt.basic(Kind::String);
    types::Type* empty = tt.structType({});
    CHECK(bucketSize(tt.basic(Kind::Int), tt.basic(Kind::Int)) == 144);
    CHECK(bucketSize(i64, i8) == 88);
    CHECK(bucketSize(i8, i64) == 88);
    CHECK(bucketSize(str, tt.basic(Kind::Int)) == 208);
    CHECK(bucketSize(empty, empty) == 16);
    CHECK(bucketSize(tt.basic(Kind::Int), empty) == 80);
    CHECK(bucketSize(tt.emptyInterface(), tt.basic(Kind::Bool)) == 152);
    CHECK(bucketSize(tt.array(3, i8), tt.basic(Kind::Int16)) == 56);

    types::Type* s = tt.structType({field("a", i8), field("_", tt.basic(Kind::Int32)), field("b", str)});
    CHECK(bucketSize(s, tt.basic(Kind::Int)) == 272);

    types::Type* bytes128 = tt.array(128, tt.basic(Kind::Uint8));
    vm::MapLayout inl = vm::mapLayout(tt.map(bytes128, bytes128));
    CHECK(inl.bucketSize == 2064);
    CHECK(!inl.indirectKey);
    CHECK(inl.pointerFree);

    types::Type* bytes129 = tt.array(129, tt.basic(Kind::Uint8));
    vm::MapLayout ind = vm::mapLayout(tt.map(bytes129, bytes129));
    CHECK(ind.bucketSize == 144);
    CHECK(ind.keySize == 8);
    CHECK(ind.indirectKey);
    CHECK(ind.indirectElem);
    CHECK(!ind.pointerFree);

    // maptype flags as Go computes them
    vm::MapLayout fl = vm::mapLayout(tt.map(tt.basic(Kind::Float64), tt.basic(Kind::Int)));
    CHECK(!fl.reflexiveKey);
    CHECK(fl.needKeyUpdate);
    CHECK(!fl.hashMightPanic);
    vm::MapLayout sl = vm::mapLayout(tt.map(s, tt.basic(Kind::Int)));
    CHECK(sl.reflexiveKey);
    CHECK(sl.needKeyUpdate);
    CHECK(!sl.pointerFree);
    vm::MapLayout il = vm::mapLayout(tt.map(tt.emptyInterface(), tt.basic(Kind::Bool)));
    CHECK(!il.reflexiveKey);
    CHECK(il.needKeyUpdate);
    CHECK(il.hashMightPanic);
    vm::MapLayout nl = vm::mapLayout(fx.intMap());
    CHECK(nl.reflexiveKey);
    CHECK(!nl.needKeyUpdate);
    CHECK(nl.pointerFree);
}

TEST_CASE("make(map, hint) picks Go's B; a negative or huge hint is 0") {
    Fixture fx;
    const types::Map* t = fx.intMap();
    const std::pair<int64_t, int> cases[] = {{0, 0},   {1, 0},   {8, 0},     {9, 1},      {13, 1},    {14, 2},
                                             {26, 2},  {27, 3},  {52, 3},    {53, 4},     {100, 4},   {1000, 8},
                                             {6656, 10}, {6657, 11}, {-1, 0}, {-100, 0}, {int64_t(1) << 44, 0},
                                             {INT64_MAX, 0}};
    for (const auto& c : cases) {
        const int64_t hint = c.first;
        const int B = c.second;
        CAPTURE(hint);
        HMap* m = vm::makeMap(fx.machine, t, hint);
        CHECK(vm::mapB(m) == B);
        CHECK(vm::mapLen(m) == 0);
        CHECK(!vm::mapGrowing(m));
    }
    // a pre-sized map does not grow while it fills up to its hint
    HMap* m = vm::makeMap(fx.machine, t, 1000);
    for (int64_t k = 0; k < 1000; ++k) putInt(fx.machine, t, m, k, k);
    CHECK(vm::mapB(m) == 8);
    CHECK(!vm::mapGrowing(m));
}

TEST_CASE("B after n inserts follows Go's load factor; growth is incremental") {
    Fixture fx;
    const types::Map* t = fx.intMap();
    HMap* m = vm::makeMap(fx.machine, t, 0);
    std::map<int64_t, int> firstB;  // n at which each B appeared
    int prevB = 0;
    for (int64_t n = 1; n <= 2000; ++n) {
        putInt(fx.machine, t, m, n * 7919, n);
        int B = vm::mapB(m);
        REQUIRE(B == expectedB(n));
        vm::MapStats s = vm::mapStats(t, m);
        CHECK(s.count == n);
        CHECK(s.buckets == (uint64_t(1) << B));
        if (B != prevB) {
            firstB[n] = B;
            // the insert that doubles a table of 4 or more buckets evacuates
            // at most 2 of them: the old array is still live
            CHECK(vm::mapGrowing(m) == (prevB >= 2));
            prevB = B;
        }
        if (s.growing) {
            CHECK(!s.sameSizeGrow);
            CHECK(s.oldBuckets == (uint64_t(1) << (B - 1)));
            CHECK(s.evacuated < s.oldBuckets);
        } else {
            CHECK(s.oldBuckets == 0);
        }
    }
    const std::map<int64_t, int> go = {{9, 1}, {14, 2}, {27, 3}, {53, 4}, {105, 5},
                                       {209, 6}, {417, 7}, {833, 8}, {1665, 9}};
    CHECK(firstB == go);
    // every entry is still there, through old and new arrays alike
    for (int64_t n = 1; n <= 2000; ++n) CHECK(getInt(fx.machine, t, m, n * 7919) == n);

    // a growth ends: each write evacuates up to two old buckets, so at most
    // 2^(B-1) more writes finish it
    HMap* g = vm::makeMap(fx.machine, t, 0);
    int64_t n = 0;
    while (!vm::mapGrowing(g)) putInt(fx.machine, t, g, n, n), ++n;
    uint64_t old = vm::mapStats(t, g).oldBuckets;
    uint64_t writes = 0;
    while (vm::mapGrowing(g)) {
        uint64_t before = vm::mapStats(t, g).evacuated;
        putInt(fx.machine, t, g, 0, -1);  // an overwrite also does growth work
        ++writes;
        if (vm::mapGrowing(g)) CHECK(vm::mapStats(t, g).evacuated > before);
    }
    CHECK(writes <= old);
    CHECK(getInt(fx.machine, t, g, 0) == -1);

    // maps never shrink
    for (int64_t n = 1; n <= 2000; ++n) {
        int64_t k = n * 7919;
        vm::mapDelete(fx.machine, t, m, &k);
    }
    CHECK(vm::mapLen(m) == 0);
    CHECK(vm::mapB(m) == 9);
}

TEST_CASE("100k int keys against std::unordered_map") {
    Fixture fx;
    const types::Map* t = fx.intMap();
    HMap* m = vm::makeMap(fx.machine, t, 0);
    std::unordered_map<int64_t, int64_t> ref;
    std::mt19937_64 rng(12345);
    for (int64_t step = 0; step < 100000; ++step) {
        int64_t k = static_cast<int64_t>(rng() % 150000) - 75000;
        switch (rng() % 4) {
            case 0:
            case 1:
                putInt(fx.machine, t, m, k, step);
                ref[k] = step;
                break;
            case 2:
                vm::mapDelete(fx.machine, t, m, &k);
                ref.erase(k);
                break;
            default: {
                auto got = getInt(fx.machine, t, m, k);
                auto it = ref.find(k);
                if (it == ref.end()) CHECK(!got);
                else CHECK(got == it->second);
            }
        }
        if (step % 997 == 0) REQUIRE(vm::mapLen(m) == static_cast<int64_t>(ref.size()));
    }
    REQUIRE(vm::mapLen(m) == static_cast<int64_t>(ref.size()));
    for (auto& [k, v] : ref) REQUIRE(getInt(fx.machine, t, m, k) == v);
    // one range visits exactly the live entries
    std::unordered_map<int64_t, int64_t> seen;
    MapIter* it = fx.newIter();
    for (vm::mapIterInit(fx.machine, t, m, it); it->key; vm::mapIterNext(fx.machine, it))
        REQUIRE(seen.emplace(readInt(it->key), readInt(it->elem)).second);
    CHECK(seen == ref);

    // 100k distinct inserts: sizes and a sane hash
    HMap* big = vm::makeMap(fx.machine, t, 0);
    for (int64_t k = 0; k < 100000; ++k) putInt(fx.machine, t, big, k, ~k);
    CHECK(vm::mapB(big) == expectedB(100000));
    CHECK(vm::mapB(big) == 14);
    vm::MapStats s = vm::mapStats(t, big);
    CHECK(s.longestChain <= 4);
    CHECK(s.overflowBuckets + s.oldOverflowBuckets < static_cast<int64_t>(s.buckets) / 2);
    for (int64_t k = 0; k < 100000; ++k) REQUIRE(getInt(fx.machine, t, big, k) == ~k);
    for (int64_t k = 0; k < 100000; k += 2) vm::mapDelete(fx.machine, t, big, &k);
    CHECK(vm::mapLen(big) == 50000);
    for (int64_t k = 0; k < 100000; ++k) REQUIRE(getInt(fx.machine, t, big, k).has_value() == (k % 2 == 1));
}

TEST_CASE("100k string keys, looked up by contents") {
    Fixture fx;
    auto& tt = fx.tt;
    const types::Map* t = tt.map(tt.basic(Kind::String), tt.basic(Kind::Int));
    HMap* m = vm::makeMap(fx.machine, t, 0);
    std::unordered_map<std::string, int64_t> ref;
    std::mt19937_64 rng(777);
    auto key = [&](uint64_t n) {
        std::string s = "key-" + std::to_string(n);
        if (n % 3 == 0) s += std::string(n % 40, 'x');  // some longer than 16 and 48 bytes
        return s;
    };
    for (int64_t step = 0; step < 100000; ++step) {
        std::string ks = key(rng() % 60000);
        vm::GoString k = fx.machine.makeString(ks);  // fresh storage every time
        switch (rng() % 4) {
            case 0:
            case 1: {
                void* e = vm::mapAssign(fx.machine, t, m, &k);
                std::memcpy(e, &step, 8);
                ref[ks] = step;
                break;
            }
            case 2:
                vm::mapDelete(fx.machine, t, m, &k);
                ref.erase(ks);
                break;
            default: {
                const void* e = vm::mapAccess(fx.machine, t, m, &k);
                auto it = ref.find(ks);
                REQUIRE((e != nullptr) == (it != ref.end()));
                if (e) CHECK(readInt(e) == it->second);
            }
        }
    }
    REQUIRE(vm::mapLen(m) == static_cast<int64_t>(ref.size()));
    std::unordered_map<std::string, int64_t> seen;
    MapIter* it = fx.newIter();
    for (vm::mapIterInit(fx.machine, t, m, it); it->key; vm::mapIterNext(fx.machine, it)) {
        vm::GoString s;
        std::memcpy(&s, it->key, sizeof s);
        REQUIRE(seen.emplace(std::string(s.view()), readInt(it->elem)).second);
    }
    CHECK(seen == ref);
    // the empty string is a key like any other
    vm::GoString emptyKey{nullptr, 0};
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, m, &emptyKey)) = 42;
    vm::GoString emptyKey2 = fx.machine.makeString("");
    CHECK(readInt(vm::mapAccess(fx.machine, t, m, &emptyKey2)) == 42);
}

TEST_CASE("range visits every entry once, while deleting and during growth") {
    Fixture fx;
    const types::Map* t = fx.intMap();
    std::mt19937_64 rng(4242);
    for (int trial = 0; trial < 300; ++trial) {
        CAPTURE(trial);
        HMap* m = vm::makeMap(fx.machine, t, trial % 5 == 0 ? int64_t(rng() % 500) : 0);
        std::unordered_map<int64_t, int64_t> ref;
        std::vector<int64_t> keys;
        int64_t n = static_cast<int64_t>(rng() % 3000);
        int64_t next = 0;
        for (; next < n; ++next) {
            putInt(fx.machine, t, m, next, next);
            ref[next] = next;
            keys.push_back(next);
        }
        std::unordered_set<int64_t> initial(keys.begin(), keys.end());
        std::unordered_set<int64_t> touched;  // deleted (maybe re-added) during the range
        std::unordered_set<int64_t> seen;
        bool grewDuring = false;
        MapIter* it = fx.newIter();
        for (vm::mapIterInit(fx.machine, t, m, it); it->key; vm::mapIterNext(fx.machine, it)) {
            int64_t k = readInt(it->key);
            REQUIRE(seen.insert(k).second);  // never twice
            auto live = ref.find(k);
            REQUIRE(live != ref.end());  // only live entries, with their current value
            CHECK(readInt(it->elem) == live->second);
            // mutate: insert new keys (driving growth), delete, update
            for (int op = static_cast<int>(rng() % 4); op > 0; --op) {
                switch (rng() % 4) {
                    case 0:
                    case 1:
                        putInt(fx.machine, t, m, next, next);
                        ref[next] = next;
                        keys.push_back(next++);
                        break;
                    case 2:
                        if (!keys.empty()) {
                            size_t i = rng() % keys.size();
                            int64_t d = keys[i];
                            keys[i] = keys.back();
                            keys.pop_back();
                            vm::mapDelete(fx.machine, t, m, &d);
                            ref.erase(d);
                            touched.insert(d);
                        }
                        break;
                    default:
                        if (!keys.empty()) {
                            int64_t u = keys[rng() % keys.size()];
                            putInt(fx.machine, t, m, u, ref[u] = -u - 1);
                        }
                }
            }
            grewDuring = grewDuring || vm::mapGrowing(m);
        }
        for (int64_t k : initial)
            if (!touched.count(k)) REQUIRE(seen.count(k) == 1);
        REQUIRE(vm::mapLen(m) == static_cast<int64_t>(ref.size()));
        (void)grewDuring;
    }
}

TEST_CASE("a range started in the middle of a growth") {
    Fixture fx;
    const types::Map* t = fx.intMap();
    for (int trial = 0; trial < 50; ++trial) {
        HMap* m = vm::makeMap(fx.machine, t, 0);
        int64_t next = 0;
        // fill until a doubling of at least 32 buckets is under way
        while (!(vm::mapGrowing(m) && vm::mapB(m) >= 6)) putInt(fx.machine, t, m, next, next), ++next;
        int64_t before = next;
        std::unordered_set<int64_t> seen;
        MapIter* it = fx.newIter();
        int steps = 0;
        for (vm::mapIterInit(fx.machine, t, m, it); it->key; vm::mapIterNext(fx.machine, it)) {
            int64_t k = readInt(it->key);
            REQUIRE(seen.insert(k).second);
            CHECK(readInt(it->elem) == k);
            if (++steps % 2 == 0) putInt(fx.machine, t, m, next, next), ++next;  // evacuates as we go
        }
        for (int64_t k = 0; k < before; ++k) REQUIRE(seen.count(k) == 1);
        for (int64_t k : seen) CHECK(k < next);
    }

    // a range that starts before a growth and outlives the old array, with
    // collections in between: the buckets it walks stay alive
    HMap* m = vm::makeMap(fx.machine, t, 0);
    for (int64_t k = 0; k < 5000; ++k) putInt(fx.machine, t, m, k, k);
    std::unordered_set<int64_t> seen;
    MapIter* it = fx.newIter();
    int64_t next = 5000;
    int steps = 0;
    for (vm::mapIterInit(fx.machine, t, m, it); it->key; vm::mapIterNext(fx.machine, it)) {
        REQUIRE(seen.insert(readInt(it->key)).second);
        if (steps++ < 100) {
            for (int i = 0; i < 200; ++i) putInt(fx.machine, t, m, next, next), ++next;
            if (steps % 10 == 0) GC_gcollect();
        }
    }
    for (int64_t k = 0; k < 5000; ++k) REQUIRE(seen.count(k) == 1);
}

TEST_CASE("range start positions vary") {
    Fixture fx;
    const types::Map* t = fx.intMap();
    HMap* m = vm::makeMap(fx.machine, t, 0);
    for (int64_t k = 0; k < 1000; ++k) putInt(fx.machine, t, m, k, k);
    std::set<int64_t> firsts;
    std::set<std::vector<int64_t>> orders;
    MapIter* it = fx.newIter();
    for (int r = 0; r < 50; ++r) {
        vm::mapIterInit(fx.machine, t, m, it);
        firsts.insert(readInt(it->key));
        CHECK(it->startBucket < (uint64_t(1) << vm::mapB(m)));
        CHECK(it->offset < 8);
        std::vector<int64_t> order;
        for (; it->key; vm::mapIterNext(fx.machine, it)) order.push_back(readInt(it->key));
        CHECK(order.size() == 1000);
        orders.insert(order);
    }
    CHECK(firsts.size() > 10);
    CHECK(orders.size() > 10);

    // even a map of one bucket is walked from a random slot
    HMap* small = vm::makeMap(fx.machine, t, 0);
    for (int64_t k = 0; k < 8; ++k) putInt(fx.machine, t, small, k, k);
    std::set<int64_t> smallFirsts;
    for (int r = 0; r < 200; ++r) {
        vm::mapIterInit(fx.machine, t, small, it);
        smallFirsts.insert(readInt(it->key));
    }
    CHECK(smallFirsts.size() == 8);

    // seeds differ between maps
    std::set<uint32_t> seeds;
    for (int r = 0; r < 20; ++r) seeds.insert(vm::mapStats(t, vm::makeMap(fx.machine, t, 0)).hash0);
    CHECK(seeds.size() > 15);
}

TEST_CASE("NaN keys and signed zeros") {
    Fixture fx;
    auto& tt = fx.tt;
    const types::Map* t = tt.map(tt.basic(Kind::Float64), tt.basic(Kind::Int));
    HMap* m = vm::makeMap(fx.machine, t, 0);
    double nan = std::nan("");
    for (int64_t i = 0; i < 3; ++i) *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, m, &nan)) = i;
    CHECK(vm::mapLen(m) == 3);
    CHECK(vm::mapAccess(fx.machine, t, m, &nan) == nullptr);
    vm::mapDelete(fx.machine, t, m, &nan);
    CHECK(vm::mapLen(m) == 3);

    double pz = 0.0, nz = -0.0;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, m, &pz)) = 10;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, m, &nz)) = 20;
    CHECK(vm::mapLen(m) == 4);
    CHECK(readInt(vm::mapAccess(fx.machine, t, m, &pz)) == 20);
    int nans = 0, zeros = 0;
    MapIter* it = fx.newIter();
    for (vm::mapIterInit(fx.machine, t, m, it); it->key; vm::mapIterNext(fx.machine, it)) {
        double k;
        std::memcpy(&k, it->key, 8);
        if (std::isnan(k)) ++nans;
        if (k == 0) {
            ++zeros;
            CHECK(std::signbit(k));  // the key was updated to -0, as Go does
        }
    }
    CHECK(nans == 3);
    CHECK(zeros == 1);
    vm::mapDelete(fx.machine, t, m, &pz);  // +0 deletes the -0 key
    CHECK(vm::mapLen(m) == 3);

    // many NaNs through growths, with a range watching: each seen once
    HMap* g = vm::makeMap(fx.machine, t, 0);
    int64_t next = 0;
    for (; next < 300; ++next) *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, g, &nan)) = next;
    std::set<int64_t> seen;
    for (vm::mapIterInit(fx.machine, t, g, it); it->key; vm::mapIterNext(fx.machine, it)) {
        REQUIRE(seen.insert(readInt(it->elem)).second);
        for (int i = 0; i < 3; ++i) *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, g, &nan)) = next++;
    }
    for (int64_t v = 0; v < 300; ++v) CHECK(seen.count(v) == 1);
    CHECK(vm::mapLen(g) == next);

    // a range started during a growth: NaNs cannot be rehashed, so old
    // buckets send them by their tophash's low bit, and the range agrees
    for (int trial = 0; trial < 20; ++trial) {
        HMap* h = vm::makeMap(fx.machine, t, 0);
        int64_t count = 0;
        while (!(vm::mapGrowing(h) && vm::mapB(h) >= 5))
            *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, h, &nan)) = count++;
        int64_t before = count;
        std::set<int64_t> got;
        for (vm::mapIterInit(fx.machine, t, h, it); it->key; vm::mapIterNext(fx.machine, it)) {
            REQUIRE(got.insert(readInt(it->elem)).second);
            *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, h, &nan)) = count++;
        }
        for (int64_t v = 0; v < before; ++v) REQUIRE(got.count(v) == 1);
    }

    // complex keys: per part
    const types::Map* ct = tt.map(tt.basic(Kind::Complex128), tt.basic(Kind::Int));
    HMap* cm = vm::makeMap(fx.machine, ct, 0);
    double c1[2] = {0.0, 1.5}, c2[2] = {-0.0, 1.5}, c3[2] = {1.5, nan};
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ct, cm, c1)) = 1;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ct, cm, c2)) = 2;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ct, cm, c3)) = 3;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ct, cm, c3)) = 4;
    CHECK(vm::mapLen(cm) == 3);
    CHECK(readInt(vm::mapAccess(fx.machine, ct, cm, c1)) == 2);
    CHECK(vm::mapAccess(fx.machine, ct, cm, c3) == nullptr);

    // float32 likewise
    const types::Map* ft = tt.map(tt.basic(Kind::Float32), tt.basic(Kind::Int));
    HMap* fm = vm::makeMap(fx.machine, ft, 0);
    float fp = 0.0f, fn = -0.0f, fnan = std::nanf("");
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ft, fm, &fp)) = 1;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ft, fm, &fn)) = 2;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ft, fm, &fnan)) = 3;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ft, fm, &fnan)) = 4;
    CHECK(vm::mapLen(fm) == 3);
    CHECK(readInt(vm::mapAccess(fx.machine, ft, fm, &fp)) == 2);
}

TEST_CASE("interface keys: by dynamic type and value; unhashable types panic") {
    Fixture fx;
    auto& tt = fx.tt;
    vm::VM& vm = fx.machine;
    types::Type* any = tt.emptyInterface();
    const types::Map* t = tt.map(any, tt.basic(Kind::Int));
    HMap* m = vm::makeMap(vm, t, 0);
    int64_t one = 1;
    int32_t one32 = 1;
    vm::GoString s1 = vm.makeString("1");
    double half = 0.5;
    int64_t* ptr = static_cast<int64_t*>(vm.allocate(8, true));
    types::Type* intPtr = tt.pointer(tt.basic(Kind::Int));
    auto iface = [&](types::Type* ty, const void* v) { return vm::makeIface(vm, ty, v); };
    vm::Iface keys[] = {iface(tt.basic(Kind::Int), &one), iface(tt.basic(Kind::Int64), &one),
                        iface(tt.basic(Kind::Int32), &one32), iface(tt.basic(Kind::String), &s1),
                        iface(tt.basic(Kind::Float64), &half), iface(intPtr, &ptr), vm::Iface{nullptr, nullptr}};
    for (int64_t i = 0; i < 7; ++i) *static_cast<int64_t*>(vm::mapAssign(vm, t, m, &keys[i])) = i;
    CHECK(vm::mapLen(m) == 7);
    // equal values in fresh boxes find the same entries
    vm::GoString s1b = vm.makeString("1");
    vm::Iface again[] = {iface(tt.basic(Kind::Int), &one), iface(tt.basic(Kind::Int64), &one),
                         iface(tt.basic(Kind::Int32), &one32), iface(tt.basic(Kind::String), &s1b),
                         iface(tt.basic(Kind::Float64), &half), iface(intPtr, &ptr), vm::Iface{nullptr, nullptr}};
    for (int64_t i = 0; i < 7; ++i) {
        const void* e = vm::mapAccess(vm, t, m, &again[i]);
        REQUIRE(e);
        CHECK(readInt(e) == i);
        uint64_t seed = 0x1234;
        CHECK(vm::hashValue(vm, any, &keys[i], seed) == vm::hashValue(vm, any, &again[i], seed));
    }
    int64_t other = 2;
    vm::Iface missing = iface(tt.basic(Kind::Int), &other);
    CHECK(vm::mapAccess(vm, t, m, &missing) == nullptr);

    // an interface holding a slice, or a struct with one, cannot be hashed
    types::Type* ints = tt.slice(tt.basic(Kind::Int));
    vm::GoSlice sl{nullptr, 0, 0};
    vm::Iface bad = iface(ints, &sl);
    types::Type* withSlice = tt.structType({field("a", ints)});
    std::vector<char> zero(static_cast<size_t>(withSlice->size));
    vm::Iface bad2 = iface(withSlice, zero.data());
    vm::GoPanic p;
    CHECK(panicMessage([&] { vm::mapAssign(vm, t, m, &bad); }, &p) == "runtime error: hash of unhashable type []int");
    CHECK(p.runtimeError);
    CHECK(p.value.type == fx.program.runtimeErrors.errorString);
    CHECK(panicMessage([&] { vm::mapAccess(vm, t, m, &bad2); }) ==
          "runtime error: hash of unhashable type struct { a []int }");
    CHECK(panicMessage([&] { vm::mapDelete(vm, t, m, &bad); }) == "runtime error: hash of unhashable type []int");
    // even on a nil map, lookups and deletes hash the key (Go issue 23734)
    CHECK(panicMessage([&] { vm::mapAccess(vm, t, nullptr, &bad); }) ==
          "runtime error: hash of unhashable type []int");
    CHECK(panicMessage([&] { vm::mapDelete(vm, t, nullptr, &bad); }) ==
          "runtime error: hash of unhashable type []int");
    // nested: an array of interfaces reports the inner type
    types::Type* arr = tt.array(2, any);
    const types::Map* at = tt.map(arr, tt.basic(Kind::Int));
    HMap* am = vm::makeMap(vm, at, 0);
    vm::Iface pair[2] = {iface(tt.basic(Kind::Int), &one), bad};
    CHECK(panicMessage([&] { vm::mapAssign(vm, at, am, pair); }) == "runtime error: hash of unhashable type []int");
    // a failed insert leaves the map writable
    CHECK(vm::mapLen(m) == 7);
    *static_cast<int64_t*>(vm::mapAssign(vm, t, m, &missing)) = 99;
    CHECK(vm::mapLen(m) == 8);
}

TEST_CASE("nil map") {
    Fixture fx;
    const types::Map* t = fx.intMap();
    int64_t k = 1;
    CHECK(vm::mapLen(nullptr) == 0);
    CHECK(vm::mapAccess(fx.machine, t, nullptr, &k) == nullptr);
    vm::mapDelete(fx.machine, t, nullptr, &k);
    vm::mapClear(fx.machine, t, nullptr);
    MapIter* it = fx.newIter();
    vm::mapIterInit(fx.machine, t, nullptr, it);
    CHECK(it->key == nullptr);
    CHECK(vm::mapB(nullptr) == 0);
    CHECK(!vm::mapGrowing(nullptr));
    vm::GoPanic p;
    CHECK(panicMessage([&] { vm::mapAssign(fx.machine, t, nullptr, &k); }, &p) == "assignment to entry in nil map");
    CHECK(p.runtimeError);  // a runtime.Error (plainError): no "runtime error: " prefix
    REQUIRE(p.value.type);
    vm::GoString text;
    std::memcpy(&text, p.value.data, sizeof text);
    CHECK(text.view() == "assignment to entry in nil map");

    // an empty, non-nil map ranges over nothing
    HMap* m = vm::makeMap(fx.machine, t, 0);
    vm::mapIterInit(fx.machine, t, m, it);
    CHECK(it->key == nullptr);
    CHECK(vm::mapAccess(fx.machine, t, m, &k) == nullptr);
}

TEST_CASE("same-size growth packs a map that churns") {
    Fixture fx;
    const types::Map* t = fx.intMap();
    HMap* m = vm::makeMap(fx.machine, t, 0);
    // keep 50 entries (B = 3) while keys come and go: overflow buckets
    // accumulate until there are as many as buckets
    int64_t next = 0;
    for (; next < 50; ++next) putInt(fx.machine, t, m, next, next);
    REQUIRE(vm::mapB(m) == 3);
    bool sideways = false;
    for (int step = 0; step < 200000 && !sideways; ++step, ++next) {
        int64_t old = next - 50;
        vm::mapDelete(fx.machine, t, m, &old);
        putInt(fx.machine, t, m, next, next);
        sideways = vm::mapSameSizeGrow(m);
        CHECK(vm::mapB(m) == 3);
    }
    REQUIRE(sideways);
    vm::MapStats s = vm::mapStats(t, m);
    CHECK(s.oldBuckets == 8);
    CHECK(s.noverflow < 8);  // reset by the growth (evacuation may chain a few again)
    while (vm::mapGrowing(m)) {
        int64_t old = next - 50;
        vm::mapDelete(fx.machine, t, m, &old);
        putInt(fx.machine, t, m, next, next), ++next;
    }
    CHECK(vm::mapB(m) == 3);
    CHECK(!vm::mapSameSizeGrow(m));
    for (int64_t k = next - 50; k < next; ++k) REQUIRE(getInt(fx.machine, t, m, k) == k);
    CHECK(vm::mapLen(m) == 50);
}

TEST_CASE("big keys and elements are stored indirectly") {
    Fixture fx;
    auto& tt = fx.tt;
    types::Type* bigKey = tt.array(200, tt.basic(Kind::Uint8));
    types::Type* bigElem = tt.array(40, tt.basic(Kind::Int64));
    const types::Map* t = tt.map(bigKey, bigElem);
    REQUIRE(vm::mapLayout(t).indirectKey);
    REQUIRE(vm::mapLayout(t).indirectElem);
    HMap* m = vm::makeMap(fx.machine, t, 0);
    auto keyOf = [](int64_t n) {
        std::vector<uint8_t> k(200, 0);
        std::memcpy(k.data() + 100, &n, 8);
        return k;
    };
    for (int64_t n = 0; n < 3000; ++n) {
        auto k = keyOf(n);
        auto* e = static_cast<int64_t*>(vm::mapAssign(fx.machine, t, m, k.data()));
        for (int i = 0; i < 40; ++i) CHECK(e[i] == 0);
        for (int i = 0; i < 40; ++i) e[i] = n * 40 + i;
        if (n % 500 == 0) GC_gcollect();
    }
    for (int64_t n = 0; n < 3000; n += 3) {
        auto k = keyOf(n);
        vm::mapDelete(fx.machine, t, m, k.data());
    }
    GC_gcollect();
    int64_t live = 0;
    for (int64_t n = 0; n < 3000; ++n) {
        auto k = keyOf(n);
        const auto* e = static_cast<const int64_t*>(vm::mapAccess(fx.machine, t, m, k.data()));
        REQUIRE((e != nullptr) == (n % 3 != 0));
        if (e) {
            ++live;
            CHECK(e[39] == n * 40 + 39);
        }
    }
    CHECK(vm::mapLen(m) == live);
}

TEST_CASE("struct keys ignore blank fields; arrays hash per element") {
    Fixture fx;
    auto& tt = fx.tt;
    types::Type* s = tt.structType(
        {field("a", tt.basic(Kind::Int8)), field("_", tt.basic(Kind::Int32)), field("b", tt.basic(Kind::String))});
    REQUIRE(s->size == 24);
    const types::Map* t = tt.map(s, tt.basic(Kind::Int));
    HMap* m = vm::makeMap(fx.machine, t, 0);
    alignas(8) char k1[24] = {}, k2[24] = {};
    k1[0] = k2[0] = 7;
    k2[4] = 99;  // the blank field differs
    vm::GoString str = fx.machine.makeString("same"), str2 = fx.machine.makeString("same");
    std::memcpy(k1 + 8, &str, 16);
    std::memcpy(k2 + 8, &str2, 16);
    CHECK(vm::hashValue(fx.machine, s, k1, 99) == vm::hashValue(fx.machine, s, k2, 99));
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, m, k1)) = 1;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, t, m, k2)) = 2;
    CHECK(vm::mapLen(m) == 1);
    CHECK(readInt(vm::mapAccess(fx.machine, t, m, k1)) == 2);

    // arrays of floats: -0 and +0 elements are equal keys
    types::Type* fa = tt.array(2, tt.basic(Kind::Float64));
    const types::Map* ft = tt.map(fa, tt.basic(Kind::Int));
    HMap* fm = vm::makeMap(fx.machine, ft, 0);
    double x[2] = {0.0, 1.0}, y[2] = {-0.0, 1.0};
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ft, fm, x)) = 1;
    *static_cast<int64_t*>(vm::mapAssign(fx.machine, ft, fm, y)) = 2;
    CHECK(vm::mapLen(fm) == 1);

    // zero-sized keys and elements: map[struct{}]struct{}
    types::Type* empty = tt.structType({});
    const types::Map* et = tt.map(empty, empty);
    HMap* em = vm::makeMap(fx.machine, et, 0);
    char none = 0;
    vm::mapAssign(fx.machine, et, em, &none);
    vm::mapAssign(fx.machine, et, em, &none);
    CHECK(vm::mapLen(em) == 1);
    CHECK(vm::mapAccess(fx.machine, et, em, &none) != nullptr);
    vm::mapDelete(fx.machine, et, em, &none);
    CHECK(vm::mapLen(em) == 0);
}

TEST_CASE("clear keeps the buckets; pointer-free buckets survive collections") {
    Fixture fx;
    const types::Map* t = fx.intMap();
    HMap* m = vm::makeMap(fx.machine, t, 0);
    for (int64_t k = 0; k < 20000; ++k) {
        putInt(fx.machine, t, m, k * 31, k);
        if (k % 2000 == 0) GC_gcollect();
    }
    // churn garbage of bucket size so that a wrongly freed overflow bucket
    // would be reused and overwritten
    for (int i = 0; i < 20000; ++i) std::memset(fx.machine.allocate(144, true), 0xAB, 144);
    GC_gcollect();
    for (int i = 0; i < 20000; ++i) std::memset(fx.machine.allocate(144, true), 0xCD, 144);
    for (int64_t k = 0; k < 20000; ++k) REQUIRE(getInt(fx.machine, t, m, k * 31) == k);
    vm::MapStats before = vm::mapStats(t, m);
    CHECK(before.overflowBuckets + before.oldOverflowBuckets > 0);

    int B = vm::mapB(m);
    vm::mapClear(fx.machine, t, m);
    CHECK(vm::mapLen(m) == 0);
    CHECK(vm::mapB(m) == B);
    CHECK(!vm::mapGrowing(m));
    int64_t k = 31;
    CHECK(vm::mapAccess(fx.machine, t, m, &k) == nullptr);
    for (int64_t j = 0; j < 1000; ++j) putInt(fx.machine, t, m, j, j);
    CHECK(vm::mapB(m) == B);
    for (int64_t j = 0; j < 1000; ++j) REQUIRE(getInt(fx.machine, t, m, j) == j);
}
