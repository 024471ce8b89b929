// Package gos/inspect: what Go's runtime keeps hidden, made visible. It is
// gos's own (Go has no such package): a script, and the REPL's :map and
// :slice commands, use it to watch maps and slices work as Go's do.
//
//   - Map(m) MapInfo: a map's header, Go's hmap: count, B, the bucket count,
//     the load factor, Go's overflow-bucket counter, and while the map grows
//     the old array's size and how far evacuation has got (nevacuate);
//   - Buckets(m), OldBuckets(m) []Bucket: each bucket with its occupancy,
//     its overflow chain, and the tophash bytes of every slot along it;
//   - DrawMap(m) string: the same as a text diagram;
//   - Slice(s) SliceInfo: a slice's data address, len, cap and element size;
//   - Overlap(a, b) (shared bool, from, to int): whether two slices share a
//     backing array, and the indexes [from, to) of a whose elements b also
//     sees.
//
// Everything is read from the VM's own structures (vm/map.h), which lay a
// map out as Go 1.19's runtime does, so the numbers are the ones Go's
// runtime would show for the same operations: B after n inserts, when a
// same-size growth starts, how evacuation moves. Only the hash seed, and so
// which bucket a key lands in, is random, as in Go (GOSMAPSEED fixes it).
#include <gc/gc.h>

#include <cstring>
#include <string>

#include "stdlib/stdlib.h"
#include "vm/map.h"
#include "vm/runtime.h"
#include "vm/slice.h"

namespace gos::stdlib {

using types::Kind;

namespace {

// inspect.MapInfo, as Go lays it out.
struct MapInfo {
    int64_t count, B, buckets;
    double loadFactor;
    int64_t overflow;
    bool growing, sameSizeGrow;
    int64_t oldBuckets, evacuated;
    uint32_t hashSeed;
};

// inspect.Bucket
struct Bucket {
    int64_t index, entries, overflow;
    vm::GoSlice tophash;
    bool evacuated;
};

// inspect.SliceInfo
struct SliceInfo {
    uint64_t data;
    int64_t len, cap, elemSize;
};

// The map an `any` argument holds, and its type; panics naming the
// function when it holds something else.
const types::Map* mapArg(vm::VM& vm, const uint64_t* a, const char* fn, vm::HMap*& m) {
    auto* t = reinterpret_cast<types::Type*>(a[0]);
    if (!t || types::underlying(t)->kind != Kind::Map)
        panicString(vm, std::string("inspect.") + fn + ": " + (t ? types::typeString(t, true) : "nil") + " is not a map");
    m = reinterpret_cast<vm::HMap*>(a[1]);  // a map is pointer-shaped: the interface holds the *hmap itself
    return static_cast<const types::Map*>(types::underlying(t));
}

const types::Slice* sliceArg(vm::VM& vm, const uint64_t* a, const char* fn, vm::GoSlice& s) {
    auto* t = reinterpret_cast<types::Type*>(a[0]);
    if (!t || types::underlying(t)->kind != Kind::Slice)
        panicString(vm, std::string("inspect.") + fn + ": " + (t ? types::typeString(t, true) : "nil") +
                            " is not a slice");
    std::memcpy(&s, reinterpret_cast<const void*>(a[1]), sizeof s);
    return static_cast<const types::Slice*>(types::underlying(t));
}

int64_t occupied(const std::array<uint8_t, vm::kBucketSlots>& tops) {
    int64_t n = 0;
    for (uint8_t h : tops) n += h >= vm::kMinTopHash;
    return n;
}

void nMap(vm::VM& vm, uint64_t* a) {
    vm::HMap* m;
    mapArg(vm, a, "Map", m);
    vm::MapStats s = vm::mapHeader(m);  // constant time: a script may ask after every insert
    MapInfo info{};
    info.count = s.count;
    info.B = s.B;
    info.buckets = static_cast<int64_t>(uint64_t(1) << s.B);
    info.loadFactor = m ? static_cast<double>(s.count) / static_cast<double>(info.buckets) : 0;
    if (!m) info.buckets = 0;
    info.overflow = s.noverflow;
    info.growing = s.growing;
    info.sameSizeGrow = s.sameSizeGrow;
    info.oldBuckets = static_cast<int64_t>(s.oldBuckets);
    info.evacuated = static_cast<int64_t>(s.evacuated);
    info.hashSeed = s.hash0;
    std::memcpy(a, &info, sizeof info);
}

// []inspect.Bucket of the current (old: the old) bucket array.
void buckets(vm::VM& vm, uint64_t* a, bool old, const char* fn) {
    ResultSlots out(vm, a);
    vm::HMap* m;
    const types::Map* t = mapArg(vm, a, fn, m);
    std::vector<vm::BucketView> views = vm::mapBuckets(t, m, old);
    vm.chargeSteps(views.size());  // the walk, a step a bucket (the slices made are charged as allocations)
    auto* sliceType = static_cast<const types::Slice*>(vm.program().libraryTypes.at("inspect.[]Bucket"));
    auto n = static_cast<int64_t>(views.size());
    vm::GoSlice result = vm::makeSlice(vm, sliceType->elem, n, n);
    for (int64_t i = 0; i < n; ++i) {
        const vm::BucketView& v = views[static_cast<size_t>(i)];
        auto* b = static_cast<Bucket*>(result.data) + i;
        b->index = i;
        b->overflow = static_cast<int64_t>(v.tophash.size()) - 1;
        b->evacuated = v.evacuated;
        auto bytes = static_cast<int64_t>(v.tophash.size() * vm::kBucketSlots);
        vm::GoSlice tops = vm::makeSlice(vm, vm.program().types->basic(Kind::Uint8), bytes, bytes);
        for (size_t k = 0; k < v.tophash.size(); ++k) {
            std::memcpy(static_cast<uint8_t*>(tops.data) + k * vm::kBucketSlots, v.tophash[k].data(), vm::kBucketSlots);
            b->entries += occupied(v.tophash[k]);
        }
        b->tophash = tops;
    }
    std::memcpy(out.get(vm), &result, sizeof result);
}

void nBuckets(vm::VM& vm, uint64_t* a) { buckets(vm, a, false, "Buckets"); }
void nOldBuckets(vm::VM& vm, uint64_t* a) { buckets(vm, a, true, "OldBuckets"); }

std::string hex2(uint8_t x) {
    const char* digits = "0123456789abcdef";
    return {digits[x >> 4], digits[x & 15]};
}

// One bucket and its overflow chain as a line: occupancy and tophash bytes.
std::string bucketLine(const vm::BucketView& v) {
    std::string line;
    for (size_t k = 0; k < v.tophash.size(); ++k) {
        if (k) line += "  -> ";
        line += "[" + std::to_string(occupied(v.tophash[k])) + "/8]";
        for (uint8_t h : v.tophash[k]) line += " " + (h >= vm::kMinTopHash ? hex2(h) : std::string(".."));
    }
    return line;
}

constexpr size_t kMaxDrawn = 32;  // buckets drawn of each array; the rest are counted

// The first kMaxDrawn buckets of an array of `total`.
void drawArray(std::string& out, const std::vector<vm::BucketView>& views, uint64_t total, const char* label) {
    for (size_t i = 0; i < views.size(); ++i) {
        std::string name = std::string(label) + " " + std::to_string(i);
        name.resize(std::max<size_t>(name.size(), 11), ' ');
        out += "  " + name + (views[i].evacuated ? "evacuated" : bucketLine(views[i])) + "\n";
    }
    if (total > views.size()) out += "  ... " + std::to_string(total - views.size()) + " more\n";
}

void nDrawMap(vm::VM& vm, uint64_t* a) {
    vm::HMap* m;
    const types::Map* t = mapArg(vm, a, "DrawMap", m);
    vm::MapStats s = vm::mapStats(t, m);
    vm.chargeSteps(s.buckets + s.oldBuckets);  // the walk counting overflow buckets, a step a bucket
    std::string out = types::typeString(t, true) + ": ";
    if (!m) {
        out += "nil\n";
    } else {
        uint64_t n = uint64_t(1) << s.B;
        char load[32];
        std::snprintf(load, sizeof load, "%.2f", static_cast<double>(s.count) / static_cast<double>(n));
        out += "len " + std::to_string(s.count) + ", B " + std::to_string(s.B) + " (" + std::to_string(n) +
               (n == 1 ? " bucket" : " buckets") + "), load factor " + load + ", " + std::to_string(s.overflowBuckets) +
               (s.overflowBuckets == 1 ? " overflow bucket" : " overflow buckets") + "\n";
        drawArray(out, vm::mapBuckets(t, m, false, kMaxDrawn), s.buckets, "bucket");
        if (s.growing) {
            out += (s.sameSizeGrow ? std::string("growing in place (too many overflow buckets)")
                                   : "growing from B " + std::to_string(s.B - 1)) +
                   ": " + std::to_string(s.oldBuckets) + " old buckets, evacuated below " + std::to_string(s.evacuated) +
                   " and wherever written since\n";
            drawArray(out, vm::mapBuckets(t, m, true, kMaxDrawn), s.oldBuckets, "old");
        }
    }
    *reinterpret_cast<vm::GoString*>(a) = vm.makeString(out);
}

void nSlice(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s;
    const types::Slice* t = sliceArg(vm, a, "Slice", s);
    SliceInfo info{reinterpret_cast<uint64_t>(s.data), s.len, s.cap, t->elem->size};
    std::memcpy(a, &info, sizeof info);
}

// Overlap(a, b any) (shared bool, from, to int)
void nOverlap(vm::VM& vm, uint64_t* a) {
    vm::GoSlice x, y;
    const types::Slice* tx = sliceArg(vm, a, "Overlap", x);
    sliceArg(vm, a + 2, "Overlap", y);
    bool shared = false;
    int64_t from = 0, to = 0;
    if (x.data && y.data && x.cap > 0 && y.cap > 0) {
        // the same backing array: the same collector object (slicing never leaves it)
        void* bx = GC_base(x.data);
        shared = bx && bx == GC_base(y.data);
        int64_t size = std::max<int64_t>(tx->elem->size, 1);
        if (shared && tx->elem->size > 0) {
            auto px = reinterpret_cast<intptr_t>(x.data), py = reinterpret_cast<intptr_t>(y.data);
            intptr_t lo = std::max(px, py), hi = std::min(px + x.len * size, py + y.len * size);
            if (hi > lo) from = (lo - px) / size, to = (hi - px) / size;
        }
    }
    a[0] = shared;
    a[1] = static_cast<uint64_t>(from);
    a[2] = static_cast<uint64_t>(to);
}

}  // namespace

void declareInspect(PackageBuilder& b) {
    types::TypeTable& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* any = tt.emptyInterface();
    auto field = [](const char* name, types::Type* t) { return types::Field{name, t, 0, false, ""}; };

    types::Named* mapInfo = tt.named("MapInfo", "inspect");
    tt.setUnderlying(mapInfo, tt.structType({field("Count", intT), field("B", intT), field("Buckets", intT),
                                             field("LoadFactor", b.basic(Kind::Float64)), field("Overflow", intT),
                                             field("Growing", boolT), field("SameSizeGrow", boolT),
                                             field("OldBuckets", intT), field("Evacuated", intT),
                                             field("HashSeed", b.basic(Kind::Uint32))}));
    if (mapInfo->size != static_cast<int64_t>(sizeof(MapInfo))) throw std::logic_error("inspect.MapInfo layout");
    types::Named* bucket = tt.named("Bucket", "inspect");
    tt.setUnderlying(bucket, tt.structType({field("Index", intT), field("Entries", intT), field("Overflow", intT),
                                            field("TopHash", tt.slice(tt.byteType())), field("Evacuated", boolT)}));
    if (bucket->size != static_cast<int64_t>(sizeof(Bucket))) throw std::logic_error("inspect.Bucket layout");
    types::Named* sliceInfo = tt.named("SliceInfo", "inspect");
    tt.setUnderlying(sliceInfo, tt.structType({field("Data", b.basic(Kind::Uintptr)), field("Len", intT),
                                               field("Cap", intT), field("ElemSize", intT)}));
    if (sliceInfo->size != static_cast<int64_t>(sizeof(SliceInfo))) throw std::logic_error("inspect.SliceInfo layout");
    b.typeName("MapInfo", mapInfo);
    b.typeName("Bucket", bucket);
    b.typeName("SliceInfo", sliceInfo);
    types::Type* buckets = tt.slice(bucket);
    b.program().libraryTypes["inspect.[]Bucket"] = buckets;
    b.func("Map", tt.func({any}, {mapInfo}, false), nMap);
    b.func("Buckets", tt.func({any}, {buckets}, false), nBuckets);
    b.func("OldBuckets", tt.func({any}, {buckets}, false), nOldBuckets);
    b.func("DrawMap", tt.func({any}, {b.basic(Kind::String)}, false), nDrawMap);
    b.func("Slice", tt.func({any}, {sliceInfo}, false), nSlice);
    b.func("Overlap", tt.func({any, any}, {boolT, intT, intT}, false), nOverlap);
}

}  // namespace gos::stdlib
